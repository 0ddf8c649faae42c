//! The `threaded` dispatch strategy: tail-call threading on stable Rust.
//!
//! Every opcode gets a small function of one shared signature that runs the opcode's handler
//! (the same `handlers.rs` function the `switch` loop runs) and ends by fetching the next
//! instruction and calling its function through `TABLE`, in tail position. LLVM compiles those
//! sibling calls to jumps, so the chain runs in constant native stack and every opcode has an
//! indirect jump of its own (which the branch predictor can learn per opcode). The instruction
//! pointer and the instruction word travel in machine registers as arguments; the rest of the
//! frame state (register base, constants) is in `St`, which the driver owns.
//!
//! The chain returns to the driver only when the entry frame exits or an exception is raised;
//! the driver routes the exception (`Vm::unwind`) and re-enters the chain. Nothing with a
//! destructor is alive at a tail call and no local's address escapes a chain function, which
//! is what keeps the calls sibling calls; `tests/tail_calls.rs` fails if that is ever lost.

use crate::handlers;
use crate::interp::{Ctl, St};
use crate::object::{PyResult, Raised};
use crate::value::Value;
use crate::vm::Vm;
use kestrel_compiler::for_each_op;
use kestrel_compiler::opcodes::{Inst, OP_COUNT};

/// Why the chain returned to the driver.
pub(crate) enum Stop {
    /// The entry frame returned or yielded (`Vm::exit_value`).
    Exit,
    /// An exception is in flight (`Vm::raised`).
    Raised,
}

/// The shared signature: VM, frame state, the next instruction's address, this instruction.
type Handler = fn(&mut Vm, &mut St, *const Inst, Inst) -> Stop;

/// Fetches the instruction at `st.ip` and jumps to its handler (a tail call).
#[inline(always)]
fn next(vm: &mut Vm, st: &mut St) -> Stop {
    let ip = st.ip;
    debug_assert!(st.pc() < st.code_len);
    // SAFETY: `ip` points at an instruction of the running code object (see `St::fetch`).
    let ins = unsafe { *ip };
    let op = ins.op_byte() as usize;
    debug_assert!(op < OP_COUNT);
    // SAFETY: every instruction's opcode byte is a valid `Op` (see `Inst::op_unchecked`), and
    // `TABLE` has one entry per opcode.
    let h = unsafe { *TABLE.get_unchecked(op) };
    // SAFETY: as in `St::fetch`: at most one past the last instruction, never read.
    h(vm, st, unsafe { ip.add(1) }, ins)
}

/// A specialized instruction's guard failed (`Ctl::Deopt`: deoptimize it and run its generic
/// form; `Ctl::Slow`: run the generic form's work once), then go on (a tail call from the
/// chain function, so that stays a leaf).
#[inline(never)]
fn fall_back_next(vm: &mut Vm, st: &mut St, ins: Inst, why: Ctl) -> Stop {
    match crate::quicken::fall_back(vm, st, ins, why) {
        Ok(Ctl::Exit) => Stop::Exit,
        Ok(_) => next(vm, st),
        Err(Raised) => Stop::Raised,
    }
}

/// A safepoint is due after the instruction just past `at` (`Ctl::Safepoint`): run it, then
/// go on (a tail call, as `fall_back_next`).
#[inline(never)]
fn safepoint_next(vm: &mut Vm, st: &mut St, at: *const Inst) -> Stop {
    match crate::interp::run_safepoint(vm, st, at) {
        Ok(()) => next(vm, st),
        Err(Raised) => Stop::Raised,
    }
}

macro_rules! gen_threaded {
    ($(($name:ident, $snake:ident, $fmt:ident, $doc:literal));* $(;)?) => {
        /// One chain function per opcode, named as in the op table.
        #[allow(non_snake_case)]
        mod chain {
            use super::*;
            $(
                pub(super) fn $snake(vm: &mut Vm, st: &mut St, ip: *const Inst, ins: Inst) -> Stop {
                    st.ip = ip;
                    match handlers::$snake(vm, st, ins) {
                        Ok(Ctl::Next) => next(vm, st),
                        Ok(Ctl::Exit) => Stop::Exit,
                        Ok(c @ (Ctl::Deopt | Ctl::Slow)) => fall_back_next(vm, st, ins, c),
                        Ok(Ctl::Safepoint) => safepoint_next(vm, st, ip),
                        Err(Raised) => Stop::Raised,
                    }
                }
            )*
        }

        /// The handler of each opcode, indexed by its byte.
        static TABLE: [Handler; OP_COUNT] = [$(chain::$snake),*];
    };
}
for_each_op!(gen_threaded);

/// Runs the chain from `st` until the entry frame exits, routing exceptions in between.
pub(crate) fn run(vm: &mut Vm, mut st: St) -> PyResult<Value> {
    loop {
        match next(vm, &mut st) {
            Stop::Exit => return Ok(vm.take_exit_value()),
            Stop::Raised => vm.unwind(&mut st)?,
        }
    }
}
