//! `NoneType`, `ellipsis` and `NotImplementedType`: calling the type gives the singleton back
//! (CPython's `type(None)() is None`), and `None.__bool__`.

use kestrel_vm::heap::Gc;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    // `__new__` is a plain native (a static method), as the other builtin types' are.
    let news: [(Gc, &'static str, F); 3] = [
        (vm.types.none, "NoneType.__new__", none_new),
        (vm.types.ellipsis, "ellipsis.__new__", ellipsis_new),
        (vm.types.notimpl, "NotImplementedType.__new__", notimpl_new),
    ];
    for (cls, name, f) in news {
        let v = vm.new_native(name, f);
        vm.class_set(cls, "__new__", v);
    }
    vm.add_method(vm.types.none, "__bool__", none_bool);
}

type F = kestrel_vm::object::NativeFnPtr;

/// The shared checks: `cls` must be the singleton's own type and no arguments are taken.
fn check_new(vm: &mut Vm, own: Gc, shown: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error(format!("{shown}.__new__(): not enough arguments")));
    };
    let same = matches!(cls, Value::Obj(c) if c.ptr_eq(own));
    if !same {
        let t = match cls {
            Value::Obj(c) if matches!(c.obj(), kestrel_vm::Obj::Class(_)) => vm.class_name(c),
            _ => {
                let t = vm.type_name(cls);
                return Err(
                    vm.type_error(format!("{shown}.__new__(X): X is not a type object ({t})"))
                );
            }
        };
        return Err(vm.type_error(format!(
            "{shown}.__new__({t}): {t} is not a subtype of {shown}"
        )));
    }
    if args.len() > 1 || !kw.is_empty() {
        // CPython names these types by their `types` module names here.
        let name = match shown {
            "ellipsis" => "EllipsisType",
            n => n,
        };
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(())
}

fn none_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_new(vm, vm.types.none, "NoneType", args, kw)?;
    Ok(Value::None)
}

fn ellipsis_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_new(vm, vm.types.ellipsis, "ellipsis", args, kw)?;
    Ok(Value::Obj(vm.none_singletons.1))
}

fn notimpl_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_new(vm, vm.types.notimpl, "NotImplementedType", args, kw)?;
    Ok(Value::Obj(vm.none_singletons.0))
}

fn none_bool(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 1 || !args[0].is_none() {
        return Err(vm.type_error("NoneType.__bool__() takes no arguments"));
    }
    Ok(Value::Bool(false))
}
