//! Coroutines and async generators.
//!
//! Both are `Generator` objects (their `kind` says which): a coroutine's `await` is a
//! `YIELD_FROM` over the awaited object's iterator, so whatever the innermost awaitable yields
//! (an event loop's future) travels out through every `send`. An async generator's own
//! `yield` suspends with `send_reg` naming the receiving register, an `await` inside it with
//! `usize::MAX`: that is how its `asend`/`athrow` awaitables (`Awaitable`) tell a value the
//! generator produced (which ends the awaitable, as StopIteration) from one passing through
//! from an inner await (which the awaitable yields on).

use crate::gen::GenResult;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::code::flags;
use kestrel_compiler::opcodes::async_op;

/// Awaitable states.
const INIT: u8 = 0;
const ITER: u8 = 1;
const DONE: u8 = 2;

/// The generator (or coroutine, or async generator) behind `v`.
pub fn gen_of(v: &Value) -> Option<(Gc, &Generator)> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Generator(gen) => Some((*g, gen)),
            _ => None,
        },
        _ => None,
    }
}

fn awaitable_of(g: &Gc) -> Option<&Awaitable> {
    match g.obj() {
        Obj::Awaitable(a) => Some(a),
        _ => None,
    }
}

/// A generator function marked with `types.coroutine`: `await` accepts its generators.
fn is_iterable_coroutine(gen: &Generator) -> bool {
    match gen.func.obj() {
        Obj::Function(f) => f.code.flags & flags::ITERABLE_COROUTINE != 0,
        _ => false,
    }
}

/// The `GenKind` a generator function's code makes.
pub fn kind_of_code(fl: u32) -> GenKind {
    if fl & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if fl & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    }
}

impl GenKind {
    /// The name messages use ("generator", "coroutine", "async generator").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

impl Vm {
    pub fn new_awaitable(&mut self, kind: AwaitKind, target: Value, arg: Value) -> Value {
        Value::Obj(self.alloc(Obj::Awaitable(Awaitable {
            kind,
            target,
            arg: std::cell::Cell::new(arg),
            state: std::cell::Cell::new(INIT),
        })))
    }

    /// Whether `v` is something `yield from` / `await` can drive directly (an iterator).
    fn is_iterator(&mut self, v: Value) -> bool {
        match v {
            Value::Obj(g) => match g.obj() {
                Obj::Iter(_) | Obj::Awaitable(_) => true,
                Obj::Generator(gen) => gen.kind == GenKind::Generator,
                _ => self.lookup_special(v, "__next__").is_some(),
            },
            _ => false,
        }
    }

    /// The iterator that `await v` drives: a coroutine itself, a `types.coroutine`
    /// generator, or what `v.__await__()` returns.
    pub fn awaitable_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some((g, gen)) = gen_of(&v) {
            match gen.kind {
                GenKind::Coroutine => {
                    let state = crate::gen_inloop::gen_state_seen(g);
                    if state == GenState::Suspended && gen.send_reg.get() == usize::MAX {
                        return Err(
                            self.raise_msg("RuntimeError", "coroutine is being awaited already")
                        );
                    }
                    return Ok(v);
                }
                GenKind::Generator if is_iterable_coroutine(gen) => return Ok(v),
                _ => {}
            }
        }
        let Some(f) = self.lookup_special(v, "__await__") else {
            let t = self.type_name(v);
            return Err(self.type_error(format!("object {t} can't be used in 'await' expression")));
        };
        let it = self.call_value(f, &[v], &[])?;
        if let Some((_, gen)) = gen_of(&it) {
            if gen.kind == GenKind::Coroutine || is_iterable_coroutine(gen) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
        }
        if !self.is_iterator(it) {
            let t = self.type_name(it);
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{t}'")));
        }
        Ok(it)
    }

    /// `awaitable_iter` for a value `async for`/`async with` got from a protocol method; a
    /// value that cannot be awaited gets the statement's own message.
    fn protocol_awaitable(&mut self, v: Value, what: &str) -> PyResult<Value> {
        let plain = !matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Generator(_)))
            && self.lookup_special(v, "__await__").is_none();
        if plain {
            let t = self.type_name(v);
            return Err(self.type_error(format!("{what}: {t}")));
        }
        self.awaitable_iter(v)
    }

    /// One step of any iterator that `yield from` or `await` drives: `send(sent)`, or
    /// `next()` when nothing (or None) is sent. A StopIteration ends it with its value.
    pub fn iter_send(&mut self, it: Value, sent: Value) -> PyResult<GenResult> {
        if let Value::Obj(g) = it {
            match g.obj() {
                Obj::Generator(_) => return self.gen_resume(g, sent),
                Obj::Awaitable(_) => return self.await_send(g, sent),
                Obj::Iter(_) if sent.is_none() || sent.is_empty() => {
                    return Ok(match self.next(it)? {
                        Some(v) => GenResult::Yield(v),
                        None => GenResult::Return(Value::None),
                    })
                }
                _ => {}
            }
        }
        let (name, args) = if sent.is_none() || sent.is_empty() {
            ("__next__", vec![it])
        } else {
            ("send", vec![it, sent])
        };
        let Some(m) = self.lookup_special(it, name) else {
            let t = self.type_name(it);
            return Err(self.raise_msg(
                "AttributeError",
                format!("'{t}' object has no attribute '{name}'"),
            ));
        };
        self.stop_to_return(|vm| vm.call_value(m, &args, &[]))
    }

    /// `throw(exc)` into an iterator a `yield from`/`await` drives (raising `exc` right
    /// away when it has no `throw`).
    pub fn iter_throw(&mut self, it: Value, exc: Value) -> PyResult<GenResult> {
        if let Value::Obj(g) = it {
            match g.obj() {
                Obj::Generator(_) => return self.gen_throw(g, exc),
                Obj::Awaitable(_) => return self.await_throw(g, exc),
                _ => {}
            }
        }
        let Some(t) = self.lookup_special(it, "throw") else {
            return Err(self.raise(exc));
        };
        // CPython passes `g.throw(...)`'s arguments on as given: the class of `throw(cls)`,
        // the exception alone of `throw(exc)`.
        let first = match self.thrown_as_given.take() {
            Some((Value::Obj(e), cls)) if matches!(exc, Value::Obj(x) if x.ptr_eq(e)) => cls,
            _ => exc,
        };
        self.stop_to_return(|vm| vm.call_value(t, &[it, first], &[]))
    }

    /// `close()` of an iterator a `yield from`/`await` drives, if it has one.
    pub fn iter_close(&mut self, it: Value) -> PyResult<()> {
        if let Value::Obj(g) = it {
            match g.obj() {
                Obj::Generator(_) => return self.gen_close(g),
                Obj::Awaitable(_) => return self.await_close(g),
                _ => {}
            }
        }
        if let Some(c) = self.lookup_special(it, "close") {
            self.call_value(c, &[it], &[])?;
        }
        Ok(())
    }

    /// Runs a step that signals its end by raising StopIteration.
    fn stop_to_return(
        &mut self,
        step: impl FnOnce(&mut Vm) -> PyResult<Value>,
    ) -> PyResult<GenResult> {
        match step(self) {
            Ok(v) => Ok(GenResult::Yield(v)),
            Err(e) if self.raised_is("StopIteration") => {
                let stop = self.take_raised();
                let _ = e;
                Ok(GenResult::Return(self.getattr_str(stop, "value")?))
            }
            Err(e) => Err(e),
        }
    }

    // ----- the awaitables: coroutine_wrapper, asend, athrow/aclose, anext with default

    pub fn await_send(&mut self, a: Gc, sent: Value) -> PyResult<GenResult> {
        let Some(aw) = awaitable_of(&a) else {
            return Err(self.type_error("not an awaitable"));
        };
        match aw.kind {
            AwaitKind::Wrapper => self.iter_send(aw.target, sent),
            AwaitKind::ANextDefault => {
                let r = self.iter_send(aw.target, sent);
                self.anext_default(aw, r)
            }
            AwaitKind::ASend => {
                let Some((g, gen)) = gen_of(&aw.target) else {
                    return Err(self.type_error("bad async generator"));
                };
                let mut v = sent;
                match aw.state.get() {
                    DONE => {
                        let m = "cannot reuse already awaited __anext__()/asend()";
                        return Err(self.raise_msg("RuntimeError", m));
                    }
                    INIT => {
                        if gen.running_async() {
                            let m = "anext(): asynchronous generator is already running";
                            return Err(self.raise_msg("RuntimeError", m));
                        }
                        if v.is_none() || v.is_empty() {
                            v = aw.arg.get();
                        }
                        aw.state.set(ITER);
                        gen.set_running_async(true);
                    }
                    _ => {}
                }
                let r = self.gen_resume(g, v);
                self.agen_unwrap(aw, gen, r)
            }
            AwaitKind::AThrow | AwaitKind::AClose => {
                let Some((g, gen)) = gen_of(&aw.target) else {
                    return Err(self.type_error("bad async generator"));
                };
                match aw.state.get() {
                    DONE => {
                        let m = "cannot reuse already awaited aclose()/athrow()";
                        Err(self.raise_msg("RuntimeError", m))
                    }
                    INIT => {
                        if gen.running_async() {
                            aw.state.set(DONE);
                            let m = match aw.kind {
                                AwaitKind::AClose => "aclose()",
                                _ => "athrow()",
                            };
                            let m = format!("{m}: asynchronous generator is already running");
                            return Err(self.raise_msg("RuntimeError", m));
                        }
                        if gen.state.get() == GenState::Done {
                            aw.state.set(DONE);
                            return Err(self.raise_with("StopIteration", vec![]));
                        }
                        if gen.closed.get() {
                            aw.state.set(DONE);
                            return Err(self.raise_with("StopAsyncIteration", vec![]));
                        }
                        if !sent.is_none() && !sent.is_empty() {
                            let m = "can't send non-None value to a just-started coroutine";
                            return Err(self.raise_msg("RuntimeError", m));
                        }
                        aw.state.set(ITER);
                        gen.set_running_async(true);
                        let exc = match aw.kind {
                            AwaitKind::AClose => {
                                gen.closed.set(true);
                                let cls = self.exc_class("GeneratorExit");
                                self.new_exception(cls, vec![])
                            }
                            _ => aw.arg.get(),
                        };
                        let r = self.gen_throw(g, exc);
                        self.athrow_result(aw, gen, r)
                    }
                    _ => {
                        let r = self.gen_resume(g, sent);
                        self.athrow_result(aw, gen, r)
                    }
                }
            }
        }
    }

    pub fn await_throw(&mut self, a: Gc, exc: Value) -> PyResult<GenResult> {
        let Some(aw) = awaitable_of(&a) else {
            return Err(self.raise(exc));
        };
        match aw.kind {
            AwaitKind::Wrapper => self.iter_throw(aw.target, exc),
            AwaitKind::ANextDefault => {
                let r = self.iter_throw(aw.target, exc);
                self.anext_default(aw, r)
            }
            AwaitKind::ASend | AwaitKind::AThrow | AwaitKind::AClose => {
                let Some((g, gen)) = gen_of(&aw.target) else {
                    return Err(self.raise(exc));
                };
                if aw.state.get() == DONE {
                    let m = match aw.kind {
                        AwaitKind::ASend => "cannot reuse already awaited __anext__()/asend()",
                        _ => "cannot reuse already awaited aclose()/athrow()",
                    };
                    return Err(self.raise_msg("RuntimeError", m));
                }
                let r = self.gen_throw(g, exc);
                match aw.kind {
                    AwaitKind::ASend => self.agen_unwrap(aw, gen, r),
                    _ => self.athrow_result(aw, gen, r),
                }
            }
        }
    }

    pub fn await_close(&mut self, a: Gc) -> PyResult<()> {
        let Some(aw) = awaitable_of(&a) else {
            return Ok(());
        };
        match aw.kind {
            AwaitKind::Wrapper | AwaitKind::ANextDefault => self.iter_close(aw.target),
            _ => {
                aw.state.set(DONE);
                Ok(())
            }
        }
    }

    /// `anext(it, default)`: the default replaces the iterator's StopAsyncIteration.
    fn anext_default(&mut self, aw: &Awaitable, r: PyResult<GenResult>) -> PyResult<GenResult> {
        match r {
            Err(_) if self.raised_is("StopAsyncIteration") => {
                self.take_raised();
                Ok(GenResult::Return(aw.arg.get()))
            }
            r => r,
        }
    }

    /// Whether the async generator's last suspension was its own `yield` (not an `await`).
    fn agen_yielded(gen: &Generator) -> bool {
        gen.state.get() == GenState::Suspended && gen.send_reg.get() != usize::MAX
    }

    /// An async generator step seen through `asend`/`athrow`: its own yield ends the
    /// awaitable with that value, an inner await's yield passes out, its end is
    /// StopAsyncIteration.
    fn agen_unwrap(
        &mut self,
        aw: &Awaitable,
        gen: &Generator,
        r: PyResult<GenResult>,
    ) -> PyResult<GenResult> {
        match r {
            Ok(GenResult::Yield(v)) if !Self::agen_yielded(gen) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Yield(v)) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                Ok(GenResult::Return(v))
            }
            Ok(GenResult::Return(_)) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                gen.closed.set(true);
                Err(self.raise_with("StopAsyncIteration", vec![]))
            }
            Err(e) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                if self.raised_is("StopAsyncIteration") || self.raised_is("GeneratorExit") {
                    gen.closed.set(true);
                }
                Err(e)
            }
        }
    }

    /// An `athrow`/`aclose` step: `aclose` wants the generator to end (StopIteration, i.e.
    /// the await returns None) and refuses a value yielded instead.
    fn athrow_result(
        &mut self,
        aw: &Awaitable,
        gen: &Generator,
        r: PyResult<GenResult>,
    ) -> PyResult<GenResult> {
        if aw.kind == AwaitKind::AThrow {
            return self.agen_unwrap(aw, gen, r);
        }
        match r {
            Ok(GenResult::Yield(v)) if !Self::agen_yielded(gen) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Yield(_)) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                let m = "async generator ignored GeneratorExit";
                Err(self.raise_msg("RuntimeError", m))
            }
            Ok(GenResult::Return(_)) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                Ok(GenResult::Return(Value::None))
            }
            Err(e) => {
                aw.state.set(DONE);
                gen.set_running_async(false);
                if self.raised_is("StopAsyncIteration") || self.raised_is("GeneratorExit") {
                    self.take_raised();
                    return Ok(GenResult::Return(Value::None));
                }
                Err(e)
            }
        }
    }

    // ----- async iteration

    /// `aiter(v)` / the start of `async for`.
    pub fn async_iter(&mut self, v: Value, for_stmt: bool) -> PyResult<Value> {
        let Some(f) = self.lookup_special(v, "__aiter__") else {
            let t = self.type_name(v);
            let m = match for_stmt {
                true => format!("'async for' requires an object with __aiter__ method, got {t}"),
                false => format!("'{t}' object is not an async iterable"),
            };
            return Err(self.type_error(m));
        };
        let it = self.call_value(f, &[v], &[])?;
        if self.lookup_special(it, "__anext__").is_none() {
            let t = self.type_name(it);
            let m = match for_stmt {
                true => format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                ),
                false => format!("aiter() returned not an async iterator of type '{t}'"),
            };
            return Err(self.type_error(m));
        }
        Ok(it)
    }

    /// Applies the `sys.set_asyncgen_hooks` hooks to an async generator on its first
    /// `__anext__`/`asend`/`athrow`/`aclose`: calls firstiter(agen) and keeps the finalizer
    /// to call if the generator is collected unfinished.
    pub fn agen_apply_hooks(&mut self, agen: Value) -> PyResult<()> {
        let Some((_, gen)) = gen_of(&agen) else {
            return Ok(());
        };
        if gen.kind != GenKind::AsyncGenerator || gen.hooks_applied() {
            return Ok(());
        }
        gen.set_hooks_applied(true);
        let [firstiter, finalizer] = self.asyncgen_hooks;
        gen.set_finalizer(finalizer);
        if !firstiter.is_none() {
            self.call_value(firstiter, &[agen], &[])?;
        }
        Ok(())
    }

    /// `it.__anext__()` (an asend awaitable for an async generator).
    pub fn async_next(&mut self, it: Value) -> PyResult<Value> {
        if let Some((_, gen)) = gen_of(&it) {
            if gen.kind == GenKind::AsyncGenerator {
                if !gen.hooks_applied() {
                    self.agen_apply_hooks(it)?;
                }
                return Ok(self.new_awaitable(AwaitKind::ASend, it, Value::None));
            }
        }
        let Some(f) = self.lookup_special(it, "__anext__") else {
            let t = self.type_name(it);
            return Err(self.type_error(format!("'{t}' object is not an async iterator")));
        };
        self.call_value(f, &[it], &[])
    }

    // ----- attributes

    /// `cr_*`, `ag_*`, `gi_*` and names of generators, coroutines and async generators.
    #[cold]
    pub fn coro_attr(&mut self, obj: Value, n: &str) -> PyResult<Option<Value>> {
        let Some((g, gen)) = gen_of(&obj) else {
            return Ok(None);
        };
        // A generator of a flattened chain shows the state it would have without it.
        let state = crate::gen_inloop::gen_state_seen(g);
        let prefix = match gen.kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        if n == "__name__" {
            return Ok(Some(Value::Obj(gen.name)));
        }
        if n == "__qualname__" {
            return Ok(match gen.func.obj() {
                Obj::Function(f) => Some(self.func_qualname_value(f)),
                _ => Some(Value::Obj(gen.name)),
            });
        }
        let Some(field) = n.strip_prefix(prefix) else {
            return Ok(None);
        };
        let delegate = || {
            if state != GenState::Suspended || gen.send_reg.get() != usize::MAX {
                return Value::None;
            }
            let Obj::Function(f) = gen.func.obj() else {
                return Value::None;
            };
            let Some(ins) = kestrel_compiler::opcodes::decode_at(f.code.code, gen.pc.get()) else {
                return Value::None;
            };
            gen.regs
                .borrow()
                .get(ins.b())
                .copied()
                .unwrap_or(Value::None)
        };
        Ok(match field {
            // An async generator counts as running while an asend/athrow is in flight.
            "running" if gen.kind == GenKind::AsyncGenerator => {
                Some(Value::Bool(gen.running_async()))
            }
            "running" => Some(Value::Bool(state == GenState::Running)),
            "origin" if gen.kind == GenKind::Coroutine => Some(Value::None),
            "suspended" if gen.kind != GenKind::AsyncGenerator => {
                Some(Value::Bool(state == GenState::Suspended))
            }
            "await" if gen.kind != GenKind::Generator => Some(delegate()),
            "yieldfrom" if gen.kind == GenKind::Generator => Some(delegate()),
            "frame" if state == GenState::Done => Some(Value::None),
            "code" => match gen.func.obj() {
                Obj::Function(f) => Some(self.code_object(f.code)),
                _ => {
                    return Err(self.raise_msg(
                        "NotImplementedError",
                        format!("{n}: frame and code objects are not supported"),
                    ))
                }
            },
            "frame" => {
                return Err(self.raise_msg(
                    "NotImplementedError",
                    format!("{n}: frame and code objects are not supported"),
                ));
            }
            _ => None,
        })
    }
}

/// `await c` of a coroutine `c` not started yet (a call awaited at once): `c` itself is what
/// `async_step` would give, without its checks.
#[inline(always)]
pub fn awaitable_fast(d: u8, g: Gc) -> bool {
    d == async_op::AWAITABLE
        && matches!(g.obj(), Obj::Generator(gen)
            if gen.kind == GenKind::Coroutine && gen.state.get() == GenState::Created)
}

/// The `ASYNC` instruction's step `d` on `b` (and `c`, the exception for `AEXIT`; `no_exc`
/// when there is none): the value for R[A], and for `AENTER` the one for R[A+1].
#[inline(never)]
pub fn async_step(
    vm: &mut Vm,
    d: u8,
    b: Value,
    c: Value,
    no_exc: bool,
) -> PyResult<(Value, Option<Value>)> {
    let v = match d {
        async_op::AWAITABLE => vm.awaitable_iter(b)?,
        async_op::AITER => vm.async_iter(b, true)?,
        async_op::ANEXT => {
            let aw = vm.async_next(b)?;
            let m = "'async for' received an invalid object from __anext__";
            vm.protocol_awaitable(aw, m)?
        }
        async_op::AENTER => {
            let t = vm.type_name(b);
            let Some(enter) = vm.lookup_special(b, "__aenter__") else {
                let m = format!(
                    "'{t}' object does not support the asynchronous context manager protocol"
                );
                return Err(vm.type_error(m));
            };
            let Some(exit) = vm.lookup_special(b, "__aexit__") else {
                let m = format!("'{t}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                return Err(vm.type_error(m));
            };
            let exit = vm.bind(exit, b)?;
            let r = vm.call_value(enter, &[b], &[])?;
            let m =
                "'async with' received an object from __aenter__ that does not implement __await__";
            let aw = vm.protocol_awaitable(r, m)?;
            return Ok((exit, Some(aw)));
        }
        async_op::AEXIT => {
            let args = if no_exc {
                vec![Value::None, Value::None, Value::None]
            } else {
                vec![Value::Obj(vm.type_of(c)), c, Value::None]
            };
            let r = vm.call_value(b, &args, &[])?;
            let m =
                "'async with' received an object from __aexit__ that does not implement __await__";
            vm.protocol_awaitable(r, m)?
        }
        async_op::IS_STOP => {
            let cls = vm.exc_class("StopAsyncIteration");
            Value::Bool(vm.isinstance(b, cls))
        }
        async_op::YIELD_FROM_ITER => match gen_of(&b) {
            Some((_, gen)) if gen.kind == GenKind::Coroutine => {
                let fl = vm.frames.last().map_or(0, |f| f.code.flags);
                if fl & (flags::ITERABLE_COROUTINE | flags::COROUTINE) == 0 {
                    let m = "cannot 'yield from' a coroutine object in a non-coroutine generator";
                    return Err(vm.type_error(m));
                }
                b
            }
            _ => vm.get_iter(b)?,
        },
        _ => return Err(vm.raise_msg("SystemError", "bad ASYNC operand")),
    };
    Ok((v, None))
}
