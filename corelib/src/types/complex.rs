//! The `complex` constructor (numbers, strings like `"1+2j"`, `__complex__`) and methods.
//! Arithmetic, comparison, hash, repr and format() are in the VM (`complexobj.rs`).

use crate::args::*;
use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::complexobj::complex_parts;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let cls = vm.types.complex;
    let methods: &'static [(&'static str, F)] = &[
        ("conjugate", conjugate),
        ("__format__", complex_format),
        ("__abs__", complex_abs),
        ("__complex__", identity),
        ("__getnewargs__", getnewargs),
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__bool__", nonzero),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
    ];
    vm.add_methods(cls, methods);
    let v = vm.new_native("complex.__new__", complex_new);
    vm.class_set(cls, "__new__", v);
}

/// `complex.__format__(z, spec)`: its own method, so it checks its receiver.
fn complex_format(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__format__")?;
    arity(vm, "__format__", args, 2, 2)?;
    let spec = str_arg(vm, args[1], "__format__() argument")?;
    if spec.is_empty() {
        // An empty spec is str(self), a subclass's __str__ included.
        let out = vm.str_of(args[0])?;
        return Ok(vm.new_string(out));
    }
    let out = vm.format_complex(re, im, spec)?;
    Ok(vm.new_string(out))
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Obj::Complex(re, im) = g.obj() {
            return Ok((*re, *im));
        }
        // A complex subclass instance: the methods work on its complex value.
        if let Value::Obj(b) = kestrel_vm::object::builtin_base(Value::Obj(*g)) {
            if let Obj::Complex(re, im) = b.obj() {
                return Ok((*re, *im));
            }
        }
    }
    let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
    Err(vm.type_error(if name.starts_with("__") {
        format!("descriptor '{name}' requires a 'complex' object but received a '{t}'")
    } else {
        format!("descriptor '{name}' for 'complex' objects doesn't apply to a '{t}' object")
    }))
}

fn conjugate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "complex.conjugate")?;
    let (re, im) = this(vm, args, "conjugate")?;
    Ok(vm.new_complex(re, -im))
}

fn complex_abs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__abs__")?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.raise_msg("OverflowError", "absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn identity(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__complex__")?;
    match args[0] {
        Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)) => Ok(args[0]),
        _ => Ok(vm.new_complex(re, im)),
    }
}

fn getnewargs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

/// A float at the start of `s` (sign, digits with `_`, point, exponent, inf/nan): the value
/// and the bytes used, or None.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            let text = std::str::from_utf8(&s[..end]).ok()?;
            return text.parse::<f64>().ok().map(|v| (v, end));
        }
    }
    let start = i;
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < s.len() && (s[*i].is_ascii_digit() || (s[*i] == b'_' && *i > st)) {
            *i += 1;
        }
        *i > st
    };
    let mut any = digits(&mut i);
    if i < s.len() && s[i] == b'.' {
        i += 1;
        any |= digits(&mut i);
    }
    if !any {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    // An underscore must sit between two digits.
    let body = &s[start..i];
    let bad = body.iter().enumerate().any(|(k, &c)| {
        c == b'_'
            && !(k > 0
                && body[k - 1].is_ascii_digit()
                && body.get(k + 1).is_some_and(|d| d.is_ascii_digit()))
    });
    if bad {
        return None;
    }
    let text: String = std::str::from_utf8(&s[..i]).ok()?.replace('_', "");
    text.parse::<f64>().ok().map(|v| (v, i))
}

/// `complex("...")`: real, imag, or real±imag with `j`, optionally in parentheses.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = super::str::numeric_ascii(s);
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let b = t.as_bytes();
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    let sign_of = |i: usize| match b.get(i) {
        Some(b'-') => Some(-1.0),
        Some(b'+') => Some(1.0),
        _ => None,
    };
    let (re, im, end) = match float_prefix(b) {
        Some((x, n)) => {
            if is_j(n) {
                (0.0, x, n + 1)
            } else if let Some(sg) = sign_of(n) {
                match float_prefix(&b[n..]) {
                    Some((y, m)) if is_j(n + m) => (x, y, n + m + 1),
                    Some(_) => return None,
                    None if is_j(n + 1) => (x, sg, n + 2),
                    None => return None,
                }
            } else {
                (x, 0.0, n)
            }
        }
        None => match sign_of(0) {
            Some(sg) if is_j(1) => (0.0, sg, 2),
            None if is_j(0) => (0.0, 1.0, 1),
            _ => return None,
        },
    };
    (end == b.len()).then_some((re, im))
}

/// The (real, imag) of a constructor argument: a number, a complex, or an object with
/// `__complex__` / `__float__` / `__index__`.
fn number_parts(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if kestrel_vm::complexobj::int_overflows_float(v) {
        return Err(vm.raise_msg("OverflowError", "int too large to convert to float"));
    }
    if let Some(p) = complex_parts(v) {
        return Ok(Some(p));
    }
    if matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
        if let Some(f) = vm.lookup_special(v, "__complex__") {
            let r = vm.call_value(f, &[v], &[])?;
            return match r {
                Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)) => Ok(complex_parts(r)),
                _ => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
                }
            };
        }
        if vm.lookup_special(v, "__float__").is_some() {
            let x = crate::builtins::to_f64(vm, v)?;
            return Ok(Some((x, 0.0)));
        }
        if vm.lookup_special(v, "__index__").is_some() {
            let x = crate::builtins::to_f64(vm, v)?;
            return Ok(Some((x, 0.0)));
        }
    }
    Ok(None)
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args[0];
    let mut real = args.get(1).copied();
    let mut imag = args.get(2).copied();
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "real" => real = Some(*v),
            "imag" => imag = Some(*v),
            o => {
                return Err(vm.type_error(format!(
                    "'{o}' is an invalid keyword argument for complex()"
                )))
            }
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    let mut real_is_complex = false;
    if let Some(r) = real {
        if let Some(s) = as_str(r) {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let Some(p) = parse_complex(s) else {
                if s.contains('_') && !underscores_well_placed(vm, s) {
                    let r = kestrel_vm::repr::str_repr(s);
                    return Err(vm.value_error(format!("could not convert string to complex: {r}")));
                }
                return Err(vm.value_error("complex() arg is a malformed string"));
            };
            (re, im) = p;
        } else {
            let exact_complex = matches!(r, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)));
            if exact_complex
                && imag.is_none()
                && matches!(cls, Value::Obj(c) if c.ptr_eq(vm.types.complex))
            {
                return Ok(r);
            }
            match number_parts(vm, r)? {
                Some(p) => {
                    (re, im) = p;
                    real_is_complex = exact_complex
                        || matches!(r, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)));
                }
                None => {
                    let t = vm.type_name(r);
                    return Err(vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{t}'"
                    )));
                }
            }
        }
    }
    if let Some(i) = imag {
        if as_str(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        match number_parts(vm, i)? {
            Some((a, b)) => {
                // As CPython: the imaginary argument's real part becomes the imaginary part,
                // plus the first argument's imaginary part only if that was a complex (so
                // complex(0.0, -0.0) keeps its negative zero).
                let imag_is_complex = matches!(i, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..) | Obj::Instance(_)));
                if imag_is_complex {
                    re -= b;
                }
                im = if real_is_complex { im + a } else { a };
            }
            None => {
                let t = vm.type_name(i);
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{t}'"
                )));
            }
        }
    }
    let c = vm.new_complex(re, im);
    if let Value::Obj(g) = cls {
        if !g.ptr_eq(vm.types.complex) {
            return Ok(super::bytes::subclass_instance(vm, g, c));
        }
    }
    Ok(c)
}

/// An arithmetic dunder: the operator with the receiver on the left (or right, reflected);
/// NotImplemented when the other operand is not a number.
fn arith(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    kind: BinKind,
    reflected: bool,
) -> PyResult<Value> {
    this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let (a, b) = if reflected {
        (args[1], args[0])
    } else {
        (args[0], args[1])
    };
    match vm.complex_binop(kind, a, b)? {
        Some(v) => Ok(v),
        None => Ok(Value::Obj(vm.none_singletons.0)),
    }
}

macro_rules! arith_dunders {
    ($($f:ident = $name:literal, $kind:ident, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            arith(vm, args, $name, BinKind::$kind, $refl)
        })*
    };
}

arith_dunders! {
    add = "__add__", Add, false;
    radd = "__radd__", Add, true;
    sub = "__sub__", Sub, false;
    rsub = "__rsub__", Sub, true;
    mul = "__mul__", Mul, false;
    rmul = "__rmul__", Mul, true;
    truediv = "__truediv__", TrueDiv, false;
    rtruediv = "__rtruediv__", TrueDiv, true;
    pow = "__pow__", Pow, false;
    rpow = "__rpow__", Pow, true;
}

fn neg(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__neg__")?;
    Ok(vm.new_complex(-re, -im))
}

fn pos(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__pos__")?;
    Ok(vm.new_complex(re, im))
}

fn nonzero(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn eq(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    this(vm, args, "__eq__")?;
    arity(vm, "__eq__", &args[1..], 1, 1)?;
    if complex_parts(args[1]).is_none() {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    let r = vm.eq(args[0], args[1])?;
    Ok(Value::Bool(r))
}

fn ne(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match eq(vm, args, &[])? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn hash(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (re, im) = this(vm, args, "__hash__")?;
    Ok(Value::Int(kestrel_vm::complexobj::hash_complex(re, im)))
}

/// CPython's check before parsing a number string with underscores: each `_` sits between
/// two decimal digits (of any script). Only a misplaced one gives "could not convert";
/// any other flaw is a "malformed string".
fn underscores_well_placed(vm: &Vm, s: &str) -> bool {
    let dec = vm.unicode_decimal;
    let is_digit = |c: char| c.is_ascii_digit() || (!c.is_ascii() && dec(c).is_some());
    let mut prev = '\0';
    for c in s.chars() {
        if (c == '_' && !is_digit(prev)) || (c != '_' && prev == '_' && !is_digit(c)) {
            return false;
        }
        prev = c;
    }
    prev != '_'
}
