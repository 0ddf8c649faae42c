//! `_weakref`: the interpreter's half of weak references. A weak reference is an object of a
//! class written in Python (`corelib/lib/weakref.py`); the collector's table
//! (`kestrel_vm::finalize`) maps it to its referent without keeping the referent alive.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_weakref", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_weakref",
        &[
            ("register", register),
            ("get", get),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    ))
}

/// The referent as a heap object that may be weakly referenced, as CPython allows: instances,
/// functions, classes, sets, generators, bound methods, modules and code.
fn referent(vm: &mut Vm, v: Value) -> PyResult<Gc> {
    if let Value::Obj(g) = v {
        let ok = match g.obj() {
            Obj::Instance(i) => match i.class.get().obj() {
                Obj::Class(c) => {
                    !c.is_builtin || c.kind.get() == kestrel_vm::object::Kind::Exception
                }
                _ => false,
            },
            Obj::Function(_)
            | Obj::Class(_)
            | Obj::Set(..)
            | Obj::Generator(_)
            | Obj::BoundMethod(..)
            | Obj::Module(..)
            | Obj::Code(_) => true,
            _ => false,
        };
        if ok {
            return Ok(g);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("cannot create weak reference to '{t}' object")))
}

/// `register(wr, obj)`: makes `wr` a weak reference to `obj`.
fn register(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "register", args, 2, 2)?;
    let Value::Obj(wr) = args[0] else {
        return Err(vm.type_error("register() needs a weak reference object"));
    };
    let target = referent(vm, args[1])?;
    vm.gc_hooks.register_weakref(wr, target);
    Ok(Value::None)
}

/// `get(wr)`: the referent, or None once it was collected.
fn get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "get", args, 1, 1)?;
    Ok(match args[0] {
        Value::Obj(wr) => vm
            .gc_hooks
            .weakref_target(wr)
            .map_or(Value::None, Value::Obj),
        _ => Value::None,
    })
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getweakrefcount", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(g) => vm.gc_hooks.weakrefs_to(g).len() as i64,
        _ => 0,
    }))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getweakrefs", args, 1, 1)?;
    let refs = match args[0] {
        Value::Obj(g) => vm.gc_hooks.weakrefs_to(g),
        _ => Vec::new(),
    };
    let v = refs.into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(v))
}
