//! `method`: the bound-method type, constructible as `types.MethodType(func, obj)`.

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let v = vm.new_native("method.__new__", method_new);
    vm.class_set(vm.types.method, "__new__", v);
}

/// `method(func, obj)`: args[0] is the class itself.
fn method_new(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "method", args.get(1..).unwrap_or(&[]), 2, 2)?;
    let (func, this) = (args[1], args[2]);
    let callable = crate::builtins::callable(vm, &[func], Kwargs::default())?;
    if !matches!(callable, Value::Bool(true)) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(this, Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    // Both values are reachable from `args`, which the caller roots, while allocating.
    Ok(Value::Obj(vm.alloc(Obj::BoundMethod(this, func))))
}
