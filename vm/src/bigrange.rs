//! `range` objects whose bounds or length do not fit in an i64 (`range(10**20, 10**20 + 2)`,
//! `range(2**64)`). Small ranges stay `Obj::Range`; these take the slower BigInt path.

use crate::object::*;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    /// The number of items (never negative).
    pub fn len(&self) -> BigInt {
        let (a, b, s) = (&self.start, &self.stop, &self.step);
        let n = if s.is_positive() && a < b {
            (b - a - 1u8).div_floor(s) + 1u8
        } else if s.is_negative() && a > b {
            (a - b - 1u8).div_floor(&-s) + 1u8
        } else {
            BigInt::zero()
        };
        n.max(BigInt::zero())
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    /// Item `i` (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    pub fn contains(&self, x: &BigInt) -> bool {
        let (a, b, s) = (&self.start, &self.stop, &self.step);
        let inside = if s.is_positive() {
            x >= a && x < b
        } else {
            x <= a && x > b
        };
        inside && (x - a).mod_floor(&s.abs()).is_zero()
    }
}

/// A range object of either representation, as BigInts.
pub fn range_parts(g: crate::Gc) -> Option<BigRange> {
    match g.obj() {
        Obj::Range(a, b, c) => Some(BigRange {
            start: BigInt::from(*a),
            stop: BigInt::from(*b),
            step: BigInt::from(*c),
        }),
        Obj::BigRange(r) => Some(BigRange {
            start: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
        }),
        _ => None,
    }
}

impl Vm {
    /// `range(start, stop, step)`: the compact form when every value (and the length) fits.
    pub fn new_range(&mut self, r: BigRange) -> Value {
        if let (Some(a), Some(b), Some(c), Some(_)) = (
            r.start.to_i64(),
            r.stop.to_i64(),
            r.step.to_i64(),
            r.len().to_i64(),
        ) {
            return Value::Obj(self.alloc(Obj::Range(a, b, c)));
        }
        Value::Obj(self.alloc(Obj::BigRange(Box::new(r))))
    }

    /// `len(r)` of a big range: an OverflowError past the machine size, as in CPython.
    pub fn big_range_len(&mut self, r: &BigRange) -> PyResult<usize> {
        match r.len().to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.raise_msg(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// `r[key]` of a big range for an integer key.
    pub fn big_range_item(&mut self, r: &BigRange, key: Value) -> PyResult<Value> {
        let i = match key {
            Value::Int(i) => BigInt::from(i),
            Value::Bool(b) => BigInt::from(b as i64),
            _ => match self.index_value(key)? {
                Some(Value::Int(i)) => BigInt::from(i),
                Some(Value::Obj(g)) => match g.obj() {
                    Obj::BigInt(b) => b.clone(),
                    _ => BigInt::zero(),
                },
                _ => {
                    let t = self.type_name(key);
                    return Err(self
                        .type_error(format!("range indices must be integers or slices, not {t}")));
                }
            },
        };
        let n = r.len();
        let i = if i.is_negative() { i + &n } else { i };
        if i.is_negative() || i >= n {
            return Err(self.raise_msg("IndexError", "range object index out of range"));
        }
        let v = r.item(&i);
        Ok(self.new_bigint(v))
    }

    /// `r[a:b:c]` of any range, with BigInt arithmetic.
    pub fn range_slice(&mut self, r: &BigRange, key: Value) -> PyResult<Value> {
        let Value::Obj(kg) = key else {
            return Err(self.type_error("slice expected"));
        };
        let Obj::Slice(sa, sb, sc) = kg.obj() else {
            return Err(self.type_error("slice expected"));
        };
        let (sa, sb, sc) = (*sa, *sb, *sc);
        let big = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_value(v)? {
                Some(Value::Int(i)) => Ok(Some(BigInt::from(i))),
                Some(Value::Obj(g)) => match g.obj() {
                    Obj::BigInt(b) => Ok(Some(b.clone())),
                    _ => Ok(None),
                },
                _ => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = big(self, sc)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let n = r.len();
        let neg = step.is_negative();
        let (lower, upper) = if neg {
            (BigInt::from(-1), &n - 1u8)
        } else {
            (BigInt::zero(), n.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) if v.is_negative() => (v + &n).max(lower.clone()),
                Some(v) => v.min(upper.clone()),
            }
        };
        let start = clamp(big(self, sa)?, if neg { &upper } else { &lower });
        let stop = clamp(big(self, sb)?, if neg { &lower } else { &upper });
        let out = BigRange {
            start: r.item(&start),
            stop: r.item(&stop),
            step: &r.step * &step,
        };
        Ok(self.new_range(out))
    }

    /// CPython's range hash: that of `(len, start, step)`, with start and step None as the
    /// length makes them irrelevant.
    pub fn range_hash(&mut self, r: &BigRange) -> PyResult<i64> {
        let n = r.len();
        let len = self.new_bigint(n.clone());
        let t = if n.is_zero() {
            vec![len, Value::None, Value::None]
        } else if n == BigInt::from(1) {
            let s = self.new_bigint(r.start.clone());
            vec![len, s, Value::None]
        } else {
            let s = self.new_bigint(r.start.clone());
            let st = self.new_bigint(r.step.clone());
            vec![len, s, st]
        };
        let t = self.new_tuple(t);
        self.hash(t)
    }

    /// Range equality: same sequence of values.
    pub fn range_eq(a: &BigRange, b: &BigRange) -> bool {
        let (la, lb) = (a.len(), b.len());
        if la != lb {
            return false;
        }
        if la.is_zero() {
            return true;
        }
        a.start == b.start && (la == BigInt::from(1) || a.step == b.step)
    }
}

/// `range(a, a + n*c, c)[key]` for a slice `key` whose bounds are small ints or None, in
/// machine integers (the general `range_slice` works in big ints): the new range's start,
/// stop and step, or None when the general path must decide (other bounds, a zero step, or a
/// result outside i64).
pub fn small_range_slice(a: i64, c: i64, n: usize, key: Value) -> Option<(i64, i64, i64)> {
    let Value::Obj(kg) = key else { return None };
    let Obj::Slice(sa, sb, sc) = kg.obj() else {
        return None;
    };
    let bound = |v: &Value| -> Option<Option<i128>> {
        match v {
            Value::None => Some(None),
            Value::Int(i) => Some(Some(*i as i128)),
            _ => None,
        }
    };
    let (start, stop, step) = (bound(sa)?, bound(sb)?, bound(sc)?.unwrap_or(1));
    if step == 0 {
        return None;
    }
    let n = n as i128;
    // slice.indices(n): defaults and clamping as CPython's PySlice_AdjustIndices.
    let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let clamp = |v: Option<i128>, default: i128| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(lower),
        Some(v) => v.min(upper),
    };
    let (i, j) = if step < 0 {
        (clamp(start, upper), clamp(stop, lower))
    } else {
        (clamp(start, lower), clamp(stop, upper))
    };
    let (a, c) = (a as i128, c as i128);
    let fit = |v: i128| i64::try_from(v).ok();
    Some((fit(a + i * c)?, fit(a + j * c)?, fit(c * step)?))
}
