//! printf-style `%` formatting for str and bytes (one implementation: bytes travel through it
//! as the chars U+0000..U+00FF, so both share parsing, flags and number formatting).

use crate::object::*;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

/// The flags, width and precision of one conversion.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// `"fmt" % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<String> {
    let f = vm.key_str(fmt);
    let chars: Vec<char> = f.chars().collect();
    percent_core(vm, &chars, args, false)
}

/// `b"fmt" % args` (also bytearray).
pub fn bytes_percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Vec<u8>> {
    let data = vm.buffer(fmt)?.unwrap_or_default();
    let chars: Vec<char> = data.iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &chars, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

fn percent_core(vm: &mut Vm, f: &[char], args: Value, bytes: bool) -> PyResult<String> {
    // A tuple subclass (a named tuple, say) supplies the values as a tuple does.
    let (items, is_tuple) = match crate::object::builtin_base(args) {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => (t.to_vec(), true),
            _ => (vec![args], false),
        },
        _ => (vec![args], false),
    };
    // CPython treats any non-tuple, non-str object with `__getitem__` as the mapping, except
    // bytes and bytearray in bytes formatting.
    let mapping = !is_tuple
        && match args {
            Value::Obj(g) => match g.obj() {
                Obj::Str(_) => false,
                Obj::Bytes(_) | Obj::ByteArray(_) => !bytes,
                Obj::Dict(_)
                | Obj::List(_)
                | Obj::MemoryView(_)
                | Obj::Range(..)
                | Obj::BigRange(_) => true,
                Obj::Instance(_) => vm.lookup_special(args, "__getitem__").is_some(),
                _ => false,
            },
            _ => false,
        };
    let mut out = String::with_capacity(f.len());
    // The values still to format: CPython's `args`, `argidx` and `arglen` (a lone value, or
    // the value a `%(key)` looked up, counts as a one-item run; a tuple as its items).
    let mut cur = Args { items, idx: 0 };
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if f.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        if f.get(i) == Some(&'(') {
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < f.len() && depth > 0 {
                match f[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let k: String = f[start..j - 1].iter().collect();
            i = j;
            let kv = if bytes {
                let b: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                vm.new_bytes(b)
            } else {
                vm.new_string(k)
            };
            // The looked-up value becomes the only one left, for this conversion's `*`s too.
            let v = vm.getitem(args, kv)?;
            cur = Args {
                items: vec![v],
                idx: 0,
            };
        }
        let mut spec = Spec::default();
        while let Some(&c) = f.get(i) {
            match c {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if f.get(i) == Some(&'*') {
            i += 1;
            let w = cur.next(vm)?;
            let w = star_int(vm, w, "ssize_t", isize::MIN as i128, isize::MAX as i128)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            spec.width = digits(vm, f, &mut i, isize::MAX as usize, "width too big")?;
        }
        if f.get(i) == Some(&'.') {
            i += 1;
            if f.get(i) == Some(&'*') {
                i += 1;
                let p = cur.next(vm)?;
                let p = star_int(vm, p, "int", i32::MIN as i128, i32::MAX as i128)?;
                spec.prec = Some(p.max(0) as usize);
            } else {
                spec.prec = Some(digits(
                    vm,
                    f,
                    &mut i,
                    i32::MAX as usize,
                    if bytes {
                        "prec too big"
                    } else {
                        "precision too big"
                    },
                )?);
            }
        }
        // One length modifier is accepted and ignored (`%ld`); a second is the conversion.
        if matches!(f.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        let val = cur.next(vm)?;
        if conv == '%' {
            return Err(unsupported(vm, conv, bytes, i - 1));
        }
        vm.check_alloc(spec.width)?;
        // Numeric conversions see an int or float subclass instance's value.
        let val = match (conv, crate::object::builtin_base(val)) {
            ('s' | 'r' | 'a' | 'b', _) => val,
            (_, b @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => b,
            (_, b @ Value::Obj(bg)) if matches!(bg.obj(), Obj::BigInt(_)) => b,
            _ => val,
        };
        let body = convert(vm, conv, &spec, val, bytes, i - 1)?;
        if body.len() > 4096 {
            if out.is_empty() {
                // The first piece becomes the result: no second copy of a huge padding.
                out = body;
                continue;
            }
            out.try_reserve(body.len()).map_err(|_| vm.memory_error())?;
        }
        out.push_str(&body);
    }
    if cur.idx < cur.items.len() && !mapping {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// The values a format string takes its operands (and `*` widths) from, in order.
struct Args {
    items: Vec<Value>,
    idx: usize,
}

impl Args {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.idx) {
            Some(&v) => {
                self.idx += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

/// A run of ASCII digits at `f[*i]` as a count, at most `max` (else ValueError `msg`).
fn digits(vm: &mut Vm, f: &[char], i: &mut usize, max: usize, msg: &str) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = f.get(*i).and_then(|c| c.to_digit(10)) {
        n = match n.checked_mul(10).and_then(|n| n.checked_add(d as usize)) {
            Some(m) if m <= max => m,
            _ => return Err(vm.value_error(msg)),
        };
        *i += 1;
    }
    Ok(n)
}

/// A `*` width or precision: an int (bool too) that fits the C type CPython converts it to.
fn star_int(vm: &mut Vm, v: Value, c_type: &str, lo: i128, hi: i128) -> PyResult<i64> {
    let n: i128 = match crate::object::builtin_base(v) {
        Value::Int(n) => n as i128,
        Value::Bool(b) => b as i128,
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(b) => i128::try_from(b).unwrap_or(i128::MAX),
            _ => return Err(star_not_int(vm, v, c_type)),
        },
        _ => return Err(star_not_int(vm, v, c_type)),
    };
    if n < lo || n > hi {
        return Err(vm.raise_msg(
            "OverflowError",
            format!("Python int too large to convert to C {c_type}"),
        ));
    }
    Ok(n as i64)
}

/// CPython shows a str template's conversion character as is only when it is printable
/// ASCII ('?' otherwise); a bytes template's byte is shown as is, and one above 0x7f fails to
/// format at all (an OverflowError, CPython's own quirk).
#[cold]
fn unsupported(vm: &mut Vm, conv: char, bytes: bool, at: usize) -> Raised {
    let code = conv as u32;
    let shown = if bytes {
        if code > 0x7f {
            return vm.raise_msg("OverflowError", "character argument not in range(0x110000)");
        }
        conv
    } else if (31..=126).contains(&code) {
        conv
    } else {
        '?'
    };
    vm.value_error(format!(
        "unsupported format character '{shown}' (0x{code:x}) at index {at}"
    ))
}

/// Pads `body` (sign and prefix already in it) to the spec's width.
fn pad_text(spec: &Spec, body: String) -> String {
    let n = body.chars().count();
    if n >= spec.width {
        return body;
    }
    // One buffer of the final size (a huge width must not need twice its size).
    let pad = spec.width - n;
    let mut out = String::with_capacity(body.len() + pad);
    if spec.left {
        out.push_str(&body);
    }
    out.extend(std::iter::repeat_n(' ', pad));
    if !spec.left {
        out.push_str(&body);
    }
    out
}

fn is_int(v: Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
}

fn convert(
    vm: &mut Vm,
    conv: char,
    spec: &Spec,
    val: Value,
    bytes: bool,
    at: usize,
) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' | 'b' if bytes || conv != 'b' => {
            let mut text = match conv {
                's' | 'b' if bytes => match vm.buffer(val)? {
                    Some(b) => latin1(&b),
                    None => {
                        if let Some(f) = vm.lookup_special(val, "__bytes__") {
                            let r = vm.call_value(f, &[val], &[])?;
                            let b = vm.buffer(r)?.unwrap_or_default();
                            latin1(&b)
                        } else {
                            let t = vm.type_name(val);
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                            )));
                        }
                    }
                },
                's' => vm.str_of(val)?,
                'r' if !bytes => vm.repr(val)?,
                _ => {
                    let r = vm.repr(val)?;
                    crate::repr::ascii_escape(&r)
                }
            };
            if let Some(p) = spec.prec {
                text = text.chars().take(p).collect();
            }
            Ok(pad_text(spec, text))
        }
        'c' => {
            let ch = if bytes {
                match vm.buffer(val)? {
                    Some(b) if b.len() == 1 => b[0] as char,
                    Some(_) => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    None => match vm.index_of(val)? {
                        Some(i) if (0..256).contains(&i) => i as u8 as char,
                        Some(_) => {
                            return Err(vm.raise_msg("OverflowError", "%c arg not in range(256)"))
                        }
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                }
            } else {
                match val {
                    Value::Obj(g) if matches!(g.obj(), Obj::Str(_)) => {
                        let s = vm.key_str(val);
                        let mut it = s.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => c,
                            _ => return Err(vm.type_error("%c requires int or char")),
                        }
                    }
                    v if is_int(v) => {
                        match vm
                            .index_of(v)?
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                        {
                            Some(c) => c,
                            None => {
                                return Err(
                                    vm.raise_msg("OverflowError", "%c arg not in range(0x110000)")
                                )
                            }
                        }
                    }
                    // Other objects go through `__index__`, as CPython's formatchar does.
                    v => match vm.index_value(v)? {
                        Some(Value::Int(i)) => {
                            match u32::try_from(i).ok().and_then(char::from_u32) {
                                Some(c) => c,
                                None => {
                                    return Err(vm.raise_msg(
                                        "OverflowError",
                                        "%c arg not in range(0x110000)",
                                    ))
                                }
                            }
                        }
                        Some(_) => {
                            return Err(
                                vm.raise_msg("OverflowError", "%c arg not in range(0x110000)")
                            )
                        }
                        None => return Err(vm.type_error("%c requires int or char")),
                    },
                }
            };
            Ok(pad_text(spec, ch.to_string()))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_operand(vm, conv, val)?;
            if let Some(p) = spec.prec {
                if p > i32::MAX as usize - 3 {
                    return Err(vm.raise_msg("OverflowError", "precision too large"));
                }
                vm.check_alloc(p)?;
            }
            if matches!(conv, 'd' | 'i' | 'u') && n.bits() > 60 {
                // Decimal output obeys sys.set_int_max_str_digits, as str(n) does.
                vm.big_to_decimal(&n)?;
            }
            Ok(format_int(spec, conv, &n))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match float_operand(vm, val) {
                Ok(x) => x,
                // bytes formatting reports any failed float conversion this one way.
                Err(_) if bytes => {
                    let t = vm.type_name(val);
                    return Err(vm.type_error(format!("float argument required, not {t}")));
                }
                Err(e) => return Err(e),
            };
            if conv == 'f'
                && x.is_finite()
                && spec.width == 0
                && !spec.plus
                && !spec.space
                && !spec.alt
            {
                // Plain `%.Nf`: the correctly rounded fixed form, as format_spec makes it.
                let prec = spec.prec.unwrap_or(6);
                vm.check_alloc(prec)?;
                return Ok(format!("{x:.prec$}"));
            }
            let mut fs = String::new();
            if spec.left {
                fs.push('<');
            }
            if spec.plus {
                fs.push('+');
            } else if spec.space {
                fs.push(' ');
            }
            if spec.alt {
                fs.push('#');
            }
            if spec.zero && !spec.left {
                fs.push('0');
            }
            if spec.width > 0 {
                fs.push_str(&spec.width.to_string());
            }
            fs.push_str(&format!(".{}", spec.prec.unwrap_or(6)));
            fs.push(conv);
            crate::format::format_spec(vm, Value::Float(x), &fs)
        }
        _ => Err(unsupported(vm, conv, bytes, at)),
    }
}

/// The integer a `%d`/`%x`/... conversion formats: ints as they are, floats truncated for
/// `%d` (not for `%x`/`%o`), `__index__`/`__int__` of other objects.
fn int_operand(vm: &mut Vm, conv: char, val: Value) -> PyResult<BigInt> {
    if is_int(val) {
        return Ok(match val {
            Value::Int(i) => BigInt::from(i),
            Value::Bool(b) => BigInt::from(b as i64),
            Value::Obj(g) => match g.obj() {
                Obj::BigInt(b) => b.clone(),
                _ => BigInt::from(0),
            },
            _ => BigInt::from(0),
        });
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if decimal {
        if let Value::Float(f) = val {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(
                    vm.raise_msg("OverflowError", "cannot convert float infinity to integer")
                );
            }
            return Ok(BigInt::from_f64(f.trunc()).unwrap_or_default());
        }
    }
    if matches!(val, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
        let names: &[&str] = if decimal {
            &["__int__", "__index__"]
        } else {
            &["__index__"]
        };
        for name in names {
            if let Some(f) = vm.lookup_special(val, name) {
                let r = vm.call_value(f, &[val], &[])?;
                if is_int(r) {
                    return int_operand(vm, conv, r);
                }
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("{name} returned non-int (type {t})")));
            }
        }
    }
    let t = vm.type_name(val);
    Err(if decimal {
        vm.type_error(format!(
            "%{conv} format: a real number is required, not {t}"
        ))
    } else {
        vm.type_error(format!("%{conv} format: an integer is required, not {t}"))
    })
}

fn float_operand(vm: &mut Vm, val: Value) -> PyResult<f64> {
    match crate::ops::as_num(val) {
        Some(n) => {
            if let crate::ops::Num::Big(b) = &n {
                let f = crate::ops::num_to_f64(&n);
                if f.is_infinite() {
                    let _ = b;
                    return Err(vm.raise_msg("OverflowError", "int too large to convert to float"));
                }
            }
            Ok(crate::ops::num_to_f64(&n))
        }
        None => {
            if let Some(f) = vm.lookup_special(val, "__float__") {
                let r = vm.call_value(f, &[val], &[])?;
                if let Value::Float(x) = crate::object::builtin_base(r) {
                    return Ok(x);
                }
                let (c, t) = (vm.type_name(val), vm.type_name(r));
                return Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")));
            }
            if let Some(i) = vm.index_value(val)? {
                return float_operand(vm, i);
            }
            let t = vm.type_name(val);
            Err(vm.type_error(format!("must be real number, not {t}")))
        }
    }
}

/// printf integer formatting: sign, `#` prefix, precision as minimum digits, zero padding.
fn format_int(spec: &Spec, conv: char, n: &BigInt) -> String {
    let neg = n.is_negative();
    let mag = n.abs();
    let mut digits = match (conv, mag.to_u64()) {
        // Machine-sized values without the big-number conversion.
        ('o', Some(m)) => format!("{m:o}"),
        ('x', Some(m)) => format!("{m:x}"),
        ('X', Some(m)) => format!("{m:X}"),
        (_, Some(m)) => m.to_string(),
        ('o', None) => mag.to_str_radix(8),
        ('x', None) => mag.to_str_radix(16),
        ('X', None) => mag.to_str_radix(16).to_uppercase(),
        (_, None) => mag.to_string(),
    };
    if let Some(p) = spec.prec {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let mut prefix = String::new();
    if neg {
        prefix.push('-');
    } else if spec.plus {
        prefix.push('+');
    } else if spec.space {
        prefix.push(' ');
    }
    if spec.alt {
        match conv {
            'o' => prefix.push_str("0o"),
            'x' => prefix.push_str("0x"),
            'X' => prefix.push_str("0X"),
            _ => {}
        }
    }
    let len = prefix.len() + digits.len();
    if spec.zero && !spec.left && len < spec.width {
        let mut out = String::with_capacity(spec.width);
        out.push_str(&prefix);
        out.extend(std::iter::repeat_n('0', spec.width - len));
        out.push_str(&digits);
        return out;
    }
    pad_text(spec, prefix + &digits)
}

/// The error for a `*` width or precision that is not a small int: a big int overflows the
/// C type CPython converts it to.
#[cold]
fn star_not_int(vm: &mut Vm, v: Value, c_type: &str) -> crate::object::Raised {
    if matches!(v, Value::Obj(g) if matches!(g.obj(), crate::object::Obj::BigInt(_))) {
        return vm.raise_msg(
            "OverflowError",
            format!("Python int too large to convert to C {c_type}"),
        );
    }
    vm.type_error("* wants int")
}
