//! `property`. A plain `property(fget, fset, fdel)` is the compact `Obj::Property`; a property
//! with an explicit `doc`, or an instance of a subclass of `property`, is an instance whose
//! dict holds `fget`, `fset`, `fdel` and `__doc__`. The methods here serve both forms, and
//! `__get__`/`__set__`/`__delete__` make the instance form a data descriptor.

use crate::args::*;
use kestrel_vm::object::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let p = vm.types.property;
    let v = vm.new_native("property.__new__", property_new);
    vm.class_set(p, "__new__", v);
    vm.add_method(p, "__init__", property_init);
    vm.add_method(p, "__get__", property_get);
    vm.add_method(p, "__set__", property_set);
    vm.add_method(p, "__delete__", property_delete);
    vm.add_method(p, "__set_name__", property_set_name);
    vm.add_method(p, "getter", property_getter);
    vm.add_method(p, "setter", property_setter);
    vm.add_method(p, "deleter", property_deleter);
}

/// (fget, fset, fdel, doc) of either form.
fn parts(vm: &mut Vm, p: Value) -> PyResult<[Value; 4]> {
    if let Value::Obj(g) = p {
        match g.obj() {
            Obj::Property(a, b, c) => {
                let doc = if a.is_none() {
                    Value::None
                } else {
                    match vm.getattr_str(*a, "__doc__") {
                        Ok(d) => d,
                        Err(_) => {
                            vm.raised = Value::Empty;
                            Value::None
                        }
                    }
                };
                return Ok([*a, *b, *c, doc]);
            }
            Obj::Instance(i) => {
                let mut out = [Value::None; 4];
                for (slot, n) in out.iter_mut().zip(["fget", "fset", "fdel", "__doc__"]) {
                    let k = vm.intern(n);
                    let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
                    if let Some(v) = i.attr_get(k, h) {
                        *slot = v;
                    }
                }
                return Ok(out);
            }
            _ => {}
        }
    }
    let t = vm.type_name(p);
    Err(vm.type_error(format!(
        "descriptor requires a 'property' object but received a '{t}'"
    )))
}

/// The four arguments of `property(fget=None, fset=None, fdel=None, doc=None)`.
fn args4(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<[Value; 4]> {
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "property expected at most 4 arguments, got {}",
            args.len()
        )));
    }
    let mut out = [Value::None; 4];
    for (i, n) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = args.get(i).copied().or_else(|| kwarg(vm, kw, n)) {
            out[i] = v;
        }
    }
    for (k, _) in kw {
        let k = vm.key_str(*k);
        if !["fget", "fset", "fdel", "doc"].contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for property()"
            )));
        }
    }
    Ok(out)
}

fn set_fields(vm: &mut Vm, inst: &Instance, f: [Value; 4]) {
    let mut doc = f[3];
    if doc.is_none() && !f[0].is_none() {
        doc = vm.getattr_str(f[0], "__doc__").unwrap_or(Value::None);
        vm.raised = Value::Empty;
    }
    for (n, v) in ["fget", "fset", "fdel", "__doc__"]
        .iter()
        .zip([f[0], f[1], f[2], doc])
    {
        let k = vm.intern(n);
        let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
        inst.attr_set(k, h, v);
    }
}

fn property_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args[0];
    let f = args4(vm, &args[1..], kw)?;
    let exact = matches!(cls, Value::Obj(g) if g.ptr_eq(vm.types.property));
    if exact && f[3].is_none() {
        return Ok(Value::Obj(vm.alloc(Obj::Property(f[0], f[1], f[2]))));
    }
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error("property.__new__(X): X is not a type object"));
    };
    if !matches!(cls.obj(), Obj::Class(_)) || !vm.is_subclass(cls, vm.types.property) {
        let n = match cls.obj() {
            Obj::Class(_) => vm.class_name(cls),
            _ => return Err(vm.type_error("property.__new__(X): X is not a type object")),
        };
        return Err(vm.type_error(format!(
            "property.__new__({n}): {n} is not a subtype of property"
        )));
    }
    let g = vm.alloc(Obj::Instance(Instance::new(cls)));
    if let Obj::Instance(i) = g.obj() {
        set_fields(vm, i, f);
    }
    Ok(Value::Obj(g))
}

fn property_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = args4(vm, &args[1..], kw)?;
    if let Value::Obj(g) = args[0] {
        if let Obj::Instance(i) = g.obj() {
            set_fields(vm, i, f);
        }
    }
    Ok(Value::None)
}

/// The attribute name a property was assigned to (`__set_name__`), for error messages.
fn prop_name(vm: &mut Vm, p: Value) -> Option<String> {
    if let Value::Obj(g) = p {
        if let Obj::Instance(i) = g.obj() {
            let k = vm.intern("__prop_name__");
            let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
            return i.attr_get(k, h).map(|v| vm.key_str(v));
        }
    }
    None
}

#[cold]
fn missing(vm: &mut Vm, p: Value, obj: Value, what: &str) -> kestrel_vm::Raised {
    let t = match obj {
        Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => vm.class_name(g),
        _ => vm.type_name(obj),
    };
    match prop_name(vm, p) {
        Some(n) => vm.raise_msg(
            "AttributeError",
            format!("property '{n}' of '{t}' object has no {what}"),
        ),
        None => vm.raise_msg(
            "AttributeError",
            format!("property of '{t}' object has no {what}"),
        ),
    }
}

fn property_get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    let (p, obj) = (args[0], args[1]);
    if obj.is_none() {
        return Ok(p);
    }
    let [fget, ..] = parts(vm, p)?;
    if fget.is_none() {
        return Err(missing(vm, p, obj, "getter"));
    }
    vm.call_value(fget, &[obj], &[])
}

fn property_set(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__set__", args, 3, 3)?;
    let [_, fset, ..] = parts(vm, args[0])?;
    if fset.is_none() {
        return Err(missing(vm, args[0], args[1], "setter"));
    }
    vm.call_value(fset, &[args[1], args[2]], &[])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__delete__", args, 2, 2)?;
    let [_, _, fdel, _] = parts(vm, args[0])?;
    if fdel.is_none() {
        return Err(missing(vm, args[0], args[1], "deleter"));
    }
    vm.call_value(fdel, &[args[1]], &[])?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__set_name__", args, 3, 3)?;
    if let Value::Obj(g) = args[0] {
        if let Obj::Instance(i) = g.obj() {
            let k = vm.intern("__prop_name__");
            let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(k).expect("str"));
            i.attr_set(k, h, args[2]);
        }
    }
    Ok(Value::None)
}

/// `p.getter(f)` / `setter` / `deleter`: a copy of the property with one function replaced,
/// of the same type (`type(p)(fget, fset, fdel, doc)` for subclasses).
fn replace(vm: &mut Vm, args: &[Value], which: usize, name: &str) -> PyResult<Value> {
    arity(vm, name, args, 2, 2)?;
    let mut f = parts(vm, args[0])?;
    // None keeps the old function, as CPython's property_copy does.
    if !args[1].is_none() {
        f[which] = args[1];
    }
    if let Value::Obj(g) = args[0] {
        if let Obj::Property(..) = g.obj() {
            return Ok(Value::Obj(vm.alloc(Obj::Property(f[0], f[1], f[2]))));
        }
    }
    // A docstring taken from the old getter follows the new getter.
    if which == 0 {
        f[3] = Value::None;
    }
    let cls = Value::Obj(vm.type_of(args[0]));
    vm.call_value(cls, &f, &[])
}

fn property_getter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    replace(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    replace(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    replace(vm, args, 2, "deleter")
}
