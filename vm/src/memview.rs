//! The buffer side of `memoryview`: the item formats a view can have (struct's native single
//! characters), reading and writing the bytes of the object a view exports (bytes, bytearray,
//! or an instance whose native data has a buffer, like `array.array`), packing and unpacking
//! items, and the export count that stops a bytearray or array from being resized while a
//! view of it is alive (CPython's `BufferError`).
//!
//! Exports: every view made of a resizable object counts as one export of it until it is
//! released (`release()`, the end of a `with` block) or freed by the collector. CPython frees
//! an unreachable view at once (reference counting); here a resize that finds exports runs a
//! collection first (when the running native may collect), so a view nobody can reach no
//! longer blocks it.

use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;

/// The size of one item of a native single-character struct format, or None when a view
/// cannot have that format.
pub fn format_size(fmt: u8) -> Option<usize> {
    Some(match fmt {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        // array('u') exports wchar_t items (format `w`), which views cannot read or write.
        b'w' => 4,
        _ => return None,
    })
}

thread_local! {
    /// Live exports per exporting object (by address): views not yet released or freed.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// Whether views of `src` count as exports (objects that could be resized under them).
fn counts(src: Value) -> bool {
    matches!(src, Value::Obj(g) if !matches!(g.obj(), Obj::Bytes(_)))
}

/// Counts a new view of `src`.
pub fn export(src: Value) {
    if let (true, Value::Obj(g)) = (counts(src), src) {
        EXPORTS.with(|e| *e.borrow_mut().entry(g.addr()).or_insert(0) += 1);
    }
}

/// A view of `src` released or freed.
pub fn unexport(src: Value) {
    if let (true, Value::Obj(g)) = (counts(src), src) {
        // At exit the table may be gone before the heap: nothing is left to check then.
        let _ = EXPORTS.try_with(|e| {
            let mut e = e.borrow_mut();
            if let Some(n) = e.get_mut(&g.addr()) {
                *n -= 1;
                if *n == 0 {
                    e.remove(&g.addr());
                }
            }
        });
    }
}

/// How many live views `g` has.
pub fn exports(g: Gc) -> usize {
    EXPORTS.with(|e| e.borrow().get(&g.addr()).copied().unwrap_or(0))
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(self.source);
        }
    }
}

impl MemView {
    /// Ends the view's export (`release()`); false when it was already released.
    pub fn release(&self) -> bool {
        if self.released.replace(true) {
            return false;
        }
        unexport(self.source);
        true
    }

    pub fn itemsize(&self) -> usize {
        format_size(self.fmt).unwrap_or(1)
    }

    /// C-contiguous: items one after another.
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.step == self.itemsize() as isize
    }
}

/// Calls `f` with the bytes of the object a view exports; None when it has none.
pub fn with_source<R>(src: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let Value::Obj(g) = src else { return None };
    match g.obj() {
        Obj::Bytes(b) => Some(f(b)),
        Obj::ByteArray(b) => Some(f(&b.borrow())),
        Obj::Instance(i) => match i.extra() {
            Some(Extra::Native(d)) => {
                let mut f = Some(f);
                let mut out = None;
                d.with_buffer(&mut |b| out = f.take().map(|f| f(b)));
                out
            }
            _ => None,
        },
        _ => None,
    }
}

/// Calls `f` with the bytes of a writable exporter to change in place; false when it is
/// read-only.
pub fn with_source_mut(src: Value, f: impl FnOnce(&mut [u8])) -> bool {
    let Value::Obj(g) = src else { return false };
    match g.obj() {
        Obj::ByteArray(b) => {
            f(&mut b.borrow_mut());
            true
        }
        Obj::Instance(i) => match i.extra() {
            Some(Extra::Native(d)) => {
                let mut f = Some(f);
                d.with_buffer_mut(&mut |b| {
                    if let Some(f) = f.take() {
                        f(b)
                    }
                })
            }
            _ => false,
        },
        _ => false,
    }
}

/// The format and item count of what `memoryview(src)` sees, or None when `src` has no
/// buffer.
pub fn source_shape(src: Value) -> Option<(u8, usize, bool)> {
    let Value::Obj(g) = src else { return None };
    match g.obj() {
        Obj::Bytes(b) => Some((b'B', b.len(), true)),
        Obj::ByteArray(b) => Some((b'B', b.borrow().len(), false)),
        Obj::Instance(i) => match i.extra() {
            Some(Extra::Native(d)) => {
                let fmt = d.buffer_format()?;
                let n = with_source(src, |b| b.len())?;
                Some((fmt, n / format_size(fmt)?, false))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of the view's items in order, or an error message (released, or the exporter
/// shrank below the view).
pub fn view_bytes(m: &MemView) -> Result<Vec<u8>, &'static str> {
    if m.released.get() {
        return Err(crate::bytesobj::RELEASED);
    }
    let size = m.itemsize();
    let read = |b: &[u8]| -> Result<Vec<u8>, &'static str> {
        if m.step == size as isize {
            return b
                .get(m.start..m.start + m.len * size)
                .map(|s| s.to_vec())
                .ok_or(RESIZED);
        }
        let mut out = Vec::with_capacity(m.len * size);
        for i in 0..m.len {
            out.extend_from_slice(item_slice(m, b, i).ok_or(RESIZED)?);
        }
        Ok(out)
    };
    with_source(m.source, read).unwrap_or(Err(crate::bytesobj::RELEASED))
}

const RESIZED: &str = "memoryview: underlying buffer was resized";

/// The bytes of item `i` of the view within the exporter's bytes `b`.
fn item_slice<'a>(m: &MemView, b: &'a [u8], i: usize) -> Option<&'a [u8]> {
    let at = usize::try_from(m.start as isize + i as isize * m.step).ok()?;
    b.get(at..at + m.itemsize())
}

/// An unpacked item, for comparing views by value.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Int(i128),
    Float(f64),
    Char(u8),
}

impl PartialEq for Item {
    fn eq(&self, other: &Item) -> bool {
        match (*self, *other) {
            (Item::Int(a), Item::Int(b)) => a == b,
            (Item::Float(a), Item::Float(b)) => a == b,
            (Item::Int(i), Item::Float(f)) | (Item::Float(f), Item::Int(i)) => {
                f.fract() == 0.0 && f.is_finite() && (f as i128) == i && (i as f64) == f
            }
            (Item::Char(a), Item::Char(b)) => a == b,
            _ => false,
        }
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// The binary exponent of a positive float: `2**e <= x < 2**(e+1)`.
fn exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal doubles are far below half precision's range.
        return -1075;
    }
    biased - 1023
}

/// IEEE half precision of `x`, round half to even; None when it overflows.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Round to a multiple of the spacing at a's magnitude (subnormal spacing 2**-24).
    let e = if a == 0.0 { -25 } else { exponent(a) };
    let spacing = 2f64.powi(e.max(-14) - 10);
    let q = a / spacing;
    let mut r = q.round();
    if (q - q.trunc() - 0.5).abs() == 0.0 && r % 2.0 != 0.0 {
        r -= 1.0;
    }
    let v = r * spacing;
    if v >= 65520.0 {
        return None;
    }
    if v < 2f64.powi(-14) {
        return Some(sign | (v / 2f64.powi(-24)) as u16);
    }
    let e = exponent(v);
    let frac = ((v / 2f64.powi(e) - 1.0) * 1024.0).round() as u16;
    Some(sign | (((e + 15) as u16) << 10) | frac)
}

/// The value of one item of format `fmt` from its native-endian bytes.
pub fn unpack_item(fmt: u8, b: &[u8]) -> Item {
    macro_rules! rd {
        ($t:ty) => {
            <$t>::from_ne_bytes(b.try_into().unwrap_or_default())
        };
    }
    match fmt {
        b'c' => Item::Char(b[0]),
        b'b' => Item::Int(b[0] as i8 as i128),
        b'B' => Item::Int(b[0] as i128),
        b'?' => Item::Int((b[0] != 0) as i128),
        b'h' => Item::Int(rd!(i16) as i128),
        b'H' => Item::Int(rd!(u16) as i128),
        b'i' => Item::Int(rd!(i32) as i128),
        b'I' => Item::Int(rd!(u32) as i128),
        b'l' | b'q' | b'n' => Item::Int(rd!(i64) as i128),
        b'L' | b'Q' | b'N' | b'P' => Item::Int(rd!(u64) as i128),
        b'f' => Item::Float(rd!(f32) as f64),
        b'd' => Item::Float(rd!(f64)),
        b'e' => Item::Float(half_to_f64(rd!(u16))),
        _ => Item::Int(0),
    }
}

/// The unpacked items of a view's bytes (`data` from `view_bytes`).
pub fn items_of(fmt: u8, data: &[u8]) -> Vec<Item> {
    let size = format_size(fmt).unwrap_or(1);
    data.chunks_exact(size)
        .map(|c| unpack_item(fmt, c))
        .collect()
}

impl Vm {
    fn unsupported_format(&mut self, fmt: u8) -> crate::Raised {
        let f = fmt as char;
        self.raise_msg(
            "NotImplementedError",
            format!("memoryview: format {f} not supported"),
        )
    }

    /// An item as a Python value.
    pub fn item_value(&mut self, fmt: u8, b: &[u8]) -> PyResult<Value> {
        if fmt == b'w' {
            return Err(self.unsupported_format(fmt));
        }
        Ok(match unpack_item(fmt, b) {
            Item::Char(c) => self.new_bytes(vec![c]),
            Item::Int(i) if fmt == b'?' => Value::Bool(i != 0),
            Item::Int(i) => match i64::try_from(i) {
                Ok(i) => Value::Int(i),
                Err(_) => self.new_bigint(num_bigint::BigInt::from(i)),
            },
            Item::Float(f) => Value::Float(f),
        })
    }

    /// Item `i` of a view (a valid index).
    pub fn view_item(&mut self, m: &MemView, i: usize) -> PyResult<Value> {
        let fmt = m.fmt;
        match with_source(m.source, |b| item_slice(m, b, i).map(|s| s.to_vec())) {
            Some(Some(b)) => self.item_value(fmt, &b),
            _ => Err(self.value_error(RESIZED)),
        }
    }

    /// The bytes of `v` as an item of format `fmt` (CPython's messages for a wrong type or
    /// an out-of-range value).
    pub fn pack_item(&mut self, fmt: u8, v: Value) -> PyResult<Vec<u8>> {
        let f = fmt as char;
        let bad_type =
            |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{f}'"));
        let bad_value =
            |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{f}'"));
        match fmt {
            b'w' => Err(self.unsupported_format(fmt)),
            b'c' => match self.buffer(v)? {
                Some(b) if b.len() == 1 => Ok(vec![b[0]]),
                Some(_) => Err(bad_value(self)),
                None => Err(bad_type(self)),
            },
            b'?' => Ok(vec![self.truthy(v)? as u8]),
            b'f' | b'd' | b'e' => {
                let x = match crate::object::builtin_base(v) {
                    Value::Float(x) => x,
                    Value::Int(i) => i as f64,
                    Value::Bool(b) => b as i64 as f64,
                    Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)) => {
                        let Obj::BigInt(b) = g.obj() else {
                            unreachable!()
                        };
                        match b.to_f64().filter(|x| x.is_finite()) {
                            Some(x) => x,
                            None => return Err(bad_value(self)),
                        }
                    }
                    _ => match self.float_protocol(v)? {
                        Some(x) => x,
                        None => return Err(bad_type(self)),
                    },
                };
                Ok(match fmt {
                    b'd' => x.to_ne_bytes().to_vec(),
                    // A C cast, as CPython's view does: too big is infinity.
                    b'f' => (x as f32).to_ne_bytes().to_vec(),
                    _ => match f64_to_half(x) {
                        Some(h) => h.to_ne_bytes().to_vec(),
                        None => return Err(bad_value(self)),
                    },
                })
            }
            _ => {
                let Some(iv) = self.index_value(v)? else {
                    return Err(bad_type(self));
                };
                let n: Option<i128> = match iv {
                    Value::Int(i) => Some(i as i128),
                    Value::Obj(g) => match g.obj() {
                        Obj::BigInt(b) => b.to_i128(),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(n) = n else {
                    return Err(bad_value(self));
                };
                macro_rules! fit {
                    ($t:ty) => {
                        match <$t>::try_from(n) {
                            Ok(x) => Ok(x.to_ne_bytes().to_vec()),
                            Err(_) => Err(bad_value(self)),
                        }
                    };
                }
                match fmt {
                    b'b' => fit!(i8),
                    b'B' => fit!(u8),
                    b'h' => fit!(i16),
                    b'H' => fit!(u16),
                    b'i' => fit!(i32),
                    b'I' => fit!(u32),
                    b'l' | b'q' | b'n' => fit!(i64),
                    // A pointer takes any C long or unsigned long (negative ones wrap).
                    b'P' if (i64::MIN as i128..0).contains(&n) => {
                        Ok((n as i64 as u64).to_ne_bytes().to_vec())
                    }
                    _ => fit!(u64),
                }
            }
        }
    }

    /// `float(v)` through `__float__` (or `__index__`) for an object that is no number;
    /// None when it has neither.
    fn float_protocol(&mut self, v: Value) -> PyResult<Option<f64>> {
        if let Some(f) = self.lookup_special(v, "__float__") {
            let r = self.call_value(f, &[v], &[])?;
            if let Value::Float(x) = crate::object::builtin_base(r) {
                return Ok(Some(x));
            }
            let (c, t) = (self.type_name(v), self.type_name(r));
            return Err(self.type_error(format!("{c}.__float__ returned non-float (type {t})")));
        }
        Ok(match self.index_value(v)? {
            Some(Value::Int(i)) => Some(i as f64),
            _ => None,
        })
    }

    /// Writes item bytes at the view's item positions `at` (`bytes` holds them in order).
    pub fn view_write(&mut self, m: &MemView, at: &[usize], bytes: &[u8]) -> PyResult<()> {
        let size = m.itemsize();
        let mut ok = true;
        let writable = with_source_mut(m.source, |b| {
            for (k, &i) in at.iter().enumerate() {
                let pos = usize::try_from(m.start as isize + i as isize * m.step).ok();
                match pos.and_then(|p| b.get_mut(p..p + size)) {
                    Some(dst) => dst.copy_from_slice(&bytes[k * size..(k + 1) * size]),
                    None => {
                        ok = false;
                        return;
                    }
                }
            }
        });
        if !writable {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if !ok {
            return Err(self.value_error(RESIZED));
        }
        Ok(())
    }

    /// Whether `obj` (a bytearray, or an object with a native buffer) may change size: false
    /// while views of it are alive. A view nobody can reach any more is collected first.
    pub fn may_resize(&mut self, obj: Value) -> bool {
        let Value::Obj(g) = crate::object::builtin_base(obj) else {
            return true;
        };
        if exports(g) == 0 {
            return true;
        }
        self.collect_now();
        exports(g) == 0
    }

    /// The BufferError a bytearray raises when resized while exported.
    pub fn check_bytearray_resize(&mut self, obj: Value) -> PyResult<()> {
        if self.may_resize(obj) {
            return Ok(());
        }
        Err(self.raise_msg(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ))
    }
}
