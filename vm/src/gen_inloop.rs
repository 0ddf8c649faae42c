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
        if gen.kind == GenKind::AsyncGenerator {
            return Ok(false);
        }
        let mut state = gen.state.get();
        let is_root = state == GenState::Delegating && gen.flat_leaf().is_some();
        if !is_root && (state == GenState::Delegating || gen.flat_parent.get().is_some()) {
            // A member of a flattened chain resumed other than through its root.
            state = gen_settle(g);
        }
        let ok = match state {
            GenState::Suspended => true,
            GenState::Created => sent.is_none() || sent.is_empty(),
            GenState::Delegating => is_root,
            _ => false,
        };
        if !ok {
            return Ok(false);
        }
        if self.frames.len() >= self.call_limit {
            self.profiled_resume(gen.func)?;
        }
        // Suspended in a `yield from` on a generator: only the innermost delegate runs.
        let g = if is_root {
            match self.chain_resume(g) {
                Some(leaf) => leaf,
                None => return Ok(false),
            }
        } else if state == GenState::Suspended && gen.send_reg.get() == usize::MAX {
            self.chain_start(g)
        } else {
            g
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
        let own = gen.replace_handled(outer);
        self.handled = if own.is_none() { outer } else { own };
        *st = St::new(quick, pc, base, consts, st.regs, f.globals);
        Ok(true)
    }

    /// Starts a flattened chain at `root`, suspended in a `yield from`: resuming it would
    /// resume each generator of its chain of `yield from`s in turn only to resume the next, so
    /// the innermost one (returned) runs at once instead. Each generator it passes becomes
    /// `Delegating`, linked to its delegate's `flat_parent`, and stays so while the chain is
    /// suspended: resuming the root again resumes the leaf at once (`chain_resume`), so an
    /// item costs one frame push and pop whatever the depth. A delegate that returns or
    /// raises resumes its parent (`gen_flat_resume`): what runs is what the chain of resumes
    /// would run. `root` itself when there is no such chain.
    #[inline(never)]
    fn chain_start(&self, root: Gc) -> Gc {
        let r = gen_of(&root);
        r.flat_depth.set(0);
        let leaf = chain_extend(root);
        if leaf.ptr_eq(root) {
            return root;
        }
        r.set_flat_leaf(Some(leaf));
        self.chain_checked(root, leaf)
    }

    /// The leaf to run for the root `root` of a suspended chain (extended past the delegates
    /// its former leaf has since entered), or None when the chain is running.
    #[inline(never)]
    fn chain_resume(&self, root: Gc) -> Option<Gc> {
        let x = chain_leaf(root);
        if gen_of(&x).state.get() == GenState::Running {
            return None;
        }
        let leaf = chain_extend(x);
        gen_of(&root).set_flat_leaf(Some(leaf));
        Some(self.chain_checked(root, leaf))
    }

    /// `leaf`, or `root` (the chain undone) when the chain's frames would reach the recursion
    /// limit: the frame-per-level path then raises as CPython does.
    #[inline]
    fn chain_checked(&self, root: Gc, leaf: Gc) -> Gc {
        let room = self.recursion_limit.saturating_sub(self.frames.len());
        if gen_of(&leaf).flat_depth.get() as usize >= room {
            unchain(root);
            return root;
        }
        leaf
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
        // It leaves the chain as its running leaf (the root too: it has no chain left).
        gen.set_flat_leaf(None);
        gen.state.set(GenState::Running);
        let Obj::Function(f) = gen.func.obj() else {
            return Err(self.type_error("bad generator"));
        };
        let pc = gen.pc.get();
        let base = self.stack.len();
        if let Err(e) = self.push_stack(&gen.regs.borrow()) {
            gen.state.set(GenState::Suspended);
            gen_settle(p);
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
        let own = gen.replace_handled(outer);
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
        // The return value comes in `exit_value` (see `Vm::do_return`), read only once the
        // state is reloaded: read at once, it waited for the two stores that just wrote it.
        gen_leave(self, g, false);
        if let Some(p) = gen_of(&g).flat_parent.get() {
            // The generator delegating to it continues with its result (`chain_start`).
            let v = self.take_exit_value();
            self.gen_flat_resume(st, p, ret, Some(v))?;
            return Ok(Ctl::Next);
        }
        *st = self.load_state();
        let ins = resumer(st);
        match ins.op_unchecked().generic() {
            Op::ForIter => st.jump(ins.sbx()),
            Op::ForIterTo => st.jump(ins.sc() as i32),
            _ => self.stack[ret] = returned_value(&self.exit_value),
        }
        self.exit_value = Value::None;
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

/// A copy of `v` made word by word for the common kinds: `v` was just written as two words
/// (`Vm::do_return`), and a 16-byte copy would wait for both stores to retire.
#[inline(always)]
// Identity by arms on purpose: the arms read the tag and the payload as separate words.
#[allow(clippy::needless_match)]
fn returned_value(v: &Value) -> Value {
    match *v {
        Value::Obj(g) => Value::Obj(g),
        Value::Int(i) => Value::Int(i),
        Value::None => Value::None,
        other => other,
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
/// it (see `Vm::chain_start`): `g` is suspended at a (narrow) YIELD_FROM, handles no
/// exception of its own (its delegate would inherit it), and the delegate is a suspended
/// generator or coroutine (taken out of any chain it was in).
#[inline]
fn flat_delegate(g: Gc) -> Option<Gc> {
    let d = yield_from_delegate(g)?;
    let dg = match d.obj() {
        Obj::Generator(dg) if dg.kind != GenKind::AsyncGenerator => dg,
        _ => return None,
    };
    if dg.state.get() == GenState::Suspended && dg.flat_parent.get().is_none() {
        return Some(d);
    }
    (gen_settle(d) == GenState::Suspended).then_some(d)
}

/// The delegate of `g` when `g` is suspended (or delegating) at a narrow YIELD_FROM with no
/// handled exception of its own.
#[inline]
fn yield_from_delegate(g: Gc) -> Option<Gc> {
    let gen = gen_of(&g);
    if !matches!(gen.state.get(), GenState::Suspended | GenState::Delegating)
        || gen.send_reg.get() != usize::MAX
        || !gen.handled().is_none()
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
    match gen.regs.borrow().get(ins.b()).copied() {
        Some(Value::Obj(d)) => Some(d),
        _ => None,
    }
}

/// Links the delegates below `x` (a chain's root or its leaf) into the chain: each
/// generator passed becomes `Delegating`. Returns the new leaf (`x` when none).
#[inline]
fn chain_extend(x: Gc) -> Gc {
    let mut g = x;
    let mut depth = gen_of(&x).flat_depth.get();
    while let Some(d) = flat_delegate(g) {
        depth += 1;
        gen_of(&g).state.set(GenState::Delegating);
        let dg = gen_of(&d);
        dg.flat_parent.set(Some(g));
        dg.flat_depth.set(depth);
        g = d;
    }
    g
}

/// The leaf of the suspended chain rooted at `root`: its recorded leaf, or, when that has
/// finished since, the generator it returned or raised into (finished ones are passed over
/// and unlinked). Falls back to the walk down from the root.
#[inline]
fn chain_leaf(root: Gc) -> Gc {
    let Some(mut g) = gen_of(&root).flat_leaf() else {
        return chain_bottom(root);
    };
    loop {
        let gen = gen_of(&g);
        match gen.state.get() {
            GenState::Done => match gen.flat_parent.take() {
                Some(p) => g = p,
                None => return chain_bottom(root),
            },
            GenState::Delegating => return chain_bottom(root),
            _ => return g,
        }
    }
}

/// The first generator below `root` (through its delegates) that is not `Delegating`.
fn chain_bottom(root: Gc) -> Gc {
    let mut g = root;
    while gen_of(&g).state.get() == GenState::Delegating {
        match yield_from_delegate(g) {
            Some(d) if matches!(d.obj(), Obj::Generator(_)) => g = d,
            _ => break,
        }
    }
    g
}

/// Undoes the chain rooted at `root`: each generator it passed is suspended at its
/// `yield from`, as it was, and the links are cleared.
fn unchain(root: Gc) {
    gen_of(&root).set_flat_leaf(None);
    let mut g = root;
    loop {
        let gen = gen_of(&g);
        gen.flat_parent.set(None);
        if gen.state.get() != GenState::Delegating {
            break;
        }
        gen.state.set(GenState::Suspended);
        match yield_from_delegate(g) {
            Some(d) if matches!(d.obj(), Obj::Generator(_)) => g = d,
            _ => break,
        }
    }
}

/// The state `g` shows to everything but the chain code: a member of a flattened chain is
/// running while the chain's leaf runs; otherwise its chain is undone (`unchain`) and it is
/// suspended where it was. Any resumption or inspection of a generator other than by
/// `Vm::gen_enter` goes through here.
pub(crate) fn gen_settle(g: Gc) -> GenState {
    let Obj::Generator(gen) = g.obj() else {
        return GenState::Done;
    };
    let state = gen.state.get();
    if state != GenState::Delegating && gen.flat_parent.get().is_none() {
        return state;
    }
    if state == GenState::Done {
        gen.flat_parent.set(None);
        return state;
    }
    let mut root = g;
    while let Some(p) = gen_of(&root).flat_parent.get() {
        root = p;
    }
    match chain_bottom(root) {
        b if gen_of(&b).state.get() == GenState::Running => GenState::Running,
        _ => {
            unchain(root);
            gen.state.get()
        }
    }
}

/// The state `g` shows (`gen_settle`'s answer) without undoing its chain.
pub(crate) fn gen_state_seen(g: Gc) -> GenState {
    let gen = gen_of(&g);
    if gen.state.get() != GenState::Delegating {
        return gen.state.get();
    }
    let mut root = g;
    while let Some(p) = gen_of(&root).flat_parent.get() {
        root = p;
    }
    if gen_of(&chain_bottom(root)).state.get() == GenState::Running {
        GenState::Running
    } else {
        GenState::Suspended
    }
}

/// The generator `g` (which ran past a chain of `yield from`s and has just left its frame)
/// returns to: the innermost generator of that chain.
#[inline]
pub(crate) fn flat_parent(g: Gc) -> Option<Gc> {
    match g.obj() {
        Obj::Generator(gen) => gen.flat_parent.get(),
        _ => None,
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
        let outer = gen.replace_handled(Value::None);
        if suspending && !vm.handled.is(&outer) {
            gen.set_handled(vm.handled);
        }
        vm.handled = outer;
    }
}
