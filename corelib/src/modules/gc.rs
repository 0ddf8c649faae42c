//! `gc`: the collector's controls. Kestrel's collector traces the whole heap (it is also
//! what frees acyclic garbage), so `disable()` only records the state and generations,
//! thresholds and freezing are accepted and reported without effect.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("gc", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_objects", get_objects),
            ("freeze", no_op),
            ("unfreeze", no_op),
            ("get_freeze_count", get_freeze_count),
            ("get_debug", get_freeze_count),
            ("set_debug", no_op),
        ],
    );
    let d = Vm::module_dict(m);
    for name in ["garbage", "callbacks"] {
        let l = vm.new_list(Vec::new());
        let k = vm.intern(name);
        vm.dict_set_str(d, k, l);
    }
    if vm.gc_hooks.thresholds == (0, 0, 0) {
        vm.gc_hooks.thresholds = (700, 10, 10);
    }
    Ok(m)
}

/// `collect(generation=2)`: a full collection, finalizers included; the objects freed.
fn collect(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "collect", args, 0, 1)?;
    if let Some(g) = args
        .first()
        .copied()
        .or_else(|| kwarg(vm, kw, "generation"))
    {
        let g = as_int(vm, g, "")?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    forget_dead_temporaries(vm, args);
    Ok(Value::Int(vm.collect_now() as i64))
}

/// Registers above the arguments of this call in the calling frame are temporaries no
/// longer in use (the compiler allocates temporaries stack-wise, and everything live was
/// allocated below the call). Stale values there would keep garbage alive past an explicit
/// collection, which CPython would have freed, so they are emptied first.
fn forget_dead_temporaries(vm: &mut Vm, args: &[Value]) {
    let start = vm.stack.as_ptr() as usize;
    let at = args.as_ptr() as usize;
    let size = std::mem::size_of::<Value>();
    if at < start || at > start + vm.stack.len() * size || !vm.native_untouched() {
        return;
    }
    let end = (at - start) / size + args.len();
    let Some(f) = vm.frames.last() else { return };
    let named = f.base
        + f.code
            .varnames
            .len()
            .max((f.code.free_start + f.code.nfree) as usize);
    let from = end.max(named);
    for slot in vm.stack.iter_mut().skip(from) {
        *slot = Value::Empty;
    }
}

fn enable(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.gc_hooks.disabled = false;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.gc_hooks.disabled = true;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(!vm.gc_hooks.disabled))
}

fn get_count(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = vm.heap.allocated_since_gc.get() as i64;
    Ok(vm.new_tuple(vec![Value::Int(n), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let (a, b, c) = vm.gc_hooks.thresholds;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "set_threshold", args, 1, 3)?;
    let mut t = [0i64; 3];
    let old = vm.gc_hooks.thresholds;
    t[1] = old.1;
    t[2] = old.2;
    for (i, a) in args.iter().enumerate() {
        t[i] = as_int(vm, *a, "")?;
    }
    vm.gc_hooks.thresholds = (t[0], t[1], t[2]);
    Ok(Value::None)
}

/// CPython's rule: atoms (numbers, strings, None) are not tracked, and neither are dicts
/// and tuples holding only untracked things; other containers and instances are.
fn tracked(v: Value, depth: usize) -> bool {
    let Value::Obj(g) = v else { return false };
    match g.obj() {
        Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) | Obj::Complex(..) | Obj::Range(..) => false,
        Obj::Tuple(items) => depth < 64 && items.iter().any(|x| tracked(*x, depth + 1)),
        Obj::Dict(d) => {
            depth < 64
                && d.borrow()
                    .iter()
                    .any(|e| tracked(e.key, depth + 1) || tracked(e.value, depth + 1))
        }
        _ => true,
    }
}

fn is_tracked(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(tracked(args[0], 0)))
}

/// Whether `obj`'s `__del__` has run (or it has none to run and was collected once).
fn is_finalized(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "is_finalized", args, 1, 1)?;
    let Value::Obj(g) = args[0] else {
        return Ok(Value::Bool(false));
    };
    let has_del = vm.lookup_special(args[0], "__del__").is_some();
    let pending = vm.heap.finalizable.borrow().iter().any(|x| x.ptr_eq(g));
    Ok(Value::Bool(has_del && !pending))
}

/// Objects that Python code may see (the heap also holds cells, iterators' state and code).
fn visible(g: Gc) -> bool {
    matches!(
        g.obj(),
        Obj::Instance(_)
            | Obj::List(_)
            | Obj::Dict(_)
            | Obj::Tuple(_)
            | Obj::Set(..)
            | Obj::Function(_)
            | Obj::Class(_)
            | Obj::Module(..)
            | Obj::BoundMethod(..)
            | Obj::Generator(_)
    )
}

fn get_referents(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args {
        if let Value::Obj(g) = a {
            let mut children = Vec::new();
            g.obj().trace(&mut children);
            out.extend(
                children
                    .into_iter()
                    .filter(|c| visible(*c) || matches!(c.obj(), Obj::Str(_)))
                    .map(Value::Obj),
            );
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let targets: Vec<Gc> = args.iter().filter_map(|a| a.as_obj()).collect();
    let mut out = Vec::new();
    let mut children = Vec::new();
    for g in vm.heap.objects() {
        if !visible(g) {
            continue;
        }
        children.clear();
        g.obj().trace(&mut children);
        if children
            .iter()
            .any(|c| targets.iter().any(|t| t.ptr_eq(*c)))
        {
            out.push(Value::Obj(g));
        }
    }
    out.reverse();
    Ok(vm.new_list(out))
}

fn get_objects(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "get_objects", args, 0, 1)?;
    let _ = kw;
    let mut out: Vec<Value> = vm
        .heap
        .objects()
        .filter(|g| visible(*g))
        .map(Value::Obj)
        .collect();
    out.reverse();
    Ok(vm.new_list(out))
}

fn no_op(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn get_freeze_count(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(0))
}
