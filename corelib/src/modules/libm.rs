//! The C math library's `asinh`, `acosh`, `atanh`, `cbrt`, `erf` and `erfc`, as CPython calls
//! them: Rust's std computes the first three with its own formulas (an ulp apart at times) and
//! has no `erf`/`erfc`. (A static build links a musl-derived libm, whose `cbrt` can differ
//! from glibc's, and so from CPython's on glibc, in the last bit.)

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
