//! Operator semantics beyond the interpreter's inline fast paths: the numeric tower (int →
//! bigint, float), sequences, and dunder dispatch with reflected operands.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::opcodes::BinKind;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;

/// The end of CPython's RecursionError message for nested containers compared.
const IN_COMPARISON: &str = " in comparison";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    fn symbol(self) -> &'static str {
        match self {
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
        }
    }
    fn dunder(self) -> &'static str {
        match self {
            Cmp::Eq => "__eq__",
            Cmp::Ne => "__ne__",
            Cmp::Lt => "__lt__",
            Cmp::Le => "__le__",
            Cmp::Gt => "__gt__",
            Cmp::Ge => "__ge__",
        }
    }
    fn swapped(self) -> Cmp {
        match self {
            Cmp::Eq => Cmp::Eq,
            Cmp::Ne => Cmp::Ne,
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
        }
    }
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Cmp::Eq => o == Equal,
            Cmp::Ne => o != Equal,
            Cmp::Lt => o == Less,
            Cmp::Le => o != Greater,
            Cmp::Gt => o == Greater,
            Cmp::Ge => o != Less,
        }
    }
}

/// A number in the numeric tower.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

pub fn as_num(v: Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Bool(b) => Some(Num::Int(b as i64)),
        Value::Float(f) => Some(Num::Float(f)),
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(b) => Some(Num::Big(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Whether builtin number `a`'s operators take the builtin number `b` (CPython's int slots
/// take ints only, float's ints and floats, complex's all three); false for non-numbers.
fn builtin_number_accepts(a: Value, b: Value) -> bool {
    let is_complex = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)));
    match (as_num(a), as_num(b)) {
        (Some(Num::Float(_)), Some(_)) => true,
        (Some(_), Some(Num::Float(_))) => false,
        (Some(_), Some(_)) => true,
        (None, Some(_)) => is_complex(a),
        (None, None) => is_complex(a) && is_complex(b),
        (Some(_), None) => false,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

/// x / y correctly rounded to a float (y nonzero; infinite when too large): the quotient is
/// taken to 55+ bits with a sticky bit for the remainder, so the one conversion to 53 bits
/// rounds right; below the normal range it is rounded by hand in units of 2**-1074.
#[cold]
pub fn big_true_div(x: &BigInt, y: &BigInt) -> f64 {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let sign = if negative { -1.0 } else { 1.0 };
    if a.is_zero() {
        return 0.0 * sign;
    }
    let n = a.bits() as i64 - b.bits() as i64;
    if n > 1025 {
        return f64::INFINITY * sign;
    }
    // The quotient lies in [2**(n-1), 2**(n+1)); 2**-1076 is a quarter of the least subnormal.
    let k = (55 - n).min(1076);
    let (q, r) = if k >= 0 {
        (&a << k as u64).div_rem(&b)
    } else {
        a.div_rem(&(&b << (-k) as u64))
    };
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    if k == 1076 {
        // Round half to even to a multiple of 4 (bit 0 carries the sticky remainder).
        let rest = q & 3;
        q >>= 2;
        if rest > 2 || (rest == 2 && q & 1 == 1) {
            q += 1;
        }
        return sign * (q as f64) * f64::from_bits(1);
    }
    // Scale by 2**-k in two exact steps (2**-k alone may not be representable).
    let half = -k / 2;
    sign * (q as f64) * 2f64.powi(half as i32) * 2f64.powi((-k - half) as i32)
}

pub fn num_to_f64(n: &Num) -> f64 {
    match n {
        Num::Int(i) => *i as f64,
        Num::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        Num::Float(f) => *f,
    }
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m += b;
        div -= 1.0;
    }
    let _ = m;
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl Vm {
    fn int_result(&mut self, b: BigInt) -> Value {
        self.new_bigint(b)
    }

    fn numeric_op(&mut self, kind: BinKind, a: Num, b: Num) -> PyResult<Value> {
        use BinKind::*;
        if let (Num::Float(_), _) | (_, Num::Float(_)) = (&a, &b) {
            let (x, y) = (num_to_f64(&a), num_to_f64(&b));
            if (matches!(a, Num::Big(_)) && x.is_infinite())
                || (matches!(b, Num::Big(_)) && y.is_infinite())
            {
                return Err(self.raise_msg("OverflowError", "int too large to convert to float"));
            }
            return Ok(Value::Float(match kind {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                TrueDiv => {
                    if y == 0.0 {
                        return Err(self.raise_msg("ZeroDivisionError", "float division by zero"));
                    }
                    x / y
                }
                FloorDiv => {
                    if y == 0.0 {
                        return Err(
                            self.raise_msg("ZeroDivisionError", "float floor division by zero")
                        );
                    }
                    float_floordiv(x, y)
                }
                Mod => {
                    if y == 0.0 {
                        return Err(self.raise_msg("ZeroDivisionError", "float modulo"));
                    }
                    float_mod(x, y)
                }
                Pow => {
                    if x == 0.0 && y < 0.0 {
                        return Err(self.raise_msg(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                        // A negative number to a fractional power is complex, as in Python.
                        let c = self.new_complex(x, 0.0);
                        let r = self.complex_binop(Pow, c, Value::Float(y))?;
                        return Ok(r.unwrap_or(Value::None));
                    }
                    let r = x.powf(y);
                    if r.is_infinite() && x.is_finite() && y.is_finite() {
                        // CPython's errno-style args: (34, 'Numerical result out of range').
                        let m = self.new_string("Numerical result out of range".to_string());
                        return Err(self.raise_with("OverflowError", vec![Value::Int(34), m]));
                    }
                    r
                }
                _ => {
                    // Name the operands' own types (an int stays 'int' in the message).
                    let as_value = |n: &Num, f: f64| match n {
                        Num::Float(_) => Value::Float(f),
                        _ => Value::Int(0),
                    };
                    let (va, vb) = (as_value(&a, x), as_value(&b, y));
                    return Err(self.unsupported(kind, va, vb));
                }
            }));
        }
        // Both integers.
        if let (Num::Int(x), Num::Int(y)) = (&a, &b) {
            let (x, y) = (*x, *y);
            let fast = match kind {
                Add => x.checked_add(y),
                Sub => x.checked_sub(y),
                Mul => x.checked_mul(y),
                FloorDiv if y != 0 => x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y)),
                Mod if y != 0 => x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y)),
                And => Some(x & y),
                Or => Some(x | y),
                Xor => Some(x ^ y),
                RShift if y >= 0 => Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }),
                LShift if (0..63).contains(&y) => x.checked_shl(y as u32).filter(|r| r >> y == x),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(Value::Int(r));
            }
        }
        let (x, y) = (to_big(&a), to_big(&b));
        Ok(match kind {
            Add => self.int_result(x + y),
            Sub => self.int_result(x - y),
            Mul => self.int_result(x * y),
            TrueDiv => {
                if y.is_zero() {
                    return Err(self.raise_msg("ZeroDivisionError", "division by zero"));
                }
                let r = match (x.to_f64(), y.to_f64()) {
                    (Some(a), Some(b)) if a.abs() < 9.0e15 && b.abs() < 9.0e15 => a / b,
                    _ => big_true_div(&x, &y),
                };
                if r.is_infinite() {
                    return Err(self.raise_msg(
                        "OverflowError",
                        "integer division result too large for a float",
                    ));
                }
                Value::Float(r)
            }
            FloorDiv => {
                if y.is_zero() {
                    return Err(
                        self.raise_msg("ZeroDivisionError", "integer division or modulo by zero")
                    );
                }
                self.int_result(crate::bigint_ops::floor_divmod(&x, &y).0)
            }
            Mod => {
                if y.is_zero() {
                    return Err(self.raise_msg("ZeroDivisionError", "integer modulo by zero"));
                }
                self.int_result(crate::bigint_ops::floor_divmod(&x, &y).1)
            }
            Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.raise_msg(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let fx = x.to_f64().unwrap_or(f64::INFINITY);
                    let fy = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    Value::Float(fx.powf(fy))
                } else {
                    // 0, 1 and -1 stay small whatever the exponent.
                    if x.is_zero() {
                        return Ok(Value::Int(if y.is_zero() { 1 } else { 0 }));
                    }
                    if x.magnitude().is_one() {
                        let neg = x.is_negative() && y.is_odd();
                        return Ok(Value::Int(if neg { -1 } else { 1 }));
                    }
                    let e = match y.to_u32() {
                        Some(e) => e,
                        None => return Err(self.memory_error()),
                    };
                    if x.bits() * e as u64 > 64_000_000 {
                        return Err(self.memory_error());
                    }
                    self.int_result(num_traits::Pow::pow(&x, e))
                }
            }
            LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                // CPython counts the result in 30-bit digits: OverflowError past the most
                // digits an int object can have ((2**63 - 1 - 24) / 4), MemoryError below.
                let Some(s) = y.to_i64().map(|s| s as usize) else {
                    let digits: num_bigint::BigInt = &y / 30 + x.bits() / 30 + 2;
                    if digits > num_bigint::BigInt::from((i64::MAX - 24) / 4) {
                        return Err(self.raise_msg("OverflowError", "too many digits in integer"));
                    }
                    return Err(self.memory_error());
                };
                // The result's size in bytes, checked before the shift allocates it.
                self.check_alloc((s / 8).saturating_add(x.bits() as usize / 8 + 1))?;
                self.int_result(x << s)
            }
            RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 30);
                self.int_result(x >> s)
            }
            And => self.int_result(x & y),
            Or => self.int_result(x | y),
            Xor => self.int_result(x ^ y),
            MatMul => {
                return Err(self.unsupported(kind, a_value(&a), a_value(&b)));
            }
        })
    }

    #[cold]
    pub fn unsupported(&mut self, kind: BinKind, a: Value, b: Value) -> Raised {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if kind == BinKind::Pow {
            "** or pow()"
        } else {
            kind.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `a <op> b` for any operands.
    #[inline]
    pub fn binary_op(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_as(kind, a, b, false)
    }

    /// `binary_op`; `inplace` only changes the operator an error message names (`+=`).
    fn binary_op_as(
        &mut self,
        kind: BinKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if let Some(r) = crate::bigint_ops::big_binop(kind, a, b) {
            return Ok(self.int_result(r));
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let r = match self.numeric_op(kind, x, y) {
                Ok(r) => r,
                Err(e) => return Err(self.numeric_op_error(e, kind, a, b, inplace)),
            };
            // bool & bool, bool | bool and bool ^ bool stay bools.
            if let (Value::Bool(_), Value::Bool(_), BinKind::And | BinKind::Or | BinKind::Xor) =
                (a, b, kind)
            {
                if let Value::Int(i) = r {
                    return Ok(Value::Bool(i != 0));
                }
            }
            return Ok(r);
        }
        if let Some(v) = self.builtin_binop(kind, a, b)? {
            return Ok(v);
        }
        self.dunder_binop(kind, a, b, inplace)
    }

    fn dunder_binop(
        &mut self,
        kind: BinKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let (op, rop, _) = kind.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // Operands whose class may define the operator (generic aliases: `list[int] | None`).
        let user = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_) | Obj::Class(_) | Obj::GenericAlias(..)));
        let (a_user, b_user) = (user(a), user(b));
        // A right operand whose class derives from the left's and overrides the reflected
        // method goes first.
        let mut b_tried = false;
        if b_user && !ta.ptr_eq(tb) && self.is_subclass(tb, ta) {
            let name = self.intern(rop);
            if let Some(f) = self.overridden_in_subclass(tb, ta, name) {
                b_tried = true;
                let r = self.call_value(f, &[b, a], &[])?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        // A Python method standing for the operator replaces the builtin base's: when it
        // declines, the base type's own operator does not run for that operand.
        let is_py = |f: Value| !matches!(f, Value::Obj(g) if matches!(g.obj(), Obj::Native(_)));
        let (mut a_overrode, mut b_overrode) = (false, false);
        if a_user {
            let name = self.intern(op);
            if let Some(f) = self.class_lookup_special(ta, name) {
                a_overrode = is_py(f);
                let r = self.call_value(f, &[a, b], &[])?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        // A builtin number's own operator runs before the reflected method of a subclass of
        // another numeric type it accepts (`2.0 + IntSub(1)` is float.__add__'s 3.0).
        if !a_user && b_user && !b_tried {
            if let Some(r) = self.numeric_slot_of_builtin(kind, a, b)? {
                return Ok(r);
            }
        }
        if b_user && !b_tried && (!ta.ptr_eq(tb) || !a_user) {
            let name = self.intern(rop);
            if let Some(f) = self.class_lookup_special(tb, name) {
                b_overrode = is_py(f);
                let r = self.call_value(f, &[b, a], &[])?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        // Subclasses of builtin types whose base has no operator natives (bytes, ...) and
        // mixed operands (`"x" + S("y")`) act through their builtin values.
        // An error still names the operands' own classes.
        let (ba, bb) = (builtin_base(a), builtin_base(b));
        if !ba.is(&a) || !bb.is(&b) {
            // Numbers: either operand's builtin slot (the right one only for another type).
            let num_ok = !a_overrode || (!ta.ptr_eq(tb) && !b_overrode);
            if let (Some(x), Some(y), true) = (as_num(ba), as_num(bb), num_ok) {
                return self.numeric_op(kind, x, y);
            }
            // Sequences: only the left operand's concatenation or repetition.
            if !a_overrode {
                if let Some(v) = self.builtin_binop(kind, ba, bb)? {
                    return Ok(v);
                }
            }
        }
        if kind == BinKind::Mul {
            if let Some(v) = self.index_repeat(a, b, inplace)? {
                return Ok(v);
            }
        }
        Err(self.binop_error(kind, a, b, inplace))
    }

    /// The builtin number `a`'s operator applied to the numeric value behind `b`, an instance
    /// of a subclass of a builtin number, when `a`'s type accepts that value (int takes ints,
    /// float ints and floats, complex all three); None when it would decline.
    fn numeric_slot_of_builtin(
        &mut self,
        kind: BinKind,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let bb = builtin_base(b);
        if bb.is(&b) || !builtin_number_accepts(a, bb) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(bb)) {
            return self.numeric_op(kind, x, y).map(Some);
        }
        self.builtin_binop(kind, a, bb)
    }

    /// An unsupported float operator names the operands' own types ('bool', 'int').
    #[cold]
    fn numeric_op_error(
        &mut self,
        e: Raised,
        kind: BinKind,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Raised {
        use BinKind::*;
        let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
        if float && matches!(kind, And | Or | Xor | LShift | RShift | MatMul) {
            self.raised = Value::Empty;
            return self.binop_error(kind, a, b, inplace);
        }
        e
    }

    /// `sub`'s `name` when it differs from what `base` has (sub derives from base).
    fn overridden_in_subclass(&self, sub: Gc, base: Gc, name: Gc) -> Option<Value> {
        let f = self.class_lookup(sub, name)?;
        match self.class_lookup(base, name) {
            Some(g) if g.is(&f) => None,
            _ => Some(f),
        }
    }

    #[cold]
    fn binop_error(&mut self, kind: BinKind, a: Value, b: Value, inplace: bool) -> Raised {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        match (kind, ta.as_str()) {
            (BinKind::Add, "str") => {
                self.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            (BinKind::Add, "list") => {
                self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (BinKind::Add, "tuple") => self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            )),
            (BinKind::Mul, "str" | "list" | "tuple" | "bytes" | "bytearray") if tb != "int" => {
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            // In place, a class instance on the left names `*=` (its type has sequence
            // slots that decline); a builtin number defers to the sequence's repetition.
            (BinKind::Mul, _)
                if !(inplace
                    && matches!(a, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))))
                    && matches!(
                        tb.as_str(),
                        "str" | "list" | "tuple" | "bytes" | "bytearray"
                    ) =>
            {
                self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ if inplace => {
                let sym = kind.symbol();
                self.type_error(format!(
                    "unsupported operand type(s) for {sym}=: '{ta}' and '{tb}'"
                ))
            }
            _ => self.unsupported(kind, a, b),
        }
    }

    pub fn is_not_implemented(&self, v: Value) -> bool {
        matches!(v, Value::Obj(g) if g.ptr_eq(self.none_singletons.0))
    }

    fn repeat_count(&mut self, n: Value) -> PyResult<Option<i64>> {
        Ok(match n {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(g) => match g.obj() {
                // Either sign: CPython converts the count to Py_ssize_t first.
                Obj::BigInt(_) => {
                    return Err(self.raise_msg(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
                Obj::Instance(_) => match self.index_value(n)? {
                    Some(Value::Int(i)) => Some(i),
                    Some(_) => {
                        let t = self.type_name(n);
                        return Err(self.raise_msg(
                            "OverflowError",
                            format!("cannot fit '{t}' into an index-sized integer"),
                        ));
                    }
                    None => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// A set of a view's members (a set stays itself).
    fn view_as_set(&mut self, v: Value) -> PyResult<Gc> {
        if let Value::Obj(g) = v {
            if matches!(g.obj(), Obj::Set(..)) {
                return Ok(g);
            }
        }
        let items = self.collect_iter(v)?;
        let set = self.alloc(Obj::Set(RefCell::new(Dict::new_set()), false));
        for x in items {
            self.set_add(Value::Obj(set), x)?;
        }
        Ok(set)
    }

    /// `keys & other` and friends: dict key and item views combine like sets.
    fn view_set_op(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        let is_view = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::DictView(_, w) if *w != 1));
        let is_setlike =
            |v: Value| is_view(v) || matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Set(..)));
        if !matches!(
            kind,
            BinKind::And | BinKind::Or | BinKind::Sub | BinKind::Xor
        ) || !(is_view(a) || is_view(b))
            || !(is_setlike(a) && is_setlike(b)
                || is_view(a) && self.lookup_special(b, "__iter__").is_some())
        {
            return Ok(None);
        }
        let mut sets = [a, b];
        for s in sets.iter_mut() {
            if is_view(*s) || !is_setlike(*s) {
                let items = self.collect_iter(*s)?;
                let set = Value::Obj(self.alloc(Obj::Set(RefCell::new(Dict::new_set()), false)));
                for x in items {
                    self.set_add(set, x)?;
                }
                *s = set;
            }
        }
        match (sets[0], sets[1]) {
            (Value::Obj(x), Value::Obj(y)) => self.set_binop(kind, x, y).map(Some),
            _ => Ok(None),
        }
    }

    /// Sequence and container operators on builtin types; None if not applicable.
    fn builtin_binop(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.view_set_op(kind, a, b)? {
            return Ok(Some(v));
        }
        if let Some(v) = self.extra_binop(kind, a, b)? {
            return Ok(Some(v));
        }
        let (Value::Obj(ga), vb) = (a, b) else {
            // int * sequence
            if kind == BinKind::Mul {
                if let Value::Obj(gb) = b {
                    if matches!(gb.obj(), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) {
                        if let Some(n) = self.repeat_count(a)? {
                            return self.repeat(b, n).map(Some);
                        }
                    }
                }
            }
            return Ok(None);
        };
        match (ga.obj(), kind) {
            // big int * sequence
            (Obj::BigInt(_), BinKind::Mul) if matches!(vb, Value::Obj(gb) if matches!(gb.obj(), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_))) => {
                match self.repeat_count(a)? {
                    Some(n) => self.repeat(b, n).map(Some),
                    None => Ok(None),
                }
            }
            (Obj::Str(x), BinKind::Add) => {
                if let Value::Obj(gb) = vb {
                    if let Obj::Str(y) = gb.obj() {
                        // Checked (`s += s` in a loop): MemoryError, never an abort.
                        return self.concat_strs(x, y).map(Some);
                    }
                }
                Ok(None)
            }
            (Obj::Str(_) | Obj::List(_) | Obj::Tuple(_), BinKind::Mul) => {
                match self.repeat_count(b)? {
                    Some(n) => self.repeat(a, n).map(Some),
                    None => Ok(None),
                }
            }
            (Obj::Str(_), BinKind::Mod) => {
                let s = crate::repr::percent_format(self, a, b)?;
                Ok(Some(self.new_string(s)))
            }
            (Obj::List(x), BinKind::Add) => {
                if let Value::Obj(gb) = vb {
                    if let Obj::List(y) = gb.obj() {
                        let n = x.borrow().len().saturating_add(y.borrow().len());
                        let mut v: Vec<Value> = self.try_vec(n)?;
                        v.extend_from_slice(&x.borrow());
                        v.extend_from_slice(&y.borrow());
                        return Ok(Some(self.new_list(v)));
                    }
                }
                Ok(None)
            }
            (Obj::Tuple(x), BinKind::Add) => {
                if let Value::Obj(gb) = vb {
                    if let Obj::Tuple(y) = gb.obj() {
                        let mut v: Vec<Value> = self.try_vec(x.len().saturating_add(y.len()))?;
                        v.extend_from_slice(x);
                        v.extend_from_slice(y);
                        return Ok(Some(self.new_tuple(v)));
                    }
                }
                Ok(None)
            }
            (Obj::Set(..), BinKind::Or | BinKind::And | BinKind::Sub | BinKind::Xor) => {
                if let Value::Obj(gb) = vb {
                    if let Obj::Set(..) = gb.obj() {
                        return self.set_binop(kind, ga, gb).map(Some);
                    }
                }
                Ok(None)
            }
            (Obj::Dict(x), BinKind::Or) => {
                if let Value::Obj(gb) = vb {
                    if let Obj::Dict(y) = gb.obj() {
                        let d = self.new_dict(x.borrow().clone());
                        let pairs: Vec<(Value, Value)> =
                            y.borrow().iter().map(|e| (e.key, e.value)).collect();
                        for (k, v) in pairs {
                            self.dict_setitem(d, k, v)?;
                        }
                        return Ok(Some(d));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Operators of the bytes-like and complex types (kept out of line: the common operand
    /// types never get here).
    #[cold]
    fn extra_binop(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        let is = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Complex(..)));
        if !is(a) && !is(b) {
            return Ok(None);
        }
        if let Some(v) = self.complex_binop(kind, a, b)? {
            return Ok(Some(v));
        }
        self.bytes_binop(kind, a, b)
    }

    fn repeat(&mut self, seq: Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let Value::Obj(g) = seq else { unreachable!() };
        match g.obj() {
            Obj::Str(s) => {
                if s.s
                    .len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.raise_msg("OverflowError", "repeated string is too long"));
                }
                let r = self.try_repeat_str(&s.s, n)?;
                Ok(self.new_string(r))
            }
            Obj::List(l) => {
                let l = l.borrow().clone();
                let r = self.try_repeat(&l, n)?;
                Ok(self.new_list(r))
            }
            Obj::Tuple(t) => {
                let r = self.try_repeat(t, n)?;
                Ok(self.new_tuple(r))
            }
            _ => Ok(seq),
        }
    }

    /// `a <op>= b`: `__iop__` first (lists extend in place), then the plain operator.
    pub fn inplace_op(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Value> {
        if let Value::Obj(g) = a {
            match g.obj() {
                Obj::ByteArray(_) => {
                    if let Some(r) = self.bytearray_inplace(kind, a, b)? {
                        return Ok(r);
                    }
                }
                Obj::List(l) if kind == BinKind::Add => {
                    let items = self.collect_iter(b)?;
                    // Checked growth (`l += l` in a loop): MemoryError, never an abort. No
                    // borrow is held while the check may collect garbage.
                    let len = l.borrow().len();
                    self.check_alloc_n(
                        len.saturating_add(items.len()),
                        std::mem::size_of::<Value>(),
                    )?;
                    let grown = l.borrow_mut().try_reserve(items.len()).is_ok();
                    if !grown {
                        return Err(self.memory_error());
                    }
                    l.borrow_mut().extend(items);
                    return Ok(a);
                }
                Obj::List(l) if kind == BinKind::Mul => {
                    if let Some(n) = self.repeat_count(b)? {
                        let r = self.repeat(a, n)?;
                        if let Value::Obj(rg) = r {
                            if let Obj::List(items) = rg.obj() {
                                *l.borrow_mut() = items.take();
                            }
                        }
                        return Ok(a);
                    }
                }
                // A frozenset has no in-place operators: `f |= s` rebinds f to a new one.
                Obj::Set(_, false)
                    if matches!(
                        kind,
                        BinKind::Or | BinKind::And | BinKind::Sub | BinKind::Xor
                    ) =>
                {
                    if let Value::Obj(gb) = b {
                        if let Obj::Set(..) = gb.obj() {
                            self.set_inplace(kind, g, gb)?;
                            return Ok(a);
                        }
                    }
                }
                Obj::Dict(_) if kind == BinKind::Or => {
                    // `d |= x` takes anything `dict.update` does.
                    let items = if matches!(b, Value::Obj(gb) if matches!(gb.obj(), Obj::Dict(_)))
                        || self.lookup_special(b, "keys").is_some()
                    {
                        self.mapping_items(b)?
                    } else {
                        let mut out = Vec::new();
                        for item in self.collect_iter(b)? {
                            let pair = self.collect_iter(item)?;
                            if pair.len() != 2 {
                                let n = pair.len();
                                return Err(self.value_error(format!(
                                    "dictionary update sequence element #{} has length {n}; 2 is required",
                                    out.len()
                                )));
                            }
                            out.push((pair[0], pair[1]));
                        }
                        out
                    };
                    for (k, v) in items {
                        self.dict_setitem(a, k, v)?;
                    }
                    return Ok(a);
                }
                Obj::Instance(_) => {
                    let (_, _, iop) = kind.dunders();
                    let name = self.intern(iop);
                    let cls = self.type_of(a);
                    if let Some(f) = self.class_lookup_special(cls, name) {
                        let r = self.call_value(f, &[a, b], &[])?;
                        if !self.is_not_implemented(r) {
                            return Ok(r);
                        }
                    }
                }
                _ => {}
            }
        }
        self.binary_op_as(kind, a, b, true)
    }

    pub fn unary_neg(&mut self, a: Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(v) => Value::Int(v),
                None => self.new_bigint(-BigInt::from(i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)) => {
                let Obj::BigInt(b) = g.obj() else {
                    unreachable!()
                };
                let n = -b.clone();
                Ok(self.new_bigint(n))
            }
            Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)) => {
                let Obj::Complex(re, im) = g.obj() else {
                    unreachable!()
                };
                Ok(self.new_complex(-re, -im))
            }
            _ => self.unary_dunder(a, "__neg__", "-"),
        }
    }

    pub fn unary_pos(&mut self, a: Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::Float(_) => Ok(a),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_) | Obj::Complex(..)) => Ok(a),
            _ => self.unary_dunder(a, "__pos__", "+"),
        }
    }

    pub fn unary_invert(&mut self, a: Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(b as i64))),
            Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)) => {
                let Obj::BigInt(b) = g.obj() else {
                    unreachable!()
                };
                let n = -b.clone() - 1;
                Ok(self.new_bigint(n))
            }
            _ => self.unary_dunder(a, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, a: Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(f) = self.lookup_special(a, name) {
            return self.call_value(f, &[a], &[]);
        }
        let t = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Empty | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => !s.s.is_empty(),
                Obj::BigInt(b) => !b.is_zero(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::ByteArray(b) => !b.borrow().is_empty(),
                Obj::MemoryView(_) => self.bytes_len(g)? > 0,
                Obj::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Obj::Tuple(t) => !t.is_empty(),
                Obj::List(l) => !l.borrow().is_empty(),
                Obj::Dict(d) | Obj::Set(d, _) => !d.borrow().is_empty(),
                Obj::Range(a, b, s) => range_len(*a, *b, *s) > 0,
                Obj::BigRange(r) => !r.is_empty(),
                Obj::DictView(d, _) => match d.obj() {
                    Obj::Dict(d) => !d.borrow().is_empty(),
                    _ => true,
                },
                Obj::Instance(i) => {
                    // Most classes define neither `__bool__` nor `__len__` (`if node.left:`).
                    if let Obj::Class(c) = i.class.get().obj() {
                        if self.class_flags(c) & crate::object::CUSTOM_TRUTH == 0 {
                            return Ok(true);
                        }
                    }
                    if let Some(f) = self.lookup_special(v, "__bool__") {
                        let r = self.call_value(f, &[v], &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => {
                                let t = self.type_name(r);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {t}"
                                )))
                            }
                        };
                    }
                    if let Some(f) = self.lookup_special(v, "__len__") {
                        let r = self.call_value(f, &[v], &[])?;
                        return Ok(self.len_result(r)? != 0);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// What a user `__len__` returned, checked as `len()` does: a non-negative index-sized
    /// int (or an object with `__index__`).
    #[cold]
    pub fn len_result(&mut self, r: Value) -> PyResult<usize> {
        let n = match self.index_value(builtin_base(r))? {
            Some(n) => n,
            None => {
                let t = self.type_name(r);
                return Err(
                    self.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
        match as_num(n) {
            Some(Num::Int(i)) if i >= 0 => Ok(i as usize),
            Some(Num::Big(b)) if !b.is_negative() => Err(self.raise_msg(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => Err(self.value_error("__len__() should return >= 0")),
        }
    }

    /// Rich comparison returning a Python value.
    pub fn compare(&mut self, op: Cmp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        // Dunder methods, reflected second (first when b's class derives from a's, as in
        // CPython's do_richcompare).
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rname = self.intern(op.swapped().dunder());
        let mut b_tried = false;
        if !ta.ptr_eq(tb) && self.is_subclass(tb, ta) {
            if let Some(f) = self.class_lookup_special(tb, rname) {
                if !is_vm_native(f) {
                    b_tried = true;
                    let r = self.call_value(f, &[b, a], &[])?;
                    if !self.is_not_implemented(r) {
                        return Ok(r);
                    }
                }
            }
        }
        let name = self.intern(op.dunder());
        if let Some(f) = self.class_lookup_special(ta, name) {
            if !is_vm_native(f) {
                let r = self.call_value(f, &[a, b], &[])?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        // A builtin number compares with a subclass of another numeric type it accepts
        // before that subclass's reflected method (`2.0 < IntSub(1)` is float's answer).
        if !b_tried && !matches!(a, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
            let bb = builtin_base(b);
            if !bb.is(&b) && builtin_number_accepts(a, bb) {
                if let Some(r) = self.native_compare(op, a, bb)? {
                    return Ok(Value::Bool(r));
                }
            }
        }
        if let Some(f) = self.class_lookup_special(tb, rname).filter(|_| !b_tried) {
            if !is_vm_native(f) {
                let r = self.call_value(f, &[b, a], &[])?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        // Instances of subclasses of builtin containers compare through their builtin data.
        // (An error still names the operands' own classes.)
        let (ba, bb) = (builtin_base(a), builtin_base(b));
        if !ba.is(&a) || !bb.is(&b) {
            if let Some(r) = self.native_compare(op, ba, bb)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            Cmp::Eq => Ok(Value::Bool(a.is(&b))),
            Cmp::Ne => {
                // The default __ne__ of each side (a's, then the reflected b's) inverts that
                // side's own __eq__ unless it gives NotImplemented.
                let eq = self.names.eq;
                for (x, y, tx) in [(a, b, ta), (b, a, tb)] {
                    let default_ne = self.class_lookup(tx, name).is_none_or(is_vm_native);
                    if !default_ne {
                        continue;
                    }
                    if let Some(f) = self.class_lookup_special(tx, eq) {
                        if !is_vm_native(f) {
                            let r = self.call_value(f, &[x, y], &[])?;
                            if !self.is_not_implemented(r) {
                                let t = self.truthy(r)?;
                                return Ok(Value::Bool(!t));
                            }
                        }
                    }
                }
                Ok(Value::Bool(!a.is(&b)))
            }
            _ => {
                let (x, y) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{x}' and '{y}'",
                    op.symbol()
                )))
            }
        }
    }

    /// Equality as a Rust bool, identity first (CPython's `PyObject_RichCompareBool`, which
    /// containers use: `nan in [nan]` holds for the same float).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(&b) {
            return Ok(true);
        }
        let r = self.compare(Cmp::Eq, a, b)?;
        self.truthy(r)
    }

    /// Comparison of builtin values; None when dunder dispatch is needed.
    fn native_compare(&mut self, op: Cmp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(num_cmp(op, &x, &y)));
        }
        let (Value::Obj(ga), Value::Obj(gb)) = (a, b) else {
            let is_complex =
                |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)));
            if is_complex(a) || is_complex(b) {
                return self.complex_compare(op, a, b);
            }
            if matches!(op, Cmp::Eq | Cmp::Ne) {
                let both_simple = !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_));
                let one_user = has_user_type(a) || has_user_type(b);
                if both_simple || !one_user {
                    let same = a.is(&b);
                    return Ok(Some(if op == Cmp::Eq { same } else { !same }));
                }
            }
            return Ok(None);
        };
        match (ga.obj(), gb.obj()) {
            (Obj::Str(x), Obj::Str(y)) => Ok(Some(op.test(x.s.cmp(&y.s)))),
            (Obj::Class(c), _) | (_, Obj::Class(c)) if c.meta.get().is_some() => Ok(None),
            (
                Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_),
                Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_),
            ) => self.bytes_compare(op, a, b),
            (Obj::Complex(..), _) | (_, Obj::Complex(..)) => self.complex_compare(op, a, b),
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                if let Some(r) = plain_seq_compare(op, x, y) {
                    return Ok(Some(r));
                }
                let (x, y) = (x.to_vec(), y.to_vec());
                self.with_native_level(IN_COMPARISON, |vm| vm.seq_compare(op, &x, &y))
                    .map(Some)
            }
            (Obj::List(x), Obj::List(y)) => {
                if let Some(r) = plain_seq_compare(op, &x.borrow(), &y.borrow()) {
                    return Ok(Some(r));
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.with_native_level(IN_COMPARISON, |vm| vm.seq_compare(op, &x, &y))
                    .map(Some)
            }
            (Obj::Dict(_), Obj::Dict(_)) if matches!(op, Cmp::Eq | Cmp::Ne) => {
                let e = self.with_native_level(IN_COMPARISON, |vm| vm.dict_eq(ga, gb))?;
                Ok(Some(if op == Cmp::Eq { e } else { !e }))
            }
            (Obj::Set(..), Obj::Set(..)) => {
                // Members that compare without Python code (ints, strs): no native level.
                if let Some(r) = crate::dictops::set_compare_native(op, ga, gb) {
                    return Ok(Some(r));
                }
                self.with_native_level(IN_COMPARISON, |vm| vm.set_compare(op, ga, gb))
                    .map(Some)
            }
            (Obj::DictView(_, w), Obj::Set(..) | Obj::DictView(..))
            | (Obj::Set(..), Obj::DictView(_, w))
                if *w != 1 =>
            {
                // Key and item views compare like sets.
                let (x, y) = (self.view_as_set(a)?, self.view_as_set(b)?);
                self.set_compare(op, x, y).map(Some)
            }
            (Obj::Range(..) | Obj::BigRange(_), Obj::Range(..) | Obj::BigRange(_))
                if matches!(op, Cmp::Eq | Cmp::Ne)
                    && (matches!(ga.obj(), Obj::BigRange(_))
                        || matches!(gb.obj(), Obj::BigRange(_))) =>
            {
                let (x, y) = (
                    crate::bigrange::range_parts(ga),
                    crate::bigrange::range_parts(gb),
                );
                let e = matches!((x, y), (Some(x), Some(y)) if Vm::range_eq(&x, &y));
                Ok(Some(if op == Cmp::Eq { e } else { !e }))
            }
            (Obj::Slice(a1, b1, c1), Obj::Slice(a2, b2, c2)) => {
                let (x, y) = ([*a1, *b1, *c1], [*a2, *b2, *c2]);
                self.seq_compare(op, &x, &y).map(Some)
            }
            (Obj::GenericAlias(o1, a1), Obj::GenericAlias(o2, a2))
                if matches!(op, Cmp::Eq | Cmp::Ne) =>
            {
                let (x, y) = ([*o1, *a1], [*o2, *a2]);
                self.seq_compare(op, &x, &y).map(Some)
            }
            (Obj::Range(a1, b1, s1), Obj::Range(a2, b2, s2)) if matches!(op, Cmp::Eq | Cmp::Ne) => {
                let l1 = range_len(*a1, *b1, *s1);
                let l2 = range_len(*a2, *b2, *s2);
                let e = l1 == l2 && (l1 == 0 || (a1 == a2 && (l1 == 1 || s1 == s2)));
                Ok(Some(if op == Cmp::Eq { e } else { !e }))
            }
            (Obj::BoundMethod(s1, f1), Obj::BoundMethod(s2, f2))
                if matches!(op, Cmp::Eq | Cmp::Ne) =>
            {
                // CPython: the same `__self__` (identity) and equal `__func__`.
                let e = s1.is(s2) && self.eq(*f1, *f2)?;
                Ok(Some(if op == Cmp::Eq { e } else { !e }))
            }
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => Ok(None),
            (Obj::Class(_), _) | (_, Obj::Class(_)) if !matches!(op, Cmp::Eq | Cmp::Ne) => Ok(None),
            _ => {
                if matches!(op, Cmp::Eq | Cmp::Ne) {
                    let same = ga.ptr_eq(gb);
                    Ok(Some(if op == Cmp::Eq { same } else { !same }))
                } else {
                    Ok(None)
                }
            }
        }
    }

    fn seq_compare(&mut self, op: Cmp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq(*a, *b)? {
                return match op {
                    Cmp::Eq => Ok(false),
                    Cmp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(op, *a, *b)?;
                        self.truthy(r)
                    }
                };
            }
        }
        Ok(op.test(x.len().cmp(&y.len())))
    }

    /// Python's hash().
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::Empty | Value::None => 0x5f3759df,
            Value::Bool(b) => b as i64,
            Value::Int(i) => hash_int(i),
            Value::Float(f) => hash_float(f),
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => crate::strs::str_hash(s) as i64,
                Obj::BigInt(b) => hash_bigint(b),
                Obj::Bytes(b) => crate::strs::hash_bytes(b) as i64,
                Obj::ByteArray(_) | Obj::MemoryView(_) => return self.bytes_hash(v),
                Obj::Complex(re, im) => crate::complexobj::hash_complex(*re, *im),
                Obj::Tuple(items) => {
                    if let Some(h) = plain_tuple_hash(items) {
                        return Ok(h);
                    }
                    self.check_stack("")?;
                    let items = items.to_vec();
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items {
                        hs.push(self.hash(it)?);
                    }
                    hash_tuple(&hs)
                }
                Obj::Set(d, true) => {
                    // From the hashes the table keeps: nested frozensets are not hashed again
                    // (that was quadratic in the depth and recursed without bound).
                    let hs: Vec<i64> = d.borrow().iter().map(|e| e.hash as i64).collect();
                    hash_frozenset(&hs)
                }
                Obj::Range(..) | Obj::BigRange(_) => {
                    let r = crate::bigrange::range_parts(g).expect("range");
                    self.range_hash(&r)?
                }
                Obj::GenericAlias(o, a) => {
                    let (o, a) = (*o, *a);
                    self.hash(o)? ^ self.hash(a)?
                }
                Obj::BoundMethod(this, f) => {
                    // CPython: the identity hash of `__self__` mixed with the hash of `__func__`.
                    let (this, f) = (*this, *f);
                    let h = match this {
                        Value::Obj(t) => (t.addr() >> 4) as i64,
                        _ => self.hash(this)?,
                    };
                    match h ^ self.hash(f)? {
                        -1 => -2,
                        x => x,
                    }
                }
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_, false)
                | Obj::Slice(..)
                | Obj::DictView(_, 0 | 2) => {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{t}'")));
                }
                Obj::Class(c) if c.meta.get().is_some() => {
                    let cls = self.type_of(v);
                    let hname = self.names.hash;
                    match self.class_lookup_special(cls, hname) {
                        Some(Value::None) => {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{t}'")));
                        }
                        Some(f) if !is_vm_native(f) => {
                            let r = self.call_value(f, &[v], &[])?;
                            match r {
                                Value::Int(i) => {
                                    if i == -1 {
                                        -2
                                    } else {
                                        i
                                    }
                                }
                                Value::Bool(b) => b as i64,
                                _ => {
                                    return Err(
                                        self.type_error("__hash__ method should return an integer")
                                    )
                                }
                            }
                        }
                        _ => (g.addr() >> 4) as i64,
                    }
                }
                Obj::Instance(_) => {
                    let cls = self.type_of(v);
                    let hname = self.names.hash;
                    match self.class_lookup_special(cls, hname) {
                        Some(Value::None) => {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{t}'")));
                        }
                        Some(f) if !is_vm_native(f) => {
                            let r = self.call_value(f, &[v], &[])?;
                            match builtin_base(r) {
                                Value::Int(i) => {
                                    if i == -1 {
                                        -2
                                    } else {
                                        i
                                    }
                                }
                                Value::Bool(b) => b as i64,
                                Value::Obj(rg) if matches!(rg.obj(), Obj::BigInt(_)) => {
                                    let Obj::BigInt(b) = rg.obj() else {
                                        unreachable!()
                                    };
                                    hash_bigint(b)
                                }
                                _ => {
                                    return Err(
                                        self.type_error("__hash__ method should return an integer")
                                    )
                                }
                            }
                        }
                        _ => match builtin_base(v) {
                            b if !b.is(&v) => self.hash(b)?,
                            _ => (g.addr() >> 4) as i64,
                        },
                    }
                }
                _ => (g.addr() >> 4) as i64,
            },
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(g) = container {
            match g.obj() {
                Obj::Str(s) => {
                    return match item {
                        Value::Obj(ig) => match ig.obj() {
                            Obj::Str(sub) => Ok(s.s.contains(&*sub.s)),
                            _ => Err(self.in_string_error(item)),
                        },
                        _ => Err(self.in_string_error(item)),
                    };
                }
                Obj::List(_) | Obj::Tuple(_) => {
                    if let Some(found) = plain_contains(g, item) {
                        return Ok(found);
                    }
                    let items = match g.obj() {
                        Obj::List(l) => l.borrow().clone(),
                        Obj::Tuple(t) => t.to_vec(),
                        _ => unreachable!(),
                    };
                    for x in items {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Dict(_) => return Ok(self.dict_getitem_opt(container, item)?.is_some()),
                Obj::Bytes(_) | Obj::ByteArray(_) => return self.bytes_contains(container, item),
                Obj::Set(..) => return self.set_contains(g, item),
                Obj::DictView(d, 0) => {
                    return Ok(self.dict_getitem_opt(Value::Obj(*d), item)?.is_some())
                }
                Obj::Range(start, stop, step) => {
                    if let Value::Int(i) = item {
                        let (a, b, s) = (*start, *stop, *step);
                        let inside = if s > 0 {
                            i >= a && i < b
                        } else {
                            i <= a && i > b
                        };
                        return Ok(inside && (i - a) % s == 0);
                    }
                    // A big int lies outside any range with i64 bounds.
                    if matches!(item, Value::Obj(ig) if matches!(ig.obj(), Obj::BigInt(_))) {
                        return Ok(false);
                    }
                }
                Obj::BigRange(r) => {
                    let x = match item {
                        Value::Int(i) => Some(BigInt::from(i)),
                        Value::Bool(b) => Some(BigInt::from(b as i64)),
                        Value::Obj(ig) => match ig.obj() {
                            Obj::BigInt(b) => Some(b.clone()),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(x) = x {
                        return Ok(r.contains(&x));
                    }
                }
                Obj::Instance(_) | Obj::Class(_) => {
                    if let Some(f) = self.lookup_special(container, "__contains__") {
                        if f.is_none() {
                            let t = self.type_name(container);
                            return Err(self.type_error(format!("'{t}' object is not a container")));
                        }
                        let r = self.call_value(f, &[container, item], &[])?;
                        return self.truthy(r);
                    }
                }
                _ => {}
            }
        }
        let has_iter = match self.lookup_special(container, "__iter__") {
            Some(f) => !f.is_none(),
            None => {
                self.is_iterable_builtin(container)
                    || self.lookup_special(container, "__getitem__").is_some()
            }
        };
        if !has_iter {
            let t = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    #[cold]
    fn in_string_error(&mut self, item: Value) -> Raised {
        let t = self.type_name(item);
        self.type_error(format!(
            "'in <string>' requires string as left operand, not {t}"
        ))
    }
}

fn a_value(n: &Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(*i),
        Num::Float(f) => Value::Float(*f),
        Num::Big(_) => Value::Int(0),
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // Unit steps and spans that fit in an i64 (all but the extremes) divide in 64 bits.
    if step == 1 || step == -1 {
        return (if step == 1 {
            stop.checked_sub(start)
        } else {
            start.checked_sub(stop)
        })
        .map_or_else(|| range_len_wide(start, stop, step), |n| n.max(0));
    }
    range_len_wide(start, stop, step)
}

fn range_len_wide(start: i64, stop: i64, step: i64) -> i64 {
    // Any span between two i64s fits in a u64; with |step| >= 2 so does the count.
    if step.unsigned_abs() >= 2 {
        let span = if step > 0 && start < stop {
            stop.wrapping_sub(start) as u64 - 1
        } else if step < 0 && start > stop {
            start.wrapping_sub(stop) as u64 - 1
        } else {
            return 0;
        };
        return (span / step.unsigned_abs() + 1) as i64;
    }
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// A sequence comparison decided by ints and strs alone, without copying the items: the
/// first pair that differs decides, and None when a pair of other kinds comes first (the
/// general path may run Python code).
fn plain_seq_compare(op: Cmp, x: &[Value], y: &[Value]) -> Option<bool> {
    for (a, b) in x.iter().zip(y.iter()) {
        let ord = match (a, b) {
            (Value::Int(p), Value::Int(q)) => p.cmp(q),
            (Value::Obj(p), Value::Obj(q)) => match (p.obj(), q.obj()) {
                (Obj::Str(s), Obj::Str(t)) => s.s.cmp(&t.s),
                _ => return None,
            },
            _ => return None,
        };
        if ord != std::cmp::Ordering::Equal {
            return Some(match op {
                Cmp::Eq => false,
                Cmp::Ne => true,
                _ => op.test(ord),
            });
        }
    }
    Some(op.test(x.len().cmp(&y.len())))
}

/// `item in seq` decided without copying the items, while each comparison is identity, int
/// with int or str with str; None when some item needs the general comparison (which may
/// run Python code), and the caller starts over.
fn plain_contains(seq: Gc, item: Value) -> Option<bool> {
    let scan = |items: &[Value]| -> Option<bool> {
        for x in items {
            let same = match (x, &item) {
                (Value::Int(p), Value::Int(q)) => p == q,
                (Value::Obj(p), Value::Obj(q)) => {
                    p.ptr_eq(*q)
                        || match (p.obj(), q.obj()) {
                            (Obj::Str(s), Obj::Str(t)) => s.s == t.s,
                            _ => return None,
                        }
                }
                _ => return None,
            };
            if same {
                return Some(true);
            }
        }
        Some(false)
    };
    match seq.obj() {
        Obj::List(l) => scan(&l.try_borrow().ok()?),
        Obj::Tuple(t) => scan(t),
        _ => None,
    }
}

/// The hash of a short tuple of ints and strs, computed without copying the items.
fn plain_tuple_hash(items: &[Value]) -> Option<i64> {
    let mut hs = [0i64; 8];
    if items.len() > hs.len() {
        return None;
    }
    for (h, v) in hs.iter_mut().zip(items.iter()) {
        *h = match v {
            Value::Int(i) => hash_int(*i),
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => crate::strs::str_hash(s) as i64,
                _ => return None,
            },
            _ => return None,
        };
    }
    Some(hash_tuple(&hs[..items.len()]))
}

fn num_cmp(op: Cmp, x: &Num, y: &Num) -> bool {
    use std::cmp::Ordering;
    let ord = match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(f), other) | (other, Num::Float(f)) => {
            let flipped = matches!(y, Num::Float(_)) && !matches!(x, Num::Float(_));
            let o = if f.is_nan() {
                None
            } else if f.is_infinite() {
                Some(if *f > 0.0 {
                    Ordering::Greater
                } else {
                    Ordering::Less
                })
            } else {
                let i = to_big(other);
                // Exact: a finite float's floor always fits a BigInt (an i128 cast saturates).
                let fl = BigInt::from_f64(f.floor()).unwrap_or_default();
                let c = fl.cmp(&i);
                Some(if c == Ordering::Equal && f.fract() != 0.0 {
                    Ordering::Greater
                } else {
                    c
                })
            };
            if flipped {
                o.map(|o| o.reverse())
            } else {
                o
            }
        }
        _ => Some(to_big(x).cmp(&to_big(y))),
    };
    match ord {
        Some(o) => op.test(o),
        None => op == Cmp::Ne,
    }
}

const MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_int(i: i64) -> i64 {
    let neg = i < 0;
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if neg { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's float hash: integral floats hash like ints.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign = if f < 0.0 { -1i64 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn gc_of(v: Value) -> Option<Gc> {
    v.as_obj()
}

/// An instance of a Python class, or a class whose metaclass is a Python class: values whose
/// operators may be defined in Python.
fn has_user_type(v: Value) -> bool {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Instance(_) => true,
            Obj::Class(c) => c.meta.get().is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// CPython's frozenset hash (order-independent, so equal sets hash alike), for the same
/// values CPython prints.
fn hash_frozenset(hs: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut h: u64 = hs.iter().fold(0, |acc, &x| acc ^ shuffle(x as u64));
    h ^= (hs.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        h = 590_923_713;
    }
    h as i64
}
