//! The `struct` module: packing values into C-layout bytes and back. A format string is
//! parsed into a `Layout` (item codes with their offsets); `struct.Struct` keeps one as its
//! native data. Error messages follow CPython's, including its quirk that on a
//! little-endian machine `<` and `=` formats use the native packers (and their messages)
//! wherever the native and standard sizes agree.

use crate::args::*;
use kestrel_vm::dict::Dict;
use kestrel_vm::object::{Extra, Instance, NativeData};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Raised, Value, Vm};
use num_traits::ToPrimitive;

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("struct", struct_module);
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `<` and `=` (on a little-endian machine).
    Little,
    /// `>` and `!`.
    Big,
}

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    /// Repeat count (for `s` and `p`: the byte length of the one item).
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
pub struct Layout {
    order: Order,
    /// Native packers and their messages (see the module comment).
    items: Vec<Item>,
    size: usize,
    /// How many values packing takes.
    nargs: usize,
}

impl NativeData for Layout {}

fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'<') | Some(b'=') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    const TOO_LONG: &str = "total struct size too long";
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n = 0usize;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                    .ok_or(TOO_LONG)?;
                i += 1;
            }
            if i >= body.len() {
                return Err("repeat count given without format specifier");
            }
            count = n;
        }
        let c = body[i];
        i += 1;
        let sz = match order {
            Order::Native => native_size(c),
            _ => std_size(c),
        }
        .ok_or("bad char in struct format")?;
        if order == Order::Native && !matches!(c, b's' | b'p') {
            size = size.div_ceil(sz).checked_mul(sz).ok_or(TOO_LONG)?;
        }
        let (n, span) = match c {
            b's' | b'p' => (1, count),
            b'x' => (0, count),
            _ => (count, count.checked_mul(sz).ok_or(TOO_LONG)?),
        };
        if count > 0 || matches!(c, b's' | b'p') {
            items.push(Item {
                code: c,
                count,
                offset: size,
                size: sz,
            });
        }
        nargs += n;
        size = size.checked_add(span).ok_or(TOO_LONG)?;
    }
    if size > isize::MAX as usize {
        return Err(TOO_LONG);
    }
    Ok(Layout {
        order,
        items,
        size,
        nargs,
    })
}

// ----- the module -----

fn struct_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = crate::modules::native_module(
        vm,
        "struct",
        &[
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
            ("calcsize", calcsize),
        ],
    );
    let exc = vm.exc_class("Exception");
    let err = vm.new_class("error", vec![exc], Dict::new());
    let modname = vm.new_str("struct");
    vm.class_set(err, "__module__", modname);
    let object = vm.types.object;
    let cls = vm.new_class("Struct", vec![object], Dict::new());
    let methods: &[(&'static str, F)] = &[
        ("Struct.pack", s_pack),
        ("Struct.pack_into", s_pack_into),
        ("Struct.unpack", s_unpack),
        ("Struct.unpack_from", s_unpack_from),
        ("Struct.iter_unpack", s_iter_unpack),
        ("Struct.__init__", s_init),
    ];
    crate::modules::class_methods(vm, cls, methods);
    // A static method: the instantiation path takes a bare native `__new__` of a class
    // made at run time for object's.
    let new = vm.new_native("Struct.__new__", struct_new);
    let new = vm.alloc(Obj::StaticMethod(new));
    vm.class_set(cls, "__new__", Value::Obj(new));
    vm.class_set(cls, "__module__", modname);
    let d = Vm::module_dict(m);
    for (name, v) in [("error", Value::Obj(err)), ("Struct", Value::Obj(cls))] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, v);
    }
    Ok(m)
}

/// Raises `struct.error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> Raised {
    let cls = match vm.import_one("struct") {
        Ok(m) => vm.getattr_str(Value::Obj(m), "error").ok(),
        Err(_) => None,
    };
    match cls {
        Some(Value::Obj(c)) => {
            let m = vm.new_str(msg);
            let e = vm.new_exception(c, vec![m]);
            vm.raise(e)
        }
        _ => vm.value_error(msg),
    }
}

/// The layout for a format argument (str or bytes).
fn layout_of(vm: &mut Vm, fmt: Value) -> PyResult<Layout> {
    let bytes: Vec<u8> = if let Some(s) = as_str(fmt) {
        s.as_bytes().to_vec()
    } else if let Some(Ok(b)) = kestrel_vm::bytesobj::bytes_like(fmt).filter(|_| is_bytes(fmt)) {
        b.into_owned()
    } else {
        let t = vm.type_name(fmt);
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {t}"
        )));
    };
    parse(&bytes).map_err(|m| error(vm, m))
}

fn is_bytes(v: Value) -> bool {
    matches!(kestrel_vm::object::builtin_base(v), Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)))
}

/// The format argument of a module-level function and the rest.
fn split_fmt<'a>(vm: &mut Vm, args: &'a [Value]) -> PyResult<(Layout, &'a [Value])> {
    let Some(&fmt) = args.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    Ok((layout_of(vm, fmt)?, &args[1..]))
}

fn calcsize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "calcsize", args, 1, 1)?;
    let l = layout_of(vm, args[0])?;
    Ok(Value::Int(l.size as i64))
}

fn pack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (l, vals) = split_fmt(vm, args)?;
    do_pack(vm, &l, vals)
}

fn pack_into(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (l, rest) = split_fmt(vm, args)?;
    do_pack_into(vm, &l, rest)
}

fn unpack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "unpack", args, 2, 2)?;
    let l = layout_of(vm, args[0])?;
    do_unpack(vm, &l, args[1])
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = split_fmt(vm, args)?;
    do_unpack_from(vm, &l, rest, kw)
}

fn iter_unpack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "iter_unpack", args, 2, 2)?;
    let l = layout_of(vm, args[0])?;
    do_iter_unpack(vm, &l, args[1])
}

// ----- struct.Struct -----

fn struct_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().copied() else {
        return Err(vm.type_error("Struct.__new__(X): X is not a type object"));
    };
    let fmt = args.get(1).copied().or_else(|| kwarg(vm, kw, "format"));
    let Some(fmt) = fmt else {
        return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
    };
    let l = layout_of(vm, fmt)?;
    let size = l.size as i64;
    let fmt = match as_str(fmt) {
        Some(_) => fmt,
        None => {
            let s = String::from_utf8_lossy(
                &kestrel_vm::bytesobj::bytes_like(fmt)
                    .and_then(|r| r.ok())
                    .unwrap_or_default(),
            )
            .into_owned();
            vm.new_string(s)
        }
    };
    let obj = vm.alloc(Obj::Instance(Instance::with_extra(
        cls,
        Extra::Native(Box::new(l)),
    )));
    let d = Value::Obj(obj);
    for (name, v) in [("format", fmt), ("size", Value::Int(size))] {
        let k = vm.intern(name);
        vm.setattr(d, k, v)?;
    }
    Ok(d)
}

fn s_init(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn this<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a Layout> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Obj::Instance(i) = g.obj() {
            if let Some(l) = i.native::<Layout>() {
                // SAFETY: the Struct is the native's receiver argument (reachable from the
                // register stack for the whole call); its native data never changes.
                return Ok(unsafe { &*(l as *const Layout) });
            }
        }
    }
    Err(vm.type_error("descriptor for 'Struct' objects doesn't apply to this object"))
}

fn s_pack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = this(vm, args)?;
    do_pack(vm, l, &args[1..])
}

fn s_pack_into(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = this(vm, args)?;
    do_pack_into(vm, l, &args[1..])
}

fn s_unpack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = this(vm, args)?;
    arity(vm, "unpack", &args[1..], 1, 1)?;
    do_unpack(vm, l, args[1])
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = this(vm, args)?;
    do_unpack_from(vm, l, &args[1..], kw)
}

fn s_iter_unpack(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = this(vm, args)?;
    arity(vm, "iter_unpack", &args[1..], 1, 1)?;
    do_iter_unpack(vm, l, args[1])
}

// ----- the work -----

fn do_pack(vm: &mut Vm, l: &Layout, vals: &[Value]) -> PyResult<Value> {
    if vals.len() != l.nargs {
        return Err(error(
            vm,
            &format!(
                "pack expected {} items for packing (got {})",
                l.nargs,
                vals.len()
            ),
        ));
    }
    let mut out = vm.try_vec(l.size)?;
    out.resize(l.size, 0u8);
    write_items(vm, l, vals, &mut out)?;
    Ok(vm.new_bytes(out))
}

fn do_pack_into(vm: &mut Vm, l: &Layout, rest: &[Value]) -> PyResult<Value> {
    if rest.len() < 2 {
        let msg = if rest.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        };
        return Err(vm.type_error(msg));
    }
    let (buf, off, vals) = (rest[0], rest[1], &rest[2..]);
    if vals.len() != l.nargs {
        return Err(error(
            vm,
            &format!(
                "pack_into expected {} items for packing (got {})",
                l.nargs,
                vals.len()
            ),
        ));
    }
    // A bytearray, a writable contiguous memoryview, or an array: (exporter, first byte, size).
    let base = kestrel_vm::object::builtin_base(buf);
    let target = match base {
        Value::Obj(g) => match g.obj() {
            Obj::ByteArray(b) => Some((base, 0, b.borrow().len())),
            Obj::MemoryView(m)
                if !m.released.get()
                    && m.contiguous()
                    && kestrel_vm::bytesobj::memview_writable(m) =>
            {
                Some((m.source, m.start, m.len * m.itemsize()))
            }
            Obj::Instance(_) if kestrel_vm::memview::source_shape(base).is_some() => {
                kestrel_vm::memview::with_source(base, |b| b.len()).map(|n| (base, 0, n))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((src, start, len)) = target else {
        let t = vm.type_name(buf);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {t}"
        )));
    };
    let mut off = as_int(vm, off, "")?;
    if off < 0 {
        if off + (l.size as i64) > 0 {
            return Err(error(
                vm,
                &format!("no space to pack {} bytes at offset {off}", l.size),
            ));
        }
        if off + (len as i64) < 0 {
            return Err(error(
                vm,
                &format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len < l.size || off > len - l.size {
        return Err(error(
            vm,
            &format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {off} (actual buffer size is {len})",
                l.size + off,
                l.size
            ),
        ));
    }
    let mut out = vm.try_vec(l.size)?;
    out.resize(l.size, 0u8);
    write_items(vm, l, vals, &mut out)?;
    let at = start + off;
    kestrel_vm::memview::with_source_mut(src, |b| {
        if at + l.size <= b.len() {
            b[at..at + l.size].copy_from_slice(&out);
        }
    });
    Ok(Value::None)
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn do_unpack(vm: &mut Vm, l: &Layout, buf: Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    if data.len() != l.size {
        return Err(error(
            vm,
            &format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    read_items(vm, l, &data)
}

fn do_unpack_from(vm: &mut Vm, l: &Layout, rest: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut buf = rest.first().copied();
    let mut off = rest.get(1).copied();
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "buffer" => buf = Some(*v),
            "offset" => off = Some(*v),
            other => {
                return Err(vm.type_error(format!(
                    "unpack_from() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(buf) = buf else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 1)"));
    };
    let data = buffer_arg(vm, buf)?;
    let len = data.len();
    let mut off = match off {
        Some(o) => as_int(vm, o, "")?,
        None => 0,
    };
    if off < 0 {
        if off + (len as i64) < 0 {
            return Err(error(
                vm,
                &format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        if off + (l.size as i64) > 0 {
            return Err(error(
                vm,
                &format!("not enough data to unpack {} bytes at offset {off}", l.size),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len < l.size || off > len - l.size {
        return Err(error(
            vm,
            &format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
                l.size + off,
                l.size
            ),
        ));
    }
    read_items(vm, l, &data[off..off + l.size])
}

fn do_iter_unpack(vm: &mut Vm, l: &Layout, buf: Value) -> PyResult<Value> {
    if l.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer_arg(vm, buf)?;
    if data.len() % l.size != 0 {
        return Err(error(
            vm,
            &format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    // Unpacked at once: the buffer is copied anyway, so no later change can show through.
    let mut tuples = Vec::with_capacity(data.len() / l.size);
    for chunk in data.chunks_exact(l.size) {
        tuples.push(read_items(vm, l, chunk)?);
    }
    let list = vm.new_list(tuples);
    vm.get_iter(list)
}

// ----- packing one item -----

/// An integer argument as i128 (None when it does not even fit that).
fn int_of(vm: &mut Vm, v: Value) -> PyResult<Option<i128>> {
    let r = match v {
        Value::Float(_) => None,
        _ => vm.index_value(v)?,
    };
    match r {
        Some(Value::Int(i)) => Ok(Some(i as i128)),
        Some(Value::Obj(g)) => match g.obj() {
            Obj::BigInt(b) => Ok(b.to_i128()),
            _ => Ok(None),
        },
        _ => Err(error(vm, "required argument is not an integer")),
    }
}

fn fits_i64(x: Option<i128>) -> Option<i128> {
    x.filter(|x| i64::try_from(*x).is_ok())
}

fn fits_u64(x: Option<i128>) -> Option<i128> {
    x.filter(|x| u64::try_from(*x).is_ok())
}

fn range_msg(code: u8, lo: i128, hi: i128) -> String {
    format!("'{}' format requires {lo} <= number <= {hi}", code as char)
}

/// The integer to store for `code`, checked as CPython checks it for `order`.
fn int_item(vm: &mut Vm, order: Order, code: u8, v: Value) -> PyResult<i128> {
    let x = int_of(vm, v)?;
    const OOR: &str = "argument out of range";
    let native = order == Order::Native || (order == Order::Little && !matches!(code, b'l' | b'L'));
    let checked = |lo: i128, hi: i128, x: i128, msg: String| -> Result<i128, String> {
        if x < lo || x > hi {
            Err(msg)
        } else {
            Ok(x)
        }
    };
    let r: Result<i128, String> = match code {
        b'b' => match fits_i64(x) {
            None => Err(OOR.into()),
            Some(x) => checked(
                -128,
                127,
                x,
                "byte format requires -128 <= number <= 127".into(),
            ),
        },
        b'B' => match fits_i64(x) {
            None => Err(OOR.into()),
            Some(x) => checked(0, 255, x, "ubyte format requires 0 <= number <= 255".into()),
        },
        b'h' | b'i' | b'l' if !(native && code == b'l') => {
            let bits = if code == b'h' { 16 } else { 32 };
            let (lo, hi) = (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1);
            match fits_i64(x) {
                None => Err(OOR.into()),
                Some(x) if native && code == b'h' => checked(
                    lo,
                    hi,
                    x,
                    "short format requires -32768 <= number <= 32767".into(),
                ),
                Some(x) => checked(lo, hi, x, range_msg(code, lo, hi)),
            }
        }
        b'H' if native => match fits_i64(x) {
            None => Err(OOR.into()),
            Some(x) => checked(
                0,
                65535,
                x,
                "ushort format requires 0 <= number <= 65535".into(),
            ),
        },
        b'H' | b'I' | b'L' if !(native && code == b'L') => {
            let hi = if code == b'H' {
                65535
            } else {
                u32::MAX as i128
            };
            match fits_u64(x) {
                None => Err(OOR.into()),
                Some(x) => checked(0, hi, x, range_msg(code, 0, hi)),
            }
        }
        b'q' | b'l' | b'n' => match fits_i64(x) {
            None if order == Order::Big => Err("int too large to convert".into()),
            None => Err(OOR.into()),
            Some(x) => Ok(x),
        },
        b'P' => match x.filter(|x| i64::try_from(*x).is_ok() || u64::try_from(*x).is_ok()) {
            None => Err("int too large to convert".into()),
            Some(x) => Ok(x),
        },
        _ => match fits_u64(x) {
            // Q, L, N
            None if order == Order::Big => Err("int too large to convert".into()),
            None => Err(OOR.into()),
            Some(x) => Ok(x),
        },
    };
    r.map_err(|m| error(vm, &m))
}

fn float_item(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(x),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => match crate::builtins::to_f64(vm, v) {
            Ok(x) => Ok(x),
            Err(_) => {
                vm.raised = Value::Empty;
                Err(error(vm, "required argument is not a float"))
            }
        },
    }
}

fn put(out: &mut [u8], order: Order, bytes_le: &[u8]) {
    let n = bytes_le.len();
    if order == Order::Big {
        for (i, b) in bytes_le.iter().rev().enumerate() {
            out[i] = *b;
        }
    } else {
        out[..n].copy_from_slice(bytes_le);
    }
}

fn write_items(vm: &mut Vm, l: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut k = 0;
    for it in &l.items {
        match it.code {
            b'x' => continue,
            b's' | b'p' => {
                let v = vals[k];
                k += 1;
                let data = match kestrel_vm::object::builtin_base(v) {
                    Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                        vm.buffer(v)?.map(|b| b.into_owned()).unwrap_or_default()
                    }
                    _ => {
                        return Err(error(
                            vm,
                            &format!("argument for '{}' must be a bytes object", it.code as char),
                        ))
                    }
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
                continue;
            }
            _ => {}
        }
        for j in 0..it.count {
            let v = vals[k];
            k += 1;
            let dst = &mut out[it.offset + j * it.size..it.offset + (j + 1) * it.size];
            match it.code {
                b'c' => match kestrel_vm::object::builtin_base(v) {
                    Value::Obj(g) if matches!(g.obj(), Obj::Bytes(b) if b.len() == 1) => {
                        if let Obj::Bytes(b) = g.obj() {
                            dst[0] = b[0];
                        }
                    }
                    _ => return Err(error(vm, "char format requires a bytes object of length 1")),
                },
                b'?' => dst[0] = vm.truthy(v)? as u8,
                b'e' => {
                    let x = float_item(vm, v)?;
                    let h = match f64_to_half(x) {
                        Some(h) => h,
                        // CPython converts an int operand through a path with its own message.
                        None if matches!(
                            kestrel_vm::ops::as_num(kestrel_vm::object::builtin_base(v)),
                            Some(kestrel_vm::ops::Num::Int(_) | kestrel_vm::ops::Num::Big(_))
                        ) =>
                        {
                            return Err(error(vm, "int too large to convert"))
                        }
                        None => {
                            return Err(vm.raise_msg(
                                "OverflowError",
                                "float too large to pack with e format",
                            ))
                        }
                    };
                    put(dst, l.order, &h.to_le_bytes());
                }
                b'f' => {
                    let x = float_item(vm, v)?;
                    let y = x as f32;
                    // Native `@f` packs with a plain C cast (inf on overflow), the standard sizes check.
                    if y.is_infinite() && x.is_finite() && l.order != Order::Native {
                        return Err(
                            vm.raise_msg("OverflowError", "float too large to pack with f format")
                        );
                    }
                    put(dst, l.order, &y.to_le_bytes());
                }
                b'd' => {
                    let x = float_item(vm, v)?;
                    put(dst, l.order, &x.to_le_bytes());
                }
                code => {
                    let x = int_item(vm, l.order, code, v)?;
                    let le = (x as u128).to_le_bytes();
                    put(dst, l.order, &le[..it.size]);
                }
            }
        }
    }
    Ok(())
}

/// IEEE 754 binary16 bits of `x`, rounded half to even; None when too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Work in units of the smallest subnormal (2**-24), rounding half to even.
    let (m, e) = crate::modules::frexp(a); // a = m * 2**e, 0.5 <= m < 1
    if e < -13 {
        // Subnormal (or rounds to zero / the smallest normal).
        let units = a * 2f64.powi(24);
        let r = round_half_even(units);
        return Some(sign | r as u16);
    }
    // Normal: 11 significant bits.
    let mant = m * 2048.0; // 1024 <= mant < 2048
    let mut r = round_half_even(mant) as u32;
    let mut exp = e - 1 + 15; // biased exponent of 1.xxx * 2**(e-1)
    if r == 2048 {
        r = 1024;
        exp += 1;
    }
    if exp >= 31 {
        return None;
    }
    Some(sign | ((exp as u16) << 10) | (r as u16 & 0x3ff))
}

fn round_half_even(x: f64) -> f64 {
    let f = x.floor();
    let d = x - f;
    if d > 0.5 || (d == 0.5 && f % 2.0 != 0.0) {
        f + 1.0
    } else {
        f
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn get(src: &[u8], order: Order) -> u128 {
    let mut le = [0u8; 16];
    if order == Order::Big {
        for (i, b) in src.iter().rev().enumerate() {
            le[i] = *b;
        }
    } else {
        le[..src.len()].copy_from_slice(src);
    }
    u128::from_le_bytes(le)
}

fn read_items(vm: &mut Vm, l: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(l.nargs);
    for it in &l.items {
        match it.code {
            b'x' => continue,
            b's' => {
                let b = data[it.offset..it.offset + it.count].to_vec();
                vals.push(vm.new_bytes(b));
                continue;
            }
            b'p' => {
                let src = &data[it.offset..it.offset + it.count];
                let n = if it.count == 0 {
                    0
                } else {
                    (src[0] as usize).min(it.count - 1)
                };
                let b = if it.count == 0 {
                    vec![]
                } else {
                    src[1..1 + n].to_vec()
                };
                vals.push(vm.new_bytes(b));
                continue;
            }
            _ => {}
        }
        for j in 0..it.count {
            let src = &data[it.offset + j * it.size..it.offset + (j + 1) * it.size];
            let raw = get(src, l.order);
            let v = match it.code {
                b'c' => vm.new_bytes(vec![src[0]]),
                b'?' => Value::Bool(src[0] != 0),
                b'e' => Value::Float(half_to_f64(raw as u16)),
                b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                b'd' => Value::Float(f64::from_bits(raw as u64)),
                b'b' => Value::Int(raw as u8 as i8 as i64),
                b'h' => Value::Int(raw as u16 as i16 as i64),
                b'i' => Value::Int(raw as u32 as i32 as i64),
                b'l' if it.size == 4 => Value::Int(raw as u32 as i32 as i64),
                b'l' | b'q' | b'n' => Value::Int(raw as u64 as i64),
                _ => {
                    let u = raw as u64;
                    match i64::try_from(u) {
                        Ok(i) => Value::Int(i),
                        Err(_) => vm.new_bigint(u.into()),
                    }
                }
            };
            vals.push(v);
        }
    }
    Ok(vm.new_tuple(vals))
}
