//! `range.index` and `range.count`, computed arithmetically for int arguments (a range is
//! never materialized), by comparison for anything else.

use crate::args::*;
use kestrel_vm::bigrange::{range_parts, BigRange};
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Kwargs, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;

pub fn install(vm: &mut Vm) {
    let range = vm.types.range;
    vm.add_method(range, "index", index);
    vm.add_method(range, "count", count);
    vm.add_method(range, "__eq__", eq);
    vm.add_method(range, "__ne__", ne);
    vm.add_method(range, "__getitem__", getitem);
    vm.add_method(range, "__contains__", contains);
    vm.add_method(range, "__iter__", iter);
    vm.add_method(range, "__reversed__", reversed);
    vm.add_method(range, "__len__", len);
    vm.add_method(range, "__bool__", bool_);
}

// The protocol methods, for explicit calls (`r.__getitem__(i)`, `map(r.__contains__, xs)`):
// the interpreter's own indexing, membership and iteration of a range are native.

/// A slot wrapper's checks (`range.__len__(x)`): the receiver, then exactly `n` arguments.
fn slot_args(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<BigRange> {
    let Some(r) = args.first().and_then(|v| v.as_obj()).and_then(range_parts) else {
        let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'range' object but received a '{t}'"
        )));
    };
    let got = args.len() - 1;
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(r)
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    slot_args(vm, args, "__getitem__", 1)?;
    vm.getitem(args[0], args[1])
}

fn contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    slot_args(vm, args, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    slot_args(vm, args, "__iter__", 0)?;
    vm.get_iter(args[0])
}

fn reversed(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    slot_args(vm, args, "__reversed__", 0)?;
    super::iterators::reversed_iter(vm, args[0])
}

fn len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    slot_args(vm, args, "__len__", 0)?;
    Ok(Value::Int(crate::builtins::len_of(vm, args[0])? as i64))
}

fn bool_(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let r = slot_args(vm, args, "__bool__", 0)?;
    Ok(Value::Bool(r.len() != BigInt::from(0)))
}

/// `range.__eq__`/`__ne__`: equal when they give the same sequence; NotImplemented for
/// anything but a range.
fn eq_or_ne(vm: &mut Vm, args: &[Value], ne: bool) -> PyResult<Value> {
    let name = if ne { "__ne__" } else { "__eq__" };
    the_range(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    if args[1].as_obj().and_then(range_parts).is_none() {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    let op = if ne {
        kestrel_vm::ops::Cmp::Ne
    } else {
        kestrel_vm::ops::Cmp::Eq
    };
    vm.compare(op, args[0], args[1])
}

fn eq(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    eq_or_ne(vm, args, false)
}

fn ne(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    eq_or_ne(vm, args, true)
}

fn the_range(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigRange> {
    match args.first().and_then(|v| v.as_obj()).and_then(range_parts) {
        Some(r) => Ok(r),
        None => {
            let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'range' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// An exact int argument (not a bool or int subclass, whose equality could differ? no: only
/// ints and bools compare numerically, so both count) as a BigInt.
fn int_arg(v: Value) -> Option<BigInt> {
    match as_num(v)? {
        Num::Int(i) => Some(BigInt::from(i)),
        Num::Big(b) => Some(b),
        Num::Float(_) => None,
    }
}

/// Position of `x` in the range, comparing each item when `x` is not an int.
fn position(vm: &mut Vm, r: &BigRange, range: Value, x: Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = int_arg(x) {
        return Ok(r.contains(&i).then(|| (i - &r.start).div_floor(&r.step)));
    }
    let it = vm.get_iter(range)?;
    let mut pos = 0i64;
    while let Some(item) = vm.next(it)? {
        if vm.eq(item, x)? {
            return Ok(Some(BigInt::from(pos)));
        }
        pos += 1;
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let r = the_range(vm, args, "index")?;
    arity(vm, "index", &args[1..], 1, 1)?;
    match position(vm, &r, args[0], args[1])? {
        Some(p) => Ok(vm.new_bigint(p)),
        // CPython's own search is for ints; anything else went through the generic one.
        None if matches!(args[1], Value::Int(_) | Value::Bool(_))
            || matches!(args[1], Value::Obj(g) if matches!(g.obj(), kestrel_vm::Obj::BigInt(_))) =>
        {
            let s = vm.repr(args[1])?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let r = the_range(vm, args, "count")?;
    arity(vm, "count", &args[1..], 1, 1)?;
    if let Some(i) = int_arg(args[1]) {
        return Ok(Value::Int(r.contains(&i) as i64));
    }
    let it = vm.get_iter(args[0])?;
    let mut n = 0;
    while let Some(item) = vm.next(it)? {
        if vm.eq(item, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
