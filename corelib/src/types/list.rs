//! `list` slots called explicitly (`l.__iadd__(x)`, `l.__reversed__()`).

use crate::args::*;
use crate::types::int::call_builtin;
use kestrel_vm::object::builtin_base;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let list = vm.types.list;
    vm.add_method(list, "__reversed__", reversed);
    vm.add_method(list, "__iadd__", iadd);
    vm.add_method(list, "__imul__", imul);
    let dict = vm.types.dict;
    vm.add_method(dict, "__reversed__", reversed);
    for view in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        vm.add_method(view, "__reversed__", reversed);
    }
}

/// `reversed(self)` on the builtin value.
pub fn reversed(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__reversed__", args, 1, 1)?;
    call_builtin(vm, "reversed", &[builtin_base(args[0])])
}

fn the_list(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
) -> PyResult<&'static std::cell::RefCell<Vec<Value>>> {
    match args.first().and_then(|v| list_of(*v)) {
        Some(l) => Ok(l),
        None => {
            let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'list' object but received a '{t}'"
            )))
        }
    }
}

/// `l += x`: extends in place and returns `l`.
fn iadd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = the_list(vm, args, "__iadd__")?;
    arity(vm, "__iadd__", args, 2, 2)?;
    let items = vm.collect_iter(args[1])?;
    l.borrow_mut().extend(items);
    Ok(args[0])
}

/// `l *= n`: repeats in place and returns `l`.
fn imul(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = the_list(vm, args, "__imul__")?;
    arity(vm, "__imul__", args, 2, 2)?;
    let Some(n) = vm.index_of(args[1])? else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    };
    let items = l.borrow().clone();
    let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
    for _ in 0..n.max(0) {
        out.extend_from_slice(&items);
    }
    *l.borrow_mut() = out;
    Ok(args[0])
}
