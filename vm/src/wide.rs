//! Wide operands: instructions behind a `WIDE` prefix (see `kestrel_compiler::opcodes`).
//!
//! `handlers.rs` is compiled a second time here with `WideInst` as its operand type (the
//! `operands` module below is its `super::operands`), so every opcode has a wide form with the
//! very same body, and the narrow handlers pay nothing for it: the prefix's own handler
//! (`wide`) fetches the instruction after it and runs it through this module's `dispatch`.
//! Only code objects too big for 16-bit operands have prefixes.

use crate::interp::{Ctl, St};
use crate::object::Raised;
use crate::vm::Vm;
use kestrel_compiler::for_each_op;
use kestrel_compiler::opcodes::{Inst, Op, WideInst, RK_FLAG, WIDE_RK_FLAG};

/// What the wide copy of the handlers decodes operands with.
pub(crate) mod operands {
    pub(crate) use kestrel_compiler::opcodes::{
        WideInst as Inst, WIDE_NO_OPERAND as NO_OPERAND, WIDE_RK_FLAG as RK_FLAG,
    };
}

/// The handlers again, over `WideInst` operands. Helpers only the narrow copy's callers use
/// are dead here.
#[path = "handlers.rs"]
#[allow(dead_code, unused_imports)]
mod handlers;

/// The operand forms handlers are compiled for, for code shared by both copies
/// (quickening's `specialize`/`deopt`, the prefix handler).
pub trait Operands: Copy {
    /// The bit that marks a constant in an RK operand.
    const RK_FLAG: usize;
    fn a(self) -> usize;
    fn b(self) -> usize;
    fn c(self) -> usize;
    fn d(self) -> u8;
    fn op_unchecked(self) -> Op;
    /// The same instruction with its opcode replaced.
    fn with_op(self, op: Op) -> Self;
    /// Runs the instruction through its form's handlers.
    fn dispatch(self, vm: &mut Vm, st: &mut St) -> Result<Ctl, Raised>;
    /// The instruction word itself, when this is a narrow one.
    fn narrow(self) -> Option<Inst>;
}

impl Operands for Inst {
    const RK_FLAG: usize = RK_FLAG;
    #[inline(always)]
    fn a(self) -> usize {
        Inst::a(self)
    }
    #[inline(always)]
    fn b(self) -> usize {
        Inst::b(self)
    }
    #[inline(always)]
    fn c(self) -> usize {
        Inst::c(self)
    }
    #[inline(always)]
    fn d(self) -> u8 {
        Inst::d(self)
    }
    #[inline(always)]
    fn op_unchecked(self) -> Op {
        Inst::op_unchecked(self)
    }
    #[inline(always)]
    fn with_op(self, op: Op) -> Self {
        Inst::with_op(self, op)
    }
    #[inline(always)]
    fn dispatch(self, vm: &mut Vm, st: &mut St) -> Result<Ctl, Raised> {
        crate::interp::dispatch(vm, st, self)
    }
    #[inline(always)]
    fn narrow(self) -> Option<Inst> {
        Some(self)
    }
}

impl Operands for WideInst {
    const RK_FLAG: usize = WIDE_RK_FLAG;
    #[inline(always)]
    fn a(self) -> usize {
        WideInst::a(self)
    }
    #[inline(always)]
    fn b(self) -> usize {
        WideInst::b(self)
    }
    #[inline(always)]
    fn c(self) -> usize {
        WideInst::c(self)
    }
    #[inline(always)]
    fn d(self) -> u8 {
        WideInst::d(self)
    }
    #[inline(always)]
    fn op_unchecked(self) -> Op {
        WideInst::op_unchecked(self)
    }
    #[inline(always)]
    fn with_op(self, op: Op) -> Self {
        WideInst::new(self.hi, self.ins.with_op(op))
    }
    #[inline(always)]
    fn dispatch(self, vm: &mut Vm, st: &mut St) -> Result<Ctl, Raised> {
        dispatch(vm, st, self)
    }
    #[inline(always)]
    fn narrow(self) -> Option<Inst> {
        None
    }
}

macro_rules! gen_wide_dispatch {
    ($(($name:ident, $snake:ident, $fmt:ident, $doc:literal));* $(;)?) => {
        /// Executes one prefixed instruction with the wide copy of its handler.
        #[inline(never)]
        pub(crate) fn dispatch(vm: &mut Vm, st: &mut St, ins: WideInst) -> Result<Ctl, Raised> {
            match ins.op_unchecked() {
                $(Op::$name => handlers::$snake(vm, st, ins),)*
            }
        }
    };
}
for_each_op!(gen_wide_dispatch);

/// `WIDE`: runs the next instruction with its operands joined to this prefix's. (The wide
/// copy of the handlers has this too, for a prefix before a prefix, which the compiler
/// never emits.)
#[cold]
pub fn wide<I: Operands>(vm: &mut Vm, st: &mut St, i: I) -> Result<Ctl, Raised> {
    let Some(hi) = i.narrow() else {
        return Err(vm.raise_msg("SystemError", "WIDE prefix before a WIDE prefix"));
    };
    let ins = st.fetch();
    dispatch(vm, st, WideInst::new(hi, ins))
}
