//! The object protocols of the bytes-like types (bytes, bytearray, memoryview): one buffer view
//! shared by comparison, concatenation, membership, indexing, hashing and repr. Their methods
//! live in the core library (`corelib/src/types/`).

use crate::heap::Gc;
use crate::object::*;
use crate::ops::Cmp;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::opcodes::BinKind;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// Marks a new view read-only when the view it was made from is.
pub fn set_readonly(v: Value, readonly: bool) {
    if let Value::Obj(g) = v {
        if let Obj::MemoryView(m) = g.obj() {
            m.readonly.set(readonly);
        }
    }
}

/// A released view's error message (CPython's wording).
pub const RELEASED: &str = "operation forbidden on released memoryview object";

/// The bytes a memoryview sees, in item order, or an error message (released, or the
/// underlying buffer shrank below the view).
pub fn memview_bytes(m: &MemView) -> Result<Vec<u8>, &'static str> {
    crate::memview::view_bytes(m)
}

/// Whether a memoryview can be written through (its exporter is a bytearray or another
/// writable buffer, like an array).
pub fn memview_writable(m: &MemView) -> bool {
    !m.readonly.get()
        && match m.source {
            Value::Obj(g) => match g.obj() {
                Obj::ByteArray(_) => true,
                Obj::Instance(i) => matches!(i.extra(),
                    Some(Extra::Native(d)) if d.buffer_format().is_some()),
                _ => false,
            },
            _ => false,
        }
}

/// The bytes of a bytes-like value, or None for anything else. A bytes object's data is
/// borrowed; a bytearray's or memoryview's is copied (Python code may resize them while the
/// caller still holds the bytes).
pub fn bytes_like(v: Value) -> Option<Result<Cow<'static, [u8]>, &'static str>> {
    let Value::Obj(g) = builtin_base(v) else {
        return None;
    };
    match g.obj() {
        // SAFETY: `g` is an argument of the running native (reachable from the register
        // stack) and bytes are immutable, so the data lives as long as the caller uses it.
        Obj::Bytes(b) => Some(Ok(Cow::Borrowed(unsafe { &*(&**b as *const [u8]) }))),
        Obj::ByteArray(b) => Some(Ok(Cow::Owned(b.borrow().clone()))),
        Obj::MemoryView(m) => Some(memview_bytes(m).map(Cow::Owned)),
        Obj::Instance(i) => match i.extra() {
            Some(Extra::Native(d)) => d.buffer().map(|b| Ok(Cow::Owned(b))),
            _ => None,
        },
        _ => None,
    }
}

fn is_memview(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::MemoryView(_)))
}

/// The items of a bytes-like value as comparable values (a view by its format, anything
/// else as unsigned bytes).
fn memview_items(v: Value, data: &[u8]) -> Vec<crate::memview::Item> {
    let fmt = match v {
        Value::Obj(g) => match g.obj() {
            Obj::MemoryView(m) => m.fmt,
            _ => b'B',
        },
        _ => b'B',
    };
    crate::memview::items_of(fmt, data)
}

impl Vm {
    /// The bytes of a bytes-like value; a released view raises ValueError.
    pub fn buffer(&mut self, v: Value) -> PyResult<Option<Cow<'static, [u8]>>> {
        match bytes_like(v) {
            None => Ok(None),
            Some(Ok(b)) => Ok(Some(b)),
            Some(Err(msg)) => Err(self.value_error(msg)),
        }
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.heap.note_size(b.len() / 16);
        Value::Obj(self.alloc(Obj::Bytes(b.into_boxed_slice())))
    }

    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        self.heap.note_size(b.len() / 16);
        Value::Obj(self.alloc(Obj::ByteArray(RefCell::new(b))))
    }

    /// A new bytes or bytearray, the same type as `like`.
    pub fn new_bytes_like(&mut self, like: Value, b: Vec<u8>) -> Value {
        match builtin_base(like) {
            Value::Obj(g) if matches!(g.obj(), Obj::ByteArray(_)) => self.new_bytearray(b),
            _ => self.new_bytes(b),
        }
    }

    /// A memoryview of `len` items of format `fmt` from byte `start` of `source` (bytes,
    /// bytearray or a native buffer), `step` bytes apart; it counts as an export of `source`
    /// until released or freed.
    pub fn new_memview(
        &mut self,
        source: Value,
        start: usize,
        step: isize,
        len: usize,
        fmt: u8,
    ) -> Value {
        crate::memview::export(source);
        Value::Obj(self.alloc(Obj::MemoryView(Box::new(MemView {
            source,
            start,
            step,
            len,
            fmt,
            released: Cell::new(false),
            readonly: Cell::new(false),
        }))))
    }

    /// `o[key]` for the bytes-like types.
    pub(crate) fn bytes_getitem(&mut self, o: Value, g: Gc, key: Value) -> PyResult<Value> {
        self.check_index_size(key)?;
        let is_slice = matches!(key, Value::Obj(k) if matches!(k.obj(), Obj::Slice(..)));
        if let Obj::MemoryView(m) = g.obj() {
            if m.released.get() {
                return Err(self.value_error(RELEASED));
            }
            if is_slice {
                let s = self.slice_indices(key, m.len)?;
                let start = m.start as isize + s.start as isize * m.step;
                let (src, step, fmt) = (m.source, m.step * s.step as isize, m.fmt);
                let start = if s.len == 0 { m.start } else { start as usize };
                let v = self.new_memview(src, start, step, s.len, fmt);
                set_readonly(v, m.readonly.get());
                return Ok(v);
            }
            let Some(i) = self.index_of(key)? else {
                return Err(self.type_error("memoryview: invalid slice key"));
            };
            // An `__index__` may have released the view.
            if m.released.get() {
                return Err(self.value_error(RELEASED));
            }
            let n = m.len as i64;
            let j = if i < 0 { i.saturating_add(n) } else { i };
            if j < 0 || j >= n {
                return Err(self.raise_msg("IndexError", "index out of bounds on dimension 1"));
            }
            return self.view_item(m, j as usize);
        }
        let data = self.buffer(o)?.unwrap_or_default();
        let is_array = matches!(g.obj(), Obj::ByteArray(_));
        if is_slice {
            let s = self.slice_indices(key, data.len())?;
            let out: Vec<u8> = (0..s.len)
                .map(|i| data[(s.start + i as i64 * s.step) as usize])
                .collect();
            return Ok(self.new_bytes_like(o, out));
        }
        let what = if is_array { "bytearray" } else { "byte" };
        let Some(i) = self.index_of(key)? else {
            let t = self.type_name(key);
            return Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {t}"
            )));
        };
        let n = data.len() as i64;
        let j = if i < 0 { i.saturating_add(n) } else { i };
        if j < 0 || j >= n {
            let msg = if is_array {
                "bytearray index out of range"
            } else {
                "index out of range"
            };
            return Err(self.raise_msg("IndexError", msg));
        }
        Ok(Value::Int(data[j as usize] as i64))
    }

    /// An int index too big for the machine is an IndexError before any bounds check.
    fn check_index_size(&mut self, key: Value) -> PyResult<()> {
        if matches!(key, Value::Obj(k) if matches!(k.obj(), Obj::BigInt(_))) {
            return Err(
                self.raise_msg("IndexError", "cannot fit 'int' into an index-sized integer")
            );
        }
        Ok(())
    }

    /// A byte value from an int (bytearray item assignment, `append`, `in`).
    pub fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let Some(i) = self.index_of(v)? else {
            let t = self.type_name(v);
            return Err(
                self.type_error(format!("'{t}' object cannot be interpreted as an integer"))
            );
        };
        u8::try_from(i).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// The bytes assigned to a bytearray slice: a bytes-like object or an iterable of ints.
    pub fn bytes_from_iterable(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(b) = self.buffer(v)? {
            return Ok(b.into_owned());
        }
        let is_str = matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Str(_)));
        let iterable = !is_str
            && (self.is_iterable_builtin(v) || self.lookup_special(v, "__iter__").is_some());
        if !iterable {
            return Err(self.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let items = self.collect_iter(v)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(self.byte_value(it)?);
        }
        Ok(out)
    }

    /// `o[key] = v` for bytearray and memoryview.
    pub(crate) fn bytes_setitem(&mut self, g: Gc, key: Value, v: Value) -> PyResult<()> {
        self.check_index_size(key)?;
        let is_slice = matches!(key, Value::Obj(k) if matches!(k.obj(), Obj::Slice(..)));
        match g.obj() {
            Obj::ByteArray(b) => {
                let len = b.borrow().len();
                if is_slice {
                    let s = self.slice_indices(key, len)?;
                    let src = self.bytes_from_iterable(v)?;
                    if s.step == 1 && src.len() != s.len {
                        self.check_bytearray_resize(Value::Obj(g))?;
                    }
                    let mut data = b.borrow_mut();
                    if s.step == 1 {
                        let start = s.start.clamp(0, len as i64) as usize;
                        let end = (start + s.len).min(data.len());
                        data.splice(start..end, src);
                    } else if src.is_empty() {
                        // CPython deletes an extended slice assigned no bytes.
                        let mut gone: Vec<usize> = (0..s.len)
                            .map(|i| (s.start + i as i64 * s.step) as usize)
                            .collect();
                        gone.sort_unstable();
                        let mut k = 0;
                        let mut i = 0;
                        data.retain(|_| {
                            let drop_it = gone.get(k) == Some(&i);
                            if drop_it {
                                k += 1;
                            }
                            i += 1;
                            !drop_it
                        });
                    } else {
                        if src.len() != s.len {
                            drop(data);
                            return Err(self.value_error(format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                src.len(),
                                s.len
                            )));
                        }
                        for (i, x) in src.into_iter().enumerate() {
                            data[(s.start + i as i64 * s.step) as usize] = x;
                        }
                    }
                    return Ok(());
                }
                let Some(i) = self.index_of(key)? else {
                    let t = self.type_name(key);
                    return Err(self.type_error(format!(
                        "bytearray indices must be integers or slices, not {t}"
                    )));
                };
                let x = self.byte_value(v)?;
                let n = len as i64;
                let j = if i < 0 { i.saturating_add(n) } else { i };
                if j < 0 || j >= n {
                    return Err(self.raise_msg("IndexError", "bytearray index out of range"));
                }
                b.borrow_mut()[j as usize] = x;
                Ok(())
            }
            Obj::MemoryView(m) => {
                if m.released.get() {
                    return Err(self.value_error(RELEASED));
                }
                if !memview_writable(m) {
                    return Err(self.type_error("cannot modify read-only memory"));
                }
                if is_slice {
                    let s = self.slice_indices(key, m.len)?;
                    let (data, rfmt) = match self.view_source(v) {
                        Some(x) => x,
                        None => {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!(
                                "a bytes-like object is required, not '{t}'"
                            )));
                        }
                    };
                    let data = data.map_err(|e| self.value_error(e))?;
                    if rfmt != m.fmt || data.len() != s.len * m.itemsize() {
                        return Err(self.value_error(
                            "memoryview assignment: lvalue and rvalue have different structures",
                        ));
                    }
                    let at: Vec<usize> = (0..s.len)
                        .map(|i| (s.start + i as i64 * s.step) as usize)
                        .collect();
                    return self.view_write(m, &at, &data);
                }
                let Some(i) = self.index_of(key)? else {
                    return Err(self.type_error("memoryview: invalid slice key"));
                };
                let n = m.len as i64;
                let j = if i < 0 { i.saturating_add(n) } else { i };
                if j < 0 || j >= n {
                    return Err(self.raise_msg("IndexError", "index out of bounds on dimension 1"));
                }
                let bytes = self.pack_item(m.fmt, v)?;
                // Converting the value ran Python code, which may have released the view.
                if m.released.get() {
                    return Err(self.value_error(RELEASED));
                }
                self.view_write(m, &[j as usize], &bytes)
            }
            _ => {
                let t = self.class_name(self.type_of(Value::Obj(g)));
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    /// `del o[key]` for bytearray and memoryview.
    pub(crate) fn bytes_delitem(&mut self, g: Gc, key: Value) -> PyResult<()> {
        match g.obj() {
            Obj::ByteArray(b) => {
                let len = b.borrow().len();
                if matches!(key, Value::Obj(k) if matches!(k.obj(), Obj::Slice(..))) {
                    let s = self.slice_indices(key, len)?;
                    if s.len > 0 {
                        self.check_bytearray_resize(Value::Obj(g))?;
                    }
                    let mut drop_at = vec![false; len];
                    for i in 0..s.len {
                        drop_at[(s.start + i as i64 * s.step) as usize] = true;
                    }
                    let mut data = b.borrow_mut();
                    let mut i = 0;
                    data.retain(|_| {
                        i += 1;
                        !drop_at.get(i - 1).copied().unwrap_or(false)
                    });
                    return Ok(());
                }
                let Some(i) = self.index_of(key)? else {
                    let t = self.type_name(key);
                    return Err(self.type_error(format!(
                        "bytearray indices must be integers or slices, not {t}"
                    )));
                };
                let n = len as i64;
                let j = if i < 0 { i.saturating_add(n) } else { i };
                if j < 0 || j >= n {
                    return Err(self.raise_msg("IndexError", "bytearray index out of range"));
                }
                self.check_bytearray_resize(Value::Obj(g))?;
                b.borrow_mut().remove(j as usize);
                Ok(())
            }
            Obj::MemoryView(m) => {
                if m.released.get() {
                    return Err(self.value_error(RELEASED));
                }
                if !memview_writable(m) {
                    return Err(self.type_error("cannot modify read-only memory"));
                }
                Err(self.type_error("cannot delete memory"))
            }
            _ => {
                let t = self.class_name(self.type_of(Value::Obj(g)));
                Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
            }
        }
    }

    /// Comparison between two bytes-like values; None when either is not bytes-like (or the
    /// ordering involves a memoryview, which only supports equality).
    pub(crate) fn bytes_compare(&mut self, op: Cmp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
            return Ok(None);
        };
        let views = is_memview(a) || is_memview(b);
        let (x, y) = match (x, y) {
            (Ok(x), Ok(y)) => (x, y),
            // A released view equals only itself.
            _ if matches!(op, Cmp::Eq | Cmp::Ne) => {
                let same = a.is(&b);
                return Ok(Some(same == (op == Cmp::Eq)));
            }
            (Err(m), _) | (_, Err(m)) => return Err(self.value_error(m)),
        };
        if views {
            if !matches!(op, Cmp::Eq | Cmp::Ne) {
                return Ok(None);
            }
            let same = memview_items(a, &x) == memview_items(b, &y);
            return Ok(Some(same == (op == Cmp::Eq)));
        }
        Ok(Some(op.test(x.as_ref().cmp(y.as_ref()))))
    }

    /// `+`, `*` and `%` with a bytes or bytearray on the left (or `int * bytes`).
    pub(crate) fn bytes_binop(
        &mut self,
        kind: BinKind,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let is_seq = |v: Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_) | Obj::ByteArray(_)));
        match kind {
            BinKind::Add if is_seq(a) => {
                let x = self.buffer(a)?.unwrap_or_default();
                let Some(y) = self.buffer(b)? else {
                    // A user class's __radd__ gets its turn first.
                    let user = matches!(b, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)));
                    if user && self.lookup_special(b, "__radd__").is_some() {
                        return Ok(None);
                    }
                    let (tb, ta) = (self.type_name(b), self.type_name(a));
                    return Err(self.type_error(format!("can't concat {tb} to {ta}")));
                };
                let mut out = Vec::with_capacity(x.len() + y.len());
                out.extend_from_slice(&x);
                out.extend_from_slice(&y);
                Ok(Some(self.new_bytes_like(a, out)))
            }
            BinKind::Mul if is_seq(a) || is_seq(b) => {
                let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
                let Some(n) = self.repeat_times(n)? else {
                    return Ok(None);
                };
                let data = self.buffer(seq)?.unwrap_or_default();
                let is_bytes = matches!(seq, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)));
                if is_bytes
                    && data
                        .len()
                        .checked_mul(n)
                        .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.raise_msg("OverflowError", "repeated bytes are too long"));
                }
                let out = self.try_repeat(&data, n)?;
                Ok(Some(self.new_bytes_like(seq, out)))
            }
            BinKind::Mod if is_seq(a) => {
                let out = crate::percent::bytes_percent(self, a, b)?;
                Ok(Some(self.new_bytes_like(a, out)))
            }
            _ => Ok(None),
        }
    }

    /// `a *= n` / `a += b` on a bytearray: in place.
    pub fn bytearray_inplace(
        &mut self,
        kind: BinKind,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let Value::Obj(g) = a else { return Ok(None) };
        let Obj::ByteArray(data) = g.obj() else {
            return Ok(None);
        };
        match kind {
            BinKind::Add => {
                let Some(y) = self.buffer(b)? else {
                    let tb = self.type_name(b);
                    return Err(self.type_error(format!("can't concat {tb} to bytearray")));
                };
                if !y.is_empty() {
                    self.check_bytearray_resize(a)?;
                }
                data.borrow_mut().extend_from_slice(&y);
                Ok(Some(a))
            }
            BinKind::Mul => {
                let Some(n) = self.repeat_times(b)? else {
                    return Ok(None);
                };
                let d = data.borrow().clone();
                if d.len() * n != d.len() {
                    self.check_bytearray_resize(a)?;
                }
                let r = self.try_repeat(&d, n)?;
                *data.borrow_mut() = r;
                Ok(Some(a))
            }
            _ => Ok(None),
        }
    }

    /// A repeat count (negative counts as 0), or None if `n` is not an integer.
    fn repeat_times(&mut self, n: Value) -> PyResult<Option<usize>> {
        let is_int = matches!(n, Value::Int(_) | Value::Bool(_))
            || matches!(n, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
        if !is_int {
            return Ok(None);
        }
        let big = matches!(n, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
        match self.index_of(n)? {
            Some(_) if big => Err(self.raise_msg(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
            Some(i) => Ok(Some(i.max(0) as usize)),
            None => Ok(None),
        }
    }

    /// `item in container` for bytes and bytearray: a byte value or a subsequence.
    pub(crate) fn bytes_contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let data = self.buffer(container)?.unwrap_or_default();
        if let Some(sub) = self.buffer(item)? {
            return Ok(find_sub(&data, &sub, 0).is_some());
        }
        let is_int = matches!(item, Value::Int(_) | Value::Bool(_))
            || matches!(item, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
            || (matches!(item, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)))
                && self.lookup_special(item, "__index__").is_some());
        if !is_int {
            let t = self.type_name(item);
            return Err(self.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
        let x = self.byte_value(item)?;
        Ok(data.contains(&x))
    }

    /// hash() of a bytes-like value other than bytes.
    pub(crate) fn bytes_hash(&mut self, v: Value) -> PyResult<i64> {
        if let Value::Obj(g) = v {
            if let Obj::MemoryView(m) = g.obj() {
                if m.released.get() {
                    return Err(self.value_error("cannot hash released memoryview object"));
                }
                if !memview_writable(m) {
                    if m.fmt != b'B' && m.fmt != b'b' && m.fmt != b'c' {
                        return Err(self.value_error(
                            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
                        ));
                    }
                    let data = self.buffer(v)?.unwrap_or_default();
                    return Ok(crate::strs::hash_bytes(&data) as i64);
                }
                return Err(self.value_error("cannot hash writable memoryview object"));
            }
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("unhashable type: '{t}'")))
    }

    /// repr() of a bytearray or memoryview.
    pub(crate) fn bytes_obj_repr(&mut self, g: Gc) -> String {
        match g.obj() {
            Obj::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow())),
            Obj::MemoryView(m) if m.released.get() => {
                format!("<released memory at {:#x}>", g.addr())
            }
            _ => format!("<memory at {:#x}>", g.addr()),
        }
    }

    /// The length of a bytearray or memoryview (a released view raises).
    pub fn bytes_len(&mut self, g: Gc) -> PyResult<usize> {
        match g.obj() {
            Obj::Bytes(b) => Ok(b.len()),
            Obj::ByteArray(b) => Ok(b.borrow().len()),
            Obj::MemoryView(m) if m.released.get() => Err(self.value_error(RELEASED)),
            Obj::MemoryView(m) => Ok(m.len),
            _ => Ok(0),
        }
    }

    /// Item `i` of a bytes-like value for iteration (None past the end).
    pub(crate) fn bytes_iter_item(&mut self, g: Gc, i: usize) -> PyResult<Option<Value>> {
        Ok(match g.obj() {
            Obj::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
            Obj::ByteArray(b) => b.borrow().get(i).map(|x| Value::Int(*x as i64)),
            Obj::MemoryView(m) => {
                if i >= m.len {
                    None
                } else {
                    Some(self.bytes_getitem(Value::Obj(g), g, Value::Int(i as i64))?)
                }
            }
            _ => None,
        })
    }
}

/// The first index of `sub` in `hay` at or after `from`.
pub fn find_sub(hay: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if sub.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if sub.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - sub.len()).find(|&i| &hay[i..i + sub.len()] == sub)
}

/// CPython's bytes repr: `b'...'`, with `"` quotes when only `'` occurs.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The escape CPython shows for one character in a Unicode*Error message: `\xe9`, `\u1234`,
/// `\U0001f600`.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// str() of a UnicodeTranslateError made from (object, start, end, reason).
pub fn translate_error_str(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let reason = vm.str_of(items[3])?;
    let (Value::Int(start), Value::Int(end)) = (items[1], items[2]) else {
        let t = vm.new_tuple(items.to_vec());
        return vm.repr(t);
    };
    let s = vm.str_of(items[0])?;
    let c = usize::try_from(start).ok().and_then(|i| s.chars().nth(i));
    Ok(match c {
        Some(c) if end == start + 1 => {
            let shown = char_escape(c);
            format!("can't translate character '{shown}' in position {start}: {reason}")
        }
        _ => format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        ),
    })
}

/// str() of a UnicodeEncodeError / UnicodeDecodeError made from (encoding, object, start,
/// end, reason): CPython's "'ascii' codec can't encode character '\xe9' in position 0: ...".
pub fn unicode_error_str(vm: &mut Vm, encode: bool, items: &[Value]) -> PyResult<String> {
    let enc = vm.str_of(items[0])?;
    let reason = vm.str_of(items[4])?;
    let (Value::Int(start), Value::Int(end)) = (items[2], items[3]) else {
        let t = vm.new_tuple(items.to_vec());
        return vm.repr(t);
    };
    if encode {
        let s = vm.str_of(items[1])?;
        let one = end == start + 1;
        let c = usize::try_from(start).ok().and_then(|i| s.chars().nth(i));
        return Ok(match c {
            Some(c) if one => {
                let n = c as u32;
                let shown = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                format!(
                    "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
                )
            }
            _ => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        });
    }
    let data = vm.buffer(items[1])?.unwrap_or_default();
    let one = end == start + 1;
    Ok(
        match usize::try_from(start).ok().and_then(|i| data.get(i)) {
            Some(b) if one => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        },
    )
}

impl Vm {
    /// The data attributes of a memoryview (`nbytes`, `readonly`, `format`, ...).
    pub(crate) fn memview_attr(&mut self, g: Gc, name: &str) -> PyResult<Option<Value>> {
        let Obj::MemoryView(m) = g.obj() else {
            return Ok(None);
        };
        let known = matches!(
            name,
            "nbytes"
                | "readonly"
                | "format"
                | "itemsize"
                | "ndim"
                | "shape"
                | "strides"
                | "obj"
                | "c_contiguous"
                | "f_contiguous"
                | "contiguous"
                | "suboffsets"
        );
        if !known {
            return Ok(None);
        }
        if m.released.get() {
            return Err(self.value_error(RELEASED));
        }
        let contiguous = m.contiguous();
        Ok(Some(match name {
            "nbytes" => Value::Int((m.len * m.itemsize()) as i64),
            "readonly" => Value::Bool(!memview_writable(m)),
            "format" => {
                let f = (m.fmt as char).to_string();
                self.new_string(f)
            }
            "itemsize" => Value::Int(m.itemsize() as i64),
            "ndim" => Value::Int(1),
            "shape" => self.new_tuple(vec![Value::Int(m.len as i64)]),
            "strides" => self.new_tuple(vec![Value::Int(m.step as i64)]),
            "suboffsets" => self.new_tuple(vec![]),
            "obj" => m.source,
            _ => Value::Bool(contiguous),
        }))
    }
}

impl Vm {
    /// The bytes and item format of a buffer assigned into a view (a view by its own format,
    /// bytes and bytearray as `B`, an array by its typecode); None for anything else.
    fn view_source(&mut self, v: Value) -> Option<(Result<Vec<u8>, &'static str>, u8)> {
        let src = builtin_base(v);
        if let Value::Obj(g) = src {
            if let Obj::MemoryView(m) = g.obj() {
                return Some((memview_bytes(m), m.fmt));
            }
        }
        let (fmt, _, _) = crate::memview::source_shape(src)?;
        let data = crate::memview::with_source(src, |b| b.to_vec())?;
        Some((Ok(data), fmt))
    }
}
