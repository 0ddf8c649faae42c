//! `list[int]`, `dict[str, int]`, ...: `__class_getitem__` of the builtin containers makes a
//! generic alias (`Obj::GenericAlias`), which shows as `list[int]` and calls its origin.

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [t.list, t.tuple, t.dict, t.set, t.frozenset, t.type_] {
        vm.add_classmethod(cls, "__class_getitem__", class_getitem);
    }
    let ga = vm.types.generic_alias;
    vm.add_property(ga, "__parameters__", parameters);
}

/// `cls[args]`: a generic alias of `cls` over `args` (a tuple of them, or one).
fn class_getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__class_getitem__", args, 2, 2)?;
    let params = match args[1] {
        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => args[1],
        v => vm.new_tuple(vec![v]),
    };
    Ok(Value::Obj(vm.alloc(Obj::GenericAlias(args[0], params))))
}

fn parameters(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![]))
}
