//! The specialized instructions (see `quicken.rs` and `for_each_family!`). Each checks its
//! guards before any effect and deoptimizes to its generic form when one fails; a case the
//! guards admit but the fast path does not cover (an int overflow, an index out of range)
//! takes the generic slow path without deoptimizing.

use super::*;
use crate::quicken::deopt;

/// `a <kind> b` on two ints when the result is an int that needs no allocation.
#[inline(always)]
fn int_op(kind: BinKind, x: i64, y: i64) -> Option<i64> {
    match kind {
        BinKind::Add => x.checked_add(y),
        BinKind::Sub => x.checked_sub(y),
        BinKind::Mul => x.checked_mul(y),
        BinKind::And => Some(x & y),
        BinKind::Or => Some(x | y),
        BinKind::Xor => Some(x ^ y),
        BinKind::FloorDiv if y != 0 => x.checked_div_euclid(y).map(|q| {
            // Python rounds toward negative infinity; div_euclid keeps the remainder
            // non-negative, one more than the floor for a negative divisor.
            if y < 0 && x.rem_euclid(y) != 0 {
                q - 1
            } else {
                q
            }
        }),
        BinKind::Mod if y != 0 => x.checked_rem_euclid(y).map(|m| {
            // Python's remainder takes the divisor's sign.
            if y < 0 && m != 0 {
                m + y
            } else {
                m
            }
        }),
        BinKind::RShift if y >= 0 => Some(x >> y.min(63)),
        BinKind::LShift if (0..64).contains(&y) => {
            let v = x.checked_shl(y as u32)?;
            (v >> y == x).then_some(v)
        }
        _ => None,
    }
}

/// `a <kind> b` on two floats for the kinds that cannot raise.
#[inline(always)]
fn float_op(kind: BinKind, x: f64, y: f64) -> Option<f64> {
    match kind {
        BinKind::Add => Some(x + y),
        BinKind::Sub => Some(x - y),
        BinKind::Mul => Some(x * y),
        BinKind::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The specialized arithmetic forms: guard both operands' type, do the operation inline when
/// `$op` covers it, else the generic slow path (which stays specialized: the guard held).
/// `$left` reads the left operand (an RK operand for BINARY_OP, a register for INPLACE_OP).
macro_rules! numeric_form {
    ($name:ident, $left:ident, $variant:ident, $op:ident) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            let (Value::$variant(x), Value::$variant(y)) =
                ($left(vm, st, i.b()), rk(vm, st, i.c()))
            else {
                return deopt(vm, st, i);
            };
            match $op(BinKind::from_u8(i.d()), x, y) {
                Some(v) => set(vm, st, i.a(), Value::$variant(v)),
                None => return slow(vm, st, i),
            }
            NEXT
        }
    };
}

numeric_form!(binary_op_int, rk, Int, int_op);
numeric_form!(binary_op_float, rk, Float, float_op);
numeric_form!(inplace_op_int, r, Int, int_op);
numeric_form!(inplace_op_float, r, Float, float_op);

/// The forms of one operator, the commonest in loops (`quicken::numeric_form`): as
/// `numeric_form` with the operator known, so no dispatch on D (which the site keeps).
macro_rules! operator_form {
    ($name:ident, $left:ident, $variant:ident, $op:ident, $kind:ident) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            let (Value::$variant(x), Value::$variant(y)) =
                ($left(vm, st, i.b()), rk(vm, st, i.c()))
            else {
                return deopt(vm, st, i);
            };
            match $op(BinKind::$kind, x, y) {
                Some(v) => set(vm, st, i.a(), Value::$variant(v)),
                None => return slow(vm, st, i),
            }
            NEXT
        }
    };
}

operator_form!(binary_add_int, rk, Int, int_op, Add);
operator_form!(binary_sub_int, rk, Int, int_op, Sub);
operator_form!(binary_mul_int, rk, Int, int_op, Mul);
operator_form!(binary_add_float, rk, Float, float_op, Add);
operator_form!(binary_sub_float, rk, Float, float_op, Sub);
operator_form!(binary_mul_float, rk, Float, float_op, Mul);
operator_form!(inplace_add_int, r, Int, int_op, Add);
operator_form!(inplace_sub_int, r, Int, int_op, Sub);
operator_form!(inplace_add_float, r, Float, float_op, Add);
operator_form!(inplace_sub_float, r, Float, float_op, Sub);

/// An `ADD` of two registers that held ints: no operand decoding and no counter, the int add
/// inline; an overflow takes the generic slow path (a big int) without deoptimizing.
#[inline(always)]
pub fn add_int_regs(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Int(x), Value::Int(y)) = (r(vm, st, i.b()), r(vm, st, i.c())) else {
        return deopt(vm, st, i);
    };
    match x.checked_add(y) {
        Some(v) => set(vm, st, i.a(), Value::Int(v)),
        None => return slow(vm, st, i),
    }
    NEXT
}

#[inline(never)]
pub fn add_str(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (a, b) = (rk(vm, st, i.b()), rk(vm, st, i.c()));
    let (Value::Obj(ga), Value::Obj(gb)) = (a, b) else {
        return deopt(vm, st, i);
    };
    let (Obj::Str(x), Obj::Str(y)) = (ga.obj(), gb.obj()) else {
        return deopt(vm, st, i);
    };
    let mut s = String::with_capacity(x.s.len() + y.s.len());
    s.push_str(&x.s);
    s.push_str(&y.s);
    let v = vm.new_string(s);
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn add_list(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (a, b) = (rk(vm, st, i.b()), rk(vm, st, i.c()));
    let (Value::Obj(ga), Value::Obj(gb)) = (a, b) else {
        return deopt(vm, st, i);
    };
    let (Obj::List(x), Obj::List(y)) = (ga.obj(), gb.obj()) else {
        return deopt(vm, st, i);
    };
    let mut items = x.borrow().clone();
    items.extend_from_slice(&y.borrow());
    let v = vm.new_list(items);
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn get_item_list(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Obj(g), Value::Int(idx)) = (r(vm, st, i.b()), rk(vm, st, i.c())) else {
        return deopt(vm, st, i);
    };
    let Obj::List(l) = g.obj() else {
        return deopt(vm, st, i);
    };
    let v = {
        let l = l.borrow();
        let n = l.len() as i64;
        let j = if idx < 0 { idx + n } else { idx };
        if j < 0 || j >= n {
            None
        } else {
            Some(l[j as usize])
        }
    };
    match v {
        Some(v) => set(vm, st, i.a(), v),
        None => return slow(vm, st, i),
    }
    NEXT
}

#[inline(always)]
pub fn get_item_tuple(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Obj(g), Value::Int(idx)) = (r(vm, st, i.b()), rk(vm, st, i.c())) else {
        return deopt(vm, st, i);
    };
    let Obj::Tuple(t) = g.obj() else {
        return deopt(vm, st, i);
    };
    let n = t.len() as i64;
    let j = if idx < 0 { idx + n } else { idx };
    if j < 0 || j >= n {
        return slow(vm, st, i);
    }
    set(vm, st, i.a(), t[j as usize]);
    NEXT
}

#[inline(always)]
pub fn get_item_dict(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let Value::Obj(g) = r(vm, st, i.b()) else {
        return deopt(vm, st, i);
    };
    if !matches!(g.obj(), Obj::Dict(_)) {
        return deopt(vm, st, i);
    }
    // An exact dict: the generic lookup minus the type dispatch (`__missing__` needs a
    // subclass, which is not an exact dict).
    slow(vm, st, i)
}

#[inline(never)]
pub fn get_item_str(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Obj(g), Value::Int(idx)) = (r(vm, st, i.b()), rk(vm, st, i.c())) else {
        return deopt(vm, st, i);
    };
    let Obj::Str(s) = g.obj() else {
        return deopt(vm, st, i);
    };
    // ASCII strings index by byte; others (and out-of-range indices) take the generic path.
    let n = s.s.len() as i64;
    let j = if idx < 0 { idx + n } else { idx };
    if s.chars != s.s.len() || j < 0 || j >= n {
        return slow(vm, st, i);
    }
    let j = j as usize;
    let v = vm.new_str(&s.s[j..j + 1]);
    set(vm, st, i.a(), v);
    NEXT
}

/// The next item of a range iterator in R[it], or None when it is exhausted; Err(()) when
/// R[it] is not a range iterator.
#[inline(always)]
fn next_in_range(vm: &Vm, st: &St, it: usize) -> Result<Option<i64>, ()> {
    let Value::Obj(g) = r(vm, st, it) else {
        return Err(());
    };
    let Obj::Iter(cell) = g.obj() else {
        return Err(());
    };
    let Ok(mut k) = cell.try_borrow_mut() else {
        return Err(());
    };
    let IterKind::Range { next, stop, step } = &mut *k else {
        return Err(());
    };
    let n = *next;
    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
        *next = n.wrapping_add(*step);
        Ok(Some(n))
    } else {
        Ok(None)
    }
}

/// Like `next_in_range` for a list iterator.
#[inline(always)]
fn next_in_list(vm: &Vm, st: &St, it: usize) -> Result<Option<Value>, ()> {
    let Value::Obj(g) = r(vm, st, it) else {
        return Err(());
    };
    let Obj::Iter(cell) = g.obj() else {
        return Err(());
    };
    let Ok(mut k) = cell.try_borrow_mut() else {
        return Err(());
    };
    let IterKind::Seq {
        seq: Value::Obj(s),
        index,
    } = &mut *k
    else {
        return Err(());
    };
    let Obj::List(l) = s.obj() else {
        return Err(());
    };
    let l = l.borrow();
    if *index < l.len() {
        let v = l[*index];
        *index += 1;
        Ok(Some(v))
    } else {
        Ok(None)
    }
}

#[inline(always)]
pub fn for_iter_range(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let at = st.ip;
    match next_in_range(vm, st, i.a()) {
        Ok(Some(n)) => set(vm, st, i.a() + 1, Value::Int(n)),
        Ok(None) => jump_by(st, i.sbx()),
        Err(()) => return deopt(vm, st, i),
    }
    next_at_safepoint(vm, st, i, at)
}

#[inline(always)]
pub fn for_iter_to_range(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let at = st.ip;
    match next_in_range(vm, st, i.a()) {
        Ok(Some(n)) => set(vm, st, i.b(), Value::Int(n)),
        Ok(None) => jump_by(st, i.sc() as i32),
        Err(()) => return deopt(vm, st, i),
    }
    next_at_safepoint(vm, st, i, at)
}

#[inline(always)]
pub fn for_iter_list(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let at = st.ip;
    match next_in_list(vm, st, i.a()) {
        Ok(Some(v)) => set(vm, st, i.a() + 1, v),
        Ok(None) => jump_by(st, i.sbx()),
        Err(()) => return deopt(vm, st, i),
    }
    next_at_safepoint(vm, st, i, at)
}

#[inline(always)]
pub fn for_iter_to_list(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let at = st.ip;
    match next_in_list(vm, st, i.a()) {
        Ok(Some(v)) => set(vm, st, i.b(), v),
        Ok(None) => jump_by(st, i.sc() as i32),
        Err(()) => return deopt(vm, st, i),
    }
    next_at_safepoint(vm, st, i, at)
}

#[inline(always)]
pub fn call_py(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let n = i.b();
    let Value::Obj(g) = r(vm, st, a) else {
        return deopt(vm, st, i);
    };
    let at = st.base + a + 1;
    match g.obj() {
        Obj::Function(f) if f.simple && f.code.argcount as usize == n => {}
        Obj::Function(f) if f.simple => return call_py_short(vm, st, i, g, at, n),
        _ => return deopt(vm, st, i),
    }
    vm.push_simple(st, g, at, n, st.base + a, FrameKind::Normal)?;
    NEXT
}

/// A specialized call (`CALL_PY`, `CALL_METHOD_PY`, `CALL_METHOD_FN`) of simple function `g`
/// with `n` arguments at `stack[at..]` that are not exactly its parameters: its trailing
/// defaults complete them, or the generic call binds them (and raises CPython's TypeError).
/// The result goes to R[A].
#[inline(never)]
pub(super) fn call_py_short(vm: &mut Vm, st: &mut St, i: Inst, g: Gc, at: usize, n: usize) -> H {
    match g.obj() {
        Obj::Function(f) if f.positional_defaults_fit(n) => {
            vm.push_with_defaults(st, g, at, n, st.base + i.a(), FrameKind::Normal)?;
            NEXT
        }
        _ => slow(vm, st, i),
    }
}

/// Out of line: the native's result comes back through memory, which would cost the threaded
/// chain function its tail call if this were inlined into it.
#[inline(never)]
pub fn call_native(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let n = i.b();
    let Value::Obj(g) = r(vm, st, a) else {
        return deopt(vm, st, i);
    };
    let f = match g.obj() {
        // Unbound builtin methods (`str.upper(x)`) check their receiver on the generic path.
        Obj::Native(nf) if nf.bound.is_empty() && !nf.method => nf.f,
        _ => return deopt(vm, st, i),
    };
    vm.call_native_in_place(f, st.base + a + 1, n, st.base + a)?;
    NEXT
}

#[inline(always)]
pub fn call_method_py(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let n = i.b() + 1;
    let (Value::Obj(g), this) = (r(vm, st, a), r(vm, st, a + 1)) else {
        return deopt(vm, st, i);
    };
    let at = st.base + a + 1;
    match g.obj() {
        Obj::Function(f) if !this.is_empty() && f.simple && f.code.argcount as usize == n => {}
        Obj::Function(f) if !this.is_empty() && f.simple => {
            return call_py_short(vm, st, i, g, at, n)
        }
        _ => return deopt(vm, st, i),
    }
    vm.push_simple(st, g, at, n, st.base + a, FrameKind::Normal)?;
    NEXT
}

#[inline(always)]
pub fn get_attr_instance(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match cached_instance_attr(vm, st, i) {
        Some(v) => {
            set(vm, st, i.a(), v);
            NEXT
        }
        // Another class whose flags need recomputing: the generic work, out of line.
        None if stale_sibling(vm, st, i) => slow(vm, st, i),
        None => deopt(vm, st, i),
    }
}

#[inline(never)]
pub fn get_attr_module(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let Value::Obj(g) = r(vm, st, i.b()) else {
        return deopt(vm, st, i);
    };
    if !matches!(g.obj(), Obj::Module(..)) {
        return deopt(vm, st, i);
    }
    // A plain module attribute is its dict entry; anything else (a missing name, the
    // module's `__getattr__`, attributes made on first use) takes the generic path.
    let d = Vm::module_dict(g);
    match vm.dict_get_str(d, k_name(st, i.c())) {
        Some(v) => {
            set(vm, st, i.a(), v);
            NEXT
        }
        None => slow(vm, st, i),
    }
}

#[inline(always)]
pub fn jump_if_not_lt_int(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Int(x), Value::Int(y)) = (rk(vm, st, i.a()), rk(vm, st, i.b())) else {
        return deopt(vm, st, i);
    };
    if x >= y {
        jump_by(st, i.sc() as i32);
    }
    NEXT
}

#[inline(always)]
pub fn jump_if_not_lt_float(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (Value::Float(x), Value::Float(y)) = (rk(vm, st, i.a()), rk(vm, st, i.b())) else {
        return deopt(vm, st, i);
    };
    let holds = x < y;
    if !holds {
        jump_by(st, i.sc() as i32);
    }
    NEXT
}
