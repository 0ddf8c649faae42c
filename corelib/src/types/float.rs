//! Methods and attributes of `float` beyond the operator slots (`dunders.rs`).

use crate::args::*;
use crate::types::int::{call_builtin, divmod_pair};
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let float = vm.types.float;
    let methods: &'static [(&'static str, F)] = &[
        ("conjugate", conjugate),
        ("__trunc__", trunc),
        ("__int__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__repr__", repr),
        ("__format__", float_format),
        ("__getnewargs__", getnewargs),
    ];
    vm.add_methods(float, methods);
    vm.add_property(float, "real", plain);
    vm.add_property(float, "imag", zero);
}

/// `float.__format__(x, spec)`: its own method, so it checks its receiver.
fn float_format(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__format__")?;
    arity(vm, "__format__", args, 2, 2)?;
    let spec = str_arg(vm, args[1], "__format__() argument")?;
    if spec.is_empty() {
        // An empty spec is str(self), a subclass's __str__ included.
        let out = vm.str_of(args[0])?;
        return Ok(vm.new_string(out));
    }
    let out = vm.format(Value::Float(f), spec)?;
    Ok(vm.new_string(out))
}

/// The float receiver of a method (`self` of a float subclass acts through its value).
pub fn float_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    let v = args.first().copied().unwrap_or(Value::None);
    match builtin_base(v) {
        Value::Float(f) => Ok(f),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `x.conjugate()`: the value itself (no arguments, unlike the shared `plain`).
fn conjugate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "float.conjugate")?;
    plain(vm, args, kw)
}

fn plain(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    float_self(vm, args, "conjugate").map(Value::Float)
}

fn zero(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    float_self(vm, args, "imag")?;
    Ok(Value::Float(0.0))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__repr__")?;
    let s = vm.repr(Value::Float(f))?;
    Ok(vm.new_string(s))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}

/// A float rounded to an integral value, as an int.
fn to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg("OverflowError", "cannot convert float infinity to integer"));
    }
    Ok(crate::builtins::float_to_int(vm, f))
}

fn trunc(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__trunc__")?;
    to_int(vm, f.trunc())
}

fn floor(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__floor__")?;
    to_int(vm, f.floor())
}

fn ceil(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__ceil__")?;
    to_int(vm, f.ceil())
}

fn round(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = float_self(vm, args, "__round__")?;
    arity(vm, "__round__", args, 1, 2)?;
    let mut a = vec![Value::Float(f)];
    if let Some(n) = args.get(1).filter(|n| !n.is_none()) {
        a.push(*n);
    }
    call_builtin(vm, "round", &a)
}

/// The other operand of a float slot: an int or float, else None (NotImplemented).
fn other_num(args: &[Value]) -> Option<Value> {
    let o = builtin_base(*args.get(1)?);
    as_num(o).map(|n| match n {
        Num::Float(_) => o,
        _ => o,
    })
}

fn divmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = float_self(vm, args, "__divmod__")?;
    arity(vm, "__divmod__", args, 2, 2)?;
    match other_num(args) {
        Some(b) => divmod_pair(vm, Value::Float(a), b),
        None => Ok(Value::Obj(vm.none_singletons.0)),
    }
}

fn rdivmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = float_self(vm, args, "__rdivmod__")?;
    arity(vm, "__rdivmod__", args, 2, 2)?;
    match other_num(args) {
        Some(b) => divmod_pair(vm, b, Value::Float(a)),
        None => Ok(Value::Obj(vm.none_singletons.0)),
    }
}
