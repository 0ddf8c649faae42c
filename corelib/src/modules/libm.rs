//! The C library's `asinh`, `acosh`, `atanh`, `cbrt`, `erf` and `erfc`: CPython calls these; Rust's
//! std computes the first three with its own formulas (an ulp apart at times), while `erf`
//! and `erfc` are not in std at all. Calling the same libm gives CPython's values bit for bit.

mod ffi {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
    }
}

macro_rules! libm_fn {
    ($($name:ident),*) => {$(
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure C math function of one double, with no pointers or global state
            // beyond errno (which nothing here reads).
            unsafe { ffi::$name(x) }
        }
    )*};
}
libm_fn!(asinh, acosh, atanh, erf, erfc, cbrt);
