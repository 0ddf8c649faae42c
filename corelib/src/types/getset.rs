//! `getset_descriptor` (`BaseException.args`, `type.__name__`, `object.__class__`) and the
//! methods of the builtin-method descriptor types (`method_descriptor`,
//! `wrapper_descriptor`, `method-wrapper`). The descriptors are made by the VM
//! (`kestrel_vm::builtin_descr`); reads and writes through them run the VM's own attribute
//! code for the receiver.

use crate::args::*;
use kestrel_vm::object::NativeFnPtr;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

type Table = &'static [(&'static str, NativeFnPtr)];

pub const GETSET: Table = &[
    ("__get__", getset_get),
    ("__set__", getset_set),
    ("__delete__", getset_delete),
];

pub const METHOD_DESCRIPTOR: Table = &[("__get__", method_get), ("__call__", method_call)];

pub const METHOD_WRAPPER: Table = &[("__call__", method_call)];

/// The descriptors builtin classes list in their `__dict__` for attributes the VM serves.
pub fn install(vm: &mut Vm) {
    // BaseException (made with the VM) already made the type, before its methods were known.
    if let Some(t) = vm.lazy_type_made(kestrel_vm::lazytypes::LazyType::GetSetDescriptor) {
        vm.add_methods(t, GETSET);
    }
    // A dotted name: repr() calls natives so named (undotted ones stand for the VM's own).
    let t = vm.lazy_type(kestrel_vm::lazytypes::LazyType::GetSetDescriptor);
    let r = vm.new_native("getset_descriptor.__repr__", getset_repr);
    vm.class_set(t, "__repr__", r);
    let (t, o) = (vm.types.type_, vm.types.object);
    for n in [
        "__name__",
        "__qualname__",
        "__bases__",
        "__module__",
        "__dict__",
        "__doc__",
    ] {
        vm.add_attr_descr(t, n, false);
    }
    for n in ["__mro__", "__base__"] {
        vm.add_attr_descr(t, n, true);
    }
    vm.add_attr_descr(o, "__class__", false);
    vm.add_method(o, "__dir__", object_dir);
}

/// (attribute name, owner class) of a getset descriptor.
fn parts(vm: &mut Vm, d: Value) -> PyResult<(Gc, Gc)> {
    if let Value::Obj(g) = d {
        if let Obj::Instance(i) = g.obj() {
            if vm.is_getset_class(i.class.get()) {
                let get = |vm: &mut Vm, n: &str| {
                    let k = vm.intern(n);
                    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
                    i.attr_get(k, h).and_then(|v| v.as_obj())
                };
                if let (Some(n), Some(o)) = (get(vm, "__name__"), get(vm, "__objclass__")) {
                    return Ok((n, o));
                }
            }
        }
    }
    let t = vm.type_name(d);
    Err(vm.type_error(format!(
        "descriptor requires a 'getset_descriptor' object but received a '{t}'"
    )))
}

/// `obj`, checked to be an instance of the descriptor's class.
fn check_target(vm: &mut Vm, obj: Value, owner: Gc, name: Gc) -> PyResult<()> {
    if vm.isinstance(obj, owner) {
        return Ok(());
    }
    let n = vm.key_str(Value::Obj(name));
    let o = vm.class_name(owner);
    let t = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{o}' objects doesn't apply to a '{t}' object"
    )))
}

fn getset_get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__get__", &args[1..], 1, 2)?;
    let (name, owner) = parts(vm, args[0])?;
    let obj = args[1];
    if obj.is_none() {
        if args.get(2).is_none_or(|t| t.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(args[0]);
    }
    check_target(vm, obj, owner, name)?;
    match vm.attr_descr_get(obj, name)? {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(obj);
            let n = vm.key_str(Value::Obj(name));
            Err(vm.raise_msg(
                "AttributeError",
                format!("'{t}' object has no attribute '{n}'"),
            ))
        }
    }
}

fn getset_set(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__set__", &args[1..], 2, 2)?;
    let (name, owner) = parts(vm, args[0])?;
    check_target(vm, args[1], owner, name)?;
    if vm.attr_descr_set(args[1], name, args[2])? {
        return Ok(Value::None);
    }
    let n = vm.key_str(Value::Obj(name));
    let o = vm.class_name(owner);
    Err(vm.raise_msg(
        "AttributeError",
        format!("attribute '{n}' of '{o}' objects is not writable"),
    ))
}

fn getset_delete(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__delete__", &args[1..], 1, 1)?;
    let (name, owner) = parts(vm, args[0])?;
    check_target(vm, args[1], owner, name)?;
    if Vm::exc_data(args[1]).is_some() && vm.key_str(Value::Obj(name)) == "args" {
        return Err(vm.type_error("args may not be deleted"));
    }
    vm.delattr(args[1], name)?;
    Ok(Value::None)
}

fn getset_repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (name, owner) = parts(vm, args[0])?;
    let n = vm.key_str(Value::Obj(name));
    let o = vm.class_name(owner);
    Ok(vm.new_string(format!("<attribute '{n}' of '{o}' objects>")))
}

/// `method_descriptor.__get__(self, obj, type=None)`: the method bound to `obj`.
fn method_get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__get__", &args[1..], 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let owner = match args[0] {
        Value::Obj(g) => match g.obj() {
            Obj::Native(n) => n.owner,
            _ => None,
        },
        _ => None,
    };
    if let Some(o) = owner {
        if !vm.isinstance(args[1], o) {
            let name = vm.getattr_str(args[0], "__name__")?;
            let n = vm.key_str(name);
            let oc = vm.class_name(o);
            let t = vm.type_name(args[1]);
            return Err(vm.type_error(format!(
                "descriptor '{n}' for '{oc}' objects doesn't apply to a '{t}' object"
            )));
        }
    }
    Ok(Value::Obj(vm.alloc(Obj::BoundMethod(args[1], args[0]))))
}

/// Calling a method descriptor or method-wrapper: the object itself is callable.
fn method_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    vm.call_value(args[0], &args[1..], kw)
}

/// `object.__dir__(self)`: the default listing `dir()` sorts.
fn object_dir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__dir__", &args[1..], 0, 0)?;
    crate::dynamic::dir_listing(vm, args[0])
}
