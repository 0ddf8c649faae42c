//! `BaseException.__str__` and `__repr__` as callable methods, so an exception subclass's
//! `super().__str__()` reaches the builtin text instead of `object.__str__`.

use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let base = vm.exc_class("BaseException");
    vm.add_method(base, "__str__", str_);
    vm.add_method(base, "__repr__", repr);
}

fn exc_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    if Vm::exc_data(v).is_none() {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseException' object but received a '{t}'"
        )));
    }
    Ok(v)
}

fn str_(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exc_arg(vm, args, "__str__")?;
    let s = vm.exc_str(v)?.unwrap_or_default();
    Ok(vm.new_string(s))
}

/// `Name(args...)`, whatever `__str__` the class defines.
fn repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exc_arg(vm, args, "__repr__")?;
    let name = vm.type_name(v);
    let a = Vm::exc_data(v)
        .map(|d| d.borrow().args)
        .unwrap_or(Value::None);
    let items = vm.collect_iter(a)?;
    let s = if items.len() == 1 {
        format!("{name}({})", vm.repr(items[0])?)
    } else {
        format!("{name}{}", vm.repr(a)?)
    };
    Ok(vm.new_string(s))
}
