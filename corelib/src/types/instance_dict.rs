//! The `dict` subclass of `obj.__dict__` views. Instances keep their attributes in their own
//! storage, not in a dict object, so `obj.__dict__` is a dict that re-reads the attributes
//! before each method call and writes them back after each mutating one: `obj.__dict__[k] =
//! v`, `obj.__dict__.update(...)`, `del obj.__dict__[k]` and the rest change the instance.

use kestrel_vm::dict::Dict;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

/// A view method: refresh from the instance, run the `dict` method on the view's data, and
/// write back if it mutates.
macro_rules! view_methods {
    ($($name:literal => $wrapper:ident($inner:path, $writes:expr)),* $(,)?) => {
        $(
            fn $wrapper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
                let view = args[0];
                vm.dict_view_refresh(view);
                let r = $inner(vm, args, kw)?;
                if $writes {
                    vm.dict_view_write_back(view)?;
                }
                Ok(r)
            }
        )*

        pub fn install(vm: &mut Vm) {
            vm.dict_view_maker = Some(make_class);
        }

        /// The view class, made on the first `obj.__dict__`.
        fn make_class(vm: &mut Vm) -> kestrel_vm::Gc {
            let mut ns = Dict::new();
            let mk = vm.intern("__module__");
            let builtins = vm.new_str("builtins");
            ns.insert_new(
                kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(mk).expect("str")),
                Value::Obj(mk),
                builtins,
            );
            let cls = vm.new_class("dict", vec![vm.types.dict], ns);
            $(vm.add_method(cls, $name, $wrapper);)*
            cls
        }
    };
}

view_methods! {
    "__getitem__" => getitem(super::generic_getitem, false),
    "__setitem__" => setitem(super::generic_setitem, true),
    "__delitem__" => delitem(super::generic_delitem, true),
    "__contains__" => contains(super::generic_contains, false),
    "__len__" => len(super::generic_len, false),
    "__iter__" => iter(super::generic_iter, false),
    "__repr__" => repr(super::base_repr, false),
    "get" => get(super::dict_get, false),
    "keys" => keys(super::dict_keys, false),
    "values" => values(super::dict_values, false),
    "items" => items(super::dict_items, false),
    "copy" => copy(super::dict_copy, false),
    "setdefault" => setdefault(super::dict_setdefault, true),
    "pop" => pop(super::dict_pop, true),
    "popitem" => popitem(super::dict_popitem, true),
    "update" => update(super::dict_update, true),
    "clear" => clear(super::dict_clear, true),
}
