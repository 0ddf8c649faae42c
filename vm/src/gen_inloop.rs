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
//! A generator suspended in a chain of `yield from`s on generators resumes at the innermost
//! one (`Vm::gen_descend`): the others stay suspended where they are (marked running) and
//! are resumed only when the one they delegate to returns or raises, so an item costs one
//! frame push and pop whatever the depth of the chain.
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
        if self.frames.len() >= self.call_limit {
            self.profiled_resume(gen.func)?;
        }
        // Suspended in a `yield from` on a generator: only the innermost delegate runs.
        let g = match gen.send_reg.get() {
            usize::MAX => self.gen_descend(g).unwrap_or(g),
            _ => g,
        };
        let gen = gen_of(&g);
        let Obj::Function(f) = gen.func.obj() else {
            return Ok(false);
        };
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

    /// The innermost generator of the chain of `yield from`s that `root` (suspended in one)
    /// is suspended on, when that chain holds more than `root`: resuming `root` would resume
    /// each generator of the chain in turn only to resume the next, so the innermost one runs
    /// at once instead, each generator it passes marked running and linked to its delegate's
    /// `flat_parent`. Those links are undone when the chain suspends again (`unflatten`), or
    /// followed when a delegate returns or raises (`gen_flat_resume`): what runs is what the
    /// chain of resumes would run, without a frame push and pop per level per item. None when
    /// there is no such chain, or when its frames would reach the recursion limit (which the
    /// frame-per-level path then raises as before).
    #[inline(never)]
    fn gen_descend(&self, root: Gc) -> Option<Gc> {
        // One walk down the chain, marking and linking as it goes; undone if the chain turns
        // out too deep.
        let room = self.recursion_limit.saturating_sub(self.frames.len());
        let mut depth = 0;
        let mut g = root;
        while let Some(d) = flat_delegate(g) {
            depth += 1;
            if depth >= room {
                unflatten(g);
                return None;
            }
            gen_of(&g).state.set(GenState::Running);
            gen_of(&d).flat_parent.set(Some(g));
            g = d;
        }
        (depth != 0).then_some(g)
    }

    /// Resumes `p`, suspended in a `yield from` whose delegate (resumed past it by
    /// `gen_descend`) just returned `result` (Some) or raised (None: the exception in flight
    /// continues in `p` at its `yield from`). Its frame replaces the delegate's, resuming the
    /// same frame with the same result slot `ret`.
    #[inline(never)]
    pub(crate) fn gen_flat_resume(
        &mut self,
        st: &mut St,
        p: Gc,
        ret: usize,
        result: Option<Value>,
    ) -> PyResult<()> {
        let gen = gen_of(&p);
        let Obj::Function(f) = gen.func.obj() else {
            unflatten(p);
            return Err(self.type_error("bad generator"));
        };
        let pc = gen.pc.get();
        let base = self.stack.len();
        if let Err(e) = self.push_stack(&gen.regs.borrow()) {
            gen.state.set(GenState::Suspended);
            unflatten(p);
            return Err(e);
        }
        if let Some(v) = result {
            // `gen_descend` saw a narrow YIELD_FROM at `pc`: its A takes the result.
            self.stack[base + f.code.code[pc].a()] = v;
        }
        self.gen_sent = Value::Empty;
        let consts = self.func_consts(f);
        let quick = self.func_quick(f);
        self.frames.push(Frame {
            code: f.code,
            base,
            pc: pc + 1,
            ret,
            consts,
            quick,
            globals: f.globals,
            locals: None,
            func: Some(gen.func),
            kind: FrameKind::Generator(p),
            entry: false,
        });
        let outer = self.handled;
        let own = gen.handled.replace(outer);
        self.handled = if own.is_none() { outer } else { own };
        *st = St::new(quick, pc + 1, base, consts, st.regs, f.globals);
        Ok(())
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
        if let Some((sg, acc)) = self.gen_sink {
            // A plain yield of the generator a native is collecting: no suspension, the item
            // goes to the collector's list and the generator runs on with None sent in.
            if send_reg < usize::MAX - 1 {
                if let Some(f) = self.frames.last() {
                    if f.entry && matches!(f.kind, FrameKind::Generator(g) if g.ptr_eq(sg)) {
                        self.push_collected(acc, v)?;
                        self.stack[st.base + send_reg] = Value::None;
                        return Ok(Ctl::Next);
                    }
                }
            }
        }
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
        if let Some(p) = gen_of(&g).flat_parent.take() {
            // The generator delegating to it continues with its result (`gen_descend`).
            self.gen_flat_resume(st, p, ret, Some(v))?;
            return Ok(Ctl::Next);
        }
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

/// The generator object of `g` (which the caller knows to be one).
#[inline]
fn gen_of(g: &Gc) -> &Generator {
    match g.obj() {
        Obj::Generator(gen) => gen,
        _ => unreachable!("not a generator"),
    }
}

/// The generator `g` is suspended in a `yield from` on, when resuming `g` would only resume
/// it (see `Vm::gen_descend`): `g` is suspended at a (narrow) YIELD_FROM, handles no
/// exception of its own (its delegate would inherit it), and the delegate is a suspended
/// generator or coroutine.
#[inline]
fn flat_delegate(g: Gc) -> Option<Gc> {
    let gen = gen_of(&g);
    if gen.state.get() != GenState::Suspended
        || gen.send_reg.get() != usize::MAX
        || !gen.handled.get().is_none()
    {
        return None;
    }
    let Obj::Function(f) = gen.func.obj() else {
        return None;
    };
    let ins = *f.code.code.get(gen.pc.get())?;
    if ins.op() != Op::YieldFrom {
        return None;
    }
    let Some(Value::Obj(d)) = gen.regs.borrow().get(ins.b()).copied() else {
        return None;
    };
    match d.obj() {
        Obj::Generator(dg)
            if dg.state.get() == GenState::Suspended && dg.kind != GenKind::AsyncGenerator =>
        {
            Some(d)
        }
        _ => None,
    }
}

/// The generator `g` (which ran past a chain of `yield from`s and has just left its frame)
/// returns to: the innermost generator of that chain, taken off `g`.
#[inline]
pub(crate) fn flat_parent(g: Gc) -> Option<Gc> {
    match g.obj() {
        Obj::Generator(gen) => gen.flat_parent.take(),
        _ => None,
    }
}

/// Undoes `Vm::gen_descend`'s marks above `g`, whose chain suspends again: each generator
/// it passed is suspended at its `yield from`, as it was.
#[inline]
pub(crate) fn unflatten(g: Gc) {
    let mut p = gen_of(&g).flat_parent.take();
    while let Some(pg) = p {
        let gen = gen_of(&pg);
        gen.state.set(GenState::Suspended);
        p = gen.flat_parent.take();
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
        if suspending {
            if !vm.handled.is(&outer) {
                gen.handled.set(vm.handled);
            }
            if gen.flat_parent.get().is_some() {
                unflatten(g);
            }
        }
        vm.handled = outer;
    }
}
