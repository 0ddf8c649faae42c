//! `module`: constructible as `types.ModuleType(name, doc=None)`.

use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let v = vm.new_native("module.__new__", module_new);
    vm.class_set(vm.types.module, "__new__", v);
}

/// `module(name, doc=None)`: args[0] is the class.
fn module_new(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let cls = args.first().copied();
    let args = args.get(1..).unwrap_or(&[]);
    arity(vm, "module", args, 1, 2)?;
    if !matches!(cls, Some(Value::Obj(c)) if c.ptr_eq(vm.types.module)) {
        return Err(vm.raise_msg(
            "NotImplementedError",
            "subclasses of the module type are not supported",
        ));
    }
    let Some(name) = kestrel_vm::excgroup::str_value(args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    let m = vm.new_module(&name);
    let d = Vm::module_dict(m);
    // As CPython's module.__init__: the import-system attributes exist, set to None.
    for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
        let k = vm.intern(key);
        vm.dict_set_str(d, k, Value::None);
    }
    if let Some(&doc) = args.get(1) {
        let k = vm.intern("__doc__");
        vm.dict_set_str(d, k, doc);
    }
    Ok(Value::Obj(m))
}
