//! Dict views' set methods (`d.keys().isdisjoint(...)`), their `mapping` attribute, and
//! `dict.__ior__`.

use crate::args::*;
use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    for view in [vm.types.dict_keys, vm.types.dict_items] {
        vm.add_method(view, "isdisjoint", isdisjoint);
    }
    for view in [
        vm.types.dict_keys,
        vm.types.dict_items,
        vm.types.dict_values,
    ] {
        vm.add_property(view, "mapping", mapping);
    }
    let dict = vm.types.dict;
    vm.add_method(dict, "__ior__", ior);
}

/// `view.mapping`: a read-only proxy of the dict the view shows.
fn mapping(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Obj::DictView(d, _) = g.obj() {
            let mp = vm.types.mappingproxy;
            return Ok(super::bytes::subclass_instance(vm, mp, Value::Obj(*d)));
        }
    }
    Err(vm.type_error("descriptor 'mapping' needs a dict view"))
}

/// `d.__ior__(other)`: `d.update(other)` (a mapping or an iterable of pairs), returning `d`.
fn ior(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__ior__", args, 2, 2)?;
    let d = builtin_base(args[0]);
    if !matches!(d, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_))) {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "descriptor '__ior__' requires a 'dict' object but received a '{t}'"
        )));
    }
    crate::types::dict_fill(vm, d, Some(args[1]), &[])?;
    Ok(args[0])
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
