//! `mappingproxy`: the read-only view `cls.__dict__` returns. It wraps a snapshot of the
//! class namespace as its builtin base, so the generic read methods of `dict` serve it, and
//! it has no methods that write.

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let mp = vm.types.mappingproxy;
    let methods: &'static [(&'static str, super::F)] = &[
        ("__getitem__", super::generic_getitem),
        ("__len__", super::generic_len),
        ("__iter__", super::generic_iter),
        ("__contains__", super::generic_contains),
        ("get", super::dict_get),
        ("keys", super::dict_keys),
        ("values", super::dict_values),
        ("items", super::dict_items),
        ("copy", super::dict_copy),
        ("__str__", mappingproxy_str),
    ];
    vm.add_methods(mp, methods);
    let v = vm.new_native("mappingproxy.__new__", mappingproxy_new);
    vm.class_set(mp, "__new__", v);
}

/// `mappingproxy(d)`: a live read-only view of the dict `d` (args[0] is the class).
fn mappingproxy_new(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    arity(vm, "mappingproxy", args, 1, 1)?;
    let m = args[0];
    if let Value::Obj(g) = m {
        if matches!(g.obj(), Obj::Dict(_)) {
            let mp = vm.types.mappingproxy;
            return Ok(super::bytes::subclass_instance(vm, mp, m));
        }
    }
    let is_mapping = vm.lookup_special(m, "keys").is_some()
        && vm.lookup_special(m, "__getitem__").is_some()
        && !matches!(m, Value::Obj(g) if matches!(g.obj(), Obj::List(_) | Obj::Tuple(_)));
    if is_mapping {
        return Err(vm.raise_msg(
            "NotImplementedError",
            "mappingproxy() over a mapping that is not a dict is not supported",
        ));
    }
    let tn = vm.type_name(m);
    Err(vm.type_error(format!(
        "mappingproxy() argument must be a mapping, not {tn}"
    )))
}

/// `str(proxy)` is the str of the mapping it wraps (its repr is `mappingproxy(...)`).
fn mappingproxy_str(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    let inner = kestrel_vm::object::builtin_base(args[0]);
    let s = vm.str_of(inner)?;
    Ok(vm.str_value(s))
}
