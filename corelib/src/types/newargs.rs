//! `__getnewargs__` of str and tuple (int and float have theirs in int.rs/float.rs): the
//! arguments `copy` passes to `cls.__new__` to rebuild an instance of a subclass.

use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.add_method(vm.types.str_, "__getnewargs__", getnewargs);
    vm.add_method(vm.types.tuple, "__getnewargs__", getnewargs);
}

/// `(value,)` with the exact builtin value.
fn getnewargs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("__getnewargs__ needs an argument"));
    };
    let b = builtin_base(this);
    if !matches!(b, Value::Obj(g) if matches!(g.obj(), Obj::Str(_) | Obj::Tuple(_))) {
        let t = vm.type_name(this);
        return Err(vm.type_error(format!(
            "descriptor '__getnewargs__' does not apply to a '{t}' object"
        )));
    }
    Ok(vm.new_tuple(vec![b]))
}
