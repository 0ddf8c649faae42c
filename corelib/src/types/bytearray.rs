//! `bytearray`: the mutable bytes. Its read-only methods are bytes' (`bytes::SHARED`); the
//! mutators are here. Item and slice assignment live in the VM (`bytesobj.rs`).

use super::bytes::{construct_data, subclass_instance};
use crate::args::*;
use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};
use std::cell::RefCell;

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let cls = vm.types.bytearray;
    let methods: &'static [(&'static str, F)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("__iadd__", iadd),
        ("__imul__", imul),
    ];
    vm.add_methods(cls, methods);
    super::memoryview::item_dunders(vm, cls);
    let v = vm.new_native("bytearray.__new__", bytearray_new);
    vm.class_set(cls, "__new__", v);
    vm.class_set(cls, "__hash__", Value::None);
}

/// `a += b` / `a *= n` in place (also for subclass instances, which keep their type).
fn inplace(vm: &mut Vm, args: &[Value], kind: BinKind, name: &str) -> PyResult<Value> {
    this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    match vm.bytearray_inplace(kind, builtin_base(args[0]), args[1])? {
        Some(_) => Ok(args[0]),
        None => {
            let t = vm.type_name(args[1]);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn iadd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::Add, "__iadd__")
}

fn imul(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    inplace(vm, args, BinKind::Mul, "__imul__")
}

/// The receiver's byte vector.
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'static RefCell<Vec<u8>>> {
    if let Some(Value::Obj(g)) = args.first().map(|v| builtin_base(*v)) {
        if let Obj::ByteArray(b) = g.obj() {
            // SAFETY: the bytearray is the native's receiver argument, reachable from the
            // register stack for the whole call.
            return Ok(unsafe { &*(b as *const RefCell<Vec<u8>>) });
        }
    }
    let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
    )))
}

fn append(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "append")?;
    arity(vm, "append", &args[1..], 1, 1)?;
    let x = vm.byte_value(args[1])?;
    vm.check_bytearray_resize(args[0])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "extend")?;
    arity(vm, "extend", &args[1..], 1, 1)?;
    let src = args[1];
    let data = if let Some(d) = vm.buffer(src)? {
        d.into_owned()
    } else {
        let iterable = vm.is_iterable_builtin(src)
            || vm.lookup_special(src, "__iter__").is_some()
            || vm.lookup_special(src, "__getitem__").is_some();
        if !iterable {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("can't extend bytearray with {t}")));
        }
        let items = vm.collect_iter(src)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(vm.byte_value(it)?);
        }
        out
    };
    if !data.is_empty() {
        vm.check_bytearray_resize(args[0])?;
    }
    b.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "insert")?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let i = as_ssize(vm, args[1], "")?;
    let x = vm.byte_value(args[2])?;
    vm.check_bytearray_resize(args[0])?;
    let mut d = b.borrow_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "pop")?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => as_ssize(vm, *v, "")?,
        None => -1,
    };
    let n = b.borrow().len() as i64;
    if n == 0 {
        return Err(vm.raise_msg("IndexError", "pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.raise_msg("IndexError", "pop index out of range"));
    }
    vm.check_bytearray_resize(args[0])?;
    let x = b.borrow_mut().remove(j as usize);
    Ok(Value::Int(x as i64))
}

fn remove(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "remove")?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    let x = vm.byte_value(args[1])?;
    let pos = b.borrow().iter().position(|&y| y == x);
    match pos {
        Some(p) => {
            vm.check_bytearray_resize(args[0])?;
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "clear")?;
    arity(vm, "clear", &args[1..], 0, 0)?;
    if !b.borrow().is_empty() {
        vm.check_bytearray_resize(args[0])?;
    }
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "copy")?;
    arity(vm, "copy", &args[1..], 0, 0)?;
    let d = b.borrow().clone();
    Ok(vm.new_bytearray(d))
}

fn reverse(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = this(vm, args, "reverse")?;
    arity(vm, "reverse", &args[1..], 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args[0];
    let data = construct_data(vm, "bytearray", &args[1..], kw)?;
    let b = vm.new_bytearray(data);
    if let Value::Obj(g) = cls {
        if !g.ptr_eq(vm.types.bytearray) {
            return Ok(subclass_instance(vm, g, b));
        }
    }
    Ok(b)
}
