//! More `str` methods: `isascii`, `isprintable`, `maketrans` and `translate`.

use crate::args::*;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

fn this<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a str> {
    match args.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

pub fn isascii(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isascii", args, 1, 1)?;
    Ok(Value::Bool(this(vm, args)?.is_ascii()))
}

pub fn isprintable(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isprintable", args, 1, 1)?;
    let s = this(vm, args)?;
    Ok(Value::Bool(s.chars().all(kestrel_vm::repr::is_printable)))
}

/// A one-character string's code point, as maketrans keys need.
fn ord_key(vm: &mut Vm, k: Value) -> PyResult<Value> {
    if let Value::Int(_) = k {
        return Ok(k);
    }
    match as_str(k) {
        Some(s) if s.chars().count() == 1 => {
            Ok(Value::Int(s.chars().next().unwrap_or('\0') as i64))
        }
        _ => Err(vm.value_error("string keys in translate table must be of length 1")),
    }
}

/// `str.maketrans(x[, y[, z]])`, a static method: the dict `translate` reads.
pub fn maketrans(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict(kestrel_vm::dict::Dict::new());
    if args.len() == 1 {
        let pairs: Vec<(Value, Value)> = match args[0] {
            Value::Obj(g) => match g.obj() {
                Obj::Dict(src) => src.borrow().iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if pairs.is_empty() && !matches!(args[0], Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)))
        {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in pairs {
            let k = ord_key(vm, k)?;
            vm.setitem(d, k, v)?;
        }
        return Ok(d);
    }
    let x = str_arg(vm, args[0], "maketrans() argument 1")?;
    let y = str_arg(vm, args[1], "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.setitem(d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(&z) = args.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3")?;
        for c in z.chars() {
            vm.setitem(d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

/// `s.translate(table)`: characters the table has no entry for (LookupError) stay.
pub fn translate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "translate", args, 2, 2)?;
    let s = this(vm, args)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match vm.getitem(args[1], Value::Int(c as i64)) {
            Ok(r) => r,
            Err(e) => {
                if vm.raised_is("LookupError") {
                    vm.take_raised();
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        match r {
            Value::None => {}
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => match as_str(r) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_string(out))
}

/// `slice.indices(len)`, in arbitrary precision (parts and length may be big ints).
fn slice_indices(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    use num_bigint::BigInt;
    arity(vm, "indices", args, 2, 2)?;
    let Value::Obj(g) = args[0] else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let Obj::Slice(start, stop, step) = *g.obj() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let big = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match vm.index_value(v)? {
            Some(i) => Ok(kestrel_vm::ops::as_num(i).map(|n| kestrel_vm::ops::to_big(&n))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let len = match vm.index_value(args[1])? {
        Some(i) => kestrel_vm::ops::as_num(i).map(|n| kestrel_vm::ops::to_big(&n)),
        None => None,
    };
    let Some(len) = len else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    if len < BigInt::from(0) {
        return Err(vm.value_error("length should not be negative"));
    }
    let step = big(vm, step)?.unwrap_or_else(|| BigInt::from(1));
    if step == BigInt::from(0) {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let back = step < BigInt::from(0);
    let (lower, upper) = if back {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::from(0), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x < BigInt::from(0) {
                    x += &len;
                }
                if x < lower {
                    lower.clone()
                } else if x > upper {
                    upper.clone()
                } else {
                    x
                }
            }
        }
    };
    let a = big(vm, start)?;
    let b = big(vm, stop)?;
    let a = clamp(a, if back { &upper } else { &lower });
    let b = clamp(b, if back { &lower } else { &upper });
    let t = vec![vm.new_bigint(a), vm.new_bigint(b), vm.new_bigint(step)];
    Ok(vm.new_tuple(t))
}

pub fn install(vm: &mut Vm) {
    let slice = vm.types.slice;
    vm.add_method(slice, "indices", slice_indices);
    let str_ = vm.types.str_;
    vm.add_method(str_, "isascii", isascii);
    vm.add_method(str_, "isprintable", isprintable);
    vm.add_method(str_, "translate", translate);
    let f = vm.new_native("str.maketrans", maketrans);
    let sm = Value::Obj(vm.alloc(Obj::StaticMethod(f)));
    vm.class_set(str_, "maketrans", sm);
}
