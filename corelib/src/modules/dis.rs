//! `_kestrel_dis`: the text of Kestrel's own register-machine disassembly (what
//! `kestrel --dis` prints) for a function or code object; `corelib/lib/dis.py` is built on it.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_dis", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_dis",
        &[("code_text", code_text)],
    ))
}

/// code_text(x) -> str for a function, bound method or code object; None for anything
/// else (the Python side reports the TypeError).
fn code_text(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "code_text", args, 1, 1)?;
    let mut v = args[0];
    if let Value::Obj(g) = v {
        if let Obj::BoundMethod(f, _) = g.obj() {
            v = *f;
        }
    }
    let code = match v {
        Value::Obj(g) => match g.obj() {
            Obj::Function(f) => Some(f.code),
            Obj::Code(c) => Some(*c),
            _ => None,
        },
        _ => None,
    };
    Ok(match code {
        Some(c) => vm.new_string(kestrel_compiler::disasm::disassemble(c)),
        None => Value::None,
    })
}
