//! `memoryview` over bytes, bytearray and arrays: one-dimensional views of any native
//! single-character format (`cast` changes it). Indexing, slicing (views share the buffer, so
//! writes reach the exporter) and comparison are in the VM (`bytesobj.rs`), the item formats
//! and export counting in `kestrel_vm::memview`.

use crate::args::*;
use kestrel_vm::bytesobj::{memview_bytes, set_readonly, RELEASED};
use kestrel_vm::memview;
use kestrel_vm::object::{builtin_base, MemView};
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    let cls = vm.types.memoryview;
    let methods: &'static [(&'static str, F)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("cast", cast),
        ("toreadonly", toreadonly),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    vm.add_methods(cls, methods);
    item_dunders(vm, cls);
    let v = vm.new_native("memoryview.__new__", memoryview_new);
    vm.class_set(cls, "__new__", v);
}

fn view<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'a MemView> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Obj::MemoryView(m) = g.obj() {
            // SAFETY: the view is the native's receiver argument, reachable from the register
            // stack for the whole call.
            return Ok(unsafe { &*(&**m as *const MemView) });
        }
    }
    let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{t}' object"
    )))
}

fn data(vm: &mut Vm, m: &MemView) -> PyResult<Vec<u8>> {
    memview_bytes(m).map_err(|e| vm.value_error(e))
}

fn memoryview_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut obj = args.get(1).copied();
    // Clinic counts keywords too.
    if args.len() + kw.len() > 2 {
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    for (k, v) in kw {
        if vm.key_str(*k) == "object" {
            obj = Some(*v);
        } else {
            let k = vm.key_str(*k);
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for memoryview()"
            )));
        }
    }
    let Some(obj) = obj else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    let src = builtin_base(obj);
    if let Value::Obj(g) = src {
        match g.obj() {
            Obj::MemoryView(m) => {
                if m.released.get() {
                    return Err(vm.value_error(RELEASED));
                }
                let (s, st, n, f) = (m.source, m.start, m.step, m.len);
                let (fmt, ro) = (m.fmt, m.readonly.get());
                let v = vm.new_memview(s, st, n, f, fmt);
                set_readonly(v, ro);
                return Ok(v);
            }
            _ => {
                if let Some((fmt, n, _)) = memview::source_shape(src) {
                    let size = memview::format_size(fmt).unwrap_or(1);
                    return Ok(vm.new_memview(src, 0, size as isize, n, fmt));
                }
            }
        }
    }
    let t = vm.type_name(obj);
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{t}'"
    )))
}

fn tobytes(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "tobytes")?;
    arity(vm, "tobytes", &args[1..], 0, 1)?;
    let d = data(vm, m)?;
    Ok(vm.new_bytes(d))
}

fn tolist(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "tolist")?;
    arity(vm, "tolist", &args[1..], 0, 0)?;
    let d = data(vm, m)?;
    let mut items = Vec::with_capacity(m.len);
    for x in d.chunks_exact(m.itemsize()) {
        items.push(vm.item_value(m.fmt, x)?);
    }
    Ok(vm.new_list(items))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "hex")?;
    arity(vm, "hex", &args[1..], 0, 2)?;
    let d = data(vm, m)?;
    super::bytes::hex_of(vm, &d, args, kw)
}

fn release(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "memoryview.release")?;
    let m = view(vm, args, "release")?;
    m.release();
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "__enter__")?;
    if m.released.get() {
        return Err(vm.value_error(RELEASED));
    }
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "__exit__")?;
    m.release();
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "memoryview.toreadonly")?;
    let m = view(vm, args, "toreadonly")?;
    if m.released.get() {
        return Err(vm.value_error(RELEASED));
    }
    let v = vm.new_memview(m.source, m.start, m.step, m.len, m.fmt);
    set_readonly(v, true);
    Ok(v)
}

fn cast(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let m = view(vm, args, "cast")?;
    let mut args = args.to_vec();
    for (k, v) in kw {
        let at = match vm.key_str(*k).as_str() {
            "format" => 1,
            "shape" => 2,
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "cast() got an unexpected keyword argument '{other}'"
                )));
            }
        };
        while args.len() <= at {
            args.push(Value::None);
        }
        args[at] = *v;
    }
    arity(vm, "cast", &args[1..], 1, 2)?;
    let Some(f) = as_str(args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    if m.released.get() {
        return Err(vm.value_error(RELEASED));
    }
    let f = f.strip_prefix('@').unwrap_or(f);
    let native = [
        "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "P",
    ];
    if !native.contains(&f) {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    }
    let fmt = f.as_bytes()[0];
    let size = memview::format_size(fmt).unwrap_or(1);
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let is_byte = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !is_byte(fmt) && !is_byte(m.fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize();
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let n = nbytes / size;
    if let Some(shape) = args.get(2) {
        // One dimension of all the items is the only shape a view here can have.
        let dims = match builtin_base(*shape) {
            Value::Obj(g) => match g.obj() {
                Obj::List(l) => Some(l.borrow().clone()),
                Obj::Tuple(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let Some(dims) = dims else {
            return Err(vm.type_error("shape must be a list or a tuple"));
        };
        for d in &dims {
            match builtin_base(*d) {
                Value::Int(i) if i > 0 => {}
                Value::Bool(true) => {}
                Value::Int(_) | Value::Bool(false) => {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    )
                }
                _ => {
                    return Err(
                        vm.type_error("memoryview.cast(): elements of shape must be integers")
                    )
                }
            }
        }
        if dims.len() != 1 {
            return Err(vm.raise_msg(
                "NotImplementedError",
                "memoryview.cast() to a shape of other than one dimension is not supported",
            ));
        }
        if vm.index_of(dims[0])? != Some(n as i64) {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    let (src, start, ro) = (m.source, m.start, m.readonly.get());
    let v = vm.new_memview(src, start, size as isize, n, fmt);
    set_readonly(v, ro);
    Ok(v)
}

/// `__getitem__`/`__setitem__`/`__delitem__`/`__len__` as methods, over the VM's protocol.
pub fn item_dunders(vm: &mut Vm, cls: kestrel_vm::Gc) {
    let methods: &'static [(&'static str, F)] = &[
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__len__", dunder_len),
    ];
    vm.add_methods(cls, methods);
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.getitem(builtin_base(args[0]), args[1])
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    vm.setitem(builtin_base(args[0]), args[1], args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    vm.delitem(builtin_base(args[0]), args[1])?;
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = crate::builtins::len_of(vm, builtin_base(args[0]))?;
    Ok(Value::Int(n as i64))
}
