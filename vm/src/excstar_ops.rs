//! Handlers of `except*`'s ops (PEP 654); see `compiler/src/compile_try_star.rs`. The
//! splitting and the final re-raise rule run in Python (`_exceptiongroup.py`).

use super::Inst;
use super::{r, set, H, NEXT};
use crate::interp::St;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

#[inline(never)]
pub fn exc_star_init(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let orig = r(vm, st, i.b());
    set(vm, st, i.a(), orig);
    let raised = vm.new_list(Vec::new());
    set(vm, st, i.a() + 1, raised);
    NEXT
}

/// The class (or each class of the tuple) an `except*` clause names must be an exception
/// class and not an exception group.
fn check_star_type(vm: &mut Vm, t: Value) -> PyResult<()> {
    let items = match t {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(items) => items.to_vec(),
            _ => vec![t],
        },
        _ => vec![t],
    };
    let base = vm.exc_class("BaseException");
    let group = vm.exc_group_class_made();
    for c in items {
        let cls = match c {
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) && vm.is_subclass(g, base) => g,
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        };
        if group.is_some_and(|eg| vm.is_subclass(cls, eg)) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

#[inline(never)]
pub fn exc_star_split(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let t = r(vm, st, i.c());
    check_star_type(vm, t)?;
    let rest = r(vm, st, i.b());
    let (matched, rest) = if rest.is_none() {
        (Value::None, Value::None)
    } else if !vm.is_exc_group(rest) {
        // A naked exception: a match is handled as `BaseExceptionGroup("", (exc,))`.
        if vm.exception_matches(rest, t)? {
            let m = vm.exc_group_module()?;
            let cls = vm.getattr_str(m, "BaseExceptionGroup")?;
            let msg = vm.new_str("");
            let excs = vm.new_tuple(vec![rest]);
            (vm.call_value(cls, &[msg, excs], &[])?, Value::None)
        } else {
            (Value::None, rest)
        }
    } else {
        let split = vm.getattr_str(rest, "split")?;
        let parts = vm.call_value(split, &[t], &[])?;
        match parts {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(p) if p.len() == 2 => (p[0], p[1]),
                _ => (Value::None, rest),
            },
            _ => (Value::None, rest),
        }
    };
    let caught = r(vm, st, i.b());
    crate::excgroup::copy_traceback(caught, matched);
    crate::excgroup::copy_traceback(caught, rest);
    set(vm, st, i.a(), matched);
    set(vm, st, i.b(), rest);
    set(vm, st, i.a() + 1, Value::Bool(!matched.is_none()));
    NEXT
}

#[inline(never)]
pub fn exc_star_raise(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let (orig, rest, raised) = (r(vm, st, a), r(vm, st, a + 1), r(vm, st, a + 2));
    // Split what the clauses raised into re-raises of the caught exception and new ones.
    let items = match raised {
        Value::Obj(g) => match g.obj() {
            Obj::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let (kept, new): (Vec<Value>, Vec<Value>) = items
        .into_iter()
        .partition(|e| crate::excgroup::same_exc_metadata(*e, orig));
    let kept = vm.new_list(kept);
    let new = vm.new_list(new);
    let res = vm.exc_group_call("_prep_reraise_star", &[orig, rest, kept, new])?;
    let (out, projection) = match res {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(p) if p.len() == 2 => (p[0], p[1]),
            _ => (Value::None, Value::None),
        },
        _ => (Value::None, Value::None),
    };
    if out.is_none() {
        return NEXT;
    }
    // What goes on is re-raised (CPython's RERAISE): no new traceback entry for this frame and
    // no implicit context; the re-raised part of the caught group keeps its traceback.
    crate::excgroup::copy_traceback(orig, projection);
    vm.raised = out;
    vm.skip_tb_once = true;
    Err(Raised)
}
