//! `__get__` of functions, classmethod and staticmethod: the binding that attribute lookup
//! does implicitly, callable explicitly (`functools.partialmethod` binds the method it
//! wraps this way, and `hasattr(f, "__get__")` tells descriptors apart).

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [t.function, t.classmethod, t.staticmethod] {
        vm.add_method(cls, "__get__", get);
    }
}

/// `descr.__get__(obj, type=None)`: bound to `obj`, or (obj None) read through `type`.
fn get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    let (descr, obj) = (args[0], args[1]);
    let owner = match args.get(2) {
        Some(Value::Obj(g)) if matches!(g.obj(), Obj::Class(_)) => Some(*g),
        Some(Value::None) | None => None,
        Some(_) => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    if obj.is_none() {
        return match owner {
            Some(cls) => vm.descr_get_class(descr, cls),
            None => Err(vm.type_error("__get__(None, None) is invalid")),
        };
    }
    let owner = owner.unwrap_or_else(|| vm.type_of(obj));
    vm.descr_get(descr, obj, owner)
}
