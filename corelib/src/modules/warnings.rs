//! `_warnings`: what the Python `warnings` module needs from the interpreter, namely where
//! the code that called `warn` is (there is no frame object access from Python).

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_warnings", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(vm, "_warnings", &[("caller", caller)]))
}

/// `caller(depth)`: `(filename, lineno, module_globals)` of the Python frame `depth` levels
/// below the innermost one (0 is the innermost Python frame, the one calling this native),
/// or None when the stack is not that deep.
fn caller(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "caller", args, 1, 1)?;
    let Value::Int(depth) = args[0] else {
        return Err(vm.type_error("caller() depth must be an int"));
    };
    let n = vm.frames.len();
    if depth < 0 || depth as usize >= n {
        return Ok(Value::None);
    }
    let f = &vm.frames[n - 1 - depth as usize];
    // Outer frames are suspended in a call, so pc is just past the calling instruction.
    let (code, pc, globals) = (f.code, f.pc, f.globals);
    let line = code.line_at(pc.saturating_sub(1));
    let name = vm.new_str(code.filename);
    let t = vm.new_tuple(vec![name, Value::Int(line as i64), Value::Obj(globals)]);
    Ok(t)
}
