//! `==`/`!=` compare-and-branch, specialized (see `quicken.rs`): ints, strs, and instances
//! whose classes define no `__eq__`/`__ne__` (nor derive from a builtin type other than
//! `object`), for which equality is identity, as it is for None.

use super::*;
use crate::object::CUSTOM_EQ;
use crate::quicken::deopt;

/// Whether `==` on `v` (against another such value) is identity: None, or an instance of a
/// class with no comparison of its own (`CUSTOM_EQ`).
#[inline(always)]
pub(crate) fn identity_eq(vm: &Vm, v: Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(g) => match g.obj() {
            Obj::Instance(inst) => {
                matches!(inst.class.get().obj(), Obj::Class(c) if vm.class_flags(c) & CUSTOM_EQ == 0)
            }
            _ => false,
        },
        _ => false,
    }
}

/// Both operands' equality when they are exact strs.
#[inline(always)]
fn str_eq_of(a: Value, b: Value) -> Option<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return None;
    };
    match (x.obj(), y.obj()) {
        (Obj::Str(s), Obj::Str(t)) => Some(x.ptr_eq(y) || s.s == t.s),
        _ => None,
    }
}

/// A specialized `JUMP_IF_NOT_EQ`/`JUMP_IF_NOT_NE`: `$test` gives the operands' equality or
/// None when the guard fails; `$ne` inverts it for `!=`.
macro_rules! eq_jump_form {
    ($name:ident, $ne:expr, |$vm:ident, $a:ident, $b:ident| $test:expr) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            let ($a, $b) = (rk(vm, st, i.a()), rk(vm, st, i.b()));
            let test = {
                let $vm = &*vm;
                let _ = $vm;
                $test
            };
            let Some(equal) = test else {
                return deopt(vm, st, i);
            };
            if equal == $ne {
                jump_by(st, i.sc() as i32);
            }
            NEXT
        }
    };
}

eq_jump_form!(jump_if_not_eq_int, false, |vm, a, b| match (a, b) {
    (Value::Int(x), Value::Int(y)) => Some(x == y),
    _ => None,
});
eq_jump_form!(jump_if_not_ne_int, true, |vm, a, b| match (a, b) {
    (Value::Int(x), Value::Int(y)) => Some(x == y),
    _ => None,
});
eq_jump_form!(jump_if_not_eq_str, false, |vm, a, b| str_eq_of(a, b));
eq_jump_form!(jump_if_not_ne_str, true, |vm, a, b| str_eq_of(a, b));
eq_jump_form!(jump_if_not_eq_identity, false, |vm, a, b| (identity_eq(
    vm, a
)
    && identity_eq(vm, b))
.then(|| a.is(&b)));
eq_jump_form!(jump_if_not_ne_identity, true, |vm, a, b| (identity_eq(
    vm, a
) && identity_eq(
    vm, b
))
.then(|| a.is(&b)));
