//! CPython's limit on decimal int <-> str conversions (`sys.set_int_max_str_digits`), which
//! guards against quadratic-time conversions of huge numbers.

use crate::object::PyResult;
use crate::Vm;
use num_bigint::BigInt;
use std::sync::atomic::Ordering;

/// The default and the smallest nonzero limit CPython accepts.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The current limit (0: none), kept by the grammar crate, whose parser checks decimal literals
/// against it too.
use kestrel_grammar::INT_MAX_STR_DIGITS as MAX_STR_DIGITS;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

impl Vm {
    /// `str(big)`, refused past the limit as CPython does.
    pub fn big_to_decimal(&mut self, b: &BigInt) -> PyResult<String> {
        let limit = max_str_digits();
        // A bit count that surely gives more digits than the limit is refused before the
        // (quadratic) conversion.
        if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
            return Err(self.int_str_limit_error(None));
        }
        let s = b.to_string();
        let digits = s.len() - usize::from(s.starts_with('-'));
        if limit > 0 && digits > limit {
            return Err(self.int_str_limit_error(None));
        }
        Ok(s)
    }

    /// The ValueError for a conversion past the limit (`digits`: the string's, for str -> int).
    #[cold]
    pub fn int_str_limit_error(&mut self, digits: Option<usize>) -> crate::Raised {
        let limit = max_str_digits();
        let msg = match digits {
            Some(d) => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {d} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
            None => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        };
        self.value_error(msg)
    }
}
