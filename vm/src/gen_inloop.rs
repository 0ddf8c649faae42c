//! Generators resumed inside the running dispatch loop.
//!
//! `FOR_ITER` over a generator and `YIELD_FROM`/`await` on a generator or coroutine push the
//! generator's frame over the resuming frame like a callee's (not an entry frame), so resuming
//! costs a frame push and no nested run loop. The resuming frame's saved pc stays just past the
//! instruction that resumed it, and that instruction tells what the generator's outcome means:
//! - it yields: `FOR_ITER` takes the value as its item; `YIELD_FROM` yields it on, suspending
//!   its own generator at the `YIELD_FROM` (and so on down the chain of delegating frames);
//! - it returns: `FOR_ITER` jumps to its loop exit; `YIELD_FROM` takes the return value;
//! - it raises: `Vm::unwind` pops its frame and continues in the resuming frame.
//!
//! Natives that step a generator (`next(g)`, `list(g)`, `send`) still resume it as an entry
//! frame through `Vm::gen_run`. While the generator runs, its `handled` cell keeps the
//! resuming frame's handled exception (a generator sees its own, as `gen_run` arranges).

use crate::heap::Gc;
use crate::interp::{Ctl, St};
use crate::object::*;
use crate::value::Value;
use crate::vm::{Frame, FrameKind};
use crate::Vm;
use kestrel_compiler::opcodes::{Inst, Op};

impl Vm {
    /// Resumes `g` with `sent` in this dispatch loop, its result going to the absolute slot
    /// `ret`. False (nothing done) when `g` is not a generator or coroutine that can resume
    /// here; the caller then takes the native path, which raises what the state calls for.
    #[inline]
    pub(crate) fn gen_enter(
        &mut self,
        st: &mut St,
        g: Gc,
        sent: Value,
        ret: usize,
    ) -> PyResult<bool> {
        let Obj::Generator(gen) = g.obj() else {
            return Ok(false);
        };
        let fresh_ok = sent.is_none() || sent.is_empty();
        let ok = match gen.state.get() {
            GenState::Suspended => true,
            GenState::Created => fresh_ok,
            _ => false,
        };
        if !ok || gen.kind == GenKind::AsyncGenerator {
            return Ok(false);
        }
        let Obj::Function(f) = gen.func.obj() else {
            return Ok(false);
        };
        if self.frames.len() >= self.recursion_limit {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        self.push_stack(&gen.regs.borrow())?;
        let sr = gen.send_reg.get();
        let suspended = gen.state.get() == GenState::Suspended;
        if suspended && sr < usize::MAX - 1 {
            self.stack[base + sr] = if sent.is_empty() { Value::None } else { sent };
        }
        // A generator suspended in `yield from` forwards what is sent to its delegate.
        self.gen_sent = if suspended && sr == usize::MAX {
            sent
        } else {
            Value::Empty
        };
        if let Some(caller) = self.frames.last_mut() {
            caller.pc = st.pc();
        }
        let consts = self.func_consts(f);
        let quick = self.func_quick(f);
        let pc = gen.pc.get();
        self.frames.push(Frame {
            code: f.code,
            base,
            pc,
            ret,
            consts,
            quick,
            globals: f.globals,
            locals: None,
            func: Some(gen.func),
            kind: FrameKind::Generator(g),
            entry: false,
        });
        gen.state.set(GenState::Running);
        // The generator handles its own exception while it runs (or inherits the caller's);
        // the caller's is kept in the generator's cell until it suspends or ends.
        let outer = self.handled;
        let own = gen.handled.replace(outer);
        self.handled = if own.is_none() { outer } else { own };
        *st = St::new(quick, pc, base, consts, st.regs, f.globals);
        Ok(true)
    }

    /// YIELD of `v` by the top (generator) frame: suspends it, then delivers `v` to whatever
    /// resumed it: the entry's caller (`Ctl::Exit`), a `FOR_ITER`, or a `YIELD_FROM`, whose
    /// own generator yields `v` on in turn.
    pub(crate) fn gen_yield(
        &mut self,
        st: &mut St,
        v: Value,
        send_reg: usize,
        resume_pc: usize,
    ) -> Result<Ctl, Raised> {
        let (mut send_reg, mut resume_pc) = (send_reg, resume_pc);
        loop {
            let Some(&Frame {
                entry, ret, kind, ..
            }) = self.frames.last()
            else {
                return Ok(Ctl::Exit);
            };
            self.gen_suspend(st, send_reg, resume_pc);
            if entry {
                self.exit_value = v;
                return Ok(Ctl::Exit);
            }
            if let FrameKind::Generator(g) = kind {
                gen_leave(self, g, true);
            }
            *st = self.load_state();
            let ins = resumer(st);
            if ins.op_unchecked() == Op::YieldFrom {
                send_reg = usize::MAX;
                resume_pc = st.pc() - 1;
                continue;
            }
            self.stack[ret] = v;
            return Ok(Ctl::Next);
        }
    }

    /// The generator `g`, resumed in the loop, returned `v` (its frame is already popped):
    /// the resuming `FOR_ITER` ends its loop, a `YIELD_FROM` takes `v`.
    #[inline(never)]
    pub(crate) fn gen_returned(&mut self, st: &mut St, g: Gc, ret: usize) -> Result<Ctl, Raised> {
        // The return value comes in `exit_value` (see `Vm::do_return`).
        let v = self.take_exit_value();
        gen_leave(self, g, false);
        *st = self.load_state();
        let ins = resumer(st);
        match ins.op_unchecked().generic() {
            Op::ForIter => st.jump(ins.sbx()),
            Op::ForIterTo => st.jump(ins.sc() as i32),
            _ => self.stack[ret] = v,
        }
        Ok(Ctl::Next)
    }

    /// Unwinding popped the frame of `g`, resumed in the loop: the caller's handled exception
    /// comes back, and a StopIteration leaving the generator becomes RuntimeError (PEP 479).
    #[cold]
    pub(crate) fn gen_unwound(&mut self, g: Gc) {
        gen_leave(self, g, false);
        if let Obj::Generator(gen) = g.obj() {
            self.stop_escaping(gen.kind);
        }
    }
}

/// The instruction that resumed the generator just left (the caller's saved pc is past it).
#[inline]
fn resumer(st: &St) -> Inst {
    debug_assert!(st.pc() >= 1);
    // SAFETY: the resuming frame's pc was saved just past the instruction that resumed the
    // generator, which lies within the same code.
    unsafe { *st.ip.sub(1) }
}

/// Gives back the resuming frame's handled exception, keeping the generator's own when it
/// suspends (`suspending`) with one different from the one it inherited.
#[inline]
fn gen_leave(vm: &mut Vm, g: Gc, suspending: bool) {
    if let Obj::Generator(gen) = g.obj() {
        let outer = gen.handled.replace(Value::None);
        if suspending && !vm.handled.is(&outer) {
            gen.handled.set(vm.handled);
        }
        vm.handled = outer;
    }
}
