//! Methods and attributes of `int` beyond the operator slots (`dunders.rs`).

use crate::args::*;
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let int = vm.types.int;
    let methods: &'static [(&'static str, F)] = &[
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", conjugate),
        ("__index__", plain),
        ("__int__", plain),
        ("__trunc__", plain),
        ("__floor__", plain),
        ("__ceil__", plain),
        ("__round__", round),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__format__", format),
        ("__repr__", repr),
        ("__getnewargs__", getnewargs),
    ];
    vm.add_methods(int, methods);
    vm.add_classmethod(int, "from_bytes", from_bytes);
    vm.add_property(int, "real", plain);
    vm.add_property(int, "numerator", plain);
    vm.add_property(int, "imag", zero);
    vm.add_property(int, "denominator", one);
}

/// The int receiver of a method (`self` of an int subclass acts through its value).
pub fn int_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    let v = args.first().copied().unwrap_or(Value::None);
    match as_num(builtin_base(v)) {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'int' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `self` as an exact int: `int(P(3))`, `True.real`, `(5).__index__()`.
/// `x.conjugate()`: the value itself (no arguments, unlike the shared `plain`).
fn conjugate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "int.conjugate")?;
    plain(vm, args, kw)
}

fn plain(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = int_self(vm, args, "__int__")?;
    Ok(vm.new_bigint(b))
}

fn zero(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    int_self(vm, args, "imag")?;
    Ok(Value::Int(0))
}

fn one(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    int_self(vm, args, "denominator")?;
    Ok(Value::Int(1))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = int_self(vm, args, "__repr__")?;
    let v = vm.new_bigint(b);
    let s = vm.repr(v)?;
    Ok(vm.new_string(s))
}

fn format(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = int_self(vm, args, "__format__")?;
    arity(vm, "__format__", args, 2, 2)?;
    let spec = str_arg(vm, args[1], "__format__() argument")?;
    if spec.is_empty() {
        // An empty spec is str(self), a subclass's __str__ included.
        let out = vm.str_of(args[0])?;
        return Ok(vm.new_string(out));
    }
    let v = vm.new_bigint(b);
    let s = vm.format(v, spec)?;
    Ok(vm.new_string(s))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = int_self(vm, args, "__getnewargs__")?;
    let v = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![v]))
}

fn bit_length(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "int.bit_length")?;
    let b = int_self(vm, args, "bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "int.bit_count")?;
    let b = int_self(vm, args, "bit_count")?;
    let n: u64 = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "int.as_integer_ratio")?;
    let b = int_self(vm, args, "as_integer_ratio")?;
    let v = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

/// `i.__round__(n)`: the builtin `round` on the int value.
fn round(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = int_self(vm, args, "__round__")?;
    arity(vm, "__round__", args, 1, 2)?;
    // Unlike round(i, None), the method itself wants an integer when given an argument.
    if args.get(1).is_some_and(|n| n.is_none()) {
        return Err(vm.type_error("'NoneType' object cannot be interpreted as an integer"));
    }
    let mut a = vec![vm.new_bigint(x)];
    a.extend_from_slice(&args[1..]);
    call_builtin(vm, "round", &a)
}

pub fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    match vm.builtin(name) {
        Some(f) => vm.call_value(f, args, &[]),
        None => Err(vm.type_error(format!("{name}() is not available"))),
    }
}

pub fn divmod_pair(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let zero = match y {
            Num::Int(i) => i == 0,
            Num::Float(f) => f == 0.0,
            Num::Big(_) => false,
        };
        if zero {
            let float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
            let msg = if float {
                "float divmod()"
            } else {
                "integer division or modulo by zero"
            };
            return Err(vm.raise_msg("ZeroDivisionError", msg));
        }
    }
    let q = vm.binary_op(kestrel_compiler::opcodes::BinKind::FloorDiv, a, b)?;
    let r = vm.binary_op(kestrel_compiler::opcodes::BinKind::Mod, a, b)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn other_int(args: &[Value]) -> Option<Value> {
    let o = builtin_base(*args.get(1)?);
    match as_num(o) {
        Some(Num::Int(_) | Num::Big(_)) => Some(o),
        _ => None,
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = int_self(vm, args, "__divmod__")?;
    arity(vm, "__divmod__", args, 2, 2)?;
    let a = vm.new_bigint(a);
    match other_int(args) {
        Some(b) => divmod_pair(vm, a, b),
        None => Ok(Value::Obj(vm.none_singletons.0)),
    }
}

fn rdivmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = int_self(vm, args, "__rdivmod__")?;
    arity(vm, "__rdivmod__", args, 2, 2)?;
    let a = vm.new_bigint(a);
    match other_int(args) {
        Some(b) => divmod_pair(vm, b, a),
        None => Ok(Value::Obj(vm.none_singletons.0)),
    }
}

/// The `byteorder` argument: true for little-endian.
fn little_endian(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let Some(s) = as_str(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {t}"
        )));
    };
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed_flag(vm: &mut Vm, kw: Kwargs) -> PyResult<bool> {
    match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = int_self(vm, args, "to_bytes")?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(v) => as_ssize(vm, v, "")?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    vm.check_alloc(length as usize)?;
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let little = little_endian(vm, order)?;
    let signed = signed_flag(vm, kw)?;
    if x.is_negative() && !signed {
        return Err(vm.raise_msg("OverflowError", "can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    // Zero, and (CPython's sign-bit check needing a byte) -1 in no bytes, take no bytes.
    if x.is_zero() || (length == 0 && signed && x == (-1).into()) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.raise_msg("OverflowError", "int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Obj(vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod: a subclass gets
/// an instance of itself).
fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 2, "from_bytes", true)?;
    let cls = args[0];
    let Some(src) = args.get(1).copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let little = little_endian(vm, order)?;
    let signed = signed_flag(vm, kw)?;
    let mut data: Vec<u8> = match src {
        Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)) => match g.obj() {
            Obj::Bytes(b) => b.to_vec(),
            _ => unreachable!(),
        },
        Value::Obj(g) if matches!(g.obj(), Obj::Str(_) | Obj::BigInt(_) | Obj::Complex(..)) => {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        Value::Obj(_) => {
            let items = vm.collect_iter(src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match vm.index_of(it)? {
                    Some(b) if (0..256).contains(&b) => out.push(b as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        let t = vm.type_name(it);
                        return Err(vm.type_error(format!(
                            "'{t}' object cannot be interpreted as an integer"
                        )));
                    }
                }
            }
            out
        }
        _ => {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let v = vm.new_bigint(n);
    match cls {
        Value::Obj(c) if !c.ptr_eq(vm.types.int) => vm.call_value(cls, &[v], &[]),
        _ => Ok(v),
    }
}
