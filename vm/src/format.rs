//! The format-spec mini-language: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.

use crate::object::*;
use crate::ops::{as_num, num_to_f64, Num};
use crate::repr::float_repr;
use crate::value::Value;
use crate::Vm;

#[derive(Default)]
pub(crate) struct Spec {
    pub(crate) fill: char,
    /// The spec names its fill character (otherwise `0` before the width means zero fill).
    pub(crate) explicit_fill: bool,
    pub(crate) align: Option<char>,
    pub(crate) sign: char,
    pub(crate) alt: bool,
    pub(crate) zero: bool,
    pub(crate) width: usize,
    pub(crate) grouping: Option<char>,
    pub(crate) precision: Option<usize>,
    pub(crate) ty: Option<char>,
    /// A width or precision beyond `isize::MAX` (CPython: "Too many decimal digits").
    pub(crate) too_many_digits: bool,
    /// The spec names a sign (a `-` too, which strings refuse).
    pub(crate) explicit_sign: bool,
    /// `z`: negative zero is shown as zero (floats only).
    pub(crate) no_neg_0: bool,
}

/// Why a spec does not parse.
pub(crate) enum SpecError {
    /// Characters left over: "Invalid format specifier '...' for object of type '...'".
    Invalid,
    MissingPrecision,
    BothSeparators,
}

/// A run of decimal digits as a size; saturates (and flags) past `isize::MAX`.
fn digits_value(c: &[char], s: &mut Spec, dec: fn(char) -> Option<u32>) -> usize {
    let mut n: usize = 0;
    for &d in c {
        let v = dec(d).unwrap_or(0) as usize;
        match n.checked_mul(10).and_then(|n| n.checked_add(v)) {
            Some(m) if m <= isize::MAX as usize => n = m,
            _ => {
                s.too_many_digits = true;
                return isize::MAX as usize;
            }
        }
    }
    n
}

/// `dec` reads a decimal digit of any script (CPython takes `{:５}` as a width of 5).
pub(crate) fn parse(spec: &str, dec: fn(char) -> Option<u32>) -> Result<Spec, SpecError> {
    let is_digit = |c: char| c.is_ascii_digit() || (!c.is_ascii() && dec(c).is_some());
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        sign: '-',
        ..Default::default()
    };
    if c.len() >= 2 && "<>^=".contains(c[1]) {
        s.fill = c[0];
        s.explicit_fill = true;
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && "<>^=".contains(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && "+- ".contains(c[i]) {
        s.sign = c[i];
        s.explicit_sign = true;
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && is_digit(c[i]) {
        i += 1;
    }
    if i > st {
        s.width = digits_value(&c[st..i], &mut s, dec);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        s.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            return Err(SpecError::BothSeparators);
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && is_digit(c[i]) {
            i += 1;
        }
        if i == st {
            return Err(SpecError::MissingPrecision);
        }
        s.precision = Some(digits_value(&c[st..i], &mut s, dec));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
        i += 1;
    }
    if i != c.len() {
        return Err(SpecError::Invalid);
    }
    Ok(s)
}

/// The parse errors and the separator/type check CPython makes before formatting;
/// `default_ty` is the type the object's kind implies when the spec names none.
#[cold]
pub(crate) fn spec_error(vm: &mut Vm, v: Value, spec: &str, e: SpecError) -> Raised {
    match e {
        SpecError::Invalid => {
            let t = vm.type_name(v);
            vm.value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{t}'"
            ))
        }
        SpecError::MissingPrecision => vm.value_error("Format specifier missing precision"),
        SpecError::BothSeparators => vm.value_error("Cannot specify both ',' and '_'."),
    }
}

/// `,` goes with decimal and float types only, `_` also with `b`/`o`/`x`/`X`.
pub(crate) fn check_grouping(vm: &mut Vm, s: &Spec, default_ty: char) -> PyResult<()> {
    let Some(sep) = s.grouping else {
        return Ok(());
    };
    let ty = s.ty.unwrap_or(default_ty);
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
        t if (' '..'\x7f').contains(&t) && t != ' ' => {
            Err(vm.value_error(format!("Cannot specify '{sep}' with '{t}'.")))
        }
        t => Err(vm.value_error(format!("Cannot specify '{sep}' with '\\x{:x}'.", t as u32))),
    }
}

pub(crate) fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Grouped digits; with zero padding the padding zeros are grouped too (`{:012,}`), never
/// starting with a separator.
fn zero_grouped(s: &Spec, digits: &str, sep: char, every: usize, fixed: usize) -> String {
    // Grouped length of n digits: n + (n - 1) / every. The fewest digits reaching the width
    // are found directly (adding a zero at a time and regrouping was quadratic in the width).
    let glen = |n: usize| n + n.saturating_sub(1) / every;
    let mut n = digits.len();
    // CPython groups the padding when the fill is '0' and the alignment '=', whether the
    // spec says so (`0=10,`) or implies it (`010,`).
    let fill = if s.explicit_fill {
        s.fill
    } else if s.zero {
        '0'
    } else {
        ' '
    };
    let align_eq = s.align == Some('=') || (s.align.is_none() && s.zero);
    if fill == '0' && align_eq && glen(n) + fixed < s.width {
        let target = s.width - fixed;
        n = n.max(target * every / (every + 1));
        while glen(n) < target {
            n += 1;
        }
        while n > digits.len() && glen(n - 1) >= target {
            n -= 1;
        }
    }
    let mut d = "0".repeat(n - digits.len());
    d.push_str(digits);
    group(&d, sep, every)
}

pub(crate) fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let (fill, align) = match s.align {
        Some(a) if s.zero && !s.explicit_fill => ('0', a),
        Some(a) => (s.fill, a),
        // Zero padding goes after the sign of a number, but simply on the right of a string.
        None if s.zero => ('0', if default_align == '<' { '<' } else { '=' }),
        None => (s.fill, default_align),
    };
    // One buffer of the final size (a huge width must not need twice its size).
    let (left, mid, right) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    let mut out = String::with_capacity(sign.len() + body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(sign);
    out.extend(std::iter::repeat_n(fill, mid));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

pub fn format_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if let Value::Obj(g) = v {
        match g.obj() {
            Obj::Complex(re, im) => return vm.format_complex(*re, *im, spec),
            Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_) if !spec.is_empty() => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {t}.__format__"
                )));
            }
            _ => {}
        }
    }
    let is_str = matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Str(_)));
    let default_ty = match as_num(v) {
        _ if is_str => 's',
        Some(Num::Float(_)) => '\0',
        Some(_) => 'd',
        None if spec.is_empty() => return vm.str_of(v),
        None => {
            // object.__format__ takes only the empty spec.
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )));
        }
    };
    let s = match parse(spec, vm.unicode_decimal) {
        Ok(s) => s,
        Err(e) => return Err(spec_error(vm, v, spec, e)),
    };
    check_grouping(vm, &s, default_ty)?;
    if s.too_many_digits {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    vm.check_alloc(s.width)?;
    // Strings.
    if let Value::Obj(g) = v {
        if let Obj::Str(st) = g.obj() {
            if let Some(t) = s.ty {
                if t != 's' {
                    return Err(vm.value_error(format!(
                        "Unknown format code '{t}' for object of type 'str'"
                    )));
                }
            }
            if s.explicit_sign {
                return Err(vm.value_error(if s.sign == ' ' {
                    "Space not allowed in string format specifier"
                } else {
                    "Sign not allowed in string format specifier"
                }));
            }
            if s.no_neg_0 {
                return Err(vm.value_error(
                    "Negative zero coercion (z) not allowed in string format specifier",
                ));
            }
            if s.alt {
                return Err(
                    vm.value_error("Alternate form (#) not allowed in string format specifier")
                );
            }
            if s.align == Some('=') {
                return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
            }
            let body: String = match s.precision {
                Some(p) => st.s.chars().take(p).collect(),
                None => st.s.to_string(),
            };
            return Ok(pad(&s, "", &body, '<'));
        }
    }
    let Some(num) = as_num(v) else {
        return vm.str_of(v);
    };
    let is_int = !matches!(num, Num::Float(_));
    let ty = s.ty.unwrap_or(if is_int { 'd' } else { '\0' });
    match ty {
        'd' | 'b' | 'o' | 'x' | 'X' | 'n' | 'c' if is_int => {
            if s.precision.is_some() {
                return Err(vm.value_error("Precision not allowed in integer format specifier"));
            }
            if s.no_neg_0 {
                return Err(vm.value_error(
                    "Negative zero coercion (z) not allowed in integer format specifier",
                ));
            }
            let big = crate::ops::to_big(&num);
            let neg = big < num_bigint::BigInt::from(0);
            if ty == 'c' {
                return format_char(vm, &s, &big);
            }
            let mag = if neg { -big } else { big };
            let (digits, prefix) = match ty {
                'b' => (mag.to_str_radix(2), "0b"),
                'o' => (mag.to_str_radix(8), "0o"),
                'x' => (mag.to_str_radix(16), "0x"),
                'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                _ => (vm.big_to_decimal(&mag)?, ""),
            };
            let every = if ty == 'd' || ty == 'n' { 3 } else { 4 };
            // The `#` prefix (none for decimal) takes part of the zero-padded width.
            let sign_len = usize::from(neg || s.sign != '-') + if s.alt { prefix.len() } else { 0 };
            let digits = match s.grouping {
                Some(sep) => zero_grouped(&s, &digits, sep, every, sign_len),
                None => digits,
            };
            let sign = if neg {
                "-"
            } else if s.sign == '+' {
                "+"
            } else if s.sign == ' ' {
                " "
            } else {
                ""
            };
            let sign = if s.alt {
                format!("{sign}{prefix}")
            } else {
                sign.to_string()
            };
            Ok(pad(&s, &sign, &digits, '>'))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | '\0' | 'n' | 'd' => {
            if ty == 'd' {
                let tname = vm.type_name(v);
                return Err(vm.value_error(format!(
                    "Unknown format code 'd' for object of type '{tname}'"
                )));
            }
            let x = num_to_f64(&num);
            if let Some(p) = s.precision {
                if p > i32::MAX as usize {
                    return Err(vm.value_error("precision too big"));
                }
                // General formats drop trailing zeros: their length does not grow with `p`.
                if s.alt || !matches!(ty, 'g' | 'G' | 'n' | '\0') {
                    vm.check_alloc(p)?;
                }
            }
            let mut neg = x.is_sign_negative() && !(x == 0.0 && is_int);
            if s.no_neg_0 && neg && is_neg_zero_rounded(x, ty, s.precision) {
                neg = false;
            }
            let a = x.abs();
            let body = float_body(a, ty, s.precision, s.alt);
            // inf and nan have no digits to group: their zero padding stays plain.
            let body = if let Some(sep) = s.grouping.filter(|_| a.is_finite()) {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(p) => body.split_at(p),
                    None => (body.as_str(), ""),
                };
                let sign_len = usize::from(x.is_sign_negative() || s.sign != '-');
                let fixed = sign_len + rest.chars().count();
                format!("{}{}", zero_grouped(&s, int_part, sep, 3, fixed), rest)
            } else {
                body
            };
            let sign = if neg && !x.is_nan() {
                "-"
            } else if s.sign == '+' {
                "+"
            } else if s.sign == ' ' {
                " "
            } else {
                ""
            };
            Ok(pad(&s, sign, &body, '>'))
        }
        t => {
            let tname = vm.type_name(v);
            Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type '{tname}'"
            )))
        }
    }
}

/// `format(n, 'c')`: the character with code point `n`.
#[cold]
fn format_char(vm: &mut Vm, s: &Spec, n: &num_bigint::BigInt) -> PyResult<String> {
    // Any sign in the spec, '-' included, is refused.
    if s.explicit_sign {
        return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if s.alt {
        return Err(
            vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
        );
    }
    let Some(code) = num_traits::ToPrimitive::to_i64(n) else {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C long"));
    };
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => Ok(pad(s, "", &c.to_string(), '>')),
        None => Err(vm.raise_msg("OverflowError", "%c arg not in range(0x110000)")),
    }
}

fn float_body(a: f64, ty: char, prec: Option<usize>, alt: bool) -> String {
    if a.is_nan() || a.is_infinite() {
        let word = if a.is_nan() { "nan" } else { "inf" };
        return match ty {
            '%' => format!("{word}%"),
            t if t.is_ascii_uppercase() => word.to_uppercase(),
            _ => word.into(),
        };
    }
    match ty {
        'f' | 'F' if alt && prec == Some(0) => format!("{a:.0}."),
        'f' | 'F' => fixed(a, prec.unwrap_or(6)),
        '%' if alt && prec == Some(0) => format!("{:.0}.%", a * 100.0),
        '%' => fixed(a * 100.0, prec.unwrap_or(6)) + "%",
        'e' | 'E' => {
            let s = exp_format(a, prec.unwrap_or(6));
            let s = if alt && prec == Some(0) {
                s.replacen('e', ".e", 1)
            } else {
                s
            };
            if ty == 'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        'g' | 'G' | 'n' => {
            let p = prec.unwrap_or(6).max(1);
            let s = general(a, p, alt);
            if ty == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => match prec {
            // No type: like 'g' but always with at least one digit after the point.
            Some(p) => {
                // ... and exponent notation from one power of ten earlier than 'g'.
                let p = p.max(1);
                let s = general_at(a, p, alt, p as i32 - 1);
                if s.contains(['.', 'e', 'n', 'i']) {
                    s
                } else {
                    format!("{s}.0")
                }
            }
            // `#` keeps a point even in repr's exponent form (`1.e+20`).
            None if alt => with_point(float_repr(a)),
            None => float_repr(a),
        },
    }
}

/// Digits of a float past these counts are all zeros (an f64 has at most 1074 digits after
/// the point and 767 significant ones); Rust's formatter also refuses precisions past
/// `u16::MAX`, so longer ones are padded by hand.
const EXACT_FIXED: usize = 1100;
const EXACT_SCI: usize = 800;

/// `a` with `prec` digits after the point.
fn fixed(a: f64, prec: usize) -> String {
    if prec <= EXACT_FIXED {
        return format!("{:.*}", prec, a);
    }
    let mut s = format!("{:.*}", EXACT_FIXED, a);
    s.extend(std::iter::repeat_n('0', prec - EXACT_FIXED));
    s
}

/// Rust's exponent form (`1.5e-7`) with `prec` mantissa digits after the point.
fn sci(a: f64, prec: usize) -> String {
    if prec <= EXACT_SCI {
        return format!("{:.*e}", prec, a);
    }
    let s = format!("{:.*e}", EXACT_SCI, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let zeros = "0".repeat(prec - EXACT_SCI);
    format!("{m}{zeros}e{e}")
}

fn exp_format(a: f64, prec: usize) -> String {
    let s = sci(a, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn general(a: f64, p: usize, alt: bool) -> String {
    general_at(a, p, alt, p as i32)
}

/// `general` switching to exponent notation when the exponent reaches `limit`.
fn general_at(a: f64, p: usize, alt: bool, limit: i32) -> String {
    // Without `#` trailing zeros are stripped, so digits past the exact ones change nothing.
    let p = if alt { p } else { p.min(EXACT_FIXED) };
    // Zero's one digit sits before the point, so a limit of 0 already means exponent form.
    if a == 0.0 && limit <= 0 {
        return if alt {
            with_point(exp_format(a, p - 1))
        } else {
            exp_format(a, 0)
        };
    }
    if a == 0.0 {
        return if alt {
            with_point(fixed(0.0, p - 1))
        } else {
            "0".into()
        };
    }
    let e = sci(a, p - 1);
    let exp: i32 = e
        .split_once('e')
        .map(|(_, x)| x.parse().unwrap_or(0))
        .unwrap_or(0);
    let s = if exp >= -4 && exp < limit {
        fixed(a, (p as i64 - 1 - exp as i64).max(0) as usize)
    } else {
        exp_format(a, p - 1)
    };
    if alt {
        return with_point(s);
    }
    // Strip trailing zeros (and a dangling point) from the mantissa.
    let (m, rest) = match s.find('e') {
        Some(i) => s.split_at(i),
        None => (s.as_str(), ""),
    };
    let m = if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    };
    format!("{m}{rest}")
}

/// The `#` form always shows the decimal point (`5.`, `1.e+20`).
pub(crate) fn with_point(s: String) -> String {
    if s.contains('.') {
        return s;
    }
    match s.find('e') {
        Some(i) => format!("{}.{}", &s[..i], &s[i..]),
        None => s + ".",
    }
}

/// `z`: whether negative `x` shows as zero at the spec's precision (so it loses its sign).
#[cold]
fn is_neg_zero_rounded(x: f64, ty: char, prec: Option<usize>) -> bool {
    if x.is_nan() {
        return false;
    }
    let body = float_body(x.abs(), ty, prec, false);
    body.chars().all(|c| !c.is_ascii_digit() || c == '0') && !body.contains("inf")
}
