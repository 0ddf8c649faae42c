//! Dict views' set methods (`d.keys().isdisjoint(...)`).

use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    for view in [vm.types.dict_keys, vm.types.dict_items] {
        vm.add_method(view, "isdisjoint", isdisjoint);
    }
}

/// `view.isdisjoint(iterable)`: no item of the iterable is in the view.
fn isdisjoint(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isdisjoint", args, 2, 2)?;
    let items = vm.collect_iter(args[1])?;
    for x in items {
        if vm.contains(args[0], x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
