//! `_kestrel_imp`: what `importlib.util.find_spec` needs to know of the interpreter's own
//! modules without importing them.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_imp", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_imp",
        &[
            ("kind", kind),
            ("source", source),
            ("frozen_names", frozen_names),
        ],
    ))
}

/// kind(name) -> "builtin" (a native module), "frozen" or "frozen_package" (the core
/// library), or None (to be searched for on sys.path).
fn kind(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "kind", args, 1, 1)?;
    let name = str_arg(vm, args[0], "kind")?;
    if name == "sys" || name == "builtins" || vm.native_modules.contains_key(name) {
        return Ok(vm.new_str("builtin"));
    }
    Ok(match vm.frozen.iter().find(|m| m.name == name) {
        Some(m) if m.package => vm.new_str("frozen_package"),
        Some(_) => vm.new_str("frozen"),
        None => Value::None,
    })
}

/// source(name) -> the text of core-library module (or package) `name`, or None.
fn source(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "source", args, 1, 1)?;
    let name = str_arg(vm, args[0], "source")?;
    Ok(match vm.frozen.iter().find(|m| m.name == name) {
        Some(m) => vm.new_str(m.source),
        None => Value::None,
    })
}

/// frozen_names() -> [(name, is_package), ...] of the core library, sorted by name.
fn frozen_names(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "frozen_names", args, 0, 0)?;
    let mut names: Vec<(&'static str, bool)> =
        vm.frozen.iter().map(|m| (m.name, m.package)).collect();
    names.sort_unstable();
    let items = names
        .into_iter()
        .map(|(n, p)| {
            let n = vm.new_str(n);
            vm.new_tuple(vec![n, Value::Bool(p)])
        })
        .collect();
    Ok(vm.new_list(items))
}
