//! `cmath`: the complex math functions, with CPython's formulas (Kahan's branch cuts, the
//! scaling that keeps huge and tiny arguments from overflowing) so that finite arguments give
//! CPython's values; infinite and NaN arguments follow C99 Annex G, with CPython's choices
//! where Annex G leaves a sign open.

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

/// A function with its finite formula and its Annex G values for infinities and NaNs.
macro_rules! with_specials {
    ($fn:ident, $name:literal, $finite:ident, $special:ident) => {
        fn $fn(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            let z = arg1(vm, args, concat!("cmath.", $name))?;
            let r = if finite(z) { $finite(z) } else { $special(z) };
            finish(vm, r)
        }
    };
}

with_specials!(c_acos, "acos", acos, acos_special);
with_specials!(c_asin, "asin", asin, asin_special);
with_specials!(c_atan, "atan", atan, atan_special);
with_specials!(c_acosh, "acosh", acosh, acosh_special);
with_specials!(c_asinh, "asinh", asinh, asinh_special);
with_specials!(c_atanh, "atanh", atanh, atanh_special);
with_specials!(c_cos, "cos", cos, cos_special);
with_specials!(c_sin, "sin", sin, sin_special);
with_specials!(c_tan, "tan", tan, tan_special);
with_specials!(c_cosh, "cosh", cosh, cosh_special);
with_specials!(c_sinh, "sinh", sinh, sinh_special);
with_specials!(c_tanh, "tanh", tanh, tanh_special);

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

// --- Infinities and NaNs for the trigonometric and hyperbolic functions (C99 Annex G, with
// CPython's choice of the signs Annex G leaves open). Each rule is written for the first
// quadrant; the symmetries of the function give the others. ------------------------------

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

fn neg(z: C) -> C {
    c(-z.re, -z.im)
}

fn conj(z: C) -> C {
    c(z.re, -z.im)
}

/// f(z) for an odd function symmetric under conjugation, from its first-quadrant rule.
/// A NaN's sign bit means nothing: only signed numbers choose the quadrant.
fn negative(x: f64) -> bool {
    x.is_sign_negative() && !x.is_nan()
}

fn odd_conj(z: C, f: fn(C) -> CResult) -> CResult {
    let flip_re = negative(z.re);
    let w = if flip_re { neg(z) } else { z };
    let r = if negative(w.im) {
        conj(f(conj(w))?)
    } else {
        f(w)?
    };
    Ok(if flip_re { neg(r) } else { r })
}

/// f(z) for a function symmetric under conjugation only.
fn conj_sym(z: C, f: fn(C) -> CResult) -> CResult {
    if negative(z.im) {
        Ok(conj(f(conj(z))?))
    } else {
        f(z)
    }
}

fn cosh_special(z: C) -> CResult {
    // cosh is even: cosh(z) = cosh(-z); with a NaN part the zeros are positive.
    let r = if z.re.is_nan() || z.im.is_nan() {
        cosh_q1(c(z.re.abs(), z.im.abs()))?
    } else {
        let w = if negative(z.re) { neg(z) } else { z };
        conj_sym(w, cosh_q1)?
    };
    if z.im.is_infinite() && !z.re.is_nan() {
        return Err(MathErr::Domain);
    }
    Ok(r)
}

fn cosh_q1(z: C) -> CResult {
    let (x, y) = (z.re, z.im);
    Ok(if x.is_infinite() {
        if y == 0.0 {
            c(INF, 0.0)
        } else if y.is_finite() {
            c(INF.copysign(y.cos()), INF.copysign(y.sin()))
        } else {
            c(INF, NAN)
        }
    } else if x.is_nan() {
        if y == 0.0 {
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        }
    } else if x == 0.0 {
        c(NAN, 0.0)
    } else {
        c(NAN, NAN)
    })
}

fn sinh_special(z: C) -> CResult {
    // With a NaN imaginary part the real part is +0 or +inf whatever x's sign.
    let r = if z.im.is_nan() {
        sinh_q1(c(z.re.abs(), z.im))?
    } else {
        odd_conj(z, sinh_q1)?
    };
    if z.im.is_infinite() && !z.re.is_nan() {
        return Err(MathErr::Domain);
    }
    Ok(r)
}

fn sinh_q1(z: C) -> CResult {
    let (x, y) = (z.re, z.im);
    Ok(if x.is_infinite() {
        if y == 0.0 {
            c(INF, 0.0)
        } else if y.is_finite() {
            c(INF.copysign(y.cos()), INF.copysign(y.sin()))
        } else {
            c(INF, NAN)
        }
    } else if x.is_nan() {
        if y == 0.0 {
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        }
    } else if x == 0.0 {
        c(0.0, NAN)
    } else {
        c(NAN, NAN)
    })
}

fn tanh_special(z: C) -> CResult {
    if z.re.is_infinite() {
        // tanh(+-inf + iy) = +-1 + i0, the zero signed as sin(2y) for finite y.
        let im = if z.im.is_finite() {
            0f64.copysign((2.0 * z.im).sin())
        } else {
            0.0
        };
        return Ok(c(1f64.copysign(z.re), im));
    }
    let r = odd_conj(z, tanh_q1)?;
    if z.im.is_infinite() && z.re.is_finite() {
        return Err(MathErr::Domain);
    }
    Ok(r)
}

fn tanh_q1(z: C) -> CResult {
    let (x, y) = (z.re, z.im);
    Ok(if x.is_infinite() {
        if y.is_finite() {
            c(1.0, 0f64.copysign(2.0 * y.sin() * y.cos()))
        } else {
            c(1.0, 0.0)
        }
    } else if x.is_nan() {
        if y == 0.0 {
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        }
    } else {
        c(NAN, NAN)
    })
}

fn acosh_special(z: C) -> CResult {
    conj_sym(z, |z| {
        let (x, y) = (z.re, z.im);
        Ok(if y.is_infinite() {
            if x.is_infinite() {
                c(INF, if x > 0.0 { PI / 4.0 } else { 3.0 * PI / 4.0 })
            } else {
                c(INF, if x.is_nan() { NAN } else { PI / 2.0 })
            }
        } else if x.is_infinite() {
            if y.is_nan() {
                c(INF, NAN)
            } else if x > 0.0 {
                c(INF, 0.0)
            } else {
                c(INF, PI)
            }
        } else {
            c(NAN, NAN)
        })
    })
}

fn asinh_special(z: C) -> CResult {
    odd_conj(z, |z| {
        let (x, y) = (z.re, z.im);
        Ok(if x.is_infinite() {
            if y.is_infinite() {
                c(INF, PI / 4.0)
            } else if y.is_nan() {
                c(INF, NAN)
            } else {
                c(INF, 0.0)
            }
        } else if y.is_infinite() {
            if x.is_nan() {
                c(INF, NAN)
            } else {
                c(INF, PI / 2.0)
            }
        } else if x.is_nan() && y == 0.0 {
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        })
    })
}

fn atanh_special(z: C) -> CResult {
    odd_conj(z, |z| {
        let (x, y) = (z.re, z.im);
        Ok(if y.is_infinite() {
            c(0.0, PI / 2.0)
        } else if x.is_infinite() {
            if y.is_nan() {
                c(0.0, NAN)
            } else {
                c(0.0, PI / 2.0)
            }
        } else if x == 0.0 && y.is_nan() {
            c(0.0, NAN)
        } else {
            c(NAN, NAN)
        })
    })
}

fn acos_special(z: C) -> CResult {
    conj_sym(z, |z| {
        let (x, y) = (z.re, z.im);
        Ok(if y.is_infinite() {
            if x.is_infinite() {
                c(if x > 0.0 { PI / 4.0 } else { 3.0 * PI / 4.0 }, -INF)
            } else if x.is_nan() {
                c(NAN, -INF)
            } else {
                c(PI / 2.0, -INF)
            }
        } else if x.is_infinite() {
            if y.is_nan() {
                c(NAN, INF)
            } else if x > 0.0 {
                c(0.0, -INF)
            } else {
                c(PI, -INF)
            }
        } else if x == 0.0 && y.is_nan() {
            c(PI / 2.0, NAN)
        } else {
            c(NAN, NAN)
        })
    })
}

/// asin(z) = -i asinh(iz), atan(z) = -i atanh(iz), and so on, for the special values too.
fn asin_special(z: C) -> CResult {
    let s = asinh_special(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn atan_special(z: C) -> CResult {
    let s = atanh_special(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn cos_special(z: C) -> CResult {
    cosh_special(c(-z.im, z.re))
}

fn sin_special(z: C) -> CResult {
    let s = sinh_special(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn tan_special(z: C) -> CResult {
    let s = tanh_special(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
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
    let z = if r.is_finite() && phi.is_finite() {
        if phi == 0.0 {
            c(r, r * phi)
        } else {
            c(r * phi.cos(), r * phi.sin())
        }
    } else {
        // A nonzero modulus with an infinite angle has no direction.
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(raise(vm, MathErr::Domain));
        }
        rect_special(r, phi)
    };
    Ok(vm.new_complex(z.re, z.im))
}

/// rect(r, phi) when r or phi is infinite or NaN (and not a domain error).
fn rect_special(r: f64, phi: f64) -> C {
    if r.is_infinite() {
        if phi.is_finite() && phi != 0.0 {
            let s = if r > 0.0 { 1.0 } else { -1.0 };
            return c(s * INF.copysign(phi.cos()), s * INF.copysign(phi.sin()));
        }
        if phi == 0.0 {
            return c(r, if r > 0.0 { phi } else { -phi });
        }
        return c(INF, NAN);
    }
    if r.is_nan() {
        if phi == 0.0 {
            return c(NAN, 0.0);
        }
        return c(NAN, NAN);
    }
    // Finite r with an infinite (r == 0) or NaN angle.
    if r == 0.0 {
        return c(0.0, 0.0);
    }
    c(NAN, NAN)
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
    let [a, b, rel, abs_tol] = super::bind_isclose(vm, args, kw)?;
    let a = arg(vm, a.unwrap_or(Value::None))?;
    let b = arg(vm, b.unwrap_or(Value::None))?;
    let rel = match rel {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
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
