//! `_lsprof`, the native half of the frozen `cProfile` and `profile`: starts and stops the
//! VM's deterministic profiler (`kestrel_vm::profile`) and hands its counts and times to
//! Python, which keeps them per `Profile` object and makes them `pstats` tables.

use crate::args::*;
use kestrel_compiler::CodeObject;
use kestrel_vm::profile::{Profiler, Totals};
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_lsprof", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_lsprof",
        &[
            ("enable", enable),
            ("disable", disable),
            ("is_running", is_running),
        ],
    ))
}

/// `enable()`: starts a fresh profile (one that was running is dropped).
fn enable(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "enable", args, 0, 0)?;
    vm.set_profiler(Some(Box::default()));
    Ok(Value::None)
}

/// `is_running() -> bool`.
fn is_running(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "is_running", args, 0, 0)?;
    Ok(Value::Bool(vm.profiler.is_some()))
}

/// `disable() -> [(label, calls, primitive calls, inline time, cumulative time, callers)]`,
/// a label being `(filename, first line, name)` and `callers` a list of
/// `(caller label, calls, primitive calls, inline time, cumulative time)`: what was profiled
/// since `enable()` (an empty list when nothing was running).
fn disable(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "disable", args, 0, 0)?;
    let Some(p) = vm.set_profiler(None) else {
        return Ok(vm.new_list(Vec::new()));
    };
    let mut rows = Vec::with_capacity(p.stats.len());
    for f in stats_in_order(&p) {
        let own = label(vm, f.code);
        let mut callers = Vec::with_capacity(f.callers.len());
        let mut edges: Vec<_> = f.callers.values().collect();
        edges.sort_by_key(|(c, _)| (c.filename, c.first_line, c.name));
        for (code, t) in edges {
            let l = label(vm, code);
            let mut items = vec![l];
            items.extend(totals(t));
            callers.push(vm.new_tuple(items));
        }
        let mut items = vec![own];
        items.extend(totals(&f.totals));
        items.push(vm.new_list(callers));
        rows.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(rows))
}

/// The functions in a stable order (by file, line and name), not the hash map's.
fn stats_in_order(p: &Profiler) -> Vec<&kestrel_vm::profile::FuncStats> {
    let mut v: Vec<_> = p.stats.values().collect();
    v.sort_by_key(|f| (f.code.filename, f.code.first_line, f.code.name));
    v
}

fn label(vm: &mut Vm, code: &'static CodeObject) -> Value {
    let file = vm.new_str(code.filename);
    let name = vm.new_str(code.name);
    vm.new_tuple(vec![file, Value::Int(code.first_line as i64), name])
}

fn totals(t: &Totals) -> [Value; 4] {
    [
        Value::Int(t.calls as i64),
        Value::Int(t.primitive as i64),
        Value::Float(t.inline),
        Value::Float(t.cumulative),
    ]
}
