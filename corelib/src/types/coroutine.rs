//! Methods of coroutines, async generators and their awaitables (`coroutine_wrapper`,
//! `async_generator_asend`, `async_generator_athrow`, `anext_awaitable`), and the `aiter` /
//! `anext` builtins. The protocol itself lives in `kestrel_vm::coro`.

use crate::args::*;
use kestrel_vm::gen::GenResult;
use kestrel_vm::object::AwaitKind;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let coro = vm.types.coroutine;
    vm.add_method(coro, "send", send);
    vm.add_method(coro, "throw", throw);
    vm.add_method(coro, "close", close);
    vm.add_method(coro, "__await__", coro_await);
    let agen = vm.types.async_generator;
    vm.add_method(agen, "__aiter__", identity);
    vm.add_method(agen, "__anext__", agen_anext);
    vm.add_method(agen, "asend", agen_asend);
    vm.add_method(agen, "athrow", agen_athrow);
    vm.add_method(agen, "aclose", agen_aclose);
    let t = &vm.types;
    let (wrapper, asend, athrow, anext) = (
        t.coroutine_wrapper,
        t.async_asend,
        t.async_athrow,
        t.anext_awaitable,
    );
    for cls in [wrapper, asend, athrow, anext] {
        vm.add_method(cls, "send", send);
        vm.add_method(cls, "throw", throw);
        vm.add_method(cls, "close", close);
        vm.add_method(cls, "__next__", next);
        vm.add_method(cls, "__iter__", identity);
    }
    // A coroutine's `__await__()` iterator is not itself awaitable; the others are.
    for cls in [asend, athrow, anext] {
        vm.add_method(cls, "__await__", identity);
    }
}

fn identity(_: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

/// A step's outcome as a method result: the value yielded, or StopIteration(returned value).
fn step_value(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => {
            let a = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.raise_with("StopIteration", a))
        }
    }
}

fn send(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let r = match args[0] {
        // A coroutine stepped from Python code lets the collector run inside it.
        Value::Obj(g) if matches!(g.obj(), Obj::Generator(_)) => {
            vm.gen_resume_rooted(g, args[1])?
        }
        _ => vm.iter_send(args[0], args[1])?,
    };
    step_value(vm, r)
}

fn next(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let r = vm.iter_send(args[0], Value::None)?;
    step_value(vm, r)
}

/// The exception `throw(value)` / `throw(type[, value[, traceback]])` raises.
fn thrown(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    arity(vm, name, args, 1, 3)?;
    match (args[0], args.get(1)) {
        (Value::Obj(c), Some(v)) if matches!(c.obj(), Obj::Class(_)) && !v.is_none() => {
            if vm.isinstance(*v, c) {
                Ok(*v)
            } else if let Some(items) = tuple_items(*v) {
                // A tuple value is the argument list (`throw(E, ('a', 'b'))` is E('a', 'b')).
                vm.instantiate(c, &items, &[])
            } else {
                vm.instantiate(c, &[*v], &[])
            }
        }
        (e, Some(v))
            if !matches!(e, Value::Obj(c) if matches!(c.obj(), Obj::Class(_))) && !v.is_none() =>
        {
            Err(vm.type_error("instance exception may not have a separate value"))
        }
        (e, _) => {
            let base = vm.exc_class("BaseException");
            let ok = match e {
                Value::Obj(c) if matches!(c.obj(), Obj::Class(_)) => vm.is_subclass(c, base),
                _ => vm.isinstance(e, base),
            };
            if !ok {
                let t = vm.type_name(e);
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {t}"
                )));
            }
            match e {
                Value::Obj(c) if matches!(c.obj(), Obj::Class(_)) => {
                    let r = vm.call_value(e, &[], &[])?;
                    if !vm.isinstance(r, base) {
                        let (c, t) = (vm.repr(e)?, vm.type_name(r));
                        return Err(vm.type_error(format!(
                            "calling {c} should have returned an instance of BaseException, not {t}"
                        )));
                    }
                    Ok(r)
                }
                _ => Ok(e),
            }
        }
    }
}

fn tuple_items(v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

pub fn throw(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let exc = thrown(vm, "throw", &args[1..])?;
    vm.thrown_as_given = match args.get(1) {
        Some(&cls @ Value::Obj(g)) if args.len() == 2 && matches!(g.obj(), Obj::Class(_)) => {
            Some((exc, cls))
        }
        _ => None,
    };
    let r = vm.iter_throw(args[0], exc);
    vm.thrown_as_given = None;
    step_value(vm, r?)
}

fn close(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "close", &args[1..], 0, 0)?;
    vm.iter_close(args[0])?;
    Ok(Value::None)
}

fn coro_await(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_awaitable(AwaitKind::Wrapper, args[0], Value::None))
}

fn agen_anext(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.agen_apply_hooks(args[0])?;
    Ok(vm.new_awaitable(AwaitKind::ASend, args[0], Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "asend", &args[1..], 1, 1)?;
    vm.agen_apply_hooks(args[0])?;
    Ok(vm.new_awaitable(AwaitKind::ASend, args[0], args[1]))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let exc = thrown(vm, "athrow", &args[1..])?;
    vm.agen_apply_hooks(args[0])?;
    Ok(vm.new_awaitable(AwaitKind::AThrow, args[0], exc))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "aclose", &args[1..], 0, 0)?;
    vm.agen_apply_hooks(args[0])?;
    Ok(vm.new_awaitable(AwaitKind::AClose, args[0], Value::None))
}

/// `aiter(async_iterable)`.
pub fn aiter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "aiter", args, 1, 1)?;
    vm.async_iter(args[0], false)
}

/// `anext(async_iterator[, default])`.
pub fn anext(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "anext", args, 1, 2)?;
    let it = args[0];
    if vm.lookup_special(it, "__anext__").is_none() {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object is not an async iterator")));
    }
    let aw = vm.async_next(it)?;
    match args.get(1) {
        None => Ok(aw),
        Some(&default) => {
            let inner = vm.awaitable_iter(aw)?;
            Ok(vm.new_awaitable(AwaitKind::ANextDefault, inner, default))
        }
    }
}
