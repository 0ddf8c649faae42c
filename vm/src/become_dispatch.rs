//! The `become` dispatch strategy (nightly only, cargo feature `become`): the `threaded`
//! chain with guaranteed tail calls.
//!
//! Same shape as `threaded.rs` (one chain function per opcode over the same `handlers.rs`
//! functions, generated from the op table), but each chain function reaches the next with
//! `become` (`explicit_tail_calls`), so the call is a jump in every profile, debug included,
//! instead of an optimization LLVM may drop; and each uses the `rust-preserve-none` calling
//! convention (`rust_preserve_none_cc`), under which a function saves no callee-saved
//! registers, so a chain function no longer pushes and pops them around its handler.

use crate::handlers;
use crate::interp::{Ctl, St};
use crate::object::{PyResult, Raised};
use crate::threaded::Stop;
use crate::value::Value;
use crate::vm::Vm;
use kestrel_compiler::for_each_op;
use kestrel_compiler::opcodes::{Inst, OP_COUNT};

/// The shared signature: VM, frame state, the next instruction's address, this instruction.
type Handler = extern "rust-preserve-none" fn(&mut Vm, &mut St, *const Inst, Inst) -> Stop;

/// Fetches the instruction at `st.ip` and jumps to its handler (`become` must be written in
/// the chain function itself, hence a macro rather than a function).
macro_rules! next {
    ($vm:ident, $st:ident) => {{
        let ip = $st.ip;
        debug_assert!($st.pc() < $st.code_len);
        // SAFETY: `ip` points at an instruction of the running code object (see `St::fetch`).
        let ins = unsafe { *ip };
        let op = ins.op_byte() as usize;
        debug_assert!(op < OP_COUNT);
        // SAFETY: every instruction's opcode byte is a valid `Op` (see `Inst::op_unchecked`),
        // and `TABLE` has one entry per opcode.
        let h = unsafe { *TABLE.get_unchecked(op) };
        // SAFETY: as in `St::fetch`: at most one past the last instruction, never read.
        let ip = unsafe { ip.add(1) };
        become h($vm, $st, ip, ins)
    }};
}

macro_rules! gen_become {
    ($(($name:ident, $snake:ident, $fmt:ident, $doc:literal));* $(;)?) => {
        /// One chain function per opcode, named as in the op table.
        #[allow(non_snake_case)]
        mod chain {
            use super::*;
            $(
                pub(super) extern "rust-preserve-none" fn $snake(
                    vm: &mut Vm,
                    st: &mut St,
                    ip: *const Inst,
                    ins: Inst,
                ) -> Stop {
                    st.ip = ip;
                    match handlers::$snake(vm, st, ins) {
                        Ok(Ctl::Next) => next!(vm, st),
                        Ok(Ctl::Exit) => Stop::Exit,
                        Ok(c @ (Ctl::Deopt | Ctl::Slow)) => match crate::quicken::fall_back(vm, st, ins, c) {
                            Ok(Ctl::Exit) => Stop::Exit,
                            Ok(_) => next!(vm, st),
                            Err(Raised) => Stop::Raised,
                        },
                        Ok(Ctl::Safepoint) => match crate::interp::run_safepoint(vm, st, ip) {
                            Ok(()) => next!(vm, st),
                            Err(Raised) => Stop::Raised,
                        },
                        Err(Raised) => Stop::Raised,
                    }
                }
            )*
        }

        /// The handler of each opcode, indexed by its byte.
        static TABLE: [Handler; OP_COUNT] = [$(chain::$snake),*];
    };
}
for_each_op!(gen_become);

/// Enters the chain at `st.ip` (an ordinary call: the driver uses the ordinary convention, and
/// `become` needs caller and callee to share one).
fn enter(vm: &mut Vm, st: &mut St) -> Stop {
    let ip = st.ip;
    debug_assert!(st.pc() < st.code_len);
    // SAFETY: as in `next!`.
    let ins = unsafe { *ip };
    // SAFETY: as in `next!`.
    let h = unsafe { *TABLE.get_unchecked(ins.op_byte() as usize) };
    // SAFETY: as in `next!`.
    h(vm, st, unsafe { ip.add(1) }, ins)
}

/// Runs the chain from `st` until the entry frame exits, routing exceptions in between.
pub(crate) fn run(vm: &mut Vm, mut st: St) -> PyResult<Value> {
    loop {
        match enter(vm, &mut st) {
            Stop::Exit => return Ok(vm.take_exit_value()),
            Stop::Raised => vm.unwind(&mut st)?,
        }
    }
}
