//! `_kestrel_types`: hooks the frozen library's Python classes use to look like the C types
//! they stand in for.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_types", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_types",
        &[("set_c_name", set_c_name)],
    ))
}

/// set_c_name(cls, name): error messages name instances and the class as `name` (CPython's
/// tp_name, e.g. "datetime.date") while `cls.__name__` stays as it is.
fn set_c_name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "set_c_name", args, 2, 2)?;
    let name = str_arg(vm, args[1], "set_c_name() argument 2")?.to_string();
    match args[0] {
        Value::Obj(g) => match g.obj() {
            Obj::Class(c) if !c.is_builtin => {
                *c.c_name.borrow_mut() = Some(name);
                Ok(Value::None)
            }
            _ => Err(vm.type_error("set_c_name() argument 1 must be a Python class")),
        },
        _ => Err(vm.type_error("set_c_name() argument 1 must be a Python class")),
    }
}
