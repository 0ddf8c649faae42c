//! `_frames`: the interpreter's call stack and exception tracebacks as plain data, for the
//! Python-written frame and traceback objects (`corelib/lib/_tbtypes.py`). Kestrel keeps no
//! frame objects: they are made from this data when a program asks for them.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_frames", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_frames",
        &[
            ("stack", stack),
            ("tb_entries", tb_entries),
            ("set_tb_entries", set_tb_entries),
            ("caret_line", caret_line),
        ],
    ))
}

/// `stack()`: `[(code, lineno, globals, locals or None), ...]` for the running Python frames,
/// outermost first (the last one is the frame that called this native). `locals` is given
/// only for frames that have a namespace (module and class bodies, `exec`).
fn stack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "stack", args, 0, 0)?;
    use kestrel_compiler::code::flags;
    let frames: Vec<_> = vm
        .frames
        .iter()
        .map(|f| {
            // Outer frames are suspended in a call, so pc is just past the calling instruction.
            let line = f.code.line_at(f.pc.saturating_sub(1));
            let locals = match f.locals {
                Some(l) => Value::Obj(l),
                None if f.code.flags & flags::MODULE != 0 => Value::Obj(f.globals),
                None => Value::None,
            };
            (f.code, line, f.globals, locals)
        })
        .collect();
    let mut items = Vec::with_capacity(frames.len());
    for (code, line, globals, locals) in frames {
        let c = Value::Obj(vm.alloc(Obj::Code(code)));
        items.push(vm.new_tuple(vec![
            c,
            Value::Int(line as i64),
            Value::Obj(globals),
            locals,
        ]));
    }
    Ok(vm.new_list(items))
}

/// `tb_entries(exc)`: `[(code, lineno, position), ...]` of the exception's traceback, outermost
/// first; the position of the failing instruction is `(line, end_line, col, end_col)` or None.
fn tb_entries(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tb_entries", args, 1, 1)?;
    let Some(d) = Vm::exc_data(args[0]) else {
        return Err(vm.type_error("tb_entries() needs an exception"));
    };
    // Entries are recorded as the exception leaves each frame: innermost first.
    let entries: Vec<_> = d.borrow().traceback.iter().rev().copied().collect();
    let mut items = Vec::with_capacity(entries.len());
    for (code, pc) in entries {
        // Entries hold the failing instruction (for the caret lines); Python sees its line.
        let line = code.line_at(pc as usize);
        let pos = match code.position_at(pc as usize) {
            Some((l, el, c, ec)) => {
                let v = [l, el, c, ec].map(|n| Value::Int(n as i64)).to_vec();
                vm.new_tuple(v)
            }
            None => Value::None,
        };
        let c = Value::Obj(vm.alloc(Obj::Code(code)));
        items.push(vm.new_tuple(vec![c, Value::Int(line as i64), pos]));
    }
    Ok(vm.new_list(items))
}

/// `set_tb_entries(exc, [(code, lineno), ...])`: replaces the traceback (outermost first).
fn set_tb_entries(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "set_tb_entries", args, 2, 2)?;
    let Some(d) = Vm::exc_data(args[0]) else {
        return Err(vm.type_error("set_tb_entries() needs an exception"));
    };
    let Some(list) = list_of(args[1]) else {
        return Err(vm.type_error("set_tb_entries() needs a list"));
    };
    let items = list.borrow().clone();
    let mut entries = Vec::with_capacity(items.len());
    for item in items.iter().rev() {
        let pair = match item {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
                _ => None,
            },
            _ => None,
        };
        let entry = match pair {
            Some((Value::Obj(c), Value::Int(line))) => match c.obj() {
                // The first instruction of that line (no caret lines for entries made here).
                Obj::Code(code) => Some((*code, first_pc_of_line(code, line))),
                _ => None,
            },
            _ => None,
        };
        match entry {
            Some(e) => entries.push(e),
            None => return Err(vm.type_error("set_tb_entries() needs (code, lineno) pairs")),
        }
    }
    d.borrow_mut().traceback = entries;
    Ok(Value::None)
}

/// The index of the first instruction on `line` (or past the end, which has no position).
fn first_pc_of_line(code: &kestrel_compiler::CodeObject, line: i64) -> u32 {
    let n = code.code.len();
    (0..n)
        .find(|&pc| code.line_at(pc) as i64 == line)
        .unwrap_or(n) as u32
}

/// `sys._getframe([depth])`: a frame object for the caller `depth` levels up.
pub fn getframe(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => as_int(vm, *v, "")?,
        None => 0,
    };
    let m = vm.import_stmt("_tbtypes")?;
    let f = vm.getattr_str(m, "getframe")?;
    vm.call_value(f, &[Value::Int(depth)], &[])
}

/// `sys.exception()`: the exception being handled, or None.
pub fn exception(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "exception", args, 0, 0)?;
    Ok(vm.handled)
}

/// `caret_line(text, (line, end_line, col, end_col))`: the `~~^^` line the interpreter prints
/// under the source line `text` in a traceback, or None (for the `traceback` module).
fn caret_line(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "caret_line", args, 2, 2)?;
    let text = str_arg(vm, args[0], "caret_line() argument 1")?.to_string();
    let mut pos = [0u32; 4];
    if let Value::Obj(g) = args[1] {
        if let Obj::Tuple(t) = g.obj() {
            for (slot, v) in pos.iter_mut().zip(t.iter()) {
                if let Value::Int(n) = v {
                    *slot = (*n).clamp(0, u32::MAX as i64) as u32;
                }
            }
        }
    }
    let pos = (pos[0], pos[1], pos[2], pos[3]);
    match kestrel_vm::carets::caret_line(&text, pos) {
        Some(c) => Ok(vm.new_string(c)),
        None => Ok(Value::None),
    }
}
