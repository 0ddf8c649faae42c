//! Argument helpers for native functions.

use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

/// Checks the positional argument count: `min..=max` (inline: every native call checks it;
/// the error is built out of line).
#[inline]
pub fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    arity_error(vm, name, n, min, max)
}

#[cold]
#[inline(never)]
fn arity_error(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
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

/// The positional count check of a method parsed as CPython's `PyArg_ParseTuple` does:
/// "find() takes at least 1 argument (0 given)".
pub fn parse_arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (bound, k) = if n < min {
        ("least", min)
    } else {
        ("most", max)
    };
    let s = if k == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes at {bound} {k} argument{s} ({n} given)"
    )))
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

/// Refuses keywords outside `allowed` with CPython's argument-clinic wording.
pub fn check_kwargs(vm: &mut Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let key = vm.key_str(*k);
        if !allowed.contains(&key.as_str()) {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// CPython's refusal for builtins whose parameters are all positional-only.
pub fn reject_kwargs(vm: &mut Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{name}() takes no keyword arguments")))
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
    match vm.index_ssize(v)? {
        Some(i) => Ok(i),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{t}' object cannot be interpreted as an integer{what}"
            )))
        }
    }
}

/// An integer argument that must fit a C `int` (flags such as `keepends`).
pub fn as_c_int(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let Some(r) = vm.index_value(v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    match r {
        Value::Int(i) if i32::try_from(i).is_ok() => Ok(i as i32),
        _ => Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int")),
    }
}

#[inline]
pub fn as_str<'a>(v: Value) -> Option<&'a str> {
    match v {
        Value::Obj(g) => match g.obj() {
            // SAFETY: the string object is an argument, reachable for the native call's duration.
            Obj::Str(s) => Some(unsafe { &*(&*s.s as *const str) }),
            // An instance of a str subclass is a str.
            Obj::Instance(_) => as_str_subclass(v),
            _ => None,
        },
        _ => None,
    }
}

/// `as_str` of an instance: its builtin base's text when it has one (out of line, so that
/// `as_str` itself stays small enough to inline).
#[inline(never)]
fn as_str_subclass<'a>(v: Value) -> Option<&'a str> {
    match v {
        Value::Obj(g) => match g.obj() {
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

/// The type name CPython's "argument ... must be X, not Y" errors show: "None" for None
/// (not "NoneType"), the type's name otherwise.
pub fn bad_arg_type_name(vm: &Vm, v: Value) -> String {
    if matches!(v, Value::None) {
        "None".to_string()
    } else {
        vm.type_name(v).to_string()
    }
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
                let t = bad_arg_type_name(vm, v);
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

/// Merges keyword arguments into the positional list for a native whose parameters are
/// `names` (positional-or-keyword), as CPython's argument clinic does: the result holds the
/// arguments in parameter order up to the last one given. An unknown keyword, a parameter
/// given twice, or a hole before a given parameter is a TypeError.
pub fn merge_kwargs<'a>(
    vm: &mut Vm,
    fname: &str,
    args: &'a [Value],
    kw: Kwargs,
    names: &[&str],
) -> PyResult<std::borrow::Cow<'a, [Value]>> {
    if kw.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(args));
    }
    let mut out: Vec<Value> = args.to_vec();
    for (k, v) in kw {
        let key = vm.key_str(*k);
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        };
        if i < args.len() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        if out.len() <= i {
            out.resize(i + 1, Value::Empty);
        }
        out[i] = *v;
    }
    if let Some(i) = out.iter().position(|v| matches!(v, Value::Empty)) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// CPython's check for a method without parameters: `str.upper(1)` is a TypeError (the
/// receiver is `args[0]`).
#[inline]
pub fn no_args(vm: &mut Vm, args: &[Value], qual: &str) -> PyResult<()> {
    if args.len() <= 1 {
        return Ok(());
    }
    no_args_error(vm, args, qual)
}

#[cold]
#[inline(never)]
fn no_args_error(vm: &mut Vm, args: &[Value], qual: &str) -> PyResult<()> {
    Err(vm.type_error(format!(
        "{qual}() takes no arguments ({} given)",
        args.len() - 1
    )))
}

/// `no_args` for a native shared by several types (bytes and bytearray), named by the
/// receiver's type.
pub fn no_args_of(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() <= 1 {
        return Ok(());
    }
    let t = vm.type_name(args[0]);
    no_args(vm, args, &format!("{t}.{name}"))
}

/// Argument clinic's positional limit, the receiver (`skip` leading values) left out:
/// `split() takes at most 2 arguments (3 given)`, or `positional arguments` when the
/// function also has keyword-only parameters.
#[inline]
pub fn at_most(
    vm: &mut Vm,
    args: &[Value],
    skip: usize,
    max: usize,
    name: &str,
    positional: bool,
) -> PyResult<()> {
    let n = args.len().saturating_sub(skip);
    if n <= max {
        return Ok(());
    }
    at_most_error(vm, n, max, name, positional)
}

#[cold]
#[inline(never)]
fn at_most_error(vm: &mut Vm, n: usize, max: usize, name: &str, positional: bool) -> PyResult<()> {
    let what = if positional {
        "positional argument"
    } else {
        "argument"
    };
    let s = if max == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes at most {max} {what}{s} ({n} given)"
    )))
}

/// The items `str.join`/`bytes.join` join: a TypeError getting the iterator is CPython's
/// "can only join an iterable" (one raised while iterating passes through).
pub fn join_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if vm.is_iterable_builtin(v) {
        return vm.collect_iter(v);
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) => {
            if !vm.raised_is("TypeError") {
                return Err(e);
            }
            vm.raised = Value::Empty;
            return Err(vm.type_error("can only join an iterable"));
        }
    };
    vm.collect_iter(it)
}
