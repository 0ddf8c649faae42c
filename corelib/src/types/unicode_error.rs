//! The argument checks of `UnicodeEncodeError(encoding, object, start, end, reason)`,
//! `UnicodeDecodeError(...)` (object bytes-like) and
//! `UnicodeTranslateError(object, start, end, reason)`, run by `BaseException.__init__`.

use kestrel_vm::{PyResult, Value, Vm};

/// Which of the three classes `exc` is an instance of, if any.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Encode,
    Decode,
    Translate,
}

fn which(vm: &Vm, exc: Value) -> Option<Which> {
    let base = vm.exc_class_made("UnicodeError")?;
    if !vm.isinstance(exc, base) {
        return None;
    }
    let is = |c: &str| vm.exc_class_made(c).is_some_and(|k| vm.isinstance(exc, k));
    if is("UnicodeEncodeError") {
        Some(Which::Encode)
    } else if is("UnicodeDecodeError") {
        Some(Which::Decode)
    } else if is("UnicodeTranslateError") {
        Some(Which::Translate)
    } else {
        None
    }
}

fn must_str(vm: &mut Vm, v: Value, pos: usize) -> PyResult<()> {
    if vm.isinstance(v, vm.types.str_) {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("argument {pos} must be str, not {t}")))
}

fn must_index(vm: &mut Vm, v: Value) -> PyResult<()> {
    if vm.index_of(v)?.is_some() {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// Checks `args` (the receiver left out) for a Unicode*Error instance.
pub fn check_init(vm: &mut Vm, exc: Value, args: &[Value]) -> PyResult<()> {
    let Some(w) = which(vm, exc) else {
        return Ok(());
    };
    let n = if w == Which::Translate { 4 } else { 5 };
    if args.len() != n {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            args.len()
        )));
    }
    if w == Which::Translate {
        must_str(vm, args[0], 1)?;
        must_index(vm, args[1])?;
        must_index(vm, args[2])?;
        must_str(vm, args[3], 4)?;
        return Ok(());
    }
    must_str(vm, args[0], 1)?;
    if w == Which::Encode {
        must_str(vm, args[1], 2)?;
    }
    must_index(vm, args[2])?;
    must_index(vm, args[3])?;
    must_str(vm, args[4], 5)?;
    if w == Which::Decode && vm.buffer(args[1])?.is_none() {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    }
    Ok(())
}
