//! `format(complex, spec)`: CPython's checks in its order (the spec's parse and separator
//! checks, the presentation type, then zero padding and `=` alignment, both refused), each
//! part formatted as a float, the imaginary one with a sign, the whole padded as one field.

use crate::format::{check_grouping, group, pad, parse, spec_error, with_point, Spec};
use crate::repr::float_repr;
use crate::value::Value;
use crate::{PyResult, Vm};

/// A part in repr form without the `.0` (`1`, `-0.5`, `1e+20`); `#` keeps a point.
fn part_repr(x: f64, alt: bool) -> String {
    let r = float_repr(x);
    let r = match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    };
    if alt && x.is_finite() {
        with_point(r)
    } else {
        r
    }
}

/// A repr-form part with its integer digits grouped by `sep` (`12_345.5`).
fn grouped(part: String, sep: Option<char>) -> String {
    let Some(sep) = sep else { return part };
    let start = part
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(part.len());
    let end = part[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(part.len(), |i| start + i);
    format!(
        "{}{}{}",
        &part[..start],
        group(&part[start..end], sep, 3),
        &part[end..]
    )
}

/// The float spec for one part: `sign` and the spec's own flags, precision and type.
fn part_spec(s: &Spec, sign: Option<char>, ty: char) -> String {
    let mut out = String::new();
    out.extend(sign);
    if s.no_neg_0 {
        out.push('z');
    }
    if s.alt {
        out.push('#');
    }
    out.extend(s.grouping);
    if let Some(p) = s.precision {
        out.push_str(&format!(".{p}"));
    }
    out.push(ty);
    out
}

pub fn format_complex(vm: &mut Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let v = Value::Obj(vm.alloc(crate::object::Obj::Complex(re, im)));
    let s = match parse(spec, vm.unicode_decimal) {
        Ok(s) => s,
        Err(e) => return Err(spec_error(vm, v, spec, e)),
    };
    check_grouping(vm, &s, '\0')?;
    if s.too_many_digits {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    vm.check_alloc(s.width)?;
    let ty = match s.ty {
        None => None,
        Some('n') => Some('g'),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )))
        }
    };
    if (s.zero && !s.explicit_fill) || (s.explicit_fill && s.fill == '0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    // No type: like repr, in parentheses unless the real part is +0 (then left out).
    let bare = ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let sign = s.explicit_sign.then_some(s.sign);
    // The imaginary part always shows its sign, but takes the spec's when it stands alone.
    let im_sign = if skip_re { sign } else { Some('+') };
    let (real, imag) = match (ty, s.precision) {
        (None, None) => {
            let part = |x: f64, sign: Option<char>| {
                let r = grouped(part_repr(x, s.alt), s.grouping);
                match sign {
                    Some(c @ ('+' | ' ')) if x.is_nan() || !x.is_sign_negative() => {
                        format!("{c}{}", r.trim_start_matches('-'))
                    }
                    _ => r,
                }
            };
            (part(re, sign), part(im, im_sign))
        }
        _ => {
            let t = ty.unwrap_or('g');
            let rs = part_spec(&s, sign, t);
            let is = part_spec(&s, im_sign, t);
            let r = crate::format::format_spec(vm, Value::Float(re), &rs)?;
            let m = crate::format::format_spec(vm, Value::Float(im), &is)?;
            (r, m)
        }
    };
    let body = if skip_re {
        format!("{imag}j")
    } else if bare {
        format!("({real}{imag}j)")
    } else {
        format!("{real}{imag}j")
    };
    let field = Spec {
        fill: s.fill,
        explicit_fill: true,
        align: Some(s.align.unwrap_or('>')),
        width: s.width,
        ..Default::default()
    };
    Ok(pad(&field, "", &body, '>'))
}
