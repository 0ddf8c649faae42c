//! `object.__sizeof__`: CPython 3.11's figures, computed in Python by `_sizes.sizeof`
//! (imported on first use, so start-up does not pay for it). `sys.getsizeof` adds the GC
//! header to it as CPython does.

use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object;
    vm.add_method(object, "__sizeof__", sizeof);
}

fn sizeof(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "__sizeof__", kw)?;
    arity(vm, "__sizeof__", args, 1, 1)?;
    let m = vm.import_one("_sizes")?;
    let f = vm.getattr_str(Value::Obj(m), "sizeof")?;
    vm.call_value(f, args, &[])
}
