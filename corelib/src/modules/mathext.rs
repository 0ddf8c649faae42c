//! The `math` functions whose values depend on the algorithm, written to give CPython's
//! results bit for bit: the n-dimensional norm behind `hypot` and `dist`, `fsum`'s exact
//! partials and final rounding, logarithms of ints too big for a float, and the Lanczos
//! `gamma`/`lgamma`. The module table is in `mod.rs`.

use super::libm;
use crate::args::*;
use crate::builtins::to_f64;
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Kwargs, PyResult, Raised, Value, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::f64::consts::PI;

fn domain(vm: &mut Vm) -> Raised {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm) -> Raised {
    vm.raise_msg("OverflowError", "math range error")
}

/// x * y as an unevaluated sum hi + lo, exactly.
fn two_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// a + b as hi + lo exactly, for |a| >= |b|.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, b - (x - a))
}

/// The Euclidean norm of vec (absolute values, max their maximum): the squares are summed
/// exactly in double length after scaling by a power of two, the root gets one correction
/// step, so the result is (nearly always) correctly rounded.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::frexp(max);
    if max_e < -1023 {
        // Subnormal maximum: 2**-max_e would overflow, so make everything normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = super::ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = two_product(x, x);
        let (s, e) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_product(-h, h);
    let (s, e) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn norm_of(vm: &mut Vm, values: impl Iterator<Item = PyResult<f64>>) -> PyResult<f64> {
    let mut vec = Vec::new();
    let (mut max, mut found_nan) = (0.0f64, false);
    for x in values {
        let x = x?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    let _ = vm;
    Ok(vector_norm(&mut vec, max, found_nan))
}

pub fn m_hypot(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(to_f64(vm, *a)?);
    }
    let r = norm_of(vm, xs.into_iter().map(Ok))?;
    Ok(Value::Float(r))
}

pub fn m_dist(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "dist", args, 2, 2)?;
    let p = vm.collect_iter(args[0])?;
    let q = vm.collect_iter(args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        let (a, b) = (to_f64(vm, *a)?, to_f64(vm, *b)?);
        diffs.push(a - b);
    }
    let r = norm_of(vm, diffs.into_iter().map(Ok))?;
    Ok(Value::Float(r))
}

/// `fsum`: Shewchuk's exact partial sums, with infinities and NaNs summed apart and the final
/// partials rounded once (halfway cases decided by the next partial's sign).
pub fn m_fsum(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fsum", args, 1, 1)?;
    let items = vm.collect_iter(args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in items {
        let mut x = to_f64(vm, v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A nonfinite partial comes from a nonfinite input or from overflow.
                if xsave.is_finite() {
                    return Err(vm.raise_msg("OverflowError", "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// A positive int too big for a float as x * 2**e with x in [0.5, 1), x correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(60);
    let mut top = (b >> shift).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && !(b - (BigInt::from(top) << shift)).is_zero() {
        // Sticky bit: 60 bits rounded to odd then to 53 bits round correctly.
        top |= 1;
    }
    let x = top as f64 / 2f64.powi((bits - shift) as i32);
    if x == 1.0 {
        return (0.5, bits + 1);
    }
    (x, bits)
}

/// log of an int, float or object with `__float__` through `f` (ln, log2 or log10); ints
/// beyond the float range go through their binary exponent, as CPython's do.
fn log_with(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::Big(b)) = as_num(v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if b.to_f64().is_none_or(|x| x.is_infinite()) {
            let (x, e) = big_frexp(&b);
            return Ok(f(x) + f(2.0) * e as f64);
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

pub fn m_log(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "log", args, 1, 2)?;
    let num = log_with(vm, args[0], f64::ln)?;
    match args.get(1) {
        Some(b) => {
            let den = log_with(vm, *b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.raise_msg("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}

pub fn m_log2(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "log2", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, args[0], f64::log2)?))
}

pub fn m_log10(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "log10", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, args[0], f64::log10)?))
}

fn one_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    arity(vm, name, args, 1, 1)?;
    to_f64(vm, args[0])
}

pub fn m_erf(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(libm::erf(one_arg(vm, args, "erf")?)))
}

pub fn m_erfc(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(libm::erfc(one_arg(vm, args, "erfc")?)))
}

pub fn m_cbrt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(libm::cbrt(one_arg(vm, args, "cbrt")?)))
}

pub fn m_asinh(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(libm::asinh(one_arg(vm, args, "asinh")?)))
}

pub fn m_acosh(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = one_arg(vm, args, "acosh")?;
    if x < 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::acosh(x)))
}

pub fn m_atanh(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = one_arg(vm, args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::atanh(x)))
}

// --- gamma and lgamma: the Lanczos approximation with g = 6.0246..., N = 13 (the coefficient
// set Boost publishes), in the rational form that keeps every coefficient positive. ----------

#[allow(clippy::excessive_precision)] // the published digits, kept whole
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // the published digits, kept whole
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // the published digits, kept whole
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator's coefficients: those of x(x+1)...(x+11).
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)] // the published digits, kept whole
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        // Horner in x for small x, in 1/x for large x: either way no overflow.
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

enum GammaErr {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, GammaErr> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(GammaErr::Domain);
    }
    if x == 0.0 {
        return Err(GammaErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(GammaErr::Domain);
        }
        if x <= 23.0 {
            // (x - 1)! exactly, rounded once.
            let n = x as u32;
            let f: u128 = (1..n as u128).product();
            return Ok(f as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(GammaErr::Range);
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(GammaErr::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z = the rounding error of y, scaled, to correct the power below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(GammaErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, GammaErr> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(GammaErr::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(GammaErr::Range);
    }
    Ok(r)
}

fn gamma_result(vm: &mut Vm, r: Result<f64, GammaErr>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::Float(v)),
        Err(GammaErr::Domain) => Err(domain(vm)),
        Err(GammaErr::Range) => Err(range(vm)),
    }
}

pub fn m_gamma(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = one_arg(vm, args, "gamma")?;
    let r = tgamma(x);
    gamma_result(vm, r)
}

pub fn m_lgamma(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = one_arg(vm, args, "lgamma")?;
    let r = lgamma(x);
    gamma_result(vm, r)
}
