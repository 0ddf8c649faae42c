//! Class-namespace entries that show what a builtin type can do, as CPython's slot wrappers
//! do: `collections.abc`'s structural checks (`Hashable`, `Sized`, `Callable`, ...) look for
//! them in `cls.__dict__` along the MRO. `__hash__ = None` marks the unhashable types; the
//! dict views get `__iter__`/`__len__`/`__contains__`, mappingproxy `__reversed__`, and
//! functions `__call__`. The interpreter's own operations never go through these.

use crate::args::*;
use crate::types::int::call_builtin;
use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let unhashable = [
        t.list,
        t.dict,
        t.set,
        t.bytearray,
        t.dict_keys,
        t.dict_items,
        t.mappingproxy,
        t.slice,
    ];
    for cls in unhashable {
        vm.class_set(cls, "__hash__", Value::None);
    }
    let t = &vm.types;
    let (keys, values, items) = (t.dict_keys, t.dict_values, t.dict_items);
    for view in [keys, values, items] {
        vm.add_method(view, "__iter__", iter);
        vm.add_method(view, "__len__", len);
    }
    vm.add_method(keys, "__contains__", contains);
    vm.add_method(items, "__contains__", contains);
    let mp = vm.types.mappingproxy;
    vm.add_method(mp, "__reversed__", reversed);
    for f in [vm.types.function, vm.types.builtin_fn] {
        vm.add_method(f, "__call__", call);
    }
}

fn iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__iter__", args, 1, 1)?;
    vm.get_iter(builtin_base(args[0]))
}

fn len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__len__", args, 1, 1)?;
    call_builtin(vm, "len", &[builtin_base(args[0])])
}

fn contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__contains__", args, 2, 2)?;
    vm.contains(builtin_base(args[0]), args[1]).map(Value::Bool)
}

fn reversed(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__reversed__", args, 1, 1)?;
    call_builtin(vm, "reversed", &[builtin_base(args[0])])
}

/// `f.__call__(*args, **kw)`: calls the function.
fn call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((&f, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_value(f, rest, kw)
}
