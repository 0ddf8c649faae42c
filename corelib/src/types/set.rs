//! `set`/`frozenset` pieces beyond the operators: `set.__init__` (which fills instances of set
//! subclasses), in-place operators and `symmetric_difference_update`.

use crate::args::*;
use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let (set, frozenset) = (vm.types.set, vm.types.frozenset);
    vm.add_method(set, "__init__", init);
    vm.add_method(set, "symmetric_difference_update", symdiff_update);
    vm.add_method(set, "__ior__", ior);
    vm.add_method(set, "__iand__", iand);
    vm.add_method(set, "__isub__", isub);
    vm.add_method(set, "__ixor__", ixor);
    vm.add_method(frozenset, "__iter__", iter);
    vm.add_method(frozenset, "__hash__", hash);
}

fn the_set(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let b = builtin_base(v);
    match b {
        Value::Obj(g) if matches!(g.obj(), Obj::Set(..)) => Ok(b),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'set' object but received a '{t}'"
            )))
        }
    }
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = the_set(vm, args, "__init__")?;
    no_kwargs(vm, "set", kw)?;
    arity(vm, "set", &args[1..], 0, 1)?;
    // As CPython: cleared first, then updated (`s.__init__(s)` leaves s empty).
    if let Value::Obj(g) = s {
        if let Obj::Set(d, _) = g.obj() {
            d.borrow_mut().clear();
        }
        if let Some(v) = args.get(1) {
            vm.set_update_from(g, *v)?;
        }
    }
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = the_set(vm, args, "__iter__")?;
    vm.get_iter(s)
}

fn hash(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = the_set(vm, args, "__hash__")?;
    vm.hash(s).map(Value::Int)
}

/// `s <op>= other` for a set `other`; NotImplemented for anything else.
fn inplace(vm: &mut Vm, args: &[Value], kind: BinKind, name: &str) -> PyResult<Value> {
    let s = the_set(vm, args, name)?;
    arity(vm, name, args, 2, 2)?;
    let o = builtin_base(args[1]);
    let (Value::Obj(sg), Value::Obj(og)) = (s, o) else {
        return Ok(Value::Obj(vm.none_singletons.0));
    };
    if !matches!(og.obj(), Obj::Set(..)) {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    vm.set_inplace(kind, sg, og)?;
    Ok(args[0])
}

fn ior(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::Or, "__ior__")
}
fn iand(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::And, "__iand__")
}
fn isub(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::Sub, "__isub__")
}
fn ixor(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::Xor, "__ixor__")
}

/// `s.symmetric_difference_update(iterable)`.
fn symdiff_update(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = the_set(vm, args, "symmetric_difference_update")?;
    arity(vm, "symmetric_difference_update", &args[1..], 1, 1)?;
    if let Value::Obj(g) = s {
        vm.set_symdiff_update(g, args[1])?;
    }
    Ok(Value::None)
}
