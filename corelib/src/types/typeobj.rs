//! Methods of `type` and `object` that make up the type model: `type.__new__`/`__init__`/
//! `__call__`/`__prepare__`/`__instancecheck__`/`__subclasscheck__`, and the generic
//! attribute methods and `__init_subclass__` of `object`.

use crate::args::*;
use kestrel_vm::object::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let (object, type_) = (vm.types.object, vm.types.type_);
    vm.add_method(type_, "__init__", type_init);
    vm.add_method(type_, "__call__", type_call);
    vm.add_method(type_, "__instancecheck__", type_instancecheck);
    vm.add_method(type_, "__subclasscheck__", type_subclasscheck);
    let prep = vm.new_native("type.__prepare__", type_prepare);
    let prep = Value::Obj(vm.alloc(Obj::ClassMethod(prep)));
    vm.class_set(type_, "__prepare__", prep);
    vm.add_method(object, "__setattr__", object_setattr);
    vm.add_method(object, "__getattribute__", object_getattribute);
    vm.add_method(object, "__delattr__", object_delattr);
    let isc = vm.new_native("object.__init_subclass__", object_init_subclass);
    let isc = Value::Obj(vm.alloc(Obj::ClassMethod(isc)));
    vm.class_set(object, "__init_subclass__", isc);
}

fn class_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<Gc> {
    match v {
        Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => Ok(g),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{what}' requires a 'type' object but received a '{t}'"
            )))
        }
    }
}

/// `type(x)`, `type(name, bases, ns, **kw)` and `M(name, bases, ns)` for metaclasses.
pub fn type_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(&meta) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let meta = class_arg(vm, meta, "__new__")?;
    let is_type = meta.ptr_eq(vm.types.type_);
    match args.len() {
        2 if is_type && kw.is_empty() => Ok(Value::Obj(vm.type_of(args[1]))),
        2 if is_type => Err(vm.type_error("type() takes no keyword arguments")),
        4 => vm.type_new(meta, args[1], args[2], args[3], kw),
        _ if is_type => Err(vm.type_error("type() takes 1 or 3 arguments")),
        n => Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            n - 1
        ))),
    }
}

fn type_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n == 1 && !kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`, bypassing the metaclass's
/// own `__call__` (this is what `super().__call__(...)` in a metaclass reaches).
fn type_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let cls = class_arg(vm, cls, "__call__")?;
    vm.instantiate(cls, &args[1..], kw)
}

fn type_prepare(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_dict(kestrel_vm::dict::Dict::new()))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__instancecheck__", args, 2, 2)?;
    let cls = class_arg(vm, args[0], "__instancecheck__")?;
    Ok(Value::Bool(vm.isinstance(args[1], cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__subclasscheck__", args, 2, 2)?;
    let cls = class_arg(vm, args[0], "__subclasscheck__")?;
    match args[1] {
        Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => {
            Ok(Value::Bool(vm.is_subclass(g, cls)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Gc> {
    match as_str(v) {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn flags_of(vm: &Vm, inst: &Instance) -> u8 {
    match inst.class.get().obj() {
        Obj::Class(c) => vm.class_flags(c),
        _ => 0,
    }
}

/// `object.__setattr__(obj, name, v)`: the generic assignment, without the class's override.
fn object_setattr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__setattr__", args, 3, 3)?;
    let n = attr_name(vm, args[1])?;
    if let Value::Obj(g) = args[0] {
        if let Obj::Instance(inst) = g.obj() {
            let flags = flags_of(vm, inst);
            vm.generic_setattr(args[0], inst, flags, n, args[2])?;
            return Ok(Value::None);
        }
        if let Obj::Class(_) = g.obj() {
            vm.type_setattr(g, n, args[2])?;
            return Ok(Value::None);
        }
    }
    vm.setattr(args[0], n, args[2])?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getattribute__", args, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    vm.object_getattribute(args[0], n)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__delattr__", args, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    if let Value::Obj(g) = args[0] {
        if let Obj::Instance(inst) = g.obj() {
            let flags = flags_of(vm, inst);
            vm.generic_delattr(args[0], inst, flags, n)?;
            return Ok(Value::None);
        }
    }
    vm.delattr(args[0], n)?;
    Ok(Value::None)
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::None);
    if !kw.is_empty() {
        let q = match cls {
            Value::Obj(g) => match g.obj() {
                Obj::Class(c) => c.qualname.borrow().clone(),
                _ => "object".into(),
            },
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{q}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}
