//! `mappingproxy`: the read-only view `cls.__dict__` returns. It wraps a snapshot of the
//! class namespace as its builtin base, so the generic read methods of `dict` serve it, and
//! it has no methods that write.

use kestrel_vm::Vm;

pub fn install(vm: &mut Vm) {
    let mp = vm.types.mappingproxy;
    let methods: &[(&'static str, super::F)] = &[
        ("__getitem__", super::generic_getitem),
        ("__len__", super::generic_len),
        ("__iter__", super::generic_iter),
        ("__contains__", super::generic_contains),
        ("get", super::dict_get),
        ("keys", super::dict_keys),
        ("values", super::dict_values),
        ("items", super::dict_items),
        ("copy", super::dict_copy),
    ];
    for (n, f) in methods {
        vm.add_method(mp, n, *f);
    }
}
