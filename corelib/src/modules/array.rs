//! The `array` module: `array.array`, a typed sequence of machine numbers kept as raw
//! native-endian bytes. An array is an instance of a class made at import whose Rust data
//! (`ArrayData`, `Extra::Native`) holds the typecode and the bytes; the VM reaches its
//! methods through the ordinary instance paths (`__getitem__`, `__len__`, ...), and its
//! bytes through the buffer protocol (`NativeData::buffer`).

use crate::args::*;
use crate::builtins::to_f64;
use kestrel_vm::dict::Dict;
use kestrel_vm::object::{Extra, Instance, IterKind, NativeData};
use kestrel_vm::ops::Cmp;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use num_bigint::Sign;
use std::cell::RefCell;

type F = kestrel_vm::object::NativeFnPtr;

const TYPECODES: &str = "bBuhHiIlLqQfd";
const NEW_NAME: &str = "array.__new__";

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("array", array_module);
}

/// An array's typecode and items.
pub struct ArrayData {
    code: u8,
    data: RefCell<Vec<u8>>,
    /// An instance of `array.array` itself, not of a subclass (which may override
    /// `__getitem__`/`__setitem__`): the VM's fast item paths apply.
    exact: bool,
}

impl ArrayData {
    /// The number at index `i` (negative from the end), or None for 'u' arrays, unsigned
    /// 64-bit items past i64 and indexes out of range (the general path handles those).
    fn number_at(&self, i: i64) -> Option<Value> {
        let d = self.data.borrow();
        let sz = item_size(self.code);
        let n = (d.len() / sz) as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return None;
        }
        let off = j as usize * sz;
        let b = &d[off..off + sz];
        macro_rules! rd {
            ($t:ty) => {
                <$t>::from_ne_bytes(b.try_into().ok()?)
            };
        }
        Some(match self.code {
            b'd' => Value::Float(rd!(f64)),
            b'f' => Value::Float(rd!(f32) as f64),
            b'b' => Value::Int(b[0] as i8 as i64),
            b'B' => Value::Int(b[0] as i64),
            b'h' => Value::Int(rd!(i16) as i64),
            b'H' => Value::Int(rd!(u16) as i64),
            b'i' => Value::Int(rd!(i32) as i64),
            b'I' => Value::Int(rd!(u32) as i64),
            b'l' | b'q' => Value::Int(rd!(i64)),
            b'L' | b'Q' => Value::Int(i64::try_from(rd!(u64)).ok()?),
            _ => return None,
        })
    }
}

impl NativeData for ArrayData {
    fn seq_iter_type(&self) -> Option<kestrel_vm::lazytypes::LazyType> {
        Some(kestrel_vm::lazytypes::LazyType::ArrayIterator)
    }

    fn buffer(&self) -> Option<Vec<u8>> {
        Some(self.data.borrow().clone())
    }

    fn buffer_format(&self) -> Option<u8> {
        // A 'u' array's wchar_t items have the format 'w'.
        Some(if self.code == b'u' { b'w' } else { self.code })
    }

    fn with_buffer(&self, f: &mut dyn FnMut(&[u8])) {
        f(&self.data.borrow())
    }

    fn with_buffer_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        f(&mut self.data.borrow_mut());
        true
    }

    fn get_item(&self, key: Value) -> Option<Value> {
        let Value::Int(i) = key else { return None };
        if !self.exact {
            return None;
        }
        self.number_at(i)
    }

    fn iter_item(&self, i: usize) -> Option<Option<Value>> {
        if i >= item_count(self) {
            return Some(None);
        }
        self.number_at(i as i64).map(Some)
    }

    fn set_item(&self, key: Value, v: Value) -> bool {
        let Value::Int(i) = key else { return false };
        if !self.exact {
            return false;
        }
        let mut d = self.data.borrow_mut();
        let sz = item_size(self.code);
        let n = (d.len() / sz) as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return false;
        }
        let off = j as usize * sz;
        let dst = &mut d[off..off + sz];
        match (self.code, v) {
            (b'd', Value::Float(x)) => dst.copy_from_slice(&x.to_ne_bytes()),
            (b'd', Value::Int(x)) => dst.copy_from_slice(&(x as f64).to_ne_bytes()),
            (b'f', Value::Float(x)) => dst.copy_from_slice(&(x as f32).to_ne_bytes()),
            (b'b', Value::Int(x)) if i8::try_from(x).is_ok() => dst[0] = x as u8,
            (b'B', Value::Int(x)) if u8::try_from(x).is_ok() => dst[0] = x as u8,
            (b'h', Value::Int(x)) if i16::try_from(x).is_ok() => {
                dst.copy_from_slice(&(x as i16).to_ne_bytes())
            }
            (b'H', Value::Int(x)) if u16::try_from(x).is_ok() => {
                dst.copy_from_slice(&(x as u16).to_ne_bytes())
            }
            (b'i', Value::Int(x)) if i32::try_from(x).is_ok() => {
                dst.copy_from_slice(&(x as i32).to_ne_bytes())
            }
            (b'I', Value::Int(x)) if u32::try_from(x).is_ok() => {
                dst.copy_from_slice(&(x as u32).to_ne_bytes())
            }
            (b'l' | b'q', Value::Int(x)) => dst.copy_from_slice(&x.to_ne_bytes()),
            _ => return false,
        }
        true
    }
}

/// CPython's BufferError for resizing an array while a memoryview of it is alive.
fn resizable(vm: &mut Vm, arr: Value) -> PyResult<()> {
    if vm.may_resize(arr) {
        return Ok(());
    }
    Err(vm.raise_msg(
        "BufferError",
        "cannot resize an array that is exporting buffers",
    ))
}

fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

fn array_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("array");
    let object = vm.types.object;
    let cls = vm.new_class("array", vec![object], Dict::new());
    let methods: &[(&'static str, F)] = &[
        ("array.append", append),
        ("array.extend", extend),
        ("array.insert", insert),
        ("array.pop", pop),
        ("array.remove", remove),
        ("array.index", index),
        ("array.count", count),
        ("array.reverse", reverse),
        ("array.tobytes", tobytes),
        ("array.frombytes", frombytes),
        ("array.tolist", tolist),
        ("array.fromlist", fromlist),
        ("array.tounicode", tounicode),
        ("array.fromunicode", fromunicode),
        ("array.buffer_info", buffer_info),
        ("array.byteswap", byteswap),
        ("array.tofile", tofile),
        ("array.fromfile", fromfile),
        ("array.__len__", len),
        ("array.__getitem__", getitem),
        ("array.__setitem__", setitem),
        ("array.__delitem__", delitem),
        ("array.__contains__", contains),
        ("array.__iter__", iter),
        ("array.__repr__", repr),
        ("array.__add__", add),
        ("array.__iadd__", iadd),
        ("array.__mul__", mul),
        ("array.__rmul__", mul),
        ("array.__imul__", imul),
        ("array.__eq__", eq),
        ("array.__ne__", ne),
        ("array.__lt__", lt),
        ("array.__le__", le),
        ("array.__gt__", gt),
        ("array.__ge__", ge),
        ("array.__copy__", copy),
        ("array.__deepcopy__", copy),
    ];
    crate::modules::class_methods(vm, cls, methods);
    for (n, f) in [("typecode", typecode as F), ("itemsize", itemsize as F)] {
        let get = vm.new_native(n, f);
        let p = vm.alloc(Obj::Property(get, Value::None, Value::None));
        vm.class_set(cls, n, Value::Obj(p));
    }
    // A static method: the instantiation path takes a bare native `__new__` of a class
    // made at run time for object's.
    let new = vm.new_native(NEW_NAME, array_new);
    let new = vm.alloc(Obj::StaticMethod(new));
    vm.class_set(cls, "__new__", Value::Obj(new));
    vm.class_set(cls, "__hash__", Value::None);
    let modname = vm.new_str("array");
    vm.class_set(cls, "__module__", modname);
    let d = Vm::module_dict(m);
    for (name, v) in [
        ("array", Value::Obj(cls)),
        ("ArrayType", Value::Obj(cls)),
        ("typecodes", vm.new_str(TYPECODES)),
    ] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, v);
    }
    Ok(m)
}

/// The array data of `v`, if it is an array.
fn as_array<'a>(v: Value) -> Option<&'a ArrayData> {
    let Value::Obj(g) = v else { return None };
    let Obj::Instance(i) = g.obj() else {
        return None;
    };
    let d = i.native::<ArrayData>()?;
    // SAFETY: `v` is an argument of the running native (reachable from the register stack
    // for the whole call), and an instance's native data never changes or moves.
    Some(unsafe { &*(d as *const ArrayData) })
}

/// The receiver of an array method.
fn this<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'a ArrayData> {
    if let Some(a) = args.first().and_then(|v| as_array(*v)) {
        return Ok(a);
    }
    let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'array.array' objects doesn't apply to a '{t}' object"
    )))
}

/// `array.array` itself: the class in the receiver's MRO whose `__new__` is ours (results of
/// slicing, `+` and `*` are plain arrays even for subclasses, as in CPython).
fn base_class(vm: &mut Vm, v: Value) -> Gc {
    let cls = vm.type_of(v);
    let mro = match cls.obj() {
        Obj::Class(c) => c.mro.borrow().clone(),
        _ => vec![cls],
    };
    mro.into_iter()
        .find(|k| is_array_class(vm, *k))
        .unwrap_or(cls)
}

/// Whether `cls` is `array.array` (its own `__new__` is ours).
fn is_array_class(vm: &mut Vm, cls: Gc) -> bool {
    let Obj::Class(c) = cls.obj() else {
        return false;
    };
    let new = vm.intern("__new__");
    let d = vm.class_dict(c).borrow().get_str(new, str_hash(new));
    let Some(Value::Obj(sm)) = d else {
        return false;
    };
    matches!(sm.obj(), Obj::StaticMethod(Value::Obj(f))
        if matches!(f.obj(), Obj::Native(n) if n.name == NEW_NAME))
}

fn str_hash(k: Gc) -> u64 {
    match k.obj() {
        Obj::Str(s) => kestrel_vm::strs::str_hash(s),
        _ => 0,
    }
}

fn new_array(vm: &mut Vm, cls: Gc, code: u8, data: Vec<u8>) -> Value {
    vm.heap.note_size(data.len() / 16);
    let exact = is_array_class(vm, cls);
    Value::Obj(vm.alloc(Obj::Instance(Instance::with_extra(
        cls,
        Extra::Native(Box::new(ArrayData {
            code,
            data: RefCell::new(data),
            exact,
        })),
    ))))
}

/// A new plain array like `like` (same base class).
fn new_like(vm: &mut Vm, like: Value, code: u8, data: Vec<u8>) -> Value {
    let cls = base_class(vm, like);
    new_array(vm, cls, code, data)
}

// ----- item conversion -----

/// The item at byte offset `off` as a Python value.
fn load(vm: &mut Vm, code: u8, b: &[u8]) -> PyResult<Value> {
    macro_rules! rd {
        ($t:ty) => {
            <$t>::from_ne_bytes(b[..std::mem::size_of::<$t>()].try_into().unwrap())
        };
    }
    Ok(match code {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(rd!(i16) as i64),
        b'H' => Value::Int(rd!(u16) as i64),
        b'i' => Value::Int(rd!(i32) as i64),
        b'I' => Value::Int(rd!(u32) as i64),
        b'l' | b'q' => Value::Int(rd!(i64)),
        b'L' | b'Q' => {
            let x = rd!(u64);
            if x <= i64::MAX as u64 {
                Value::Int(x as i64)
            } else {
                vm.new_bigint(x.into())
            }
        }
        b'f' => Value::Float(rd!(f32) as f64),
        b'd' => Value::Float(rd!(f64)),
        _ => {
            let c = rd!(u32);
            match char::from_u32(c) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    vm.new_str(ch.encode_utf8(&mut buf))
                }
                None => {
                    return Err(vm.value_error(format!(
                        "character U+{c:x} is not in range [U+0000; U+10ffff]"
                    )))
                }
            }
        }
    })
}

/// An int argument as i64, or the sign of a value too big for it.
enum IntArg {
    Small(i64),
    Big(bool),
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<IntArg> {
    let r = match v {
        Value::Float(_) => None,
        _ => vm.index_value(v)?,
    };
    match r {
        Some(Value::Int(i)) => Ok(IntArg::Small(i)),
        Some(Value::Obj(g)) => match g.obj() {
            Obj::BigInt(b) => Ok(IntArg::Big(b.sign() == Sign::Minus)),
            _ => Ok(IntArg::Small(0)),
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn overflow(vm: &mut Vm, msg: &str) -> kestrel_vm::Raised {
    vm.raise_msg("OverflowError", msg)
}

/// Checks `i` against `lo..=hi`, naming the C type as CPython's messages do.
fn range_check(vm: &mut Vm, i: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if i < lo {
        return Err(overflow(vm, &format!("{what} is less than minimum")));
    }
    if i > hi {
        return Err(overflow(vm, &format!("{what} is greater than maximum")));
    }
    Ok(i)
}

/// Converts `v` to an item of type `code` and appends its bytes to `out`.
fn pack(vm: &mut Vm, code: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'f' => {
            let x = to_f64(vm, v)?;
            out.extend_from_slice(&(x as f32).to_ne_bytes());
            return Ok(());
        }
        b'd' => {
            let x = match v {
                Value::Float(x) => x,
                _ => to_f64(vm, v)?,
            };
            out.extend_from_slice(&x.to_ne_bytes());
            return Ok(());
        }
        b'u' => {
            let c = match as_str(v) {
                Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
                _ => return Err(vm.type_error("array item must be unicode character")),
            };
            out.extend_from_slice(&(c as u32).to_ne_bytes());
            return Ok(());
        }
        _ => {}
    }
    let n = int_arg(vm, v)?;
    let long_msg = "Python int too large to convert to C long";
    let ulong_msg = "Python int too large to convert to C unsigned long";
    match code {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' => {
            let IntArg::Small(i) = n else {
                return Err(overflow(vm, long_msg));
            };
            match code {
                b'b' => {
                    let i = range_check(vm, i, -32768, 32767, "signed short integer")?;
                    let i = range_check(vm, i, -128, 127, "signed char")?;
                    out.push(i as i8 as u8);
                }
                b'B' => {
                    let i = range_check(vm, i, 0, 255, "unsigned byte integer")?;
                    out.push(i as u8);
                }
                b'h' => {
                    let i = range_check(vm, i, -32768, 32767, "signed short integer")?;
                    out.extend_from_slice(&(i as i16).to_ne_bytes());
                }
                b'H' => {
                    let (lo, hi) = (i32::MIN as i64, i32::MAX as i64);
                    let i = range_check(vm, i, lo, hi, "signed integer")?;
                    let i = range_check(vm, i, 0, 65535, "unsigned short")?;
                    out.extend_from_slice(&(i as u16).to_ne_bytes());
                }
                b'i' => {
                    let (lo, hi) = (i32::MIN as i64, i32::MAX as i64);
                    let i = range_check(vm, i, lo, hi, "signed integer")?;
                    out.extend_from_slice(&(i as i32).to_ne_bytes());
                }
                _ => out.extend_from_slice(&i.to_ne_bytes()),
            }
        }
        b'q' => match n {
            IntArg::Small(i) => out.extend_from_slice(&i.to_ne_bytes()),
            IntArg::Big(_) => return Err(overflow(vm, "int too big to convert")),
        },
        b'I' | b'L' => {
            let neg = "can't convert negative value to unsigned int";
            let u = match n {
                IntArg::Small(i) if i < 0 => return Err(overflow(vm, neg)),
                IntArg::Small(i) => i as u64,
                IntArg::Big(true) => return Err(overflow(vm, neg)),
                IntArg::Big(false) => match v_as_u64(vm, v)? {
                    Some(u) => u,
                    None => return Err(overflow(vm, ulong_msg)),
                },
            };
            if code == b'I' {
                if u > u32::MAX as u64 {
                    return Err(overflow(vm, "unsigned int is greater than maximum"));
                }
                out.extend_from_slice(&(u as u32).to_ne_bytes());
            } else {
                out.extend_from_slice(&u.to_ne_bytes());
            }
        }
        _ => {
            // 'Q'
            let u = match n {
                IntArg::Small(i) if i < 0 => {
                    return Err(overflow(vm, "can't convert negative int to unsigned"))
                }
                IntArg::Small(i) => i as u64,
                IntArg::Big(true) => {
                    return Err(overflow(vm, "can't convert negative int to unsigned"))
                }
                IntArg::Big(false) => match v_as_u64(vm, v)? {
                    Some(u) => u,
                    None => return Err(overflow(vm, "int too big to convert")),
                },
            };
            out.extend_from_slice(&u.to_ne_bytes());
        }
    }
    Ok(())
}

/// A non-negative big int (or `__index__` result) as u64, if it fits.
fn v_as_u64(vm: &mut Vm, v: Value) -> PyResult<Option<u64>> {
    use num_traits::ToPrimitive;
    Ok(match vm.index_value(v)? {
        Some(Value::Obj(g)) => match g.obj() {
            Obj::BigInt(b) => b.to_u64(),
            _ => None,
        },
        Some(Value::Int(i)) => u64::try_from(i).ok(),
        _ => None,
    })
}

/// Packs every item of `items` (converted one by one; stops at the first bad one).
fn pack_all(vm: &mut Vm, code: u8, items: &[Value], out: &mut Vec<u8>) -> PyResult<()> {
    out.reserve(items.len() * item_size(code));
    for v in items {
        pack(vm, code, *v, out)?;
    }
    Ok(())
}

/// The items of an array as Python values.
fn items_of(vm: &mut Vm, a: &ArrayData) -> PyResult<Vec<Value>> {
    let data = a.data.borrow().clone();
    let sz = item_size(a.code);
    let mut out = Vec::with_capacity(data.len() / sz);
    for chunk in data.chunks_exact(sz) {
        out.push(load(vm, a.code, chunk)?);
    }
    Ok(out)
}

fn item_count(a: &ArrayData) -> usize {
    a.data.borrow().len() / item_size(a.code)
}

fn item_at(vm: &mut Vm, a: &ArrayData, i: usize) -> PyResult<Value> {
    let sz = item_size(a.code);
    let d = a.data.borrow();
    let mut buf = [0u8; 8];
    buf[..sz].copy_from_slice(&d[i * sz..(i + 1) * sz]);
    drop(d);
    load(vm, a.code, &buf)
}

// ----- construction -----

fn array_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().copied() else {
        return Err(vm.type_error("array.__new__(X): X is not a type object"));
    };
    if !kw.is_empty() {
        // Keywords are for a subclass's own `__init__`; without one they are an error.
        let init = vm.intern("__init__");
        let own = vm.class_lookup(cls, init);
        let object_init = vm.class_lookup(vm.types.object, init);
        if matches!((own, object_init), (Some(a), Some(b)) if a.is(&b)) {
            return Err(vm.type_error("array.array() takes no keyword arguments"));
        }
    }
    let args = &args[1..];
    if args.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let code = match as_str(args[0]) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        _ => {
            let t = vm.type_name(args[0]);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {t}"
            )));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let code = code as u8;
    let mut data = Vec::new();
    if let Some(&init) = args.get(1) {
        if let Some(s) = as_str(init) {
            if code != b'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            for c in s.chars() {
                data.extend_from_slice(&(c as u32).to_ne_bytes());
            }
        } else if let Some(src) = as_array(init) {
            if (src.code == b'u') != (code == b'u') {
                return Err(vm.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            if src.code == code {
                data = src.data.borrow().clone();
            } else {
                let items = items_of(vm, src)?;
                pack_all(vm, code, &items, &mut data)?;
            }
        } else if let Some(b) = bytes_arg(vm, init)? {
            if b.len() % item_size(code) != 0 {
                return Err(vm.value_error("bytes length not a multiple of item size"));
            }
            data = b;
        } else if !init.is_none() {
            let items = match list_of(init) {
                Some(l) => l.borrow().clone(),
                None => vm.collect_iter(init)?,
            };
            pack_all(vm, code, &items, &mut data)?;
        }
    }
    Ok(new_array(vm, cls, code, data))
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview), or None.
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    if as_array(v).is_some() {
        return Ok(None);
    }
    Ok(vm.buffer(v)?.map(|b| b.into_owned()))
}

// ----- properties -----

fn typecode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "typecode")?;
    let mut buf = [0u8; 4];
    Ok(vm.new_str((a.code as char).encode_utf8(&mut buf)))
}

fn itemsize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "itemsize")?;
    Ok(Value::Int(item_size(a.code) as i64))
}

// ----- sequence protocol -----

fn len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__len__")?;
    Ok(Value::Int(item_count(a) as i64))
}

fn is_slice(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Slice(..)))
}

/// A normalised item index, or the IndexError `msg`.
fn index_arg(vm: &mut Vm, key: Value, n: usize, msg: &str) -> PyResult<usize> {
    let Some(i) = vm.index_of(key)? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    if matches!(key, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_))) {
        let msg = "cannot fit 'int' into an index-sized integer";
        return Err(vm.raise_msg("IndexError", msg));
    }
    let j = if i < 0 { i.saturating_add(n as i64) } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.raise_msg("IndexError", msg));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__getitem__")?;
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    let key = args[1];
    let sz = item_size(a.code);
    // The common case first: an int index into a float or int array.
    if let Value::Int(i) = key {
        let d = a.data.borrow();
        let n = (d.len() / sz) as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            let off = j as usize * sz;
            if a.code == b'd' {
                let x = f64::from_ne_bytes(d[off..off + 8].try_into().unwrap());
                return Ok(Value::Float(x));
            }
            let mut buf = [0u8; 8];
            buf[..sz].copy_from_slice(&d[off..off + sz]);
            drop(d);
            return load(vm, a.code, &buf);
        }
    }
    let n = item_count(a);
    if is_slice(key) {
        let s = vm.slice_indices(key, n)?;
        let d = a.data.borrow();
        let mut out = Vec::with_capacity(s.len * sz);
        if s.step == 1 {
            let st = s.start as usize * sz;
            out.extend_from_slice(&d[st..st + s.len * sz]);
        } else {
            for k in 0..s.len {
                let i = (s.start + k as i64 * s.step) as usize;
                out.extend_from_slice(&d[i * sz..(i + 1) * sz]);
            }
        }
        drop(d);
        return Ok(new_like(vm, args[0], a.code, out));
    }
    let i = index_arg(vm, key, n, "array index out of range")?;
    item_at(vm, a, i)
}

fn setitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__setitem__")?;
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    let (key, v) = (args[1], args[2]);
    let sz = item_size(a.code);
    if let (Value::Int(i), b'd', Value::Float(x)) = (key, a.code, v) {
        let mut d = a.data.borrow_mut();
        let n = (d.len() / 8) as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            let off = j as usize * 8;
            d[off..off + 8].copy_from_slice(&x.to_ne_bytes());
            return Ok(Value::None);
        }
    }
    let n = item_count(a);
    if is_slice(key) {
        let Some(src) = as_array(v) else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{t}\") to array slice"
            )));
        };
        if src.code != a.code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let new = src.data.borrow().clone();
        let s = vm.slice_indices(key, n)?;
        if s.step == 1 && new.len() != s.len * sz {
            resizable(vm, args[0])?;
        }
        let mut d = a.data.borrow_mut();
        if s.step == 1 {
            let st = s.start.clamp(0, n as i64) as usize;
            let end = (st + s.len).min(n);
            d.splice(st * sz..end * sz, new);
            return Ok(Value::None);
        }
        let m = new.len() / sz;
        if m != s.len {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {}",
                s.len
            )));
        }
        for k in 0..s.len {
            let i = (s.start + k as i64 * s.step) as usize;
            d[i * sz..(i + 1) * sz].copy_from_slice(&new[k * sz..(k + 1) * sz]);
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, key, n, "array assignment index out of range")?;
    let mut buf = Vec::with_capacity(8);
    pack(vm, a.code, v, &mut buf)?;
    let mut d = a.data.borrow_mut();
    if (i + 1) * sz <= d.len() {
        d[i * sz..(i + 1) * sz].copy_from_slice(&buf);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__delitem__")?;
    arity(vm, "__delitem__", &args[1..], 1, 1)?;
    let key = args[1];
    let sz = item_size(a.code);
    let n = item_count(a);
    if is_slice(key) {
        let s = vm.slice_indices(key, n)?;
        if s.len > 0 {
            resizable(vm, args[0])?;
        }
        let mut d = a.data.borrow_mut();
        if s.step == 1 {
            let st = s.start as usize;
            d.drain(st * sz..(st + s.len) * sz);
        } else {
            let mut drop_it = vec![false; n];
            for k in 0..s.len {
                drop_it[(s.start + k as i64 * s.step) as usize] = true;
            }
            let old = std::mem::take(&mut *d);
            for (i, chunk) in old.chunks_exact(sz).enumerate() {
                if !drop_it[i] {
                    d.extend_from_slice(chunk);
                }
            }
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, key, n, "array assignment index out of range")?;
    resizable(vm, args[0])?;
    a.data.borrow_mut().drain(i * sz..(i + 1) * sz);
    Ok(Value::None)
}

/// Index of the first item equal to `x` in `from..to`.
fn find(vm: &mut Vm, a: &ArrayData, x: Value, from: usize, to: usize) -> PyResult<Option<usize>> {
    let mut i = from;
    while i < to.min(item_count(a)) {
        let it = item_at(vm, a, i)?;
        if vm.eq(it, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__contains__")?;
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    Ok(Value::Bool(find(vm, a, args[1], 0, usize::MAX)?.is_some()))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    Ok(vm.new_iter(IterKind::Seq {
        seq: args[0],
        index: 0,
    }))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__repr__")?;
    let name = vm.class_name(vm.type_of(args[0]));
    let code = a.code as char;
    if item_count(a) == 0 {
        return Ok(vm.new_string(format!("{name}('{code}')")));
    }
    let inner = if a.code == b'u' {
        let s = unicode_of(vm, a)?;
        let s = vm.new_string(s);
        vm.repr(s)?
    } else {
        let items = items_of(vm, a)?;
        let l = vm.new_list(items);
        vm.repr(l)?
    };
    Ok(vm.new_string(format!("{name}('{code}', {inner})")))
}

fn unicode_of(vm: &mut Vm, a: &ArrayData) -> PyResult<String> {
    let mut s = String::new();
    for chunk in a.data.borrow().chunks_exact(4) {
        let c = u32::from_ne_bytes(chunk.try_into().unwrap());
        match char::from_u32(c) {
            Some(ch) => s.push(ch),
            None => {
                return Err(vm.value_error(format!(
                    "character U+{c:x} is not in range [U+0000; U+10ffff]"
                )))
            }
        }
    }
    Ok(s)
}

// ----- operators -----

fn add(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__add__")?;
    arity(vm, "__add__", &args[1..], 1, 1)?;
    let Some(b) = as_array(args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only append array (not \"{t}\") to array")));
    };
    if a.code != b.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut d = a.data.borrow().clone();
    d.extend_from_slice(&b.data.borrow());
    Ok(new_like(vm, args[0], a.code, d))
}

fn iadd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__iadd__")?;
    arity(vm, "__iadd__", &args[1..], 1, 1)?;
    let Some(b) = as_array(args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{t}\")")));
    };
    if a.code != b.code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let more = b.data.borrow().clone();
    if !more.is_empty() {
        resizable(vm, args[0])?;
    }
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(args[0])
}

fn repeat_count(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => None,
        _ => vm.index_of(v)?,
    }
    .ok_or_else(|| {
        let t = vm.type_name(v);
        vm.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
    })
}

fn repeated(vm: &mut Vm, d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    vm.try_repeat(d, n.max(0) as usize)
}

fn mul(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__mul__")?;
    arity(vm, "__mul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, args[1])?;
    let d = a.data.borrow().clone();
    let d = repeated(vm, &d, n)?;
    Ok(new_like(vm, args[0], a.code, d))
}

fn imul(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__imul__")?;
    arity(vm, "__imul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, args[1])?;
    let d = a.data.borrow().clone();
    let d = repeated(vm, &d, n)?;
    if d.len() != a.data.borrow().len() {
        resizable(vm, args[0])?;
    }
    *a.data.borrow_mut() = d;
    Ok(args[0])
}

/// Lexicographic comparison of two arrays by item values (any typecodes).
fn compare(vm: &mut Vm, args: &[Value], op: Cmp) -> PyResult<Value> {
    let a = this(vm, args, "__eq__")?;
    let Some(b) = args.get(1).and_then(|v| as_array(*v)) else {
        return Ok(Value::Obj(vm.none_singletons.0));
    };
    let (na, nb) = (item_count(a), item_count(b));
    if na != nb && matches!(op, Cmp::Eq | Cmp::Ne) {
        return Ok(Value::Bool(op == Cmp::Ne));
    }
    if a.code == b.code && matches!(op, Cmp::Eq | Cmp::Ne) && !matches!(a.code, b'f' | b'd') {
        let same = *a.data.borrow() == *b.data.borrow();
        return Ok(Value::Bool(same == (op == Cmp::Eq)));
    }
    let mut i = 0;
    while i < na.min(nb) {
        let (x, y) = (item_at(vm, a, i)?, item_at(vm, b, i)?);
        if !vm.eq(x, y)? {
            return vm.compare(op, x, y);
        }
        i += 1;
    }
    Ok(Value::Bool(match op {
        Cmp::Eq => na == nb,
        Cmp::Ne => na != nb,
        Cmp::Lt => na < nb,
        Cmp::Le => na <= nb,
        Cmp::Gt => na > nb,
        Cmp::Ge => na >= nb,
    }))
}

fn eq(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Eq)
}
fn ne(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Ne)
}
fn lt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Lt)
}
fn le(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Le)
}
fn gt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Gt)
}
fn ge(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    compare(vm, args, Cmp::Ge)
}

fn copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "__copy__")?;
    let d = a.data.borrow().clone();
    let cls = vm.type_of(args[0]);
    Ok(new_array(vm, cls, a.code, d))
}

// ----- methods -----

fn append(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "append")?;
    arity(vm, "append", &args[1..], 1, 1)?;
    let mut buf = Vec::with_capacity(8);
    pack(vm, a.code, args[1], &mut buf)?;
    resizable(vm, args[0])?;
    a.data.borrow_mut().extend_from_slice(&buf);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "extend")?;
    arity(vm, "extend", &args[1..], 1, 1)?;
    if let Some(b) = as_array(args[1]) {
        if a.code != b.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let more = b.data.borrow().clone();
        if !more.is_empty() {
            resizable(vm, args[0])?;
        }
        a.data.borrow_mut().extend_from_slice(&more);
        return Ok(Value::None);
    }
    let items = match list_of(args[1]) {
        Some(l) => l.borrow().clone(),
        None => vm.collect_iter(args[1])?,
    };
    let mut buf = Vec::new();
    let r = pack_all(vm, a.code, &items, &mut buf);
    // Items before a bad one stay appended, as in CPython.
    if !buf.is_empty() {
        resizable(vm, args[0])?;
    }
    a.data.borrow_mut().extend_from_slice(&buf);
    r.map(|_| Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "insert")?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let i = as_ssize(vm, args[1], "")?;
    let mut buf = Vec::with_capacity(8);
    pack(vm, a.code, args[2], &mut buf)?;
    let n = item_count(a) as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let sz = item_size(a.code);
    resizable(vm, args[0])?;
    a.data.borrow_mut().splice(j * sz..j * sz, buf);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "pop")?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => as_ssize(vm, *v, "")?,
        None => -1,
    };
    let n = item_count(a);
    if n == 0 {
        return Err(vm.raise_msg("IndexError", "pop from empty array"));
    }
    let j = if i < 0 { i.saturating_add(n as i64) } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.raise_msg("IndexError", "pop index out of range"));
    }
    let j = j as usize;
    resizable(vm, args[0])?;
    let v = item_at(vm, a, j)?;
    let sz = item_size(a.code);
    a.data.borrow_mut().drain(j * sz..(j + 1) * sz);
    Ok(v)
}

fn remove(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "remove")?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    let Some(i) = find(vm, a, args[1], 0, usize::MAX)? else {
        return Err(vm.value_error("array.remove(x): x not in array"));
    };
    resizable(vm, args[0])?;

    let sz = item_size(a.code);
    a.data.borrow_mut().drain(i * sz..(i + 1) * sz);
    Ok(Value::None)
}

/// A `start`/`stop` bound of `index()`, clamped like a slice bound.
fn bound(vm: &mut Vm, v: Option<Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = as_int(vm, v, "")?;
    Ok(if i < 0 {
        (i.saturating_add(n as i64)).max(0) as usize
    } else {
        (i as usize).min(n)
    })
}

fn index(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "index")?;
    arity(vm, "index", &args[1..], 1, 3)?;
    let n = item_count(a);
    let from = bound(vm, args.get(2).copied(), n, 0)?;
    let to = bound(vm, args.get(3).copied(), n, n)?;
    match find(vm, a, args[1], from, to)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "count")?;
    arity(vm, "count", &args[1..], 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    while i < item_count(a) {
        let it = item_at(vm, a, i)?;
        if vm.eq(it, args[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "reverse")?;
    arity(vm, "reverse", &args[1..], 0, 0)?;
    let sz = item_size(a.code);
    let mut d = a.data.borrow_mut();
    let rev: Vec<u8> = d.chunks_exact(sz).rev().flatten().copied().collect();
    *d = rev;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "tobytes")?;
    arity(vm, "tobytes", &args[1..], 0, 0)?;
    let d = a.data.borrow().clone();
    Ok(vm.new_bytes(d))
}

fn frombytes(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "frombytes")?;
    arity(vm, "frombytes", &args[1..], 1, 1)?;
    let Some(b) = vm.buffer(args[1])? else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    if b.len() % item_size(a.code) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    if !b.is_empty() {
        resizable(vm, args[0])?;
    }
    a.data.borrow_mut().extend_from_slice(&b);
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "tolist")?;
    arity(vm, "tolist", &args[1..], 0, 0)?;
    let items = items_of(vm, a)?;
    Ok(vm.new_list(items))
}

fn fromlist(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "fromlist")?;
    arity(vm, "fromlist", &args[1..], 1, 1)?;
    let Some(l) = list_of(args[1]) else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.borrow().clone();
    let mut buf = Vec::new();
    // All or nothing, as in CPython.
    pack_all(vm, a.code, &items, &mut buf)?;
    if !buf.is_empty() {
        resizable(vm, args[0])?;
    }
    a.data.borrow_mut().extend_from_slice(&buf);
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "tounicode")?;
    arity(vm, "tounicode", &args[1..], 0, 0)?;
    if a.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = unicode_of(vm, a)?;
    Ok(vm.new_string(s))
}

fn fromunicode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "fromunicode")?;
    arity(vm, "fromunicode", &args[1..], 1, 1)?;
    let Some(s) = as_str(args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if a.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    if !s.is_empty() {
        resizable(vm, args[0])?;
    }
    let mut d = a.data.borrow_mut();
    for c in s.chars() {
        d.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "buffer_info")?;
    arity(vm, "buffer_info", &args[1..], 0, 0)?;
    let d = a.data.borrow();
    let addr = if d.is_empty() { 0 } else { d.as_ptr() as i64 };
    let n = (d.len() / item_size(a.code)) as i64;
    drop(d);
    Ok(vm.new_tuple(vec![Value::Int(addr), Value::Int(n)]))
}

fn byteswap(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "byteswap")?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "array.byteswap() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let sz = item_size(a.code);
    for chunk in a.data.borrow_mut().chunks_exact_mut(sz) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn tofile(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "tofile")?;
    arity(vm, "tofile", &args[1..], 1, 1)?;
    let write = vm.getattr_str(args[1], "write")?;
    let d = a.data.borrow().clone();
    // In 64 KiB blocks, as CPython writes them.
    for chunk in d.chunks(64 * 1024) {
        let b = vm.new_bytes(chunk.to_vec());
        vm.call_value(write, &[b], &[])?;
    }
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let a = this(vm, args, "fromfile")?;
    arity(vm, "fromfile", &args[1..], 2, 2)?;
    let n = as_int(vm, args[2], "")?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let sz = item_size(a.code);
    let want = (n as usize).saturating_mul(sz);
    let read = vm.getattr_str(args[1], "read")?;
    let r = vm.call_value(read, &[Value::Int(want as i64)], &[])?;
    let Some(b) = (match kestrel_vm::object::builtin_base(r) {
        Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)) => vm.buffer(r)?,
        _ => None,
    }) else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let whole = b.len() / sz * sz;
    if whole > 0 {
        resizable(vm, args[0])?;
    }
    a.data.borrow_mut().extend_from_slice(&b[..whole]);
    if b.len() < want {
        return Err(vm.raise_msg("EOFError", "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}
