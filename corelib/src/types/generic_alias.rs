//! `list[int]`, `dict[str, int]`, ...: `__class_getitem__` of the builtin containers makes a
//! generic alias (`Obj::GenericAlias`), which shows as `list[int]` and calls its origin.
//! `types.GenericAlias(origin, args)` makes one directly. What needs the typing rules
//! (`__parameters__`, substitution `list[T][int]`, and `X | Y` on classes and aliases) is
//! written in Python in `types.py` and reached from here.

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [t.list, t.tuple, t.dict, t.set, t.frozenset] {
        vm.add_classmethod(cls, "__class_getitem__", class_getitem);
    }
    let ga = vm.types.generic_alias;
    vm.add_property(ga, "__parameters__", parameters);
    vm.add_method(ga, "__mro_entries__", mro_entries);
    vm.add_method(ga, "__getitem__", getitem);
    vm.add_method(ga, "__or__", or);
    vm.add_method(ga, "__ror__", ror);
    let new = vm.new_native("GenericAlias.__new__", new);
    vm.class_set(ga, "__new__", new);
    // CPython's `types.GenericAlias` (its repr and `__module__`).
    let module = vm.new_str("types");
    vm.class_set(ga, "__module__", module);
    let type_ = vm.types.type_;
    vm.add_method(type_, "__or__", or);
    vm.add_method(type_, "__ror__", ror);
}

fn make(vm: &mut Vm, origin: Value, args: Value) -> Value {
    let params = match args {
        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => args,
        v => vm.new_tuple(vec![v]),
    };
    Value::Obj(vm.alloc(Obj::GenericAlias(origin, params)))
}

/// `cls[args]`: a generic alias of `cls` over `args` (a tuple of them, or one).
pub(crate) fn class_getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__class_getitem__", args, 2, 2)?;
    Ok(make(vm, args[0], args[1]))
}

/// `GenericAlias(origin, args)` (args[0] is the class).
fn new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(make(vm, args[1], args[2]))
}

/// `class C(list[int])` derives from the origin (PEP 560).
fn mro_entries(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__mro_entries__", args, 2, 2)?;
    let origin = match args[0] {
        Value::Obj(g) => match g.obj() {
            Obj::GenericAlias(o, _) => *o,
            _ => return Err(vm.type_error("__mro_entries__ needs a GenericAlias")),
        },
        _ => return Err(vm.type_error("__mro_entries__ needs a GenericAlias")),
    };
    Ok(vm.new_tuple(vec![origin]))
}

/// Calls `types.<name>(args)`.
fn types_helper(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.import_one("types")?;
    let f = vm.getattr_str(Value::Obj(m), name)?;
    vm.call_value(f, args, &[])
}

fn parameters(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__parameters__", args, 1, 1)?;
    match args[0] {
        Value::Obj(g) => match g.obj() {
            Obj::GenericAlias(_, a) => {
                let a = *a;
                types_helper(vm, "_collect_parameters", &[a])
            }
            _ => Ok(vm.new_tuple(vec![])),
        },
        _ => Ok(vm.new_tuple(vec![])),
    }
}

/// `list[T][int]`: substitutes the alias's type variables.
fn getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getitem__", args, 2, 2)?;
    types_helper(vm, "_generic_alias_getitem", args)
}

/// `X | Y` for classes and generic aliases: a `types.UnionType` (or NotImplemented).
fn or(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__or__", args, 2, 2)?;
    types_helper(vm, "_union_or", args)
}

fn ror(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__ror__", args, 2, 2)?;
    types_helper(vm, "_union_or", &[args[1], args[0]])
}
