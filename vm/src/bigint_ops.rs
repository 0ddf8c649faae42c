//! Arithmetic on big ints without copying their digits: the operands are borrowed from the
//! heap objects (a small int operand is widened, which costs no allocation), and floor
//! division by a divisor of about the dividend's size (a quotient of one machine word, as in
//! digit-extraction loops) estimates the quotient from the leading bits and corrects it,
//! instead of num-bigint's general recursive division.

use crate::object::Obj;
use crate::value::Value;
use kestrel_compiler::opcodes::BinKind;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};
use std::borrow::Cow;

/// `v` as an int operand when it is a small or big int (not a bool: `True + big` keeps the
/// general path's bool handling, which is rare enough).
fn int_operand(v: &Value) -> Option<Cow<'_, BigInt>> {
    match v {
        Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(b) => Some(Cow::Borrowed(b)),
            _ => None,
        },
        _ => None,
    }
}

/// `a <kind> b` when one operand is a big int, the other an int, and the operation is one
/// of `+ - * // %` (with a nonzero divisor); None sends it down the general path, which
/// also raises the errors.
pub fn big_binop(kind: BinKind, a: Value, b: Value) -> Option<BigInt> {
    let is_big = |v: &Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
    if !is_big(&a) && !is_big(&b) {
        return None;
    }
    let (x, y) = (int_operand(&a)?, int_operand(&b)?);
    let (x, y) = (x.as_ref(), y.as_ref());
    Some(match kind {
        BinKind::Add => x + y,
        BinKind::Sub => x - y,
        BinKind::Mul => x * y,
        BinKind::FloorDiv if !y.is_zero() => floor_divmod(x, y).0,
        BinKind::Mod if !y.is_zero() => floor_divmod(x, y).1,
        _ => return None,
    })
}

/// Python's `divmod` on ints: the quotient rounded toward minus infinity and the remainder
/// with the divisor's sign. `y` must be nonzero.
pub fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let Some((q, r)) = divrem_small_quotient(x.magnitude(), y.magnitude()) else {
        return x.div_mod_floor(y);
    };
    // Truncated division of the magnitudes, then signed and floored.
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let mut q = BigInt::from(q);
    let mut r = BigInt::from_biguint(Sign::Plus, r);
    if x.sign() == Sign::Minus {
        r = -r;
    }
    if negative {
        q = -q;
        if !r.is_zero() {
            q -= 1;
            r += y;
        }
    }
    (q, r)
}

/// `a / b` truncated, with the remainder, when the quotient fits in 62 bits and `b` is wider
/// than one word (a one-word divisor is already a linear pass in num-bigint); None otherwise.
/// The quotient is estimated from the top 64 bits of `b` and the same bits of `a`, which puts
/// it within 2 of the truth, and corrected with a multiply and a subtract.
fn divrem_small_quotient(a: &BigUint, b: &BigUint) -> Option<(u64, BigUint)> {
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits <= 64 || abits > bbits + 62 {
        return None;
    }
    if abits < bbits {
        return Some((0, a.clone()));
    }
    let shift = (bbits - 64) as usize;
    let top_b = (b >> shift).to_u128()?;
    let top_a = (a >> shift).to_u128()?;
    let mut q = (top_a / top_b) as u64;
    // r = a - q*b, kept signed while the estimate is corrected.
    let mut r =
        BigInt::from_biguint(Sign::Plus, a.clone()) - BigInt::from_biguint(Sign::Plus, b * q);
    let bi = BigInt::from_biguint(Sign::Plus, b.clone());
    while r.sign() == Sign::Minus {
        q -= 1;
        r += &bi;
    }
    while r >= bi {
        q += 1;
        r -= &bi;
    }
    Some((q, r.into_parts().1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    fn check(x: &BigInt, y: &BigInt) {
        let want = x.div_mod_floor(y);
        assert_eq!(floor_divmod(x, y), want, "{x} divmod {y}");
    }

    #[test]
    fn small_quotients_match_general_division() {
        let mut seeds = vec![BigInt::one() << 200usize, (BigInt::one() << 130usize) - 1];
        let mut v = BigInt::from(0x9e37_79b9_7f4a_7c15u64);
        for _ in 0..40 {
            v = &v * &v + 12345;
            v = v % (BigInt::one() << 400usize);
            seeds.push(v.clone());
        }
        for a in &seeds {
            for b in &seeds {
                if b.is_zero() {
                    continue;
                }
                for (x, y) in [(a, b), (a, &(b >> 30usize))] {
                    if y.is_zero() {
                        continue;
                    }
                    check(x, y);
                    check(&-x, y);
                    check(x, &-y);
                    check(&-x, &-y);
                    let exact = x * 7u32;
                    check(&exact, x);
                    check(&(&exact - 1), x);
                }
            }
        }
    }
}
