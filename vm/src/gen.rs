//! Generators: a suspended frame's registers are saved in the generator object and copied back
//! onto the register stack when it resumes.

use crate::heap::Gc;
use crate::interp::St;
use crate::object::*;
use crate::value::Value;
use crate::vm::{Frame, FrameKind};
use crate::Vm;

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// Finished generators' register vectors kept for reuse (`Vm::gen_regs_pool`).
const REGS_POOL: usize = 64;
/// Vectors larger than this are freed, not pooled.
const REGS_POOLED_MAX: usize = 64;

impl Vm {
    /// Marks `g` finished and takes its registers back now (into the pool of register
    /// vectors), not when the collector finds the finished generator.
    pub fn finish_generator(&mut self, g: Gc) {
        if let Obj::Generator(gen) = g.obj() {
            gen.state.set(GenState::Done);
            let mut regs = gen.regs.take();
            if !regs.is_empty()
                && regs.len() <= REGS_POOLED_MAX
                && self.gen_regs_pool.len() < REGS_POOL
            {
                regs.fill(Value::Empty);
                self.gen_regs_pool.push(regs);
            }
        }
    }

    pub fn new_generator(&mut self, func: Gc, params: Vec<Value>) -> Value {
        match self.new_generator_from(func, &params) {
            Some(g) => Value::Obj(g),
            None => Value::None,
        }
    }

    /// `f(args)` of a generator or coroutine function from the interpreter, the `n`
    /// arguments at `at` being exactly its positional parameters (no defaults, `*args`,
    /// `**kwargs` or keyword-only parameters to bind): the generator is made straight from
    /// them into R[`ret`]. False (nothing done) otherwise.
    #[inline]
    pub(crate) fn call_generator_at(&mut self, func: Gc, at: usize, n: usize, ret: usize) -> bool {
        let Obj::Function(f) = func.obj() else {
            return false;
        };
        let code = f.code;
        if !code.is_generator()
            || n != code.argcount as usize
            || code.total_params() != n
            || self.stack.len() < at + n
        {
            return false;
        }
        // The arguments are copied out before the allocation (which cannot collect).
        let mut args = [Value::Empty; 8];
        let Some(slot) = args.get_mut(..n) else {
            return false;
        };
        slot.copy_from_slice(&self.stack[at..at + n]);
        // The result is a `Gc` (one register): a returned `Value` went through memory.
        if let Some(g) = self.new_generator_from(func, &args[..n]) {
            self.stack[ret] = Value::Obj(g);
        }
        true
    }

    /// A generator of `func` whose first registers are `params` (the bound parameters).
    fn new_generator_from(&mut self, func: Gc, params: &[Value]) -> Option<Gc> {
        let Obj::Function(f) = func.obj() else {
            return None;
        };
        let nregs = (f.code.nregs as usize).max(params.len());
        let free_start = f.code.free_start as usize;
        let name = match self.func_name(f) {
            Value::Obj(n) => n,
            _ => self.intern(f.code.name),
        };
        let kind = crate::coro::kind_of_code(f.code.flags);
        // The last pooled register slice when it has the size (generators of one function
        // tend to come in a row), or one allocation of the final size.
        let mut regs = match self.gen_regs_pool.last() {
            Some(v) if v.len() == nregs => self.gen_regs_pool.pop().unwrap_or_default(),
            _ => vec![Value::Empty; nregs].into_boxed_slice(),
        };
        regs[..params.len()].copy_from_slice(params);
        for (i, c) in f.closure.iter().enumerate() {
            if let Some(r) = regs.get_mut(free_start + i) {
                *r = *c;
            }
        }
        let words = regs.len();
        let g = self.alloc(Obj::Generator(Generator::new(func, name, regs, kind)));
        // Its registers count toward the next collection, as a tuple's items do. (Counting
        // its then boxed state too cut pyperformance's generators from 51 to 44 MB but cost
        // ~12% of its time in extra collections of the 100,000-node tree; the generator now
        // fits its slot.) Counted after the
        // allocation, whose update of the same counters would wait for this one's store.
        self.heap.note_size(words);
        Some(g)
    }

    /// Runs the generator until its next yield or its end.
    pub fn gen_resume(&mut self, g: Gc, sent: Value) -> PyResult<GenResult> {
        self.gen_run(g, sent, None, true)
    }

    /// `gen_resume` for a native that steps `g` straight from Python code (`send`,
    /// `__next__`): while it still holds nothing but its rooted arguments
    /// (`Vm::native_untouched`), the collector may run inside the generator. A coroutine
    /// driven by `send` otherwise kept everything it allocated until it suspended
    /// (pyperformance's coroutines, a recursion of awaits that never suspends, peaked at 71 MB).
    pub fn gen_resume_rooted(&mut self, g: Gc, sent: Value) -> PyResult<GenResult> {
        if !self.native_untouched() {
            return self.gen_resume(g, sent);
        }
        self.native_mark = crate::vm::NO_MARK;
        self.gc_inhibit -= 1;
        let r = self.gen_run(g, sent, None, false);
        self.gc_inhibit += 1;
        r
    }

    /// `next(g)` from a native that holds nothing but its arguments (see `gen_resume_rooted`).
    pub fn next_rooted(&mut self, it: Value) -> PyResult<Value> {
        let g = match it {
            Value::Obj(g) if matches!(g.obj(), Obj::Generator(_)) => g,
            _ => return self.next_raising(it),
        };
        match self.gen_resume_rooted(g, Value::None)? {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => {
                let a = if v.is_none() { vec![] } else { vec![v] };
                Err(self.raise_with("StopIteration", a))
            }
        }
    }

    /// `generator.throw(exc)`: raises `exc` where the generator is suspended (delegating to
    /// the iterator of a `yield from` it is suspended in).
    pub fn gen_throw(&mut self, g: Gc, exc: Value) -> PyResult<GenResult> {
        let Obj::Generator(gen) = g.obj() else {
            return Err(self.type_error("not a generator"));
        };
        match crate::gen_inloop::gen_settle(g) {
            GenState::Running | GenState::Delegating => {
                return Err(self.already_executing(gen.kind))
            }
            GenState::Done if gen.kind == GenKind::Coroutine => {
                return Err(self.raise_msg("RuntimeError", "cannot reuse already awaited coroutine"))
            }
            GenState::Created | GenState::Done => {
                self.finish_generator(g);
                return Err(self.raise(exc));
            }
            GenState::Suspended => {}
        }
        if gen.send_reg.get() == usize::MAX {
            if let Some(r) = self.throw_into_delegate(g, exc)? {
                return Ok(r);
            }
        }
        // Resume just after the suspension point so that it is what unwinding sees.
        if gen.send_reg.get() == usize::MAX {
            gen.pc.set(gen.pc.get() + 1);
        }
        self.gen_run(g, Value::None, Some(exc), true)
    }

    /// Throw into the iterator a `yield from` is suspended on. Some(result) when that settles
    /// the outer generator's step; None when `Vm::raised`-style throwing into the outer
    /// generator must follow (the exception to throw is then parked in `exc`'s place).
    fn throw_into_delegate(&mut self, g: Gc, exc: Value) -> PyResult<Option<GenResult>> {
        let Obj::Generator(gen) = g.obj() else {
            return Ok(None);
        };
        let Obj::Function(f) = gen.func.obj() else {
            return Ok(None);
        };
        let Some(ins) = kestrel_compiler::opcodes::decode_at(f.code.code, gen.pc.get()) else {
            return Ok(None);
        };
        let (dst, src) = (ins.a(), ins.b());
        let inner = match gen.regs.borrow().get(src) {
            Some(v) => *v,
            None => return Ok(None),
        };
        let is_exit = self.isinstance(exc, self.exc_class("GeneratorExit"));
        let outcome = if is_exit {
            // Close the delegate, then raise GeneratorExit in the outer generator.
            match self.iter_close(inner) {
                Ok(()) => return Ok(None),
                Err(e) => Err(e),
            }
        } else {
            self.iter_throw(inner, exc)
        };
        match outcome {
            Ok(GenResult::Yield(v)) => Ok(Some(GenResult::Yield(v))),
            Ok(GenResult::Return(v)) => {
                // The delegation finished: continue the outer generator after the yield from.
                if let Some(slot) = gen.regs.borrow_mut().get_mut(dst) {
                    *slot = v;
                }
                gen.pc.set(gen.pc.get() + 1);
                gen.send_reg.set(usize::MAX - 1);
                self.gen_run(g, Value::None, None, true).map(Some)
            }
            Err(_) => {
                // The delegate raised: that exception continues in the outer generator.
                let e = self.take_raised();
                gen.pc.set(gen.pc.get() + 1);
                gen.send_reg.set(usize::MAX - 1);
                self.gen_run(g, Value::None, Some(e), true).map(Some)
            }
        }
    }

    /// `generator.close()`.
    pub fn gen_close(&mut self, g: Gc) -> PyResult<()> {
        let Obj::Generator(gen) = g.obj() else {
            return Ok(());
        };
        if crate::gen_inloop::gen_settle(g) != GenState::Suspended {
            self.finish_generator(g);
            return Ok(());
        }
        let exit = self.exc_class("GeneratorExit");
        let exc = self.new_exception(exit, vec![]);
        match self.gen_throw(g, exc) {
            Ok(GenResult::Yield(_)) => {
                // It stays suspended where it yielded: a later close() tries again.
                let m = format!("{} ignored GeneratorExit", gen.kind.noun());
                Err(self.raise_msg("RuntimeError", m))
            }
            Ok(GenResult::Return(_)) => Ok(()),
            Err(e) => {
                if self.raised_is("GeneratorExit") || self.raised_is("StopIteration") {
                    self.take_raised();
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Resumes a generator for `collect_iter` in its collectable mode: the collector may run
    /// inside the generator (the caller roots everything it holds).
    pub fn gen_resume_collectable(&mut self, g: Gc) -> PyResult<GenResult> {
        self.gen_run(g, Value::None, None, false)
    }

    /// Runs the generator to its next yield or its end. `inhibit`: no collection meanwhile,
    /// as the caller may hold unrooted values.
    fn gen_run(
        &mut self,
        g: Gc,
        sent: Value,
        throw: Option<Value>,
        inhibit: bool,
    ) -> PyResult<GenResult> {
        let Obj::Generator(gen) = g.obj() else {
            return Err(self.type_error("not a generator"));
        };
        match crate::gen_inloop::gen_settle(g) {
            GenState::Running | GenState::Delegating => {
                return Err(self.already_executing(gen.kind))
            }
            GenState::Done if gen.kind == GenKind::Coroutine => {
                return Err(self.raise_msg("RuntimeError", "cannot reuse already awaited coroutine"))
            }
            GenState::Done => return Ok(GenResult::Return(Value::None)),
            GenState::Created if !sent.is_none() && !sent.is_empty() => {
                let m = format!(
                    "can't send non-None value to a just-started {}",
                    gen.kind.noun()
                );
                return Err(self.type_error(m));
            }
            _ => {}
        }
        if self.frames.len() >= self.call_limit {
            self.profiled_resume(gen.func)?;
        }
        let Obj::Function(f) = gen.func.obj() else {
            return Err(self.type_error("bad generator"));
        };
        let base = self.stack.len();
        self.push_stack(&gen.regs.borrow())?;
        let sr = gen.send_reg.get();
        let suspended = gen.state.get() == GenState::Suspended;
        if suspended && sr < usize::MAX - 1 && throw.is_none() {
            self.stack[base + sr] = if sent.is_empty() { Value::None } else { sent };
        }
        // A generator suspended in `yield from` forwards what is sent to its delegate.
        self.gen_sent = if suspended && sr == usize::MAX {
            sent
        } else {
            Value::Empty
        };
        let consts = self.func_consts(f);
        let quick = self.func_quick(f);
        self.frames.push(Frame {
            code: f.code,
            base,
            pc: gen.pc.get(),
            ret: base,
            consts,
            quick,
            globals: f.globals,
            locals: None,
            func: Some(gen.func),
            kind: FrameKind::Generator(g),
            entry: true,
        });
        gen.state.set(GenState::Running);
        // The exception the generator was handling when it suspended is handled again while
        // it runs, and must not stay visible to its caller once it suspends.
        let outer = self.handled;
        // Throwing in the caller's own handled exception: the generator does not inherit it,
        // so that a handler of the generator catching it is seen as the generator's own.
        let inherited = match throw {
            Some(exc) if exc.is(&outer) => Value::None,
            _ => outer,
        };
        let own = gen.replace_handled(Value::None);
        self.handled = if own.is_none() { inherited } else { own };
        self.native_depth += 1;
        self.gc_inhibit += inhibit as usize;
        let r = match throw {
            Some(exc) => {
                self.raise(exc);
                self.run_raising()
            }
            None => self.run(),
        };
        self.gc_inhibit -= inhibit as usize;
        self.native_depth -= 1;
        if gen.state.get() == GenState::Suspended && !self.handled.is(&inherited) {
            gen.set_handled(self.handled);
        }
        self.handled = outer;
        match r {
            Ok(v) => {
                if gen.state.get() == GenState::Suspended {
                    Ok(GenResult::Yield(v))
                } else {
                    gen.state.set(GenState::Done);
                    Ok(GenResult::Return(v))
                }
            }
            Err(_) => {
                gen.state.set(GenState::Done);
                Err(self.stop_escaping(gen.kind))
            }
        }
    }

    /// The exception in flight leaves a generator of `kind`: a StopIteration becomes
    /// RuntimeError (PEP 479), and so does a StopAsyncIteration leaving an async generator.
    pub(crate) fn stop_escaping(&mut self, kind: GenKind) -> Raised {
        let stop = if self.raised_is("StopIteration") {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator && self.raised_is("StopAsyncIteration") {
            "StopAsyncIteration"
        } else {
            return Raised;
        };
        let cause = self.take_raised();
        let exc = {
            let cls = self.exc_class("RuntimeError");
            let m = format!("{} raised {stop}", kind.noun());
            let m = self.new_string(m);
            self.new_exception(cls, vec![m])
        };
        if let Some(d) = Vm::exc_data(exc) {
            d.borrow_mut().cause = cause;
        }
        self.raise(exc)
    }

    /// Called by YIELD: saves the generator frame and pops it. `send_reg` receives the value
    /// sent in on resumption; `resume_pc` is where execution continues.
    pub fn gen_suspend(&mut self, st: &St, send_reg: usize, resume_pc: usize) {
        let f = self.frames.last().expect("generator frame");
        let (base, nregs, kind, code) = (f.base, f.code.nregs as usize, f.kind, f.code);
        let FrameKind::Generator(g) = kind else {
            return;
        };
        let _ = st;
        if let Obj::Generator(gen) = g.obj() {
            // Suspended inside a `try` (or `with`): CPython closes it when it is collected,
            // which runs its `finally`/`except`/`__exit__`. Register it for that once.
            // An async generator is handed to its finalizer hook instead (asyncio schedules
            // its aclose()); without a hook nothing can drive its cleanup.
            let closable = gen.kind != GenKind::AsyncGenerator || !gen.finalizer().is_none();
            if !code.exc_table.is_empty()
                && !gen.finalizable.get()
                && closable
                && code.handler_for(resume_pc.saturating_sub(1)).is_some()
            {
                gen.finalizable.set(true);
                self.heap.finalizable.borrow_mut().push(g);
                // Its frame is about to be popped: the frame that resumed it holds it.
                self.note_prompt_candidate(self.frames.len().saturating_sub(1));
            }
            let window = &self.stack[base..base + nregs];
            let mut regs = gen.regs.borrow_mut();
            if regs.len() == nregs {
                regs.copy_from_slice(window);
            } else {
                drop(regs);
                gen.regs.set(window.into());
            }
            gen.pc.set(resume_pc);
            gen.state.set(GenState::Suspended);
            gen.send_reg.set(send_reg);
        }
        self.pop_frame();
    }

    /// `next(it)`: the next item, or StopIteration carrying a generator's return value or
    /// the exception a user `__next__` raised.
    pub fn next_raising(&mut self, it: Value) -> PyResult<Value> {
        if let Value::Obj(g) = it {
            match g.obj() {
                Obj::Generator(_) => {
                    return match self.gen_resume(g, Value::None)? {
                        GenResult::Yield(v) => Ok(v),
                        GenResult::Return(v) => {
                            let a = if v.is_none() { vec![] } else { vec![v] };
                            Err(self.raise_with("StopIteration", a))
                        }
                    };
                }
                Obj::Instance(_) => {
                    if let Some(f) = self.lookup_special(it, "__next__") {
                        return self.call_value(f, &[it], &[]);
                    }
                }
                _ => {}
            }
        }
        match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(self.raise_with("StopIteration", vec![])),
        }
    }

    /// Next item of an iterator, or the value it returned (`yield from`'s result). A value
    /// sent into the delegating generator goes to the iterator's `send`.
    pub fn next_or_return(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        let sent = std::mem::replace(&mut self.gen_sent, Value::Empty);
        Ok(match self.iter_send(it, sent)? {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => Err(v),
        })
    }

    #[cold]
    fn already_executing(&mut self, kind: GenKind) -> Raised {
        self.value_error(format!("{} already executing", kind.noun()))
    }
}
