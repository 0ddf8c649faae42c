//! `T.__new__(cls, ...)` for user subclasses `cls` of a builtin type `T`.

use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

/// When `args[0]` (the class being instantiated) is a proper subclass of the builtin type
/// `base`: the value `make` (T's own `__new__`) builds from the same arguments, carried by a
/// new instance of that class. None when `args[0]` is `base` itself.
pub fn new_for_subclass(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    base: Gc,
    make: F,
) -> PyResult<Option<Value>> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.ptr_eq(base) => return Ok(None),
        Some(Value::Obj(c)) if matches!(c.obj(), Obj::Class(_)) => *c,
        Some(v) => {
            let (b, t) = (vm.class_name(base), vm.type_name(*v));
            return Err(vm.type_error(format!("{b}.__new__(X): X is not a type object ({t})")));
        }
        None => {
            let b = vm.class_name(base);
            return Err(vm.type_error(format!("{b}.__new__(): not enough arguments")));
        }
    };
    if !vm.is_subclass(cls, base) {
        let (b, c) = (vm.class_name(base), vm.class_name(cls));
        return Err(vm.type_error(format!("{b}.__new__({c}): {c} is not a subtype of {b}")));
    }
    let mut a = args.to_vec();
    a[0] = Value::Obj(base);
    let v = make(vm, &a, kw)?;
    Ok(Some(match vm.empty_base(vm.layout_kind(cls)) {
        // list, dict and set subclasses start empty; their `__init__` fills them.
        Some(empty) => vm.wrap_builtin(cls, empty),
        None => vm.wrap_builtin(cls, v),
    }))
}

/// The guard at the top of a builtin `__new__`: `subclass_guard!(vm, args, kw, int, int_new)`.
#[macro_export]
macro_rules! subclass_guard {
    ($vm:expr, $args:expr, $kw:expr, $ty:ident, $f:path) => {
        let base = $vm.types.$ty;
        if let Some(v) = $crate::types::subclass::new_for_subclass($vm, $args, $kw, base, $f)? {
            return Ok(v);
        }
    };
}
