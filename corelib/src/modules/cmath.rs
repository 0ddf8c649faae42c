//! `cmath`: the complex math functions, with CPython's formulas (Kahan's branch cuts, the
//! scaling that keeps huge and tiny arguments from overflowing) so that finite arguments give
//! CPython's values. Infinite and NaN arguments follow C99 Annex G where handled here
//! (`sqrt`, `exp`, `log`, `log10`, `phase`, `polar`, the predicates); the other functions raise
//! NotImplementedError for them rather than guess.

use super::libm;
use crate::args::*;
use crate::builtins::to_f64;
use kestrel_vm::complexobj::complex_parts;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Raised, Value, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("cmath", cmath_module);
}

fn cmath_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "cmath",
        &[
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("exp", c_exp),
            ("log", c_log_fn),
            ("log10", c_log10),
            ("sqrt", c_sqrt_fn),
            ("acos", c_acos),
            ("asin", c_asin),
            ("atan", c_atan),
            ("acosh", c_acosh),
            ("asinh", c_asinh),
            ("atanh", c_atanh),
            ("cos", c_cos),
            ("sin", c_sin),
            ("tan", c_tan),
            ("cosh", c_cosh),
            ("sinh", c_sinh),
            ("tanh", c_tanh),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
        ],
    );
    let consts = [
        ("pi", Value::Float(PI)),
        ("e", Value::Float(E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    for (name, v) in consts {
        super::set(vm, m, name, v);
    }
    let infj = vm.new_complex(0.0, f64::INFINITY);
    super::set(vm, m, "infj", infj);
    let nanj = vm.new_complex(0.0, f64::NAN);
    super::set(vm, m, "nanj", nanj);
    Ok(m)
}

#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// What went wrong in a computation: C's EDOM and ERANGE.
enum MathErr {
    Domain,
    Range,
}

type CResult = Result<C, MathErr>;

const LARGE: f64 = f64::MAX / 4.0;
const MANT_DIG: i32 = 53;

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn sqrt_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

fn ldexp(x: f64, e: i64) -> f64 {
    super::ldexp(x, e)
}

/// The argument as a complex: a complex, int, float, or an object with `__complex__`,
/// `__float__` or `__index__`.
fn arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    if let Some((re, im)) = complex_parts(v) {
        return Ok(c(re, im));
    }
    if let Some(f) = vm.lookup_special(v, "__complex__") {
        let r = vm.call_value(f, &[v], &[])?;
        return match r {
            Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)) => {
                let (re, im) = complex_parts(r).unwrap_or((0.0, 0.0));
                Ok(c(re, im))
            }
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
            }
        };
    }
    if vm.lookup_special(v, "__float__").is_none() {
        if let Some(i) = vm.index_value(v)? {
            return Ok(c(to_f64(vm, i)?, 0.0));
        }
    }
    Ok(c(to_f64(vm, v)?, 0.0))
}

fn arg1(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<C> {
    arity(vm, name, args, 1, 1)?;
    arg(vm, args[0])
}

fn raise(vm: &mut Vm, e: MathErr) -> Raised {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.raise_msg("OverflowError", "math range error"),
    }
}

fn finish(vm: &mut Vm, r: CResult) -> PyResult<Value> {
    match r {
        Ok(z) => Ok(vm.new_complex(z.re, z.im)),
        Err(e) => Err(raise(vm, e)),
    }
}

fn finite(z: C) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

fn not_finite(vm: &mut Vm, name: &str) -> Raised {
    vm.raise_msg(
        "NotImplementedError",
        &format!("cmath.{name}() of an infinite or NaN argument is not implemented"),
    )
}

/// A function defined here for finite arguments only.
macro_rules! finite_only {
    ($fn:ident, $name:literal, $impl:ident) => {
        fn $fn(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            let z = arg1(vm, args, concat!("cmath.", $name))?;
            if !finite(z) {
                return Err(not_finite(vm, $name));
            }
            let r = $impl(z);
            finish(vm, r)
        }
    };
}

finite_only!(c_acos, "acos", acos);
finite_only!(c_asin, "asin", asin);
finite_only!(c_atan, "atan", atan);
finite_only!(c_acosh, "acosh", acosh);
finite_only!(c_asinh, "asinh", asinh);
finite_only!(c_atanh, "atanh", atanh);
finite_only!(c_cos, "cos", cos);
finite_only!(c_sin, "sin", sin);
finite_only!(c_tan, "tan", tan);
finite_only!(c_cosh, "cosh", cosh);
finite_only!(c_sinh, "sinh", sinh);
finite_only!(c_tanh, "tanh", tanh);

// --- The functions on finite values ----------------------------------------------------------

fn sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal parts: scale up so that hypot keeps its precision.
        ax = ldexp(ax, MANT_DIG as i64);
        ldexp(
            (ax + ax.hypot(ldexp(ay, MANT_DIG as i64))).sqrt(),
            -(MANT_DIG as i64 + 1) / 2,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

fn log(z: C) -> CResult {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let m = MANT_DIG as i64;
            ldexp(ax, m).hypot(ldexp(ay, m)).ln() - MANT_DIG as f64 * LN_2
        } else {
            return Err(MathErr::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle: log1p of |z|**2 - 1 computed without cancellation.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

/// CPython's complex division (scaled by the larger part of the divisor).
fn quot(a: C, b: C) -> CResult {
    let (abr, abi) = (b.re.abs(), b.im.abs());
    if abr >= abi {
        if abr == 0.0 {
            return Err(MathErr::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(c(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abi >= abr {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(c(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        Ok(c(f64::NAN, f64::NAN))
    }
}

fn exp(z: C) -> CResult {
    let (re, im) = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        (l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        (l * z.im.cos(), l * z.im.sin())
    };
    if re.is_infinite() || im.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(c(re, im))
}

fn acos(z: C) -> CResult {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return Ok(c(re, im));
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im));
    let s2 = sqrt(c(1.0 + z.re, z.im));
    Ok(c(
        2.0 * s1.re.atan2(s2.re),
        libm::asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

fn acosh(z: C) -> CResult {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        return Ok(c(re, z.im.atan2(z.re)));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im));
    let s2 = sqrt(c(z.re + 1.0, z.im));
    Ok(c(
        libm::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    ))
}

fn asinh(z: C) -> CResult {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return Ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re));
    let s2 = sqrt(c(1.0 - z.im, z.re));
    Ok(c(
        libm::asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    ))
}

fn asin(z: C) -> CResult {
    // asin(z) = -i asinh(iz)
    let s = asinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn atanh(z: C) -> CResult {
    if z.re < 0.0 {
        let r = atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < sqrt_min() {
        if ay == 0.0 {
            return Err(MathErr::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return Ok(c(re, (2.0f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(c(re, im))
}

fn atan(z: C) -> CResult {
    // atan(z) = -i atanh(iz)
    let s = atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn range_checked(re: f64, im: f64) -> CResult {
    if re.is_infinite() || im.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(c(re, im))
}

fn cosh(z: C) -> CResult {
    let (re, im) = if z.re.abs() > log_large() {
        let x1 = z.re - 1f64.copysign(z.re);
        (z.im.cos() * x1.cosh() * E, z.im.sin() * x1.sinh() * E)
    } else {
        (z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    range_checked(re, im)
}

fn sinh(z: C) -> CResult {
    let (re, im) = if z.re.abs() > log_large() {
        let x1 = z.re - 1f64.copysign(z.re);
        (z.im.cos() * x1.sinh() * E, z.im.sin() * x1.cosh() * E)
    } else {
        (z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    range_checked(re, im)
}

fn tanh(z: C) -> CResult {
    if z.re.abs() > log_large() {
        return Ok(c(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn cos(z: C) -> CResult {
    // cos(z) = cosh(iz)
    cosh(c(-z.im, z.re))
}

fn sin(z: C) -> CResult {
    // sin(z) = -i sinh(iz)
    let s = sinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn tan(z: C) -> CResult {
    // tan(z) = -i tanh(iz)
    let s = tanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

// --- Infinities and NaNs for sqrt, exp and log (C99 Annex G) ---------------------------------

fn sqrt_special(z: C) -> C {
    if z.im.is_infinite() {
        return c(f64::INFINITY, z.im);
    }
    if z.re.is_nan() {
        return c(f64::NAN, f64::NAN);
    }
    if z.re.is_infinite() {
        if z.re > 0.0 {
            // sqrt(+inf + iy) = +inf + i0*sign(y), NaN imaginary part stays NaN.
            let im = if z.im.is_nan() {
                f64::NAN
            } else {
                0f64.copysign(z.im)
            };
            return c(f64::INFINITY, im);
        }
        // sqrt(-inf + iy) = 0 + i inf*sign(y); with NaN y, NaN + i inf (sign unspecified).
        if z.im.is_nan() {
            return c(f64::NAN, f64::INFINITY);
        }
        return c(0.0, f64::INFINITY.copysign(z.im));
    }
    c(f64::NAN, f64::NAN)
}

fn exp_special(z: C) -> CResult {
    if z.re.is_infinite() {
        if z.re > 0.0 {
            if z.im == 0.0 {
                return Ok(c(f64::INFINITY, z.im));
            }
            if z.im.is_finite() {
                return Ok(c(
                    f64::INFINITY.copysign(z.im.cos()),
                    f64::INFINITY.copysign(z.im.sin()),
                ));
            }
            if z.im.is_infinite() {
                return Err(MathErr::Domain);
            }
            return Ok(c(f64::INFINITY, f64::NAN));
        }
        if z.im.is_finite() {
            return Ok(c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin())));
        }
        return Ok(c(0.0, 0.0));
    }
    if z.re.is_nan() {
        if z.im == 0.0 {
            return Ok(c(f64::NAN, z.im));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    // Finite real part, infinite or NaN imaginary part.
    if z.im.is_infinite() {
        return Err(MathErr::Domain);
    }
    Ok(c(f64::NAN, f64::NAN))
}

fn log_special(z: C) -> C {
    if z.re.is_nan() || z.im.is_nan() {
        if z.re.is_infinite() || z.im.is_infinite() {
            return c(f64::INFINITY, f64::NAN);
        }
        return c(f64::NAN, f64::NAN);
    }
    // One part infinite: |z| is infinite, the angle is atan2's.
    c(f64::INFINITY, z.im.atan2(z.re))
}

fn log_any(z: C) -> CResult {
    if finite(z) {
        log(z)
    } else {
        Ok(log_special(z))
    }
}

// --- The native functions --------------------------------------------------------------------

fn c_sqrt_fn(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.sqrt")?;
    let r = if finite(z) { sqrt(z) } else { sqrt_special(z) };
    Ok(vm.new_complex(r.re, r.im))
}

fn c_exp(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.exp")?;
    let r = if finite(z) { exp(z) } else { exp_special(z) };
    finish(vm, r)
}

fn c_log_fn(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "log", args, 1, 2)?;
    let base = match args.get(1) {
        Some(b) => Some(*b),
        None => kwarg(vm, kw, "base"),
    };
    let z = arg(vm, args[0])?;
    let b = match base {
        Some(b) => Some(arg(vm, b)?),
        None => None,
    };
    let r = log_any(z).and_then(|l| match b {
        Some(b) => log_any(b).and_then(|lb| quot(l, lb)),
        None => Ok(l),
    });
    finish(vm, r)
}

fn c_log10(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.log10")?;
    let r = log_any(z).map(|l| c(l.re / LN_10, l.im / LN_10));
    finish(vm, r)
}

fn phase(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.phase")?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.polar")?;
    let r = if z.re.is_infinite() || z.im.is_infinite() {
        f64::INFINITY
    } else {
        z.re.hypot(z.im)
    };
    if r.is_infinite() && finite(z) {
        return Err(raise(vm, MathErr::Range));
    }
    let phi = z.im.atan2(z.re);
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "rect", args, 2, 2)?;
    let r = to_f64(vm, args[0])?;
    let phi = to_f64(vm, args[1])?;
    if !r.is_finite() || !phi.is_finite() {
        if r.is_finite() && phi.is_infinite() && r != 0.0 {
            return Err(raise(vm, MathErr::Domain));
        }
        if r.is_nan() || phi.is_nan() || phi.is_infinite() {
            return Err(not_finite(vm, "rect"));
        }
        // Infinite modulus, finite angle.
        let z = if phi == 0.0 {
            c(r, if r > 0.0 { phi } else { -phi })
        } else {
            c(r * phi.cos(), r * phi.sin())
        };
        return Ok(vm.new_complex(z.re, z.im));
    }
    if r < 0.0 {
        return Err(raise(vm, MathErr::Domain));
    }
    let z = if phi == 0.0 {
        c(r, r * phi)
    } else {
        c(r * phi.cos(), r * phi.sin())
    };
    Ok(vm.new_complex(z.re, z.im))
}

fn isfinite(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.isfinite")?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let z = arg1(vm, args, "cmath.isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = arg(vm, args[0])?;
    let b = arg(vm, args[1])?;
    let rel = match kwarg(vm, kw, "rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(vm, kw, "abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.re - b.re).hypot(a.im - b.im);
    let close = diff <= rel * b.re.hypot(b.im) || diff <= rel * a.re.hypot(a.im) || diff <= abs_tol;
    Ok(Value::Bool(close))
}
