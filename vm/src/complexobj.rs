//! The complex number type's protocols: arithmetic (mixing with int and float), comparison,
//! hash, repr and format(). Its constructor and methods live in the core library.

use crate::object::*;
use crate::ops::{as_num, hash_float, num_to_f64, Cmp};
use crate::repr::float_repr;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::opcodes::BinKind;

/// The (real, imag) parts of a complex, int or float value.
pub fn complex_parts(v: Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Complex(re, im) => Some((*re, *im)),
            Obj::Instance(_) => match builtin_base(v) {
                Value::Obj(b) if !b.ptr_eq(g) => complex_parts(Value::Obj(b)),
                _ => None,
            },
            _ => as_num(v).map(|n| (num_to_f64(&n), 0.0)),
        },
        _ => as_num(v).map(|n| (num_to_f64(&n), 0.0)),
    }
}

/// An int too large for a float: mixing it into complex arithmetic is CPython's
/// OverflowError, not an infinite part.
pub fn int_overflows_float(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
        && complex_parts(v).is_some_and(|(re, _)| re.is_infinite())
}

/// CPython's complex hash: hash(real) + 1000003 * hash(imag).
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let h = (hash_float(re) as u64).wrapping_add((hash_float(im) as u64).wrapping_mul(1000003));
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A float as a complex repr shows it: repr without a trailing `.0`.
fn part_repr(x: f64) -> String {
    let r = float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`: CPython's complex repr.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = if im.is_nan() {
        "nan".to_string()
    } else {
        part_repr(im)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = if re.is_nan() {
        "nan".to_string()
    } else {
        part_repr(re)
    };
    let sign = if im.is_nan() || !im.is_sign_negative() {
        "+"
    } else {
        ""
    };
    format!("({real}{sign}{imag}j)")
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division by scaling with the larger divisor part (Smith's method), so
/// intermediate products do not overflow. None for division by zero.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN part.
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a non-negative integer `n`, by repeated squaring.
fn pow_u(x: (f64, f64), n: u64) -> (f64, f64) {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b`; Err(true) for zero to a negative or complex power, Err(false) on overflow.
fn pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), bool> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            pow_u(a, n as u64)
        } else {
            let p = pow_u(a, n.unsigned_abs());
            match quot((1.0, 0.0), p) {
                Some(q) => q,
                None => return Err(true),
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(true);
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        if phase.is_infinite() {
            // C's cos/sin of an infinity set EDOM, which CPython reports this way.
            return Err(true);
        }
        (len * phase.cos(), len * phase.sin())
    };
    // As CPython (errno's ERANGE check), an infinite part of the result is an overflow,
    // whatever the operands were.
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(false);
    }
    Ok(r)
}

impl Vm {
    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        Value::Obj(self.alloc(Obj::Complex(re, im)))
    }

    /// Arithmetic with a complex operand (the other a complex, int or float).
    pub fn complex_binop(&mut self, kind: BinKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        let is_c = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)));
        if !is_c(a) && !is_c(b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (complex_parts(a), complex_parts(b)) else {
            return Ok(None);
        };
        // A big int operand too large for a float cannot become a complex.
        let too_big = |v: Value, p: (f64, f64)| {
            p.0.is_infinite() && matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
        };
        let arith = matches!(
            kind,
            BinKind::Add | BinKind::Sub | BinKind::Mul | BinKind::TrueDiv | BinKind::Pow
        );
        if arith && (too_big(a, x) || too_big(b, y)) {
            return Err(self.raise_msg("OverflowError", "int too large to convert to float"));
        }
        let r = match kind {
            BinKind::Add => (x.0 + y.0, x.1 + y.1),
            BinKind::Sub => (x.0 - y.0, x.1 - y.1),
            BinKind::Mul => mul(x, y),
            BinKind::TrueDiv => match quot(x, y) {
                Some(q) => q,
                None => return Err(self.raise_msg("ZeroDivisionError", "complex division by zero")),
            },
            BinKind::Pow => match pow(x, y) {
                Ok(p) => p,
                Err(true) => {
                    return Err(
                        self.raise_msg("ZeroDivisionError", "0.0 to a negative or complex power")
                    )
                }
                Err(false) => return Err(self.raise_msg("OverflowError", "complex exponentiation")),
            },
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r.0, r.1)))
    }

    /// `==`/`!=` with a complex operand; ordering is unsupported (None: TypeError follows).
    pub(crate) fn complex_compare(
        &mut self,
        op: Cmp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<bool>> {
        if !matches!(op, Cmp::Eq | Cmp::Ne) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (complex_parts(a), complex_parts(b)) else {
            return Ok(None);
        };
        // An int compares exactly with the real part (big ints do not round to a float).
        let exact_int = |v: Value, f: f64| match v {
            Value::Obj(g) => match g.obj() {
                Obj::BigInt(bi) => {
                    f.is_finite()
                        && f == f.trunc()
                        && <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f).as_ref()
                            == Some(bi)
                }
                _ => true,
            },
            _ => true,
        };
        let same = x == y && exact_int(a, y.0) && exact_int(b, x.0);
        Ok(Some(same == (op == Cmp::Eq)))
    }

    /// format(complex, spec): see `complex_format`.
    pub fn format_complex(&mut self, re: f64, im: f64, spec: &str) -> PyResult<String> {
        crate::complex_format::format_complex(self, re, im, spec)
    }
}
