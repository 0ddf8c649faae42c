//! `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`: what a `class`
//! statement does, callable from Python (the statement itself runs `BUILD_CLASS`).

use kestrel_vm::dict::Dict;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args[0], args[1]);
    let Value::Obj(f) = func else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Obj::Function(fd) = f.obj() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    if !matches!(name, Value::Obj(n) if matches!(n.obj(), Obj::Str(_))) {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    if fd.code.argcount as usize > fd.defaults.borrow().len() {
        // The body runs with no arguments, as CPython calls it.
        return vm.call_value(func, &[], &[]);
    }
    let kwd = if kw.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict(Dict::new());
        for (k, v) in kw {
            vm.setitem(d, *k, *v)?;
        }
        d
    };
    vm.extra_roots.push(kwd);
    let bases = vm.new_tuple(args[2..].to_vec());
    vm.extra_roots.push(bases);
    let r = vm.class_statement(func, name, bases, kwd);
    vm.extra_roots.truncate(vm.extra_roots.len() - 2);
    r
}
