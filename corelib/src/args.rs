//! Argument helpers for native functions.

use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

/// Checks the positional argument count: `min..=max`.
pub fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// A keyword argument by name.
pub fn kwarg(vm: &Vm, kw: Kwargs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.key_str(*k) == name)
        .map(|(_, v)| *v)
}

pub fn no_kwargs(vm: &mut Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if let Some((k, _)) = kw.first() {
        let k = vm.key_str(*k);
        return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    Ok(())
}

pub fn as_int(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{t}' object cannot be interpreted as an integer{what}"
            )))
        }
    }
}

/// An integer argument that must fit a C `Py_ssize_t` (a size or width): a big int is
/// CPython's OverflowError rather than a clamped value.
pub fn as_ssize(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    if let Value::Obj(g) = v {
        if matches!(g.obj(), kestrel_vm::Obj::BigInt(_)) {
            return Err(vm.raise_msg(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ));
        }
    }
    as_int(vm, v, what)
}

pub fn as_str<'a>(v: Value) -> Option<&'a str> {
    match v {
        Value::Obj(g) => match g.obj() {
            // SAFETY: the string object is an argument, reachable for the native call's duration.
            Obj::Str(s) => Some(unsafe { &*(&*s.s as *const str) }),
            // An instance of a str subclass is a str.
            Obj::Instance(i) => as_str(i.base_value()?),
            _ => None,
        },
        _ => None,
    }
}

/// The number of characters of the str `v` whose text is `s`: the count the string object
/// keeps, so an ASCII string's (chars == bytes) costs nothing.
pub fn str_chars(v: Value, s: &str) -> usize {
    if let Value::Obj(g) = v {
        if let Obj::Str(p) = g.obj() {
            return p.chars;
        }
    }
    s.chars().count()
}

pub fn str_arg<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            // `fname` is a function name, an "argument N" phrase or a whole message prefix.
            let msg = if fname.ends_with(" not") {
                format!("{fname} {t}")
            } else if fname.contains("argument") {
                format!("{fname} must be str, not {t}")
            } else if fname == "fill character" {
                format!("The fill character must be a unicode character, not {t}")
            } else {
                format!("{fname} arg must be str, not {t}")
            };
            Err(vm.type_error(msg))
        }
    }
}

pub fn list_of(v: Value) -> Option<&'static std::cell::RefCell<Vec<Value>>> {
    match v {
        Value::Obj(g) => match g.obj() {
            // SAFETY: as in `as_str`.
            Obj::List(l) => Some(unsafe { &*(l as *const std::cell::RefCell<Vec<Value>>) }),
            Obj::Instance(i) => list_of(Value::Obj(i.base()?)),
            _ => None,
        },
        _ => None,
    }
}
