//! `member_descriptor`: the class attribute `__slots__` makes for each slot. A slot's value is
//! kept in the instance's storage under the slot's name; the descriptor reads, writes and
//! deletes it there, with CPython's errors for unset slots.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let m = vm.types.member;
    vm.add_method(m, "__get__", member_get);
    vm.add_method(m, "__set__", member_set);
    vm.add_method(m, "__delete__", member_delete);
    // A dotted name: repr() calls natives so named (undotted ones stand for the VM's own).
    let r = vm.new_native("member_descriptor.__repr__", member_repr);
    vm.class_set(m, "__repr__", r);
}

/// (slot name, owner class) of a member descriptor.
fn parts(vm: &mut Vm, m: Value) -> PyResult<(Gc, Option<Gc>)> {
    if let Value::Obj(g) = m {
        if let Obj::Instance(i) = g.obj() {
            if i.class.get().ptr_eq(vm.types.member) {
                let get = |vm: &mut Vm, n: &str| {
                    let k = vm.intern(n);
                    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
                    i.attr_get(k, h)
                };
                let name = get(vm, "__name__").and_then(|v| v.as_obj());
                let owner = get(vm, "__objclass__").and_then(|v| v.as_obj());
                if let Some(n) = name {
                    return Ok((n, owner));
                }
            }
        }
    }
    let t = vm.type_name(m);
    Err(vm.type_error(format!(
        "descriptor requires a 'member_descriptor' object but received a '{t}'"
    )))
}

/// Whether the member is one the VM computes (a builtin exception's `errno`, `type.__mro__`)
/// rather than a `__slots__` entry of a Python class.
fn vm_served(vm: &Vm, owner: Option<Gc>) -> bool {
    owner.is_some_and(|o| match o.obj() {
        Obj::Class(c) => {
            c.is_builtin
                || vm
                    .exc_class_made(&c.name.borrow())
                    .is_some_and(|e| e.ptr_eq(o))
        }
        _ => false,
    })
}

/// The instance behind `obj`, checked to be an instance of the slot's class.
fn target(vm: &mut Vm, obj: Value, owner: Option<Gc>, name: Gc) -> PyResult<Gc> {
    let ok = owner.is_none_or(|o| vm.isinstance(obj, o));
    if let (true, Value::Obj(g)) = (ok, obj) {
        if let Obj::Instance(_) = g.obj() {
            return Ok(g);
        }
    }
    let n = vm.key_str(Value::Obj(name));
    let o = owner.map(|o| vm.class_name(o)).unwrap_or_default();
    let t = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{o}' objects doesn't apply to a '{t}' object"
    )))
}

fn member_get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let (name, owner) = parts(vm, args[0])?;
    // `type.__dict__['__mro__'].__get__(int)`: a class, not an instance.
    let is_class = matches!(args[1], Value::Obj(c) if matches!(c.obj(), Obj::Class(_)));
    if is_class && vm_served(vm, owner) && owner.is_some_and(|o| vm.isinstance(args[1], o)) {
        if let Some(v) = vm.attr_descr_get(args[1], name)? {
            return Ok(v);
        }
    }
    let g = target(vm, args[1], owner, name)?;
    let Obj::Instance(inst) = g.obj() else {
        unreachable!("target returns instances")
    };
    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(name).expect("str"));
    let v = inst.attr_get(name, h);
    if v.is_none() && vm_served(vm, owner) {
        if let Some(v) = vm.attr_descr_get(args[1], name)? {
            return Ok(v);
        }
    }
    match v {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(args[1]);
            let n = vm.key_str(Value::Obj(name));
            Err(vm.raise_msg(
                "AttributeError",
                format!("'{t}' object has no attribute '{n}'"),
            ))
        }
    }
}

fn member_set(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__set__", args, 3, 3)?;
    let (name, owner) = parts(vm, args[0])?;
    let g = target(vm, args[1], owner, name)?;
    if vm_served(vm, owner) && vm.attr_descr_set(args[1], name, args[2])? {
        return Ok(Value::None);
    }
    let Obj::Instance(inst) = g.obj() else {
        unreachable!("target returns instances")
    };
    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(name).expect("str"));
    inst.attr_set(name, h, args[2]);
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__delete__", args, 2, 2)?;
    let (name, owner) = parts(vm, args[0])?;
    let g = target(vm, args[1], owner, name)?;
    let Obj::Instance(inst) = g.obj() else {
        unreachable!("target returns instances")
    };
    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(name).expect("str"));
    match inst.attr_del(name, h) {
        true => Ok(Value::None),
        false => {
            let n = vm.key_str(Value::Obj(name));
            Err(vm.raise_msg("AttributeError", n))
        }
    }
}

fn member_repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (name, owner) = parts(vm, args[0])?;
    let n = vm.key_str(Value::Obj(name));
    let o = owner.map(|o| vm.class_name(o)).unwrap_or_default();
    Ok(vm.new_string(format!("<member '{n}' of '{o}' objects>")))
}
