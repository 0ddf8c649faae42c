//! `_coroutines`: what `types.coroutine` needs from the interpreter.
//!
//! `iterable_coroutine(genfunc)` returns a copy of a generator function whose code carries the
//! iterable-coroutine flag, so that `await` accepts the generators it makes (code objects are
//! immutable here, so the flag goes on a copy rather than on the original).

use crate::args::*;
use kestrel_compiler::code::flags;
use kestrel_compiler::CodeObject;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_coroutines", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_coroutines",
        &[("iterable_coroutine", iterable_coroutine)],
    ))
}

fn iterable_coroutine(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "iterable_coroutine", args, 1, 1)?;
    let f = match &args[0] {
        Value::Obj(g) => match g.obj() {
            Obj::Function(f) if f.code.flags & flags::COROUTINE == 0 => Some(f),
            _ => None,
        },
        _ => None,
    };
    let Some(f) = f.filter(|f| f.code.flags & flags::GENERATOR != 0) else {
        return Err(vm.type_error("iterable_coroutine() expects a generator function"));
    };
    if f.code.flags & flags::ITERABLE_COROUTINE != 0 {
        return Ok(args[0]);
    }
    let code: &'static CodeObject = Box::leak(Box::new(CodeObject {
        flags: f.code.flags | flags::ITERABLE_COROUTINE,
        ..*f.code
    }));
    let new = vm.new_function(
        code,
        f.globals,
        f.defaults.borrow().clone(),
        f.kwdefaults.get(),
        f.closure.clone(),
    );
    if let Value::Obj(n) = new {
        if let Obj::Function(nf) = n.obj() {
            nf.name.set(vm.func_name(f));
            nf.qualname.set(vm.func_qualname_value(f));
            *nf.dict.borrow_mut() = f.dict.borrow().clone();
        }
    }
    Ok(new)
}
