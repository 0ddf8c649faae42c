//! Methods of code objects (`f.__code__`): the VM makes them as instances of the `code`
//! type with their `co_*` attributes filled in (`Vm::code_object`).

use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.code;
    // A dotted name: repr() calls natives so named (undotted ones stand for the VM's own).
    let r = vm.new_native("code.__repr__", code_repr);
    vm.class_set(t, "__repr__", r);
}

/// `<code object NAME at ADDR, file "FILE", line N>`, as CPython shows it.
fn code_repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    let this = args[0];
    let name = vm.getattr_str(this, "co_name")?;
    let file = vm.getattr_str(this, "co_filename")?;
    let line = vm.getattr_str(this, "co_firstlineno")?;
    let (name, file) = (vm.key_str(name), vm.key_str(file));
    let line = vm.str_of(line)?;
    let addr = match this {
        Value::Obj(g) => g.addr(),
        _ => 0,
    };
    Ok(vm.new_string(format!(
        "<code object {name} at {addr:#x}, file \"{file}\", line {line}>"
    )))
}
