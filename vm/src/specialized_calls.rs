//! Specialized `CALL` forms beyond plain Python and native functions (see `quicken.rs`):
//! instantiating a plain class with a Python `__init__`, and the builtins `len` and
//! `isinstance`. Each guards on its callee and deoptimizes when that changes.

use super::*;
use crate::quicken::deopt;

/// `cls(args)` for a class whose instances are plain objects made by `object.__new__` and
/// whose `__init__` is a simple Python function taking the instance and B arguments (the
/// class's `init_cache`, valid for the class epoch, is the guard). The new instance replaces
/// the class in R[A] and becomes `__init__`'s first register, followed by the arguments
/// already in place; the frame's kind makes its return check `__init__` returned None and
/// deliver the instance.
#[inline(always)]
pub fn call_init(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let Value::Obj(cls) = r(vm, st, a) else {
        return deopt(vm, st, i);
    };
    let Some(init) = vm.plain_class_init_fn(cls) else {
        return deopt(vm, st, i);
    };
    if !matches!(init.obj(), Obj::Function(f) if f.code.argcount as usize == i.b() + 1) {
        return call_init_short(vm, st, i, cls, init);
    }
    let inst = vm.new_plain_instance(cls);
    set(vm, st, a, Value::Obj(inst));
    let at = st.base + a;
    vm.push_simple(st, init, at, i.b() + 1, at, FrameKind::Init(inst))?;
    NEXT
}

/// `CALL_INIT` of a class whose `__init__` does not take exactly the arguments given: its
/// defaults complete them (the frame is pushed as in `call_init`), or the generic call binds
/// them (and raises CPython's TypeError).
#[inline(never)]
fn call_init_short(vm: &mut Vm, st: &mut St, i: Inst, cls: Gc, init: Gc) -> H {
    let nparams = i.b() + 1;
    if !matches!(init.obj(), Obj::Function(f) if f.positional_defaults_fit(nparams)) {
        return slow(vm, st, i);
    }
    let a = i.a();
    let inst = vm.new_plain_instance(cls);
    set(vm, st, a, Value::Obj(inst));
    let at = st.base + a;
    vm.push_with_defaults(st, init, at, nparams, at, FrameKind::Init(inst))?;
    NEXT
}

/// The native behind a `CALL` site's callee when it is `known` (a builtin's function, as
/// recorded by the specializer); None when the callee changed.
#[inline(always)]
fn known_native(vm: &Vm, st: &St, i: Inst, known: usize) -> Option<()> {
    let Value::Obj(g) = r(vm, st, i.a()) else {
        return None;
    };
    match g.obj() {
        Obj::Native(nf) if nf.f as usize == known && nf.bound.is_empty() => Some(()),
        _ => None,
    }
}

#[inline(always)]
pub fn call_len(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if known_native(vm, st, i, vm.known_natives.len).is_none() {
        return deopt(vm, st, i);
    }
    let a = i.a();
    let n = match r(vm, st, a + 1) {
        Value::Obj(g) => match g.obj() {
            Obj::Str(s) => Some(s.chars),
            Obj::Tuple(t) => Some(t.len()),
            Obj::List(l) => l.try_borrow().ok().map(|l| l.len()),
            Obj::Dict(d) => d.try_borrow().ok().map(|d| d.len()),
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n) => set(vm, st, a, Value::Int(n as i64)),
        None => return slow(vm, st, i),
    }
    NEXT
}

#[inline(always)]
pub fn call_isinstance(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if known_native(vm, st, i, vm.known_natives.isinstance).is_none() {
        return deopt(vm, st, i);
    }
    let a = i.a();
    // A class whose metaclass is `type`: no `__instancecheck__` to consult, so the answer is
    // the type's MRO (as the builtin's).
    let Value::Obj(c) = r(vm, st, a + 2) else {
        return slow(vm, st, i);
    };
    match c.obj() {
        Obj::Class(cc) if cc.meta.get().is_none() => {
            let x = r(vm, st, a + 1);
            let v = vm.isinstance(x, c);
            // A miss for an instance may still be claimed through `__class__`.
            if !v && matches!(x, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
                return slow(vm, st, i);
            }
            set(vm, st, a, Value::Bool(v));
            NEXT
        }
        _ => slow(vm, st, i),
    }
}

/// `o.m(args)` for a builtin type's method `m` found on `o`'s class (`[].append(x)`,
/// `s.lower()`, `d.get(k, 0)`): the native straight on the receiver and arguments in place,
/// without the generic call's dispatch on the callee.
#[inline(never)]
pub fn call_method_native(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let Some(g) = r_obj(vm, st, a) else {
        return deopt(vm, st, i);
    };
    let nf = match g.obj() {
        Obj::Native(nf) if nf.method && nf.bound.is_empty() => nf,
        _ => return deopt(vm, st, i),
    };
    // The receiver is read as its tag and pointer words (`r_obj`): `LOAD_METHOD` has just
    // stored it as two words, and a whole-value (16-byte) load of them waits for both stores
    // to retire instead of taking them from the store buffer.
    let owned = match r_obj(vm, st, a + 1) {
        Some(this) => receiver_is_owner(vm, nf, this),
        None => false,
    };
    if !owned {
        let this = r(vm, st, a + 1);
        if this.is_empty() {
            return deopt(vm, st, i);
        }
        vm.check_receiver(nf, this)?;
    }
    vm.call_native_in_place(nf.f, st.base + a + 1, i.b() + 1, st.base + a)?;
    NEXT
}

/// Whether `this` is exactly of the class owning method `nf` (or `nf` has no owner), decided
/// inline for the receivers of most method calls; false sends it to the full check.
#[inline(always)]
fn receiver_is_owner(vm: &Vm, nf: &NativeFn, this: Gc) -> bool {
    let Some(owner) = nf.owner else {
        return true;
    };
    let t = &vm.types;
    let cls = match this.obj() {
        Obj::Str(_) => t.str_,
        Obj::List(_) => t.list,
        Obj::Dict(_) => t.dict,
        _ => return false,
    };
    cls.ptr_eq(owner)
}
