//! `-X max_instructions=N`: an instruction budget for untrusted code.
//!
//! When a budget is set, the VM runs this loop instead of the chosen dispatch strategy (the
//! `switch` loop plus a countdown), so the other loops pay nothing for it. When the budget
//! runs out, the instruction about to run raises RuntimeError and the limit stays tripped:
//! every later safepoint (backward jump, call) raises again (`Vm::check_signals`), so the program cannot catch its
//! way past it.

use crate::interp::{dispatch, Ctl, St};
use crate::object::{PyResult, Raised};
use crate::value::Value;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

/// A budget was set (the VM runs `run_budgeted`).
static ON: AtomicBool = AtomicBool::new(false);
/// Instructions left.
static LEFT: AtomicU64 = AtomicU64::new(0);
/// The budget as given, for the message.
static LIMIT: AtomicU64 = AtomicU64::new(0);
/// The budget ran out (sticky).
static EXHAUSTED: AtomicBool = AtomicBool::new(false);

/// Sets the budget of the whole run (before the first VM runs anything).
pub fn set_max_instructions(n: u64) {
    LIMIT.store(n, Relaxed);
    LEFT.store(n, Relaxed);
    EXHAUSTED.store(false, Relaxed);
    ON.store(true, Relaxed);
}

/// Whether a budget is set.
#[inline]
pub fn budget_on() -> bool {
    ON.load(Relaxed)
}

/// Whether the budget ran out.
pub fn budget_exhausted() -> bool {
    EXHAUSTED.load(Relaxed)
}

/// The error raised once the budget ran out.
#[cold]
pub(crate) fn raise_exhausted(vm: &mut Vm) -> Raised {
    let msg = format!(
        "instruction limit exceeded (-X max_instructions={})",
        LIMIT.load(Relaxed)
    );
    vm.raise_msg("RuntimeError", msg)
}

/// The budgeted strategy: the `switch` loop counting down the instructions left (and
/// counting each opcode too under `--stats`).
pub(crate) fn run_budgeted(vm: &mut Vm, mut st: St) -> PyResult<Value> {
    loop {
        let ins = st.fetch();
        let at = st.ip;
        if let Some(s) = vm.stats.as_deref_mut() {
            s.executed[ins.op_byte() as usize] += 1;
        }
        let left = LEFT.load(Relaxed);
        let r = if left > 0 {
            LEFT.store(left - 1, Relaxed);
            dispatch(vm, &mut st, ins)
        } else if !EXHAUSTED.swap(true, Relaxed) {
            // From now on the safepoints raise (see `Vm::check_signals`).
            crate::signals::note_limit_tripped();
            Err(raise_exhausted(vm))
        } else {
            dispatch(vm, &mut st, ins)
        };
        match r {
            Ok(Ctl::Next) => {}
            Ok(Ctl::Exit) => return Ok(vm.take_exit_value()),
            Ok(c @ (Ctl::Deopt | Ctl::Slow)) => {
                match crate::quicken::fall_back(vm, &mut st, ins, c) {
                    Ok(Ctl::Exit) => return Ok(vm.take_exit_value()),
                    Ok(_) => {}
                    Err(Raised) => vm.unwind(&mut st)?,
                }
            }
            Ok(Ctl::Safepoint) => {
                if crate::interp::run_safepoint(vm, &mut st, at).is_err() {
                    vm.unwind(&mut st)?;
                }
            }
            Err(Raised) => vm.unwind(&mut st)?,
        }
    }
}
