//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
//! made from a code object (positional arguments only).

use kestrel_vm::{Obj, PyResult, Value, Vm};

pub fn new_from_code(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // args[0] is the class.
    let args = &args[1.min(args.len())..];
    if args.len() < 2 || args.len() > 5 {
        return Err(vm.type_error(format!(
            "function() takes from 2 to 5 positional arguments but {} were given",
            args.len()
        )));
    }
    let Some(code) = code_of(vm, args[0]) else {
        return Err(arg_type(vm, "code", "code", args[0]));
    };
    let globals = match args[1] {
        Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)) => g,
        v => return Err(arg_type(vm, "globals", "dict", v)),
    };
    let name = args.get(2).copied().unwrap_or(Value::None);
    if !name.is_none() && crate::args::as_str(name).is_none() {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = match args.get(3).copied().unwrap_or(Value::None) {
        Value::None => Vec::new(),
        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => match g.obj() {
            Obj::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        },
        _ => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let closure = match args.get(4).copied().unwrap_or(Value::None) {
        Value::None => Vec::new(),
        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => match g.obj() {
            Obj::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        },
        _ => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    let nfree = code.nfree as usize;
    if nfree > 0 && args.len() < 5 {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if closure.len() != nfree {
        let n = code.name;
        let msg = format!(
            "{n} requires closure of length {nfree}, not {}",
            closure.len()
        );
        return Err(vm.value_error(msg));
    }
    if closure
        .iter()
        .any(|c| !matches!(c, Value::Obj(g) if matches!(g.obj(), Obj::Cell(_))))
    {
        return Err(vm.type_error("arg 5 (closure) expected cell"));
    }
    let f = vm.new_function(code, globals, defaults, Value::None, closure);
    if !name.is_none() {
        let key = vm.intern("__name__");
        vm.setattr(f, key, name)?;
    }
    Ok(f)
}

fn arg_type(vm: &mut Vm, arg: &str, want: &str, v: Value) -> kestrel_vm::Raised {
    let t = vm.type_name(v);
    vm.type_error(format!(
        "function() argument '{arg}' must be {want}, not {t}"
    ))
}

/// The compiled code behind a code object. `f.__code__` is an instance of the code type
/// whose attributes are filled in when made; its `co_positions` method is bound to the
/// compiled code itself.
fn code_of(vm: &mut Vm, v: Value) -> Option<&'static kestrel_compiler::CodeObject> {
    let Value::Obj(g) = v else { return None };
    match g.obj() {
        Obj::Code(c) => Some(*c),
        Obj::Instance(i) if i.class.get().ptr_eq(vm.types.code) => {
            let key = vm.intern("co_positions");
            let h = kestrel_vm::strs::str_hash(kestrel_vm::strs::as_str(key)?);
            match i.attr_get(key, h)? {
                Value::Obj(m) => match m.obj() {
                    Obj::Native(n) => match n.bound {
                        Value::Obj(c) => match c.obj() {
                            Obj::Code(code) => Some(*code),
                            _ => None,
                        },
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}
