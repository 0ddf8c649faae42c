//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the default pickling
//! protocol. The work is done in Python by `copyreg` (`_object_reduce_ex` and friends), imported
//! on first use so start-up does not pay for it.

use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object;
    vm.add_method(object, "__reduce_ex__", reduce_ex);
    vm.add_method(object, "__reduce__", reduce);
    vm.add_method(object, "__getstate__", getstate);
}

/// Calls `copyreg.<name>(*args)`; `args` are the caller's (rooted) arguments.
#[cold]
fn call_copyreg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.import_one("copyreg")?;
    let f = vm.getattr_str(Value::Obj(m), name)?;
    vm.call_value(f, args, &[])
}

fn reduce_ex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "__reduce_ex__", kw)?;
    arity(vm, "__reduce_ex__", args, 2, 2)?;
    as_int(vm, args[1], "__reduce_ex__")?;
    call_copyreg(vm, "_object_reduce_ex", args)
}

fn reduce(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "__reduce__", kw)?;
    arity(vm, "__reduce__", args, 1, 1)?;
    call_copyreg(vm, "_object_reduce", args)
}

fn getstate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "__getstate__", kw)?;
    arity(vm, "__getstate__", args, 1, 1)?;
    call_copyreg(vm, "_object_getstate", args)
}
