//! Subscription: `o[k]`, `o[k] = v`, `del o[k]` for builtin containers and `__getitem__` & co.

use crate::object::*;
use crate::ops::range_len;
use crate::value::Value;
use crate::Vm;
use num_traits::Signed;

/// Resolved slice: start, step, count (indices are start + i*step).
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

/// A slice's parts as integers, not yet fitted to a length (`Vm::slice_unpack`).
#[derive(Clone, Copy)]
pub struct SliceParts {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

impl SliceParts {
    /// The indices the slice selects in a sequence of `len` items (`slice.indices(len)`).
    pub fn adjust(self, len: usize) -> SliceIdx {
        let step = self.step;
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x = x.saturating_add(len);
                        if x < lo {
                            x = lo;
                        }
                    } else if x > hi {
                        x = hi;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(self.start, 0, 0, len), clamp(self.stop, len, 0, len))
        } else {
            (
                clamp(self.start, len - 1, -1, len - 1),
                clamp(self.stop, -1, -1, len - 1),
            )
        };
        let n = range_len(start, stop, step).max(0) as usize;
        SliceIdx {
            start,
            stop,
            step,
            len: n,
        }
    }

    /// The selected items of `items` (already fitted to its length by `adjust`).
    pub fn select<T: Copy>(s: &SliceIdx, items: &[T]) -> Vec<T> {
        if s.step == 1 {
            let start = s.start as usize;
            return items[start..start + s.len].to_vec();
        }
        let mut out = Vec::with_capacity(s.len);
        let mut i = s.start;
        for _ in 0..s.len {
            out.push(items[i as usize]);
            // Past the last item the index may leave i64's range (a huge step): unused then.
            i = i.wrapping_add(s.step);
        }
        out
    }
}

impl Vm {
    /// An integer index (ints, bools, `__index__`).
    pub fn index_of(&mut self, v: Value) -> PyResult<Option<i64>> {
        Ok(match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(g) => match g.obj() {
                Obj::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
                // `__index__` may return a big int (clamped as above) and must return an int.
                Obj::Instance(_) => match self.index_value(v)? {
                    Some(r) => self.index_of(r)?,
                    None => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// An integer that must fit a C `Py_ssize_t`: a big int is CPython's OverflowError
    /// instead of a clamped value; None when `v` is not an integer.
    pub fn index_ssize(&mut self, v: Value) -> PyResult<Option<i64>> {
        let v = match v {
            Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)) => match self.index_value(v)? {
                Some(r) => r,
                None => return Ok(None),
            },
            _ => v,
        };
        if matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_))) {
            return Err(self.raise_msg(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ));
        }
        self.index_of(v)
    }

    /// `operator.index(v)` as a value: the int itself (small or big), or what an instance's
    /// `__index__` returns (which must be an int); None when `v` has no `__index__`.
    pub fn index_value(&mut self, v: Value) -> PyResult<Option<Value>> {
        Ok(match v {
            Value::Int(_) => Some(v),
            Value::Bool(b) => Some(Value::Int(b as i64)),
            Value::Obj(g) => match g.obj() {
                Obj::BigInt(_) => Some(v),
                Obj::Instance(_) => match self.lookup_special(v, "__index__") {
                    Some(f) => {
                        let r = self.call_value(f, &[v], &[])?;
                        let is_int = matches!(r, Value::Int(_) | Value::Bool(_))
                            || matches!(r, Value::Obj(rg) if matches!(rg.obj(), Obj::BigInt(_)));
                        if !is_int {
                            let t = self.type_name(r);
                            return Err(
                                self.type_error(format!("__index__ returned non-int (type {t})"))
                            );
                        }
                        Some(match r {
                            Value::Bool(b) => Value::Int(b as i64),
                            _ => r,
                        })
                    }
                    None => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    fn slice_part(&mut self, v: Value) -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        // `__index__` results go through `index_value`'s int check; a big int (given or
        // returned) clamps, as slice bounds do in CPython.
        match self.index_value(v)? {
            Some(Value::Int(i)) => Ok(Some(i)),
            Some(Value::Obj(g)) if matches!(g.obj(), Obj::BigInt(_)) => {
                let Obj::BigInt(b) = g.obj() else {
                    unreachable!()
                };
                Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }))
            }
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Python's slice.indices(len).
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<SliceIdx> {
        let parts = self.slice_unpack(s)?;
        Ok(parts.adjust(len))
    }

    /// A slice's start, stop and step as integers (calling `__index__` where needed), before
    /// they are fitted to a length: containers fit them to their length after this, which may
    /// have run Python code.
    pub fn slice_unpack(&mut self, s: Value) -> PyResult<SliceParts> {
        let (a, b, c) = match s {
            Value::Obj(g) => match g.obj() {
                Obj::Slice(a, b, c) => (*a, *b, *c),
                _ => (Value::None, Value::None, Value::None),
            },
            _ => (Value::None, Value::None, Value::None),
        };
        let step = self.slice_part(c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        Ok(SliceParts {
            start: self.slice_part(a)?,
            stop: self.slice_part(b)?,
            step,
        })
    }

    fn is_slice(v: Value) -> bool {
        matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Slice(..)))
    }

    fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        // An `__index__` result is checked for size like an int key (once: it may have effects).
        let int_key = match key {
            Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)) => {
                self.index_value(key)?.unwrap_or(key)
            }
            _ => key,
        };
        let Some(i) = self.index_of(int_key)? else {
            let t = self.type_name(key);
            // "list assignment index out of range", but "list indices must be ...".
            let kind = what.strip_suffix(" assignment").unwrap_or(what);
            return Err(self.type_error(format!(
                "{kind} indices must be integers or slices, not {t}"
            )));
        };
        if matches!(int_key, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_))) {
            let t = self.type_name(key);
            let msg = format!("cannot fit '{t}' into an index-sized integer");
            return Err(self.raise_msg("IndexError", msg));
        }
        let n = len as i64;
        let j = if i < 0 { i.saturating_add(n) } else { i };
        if j < 0 || j >= n {
            return Err(self.raise_msg("IndexError", format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, o: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(g) = o {
            match g.obj() {
                Obj::List(l) => {
                    if Self::is_slice(key) {
                        // Fitted to the length the list has once any `__index__` ran.
                        let parts = self.slice_unpack(key)?;
                        let items = l.borrow();
                        let v = SliceParts::select(&parts.adjust(items.len()), &items);
                        drop(items);
                        return Ok(self.new_list(v));
                    }
                    let len = l.borrow().len();
                    let i = self.seq_index(key, len, "list")?;
                    // An `__index__` may have shrunk the list meanwhile.
                    if let Some(v) = l.borrow().get(i) {
                        return Ok(*v);
                    }
                    return Err(self.raise_msg("IndexError", "list index out of range"));
                }
                Obj::Tuple(t) => {
                    if Self::is_slice(key) {
                        let s = self.slice_indices(key, t.len())?;
                        let v = SliceParts::select(&s, t);
                        return Ok(self.new_tuple(v));
                    }
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    return Ok(t[i]);
                }
                Obj::Str(s) => {
                    if Self::is_slice(key) {
                        let sl = self.slice_indices(key, s.chars)?;
                        let out = crate::slicing::str_slice(self, g, s, &sl);
                        return Ok(self.new_string(out));
                    }
                    let Some(_) = self.index_of(key)? else {
                        let t = self.type_name(key);
                        return Err(
                            self.type_error(format!("string indices must be integers, not '{t}'"))
                        );
                    };
                    let i = self.seq_index(key, s.chars, "string")?;
                    let c = if s.is_ascii() {
                        (s.s.as_bytes()[i] as char).to_string()
                    } else {
                        let b = self.char_byte_offset(g, s, i);
                        s.s[b..]
                            .chars()
                            .next()
                            .map(String::from)
                            .unwrap_or_default()
                    };
                    return Ok(self.new_string(c));
                }
                Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_) => {
                    return self.bytes_getitem(o, g, key);
                }
                Obj::Dict(_) => {
                    return match self.dict_getitem_opt(o, key)? {
                        Some(v) => Ok(v),
                        None => Err(self.raise_with("KeyError", vec![key])),
                    };
                }
                Obj::BigRange(_) => {
                    if Self::is_slice(key) {
                        let r = crate::bigrange::range_parts(g).expect("range");
                        return self.range_slice(&r, key);
                    }
                    let r = crate::bigrange::range_parts(g).expect("range");
                    return self.big_range_item(&r, key);
                }
                Obj::Range(a, _, c) => {
                    let (a, b, c) = match g.obj() {
                        Obj::Range(a, b, c) => (*a, *b, *c),
                        _ => (*a, 0, *c),
                    };
                    let n = range_len(a, b, c) as usize;
                    if let Some((x, y, z)) = crate::bigrange::small_range_slice(a, c, n, key) {
                        return Ok(Value::Obj(self.alloc(Obj::Range(x, y, z))));
                    }
                    if Self::is_slice(key) {
                        let r = crate::bigrange::range_parts(g).expect("range");
                        return self.range_slice(&r, key);
                    }
                    if let Value::Int(i) = key {
                        let j = if i < 0 { i.saturating_add(n as i64) } else { i };
                        if (0..n as i64).contains(&j) {
                            return Ok(Value::Int(a + j * c));
                        }
                    }
                    let r = crate::bigrange::range_parts(g).expect("range");
                    return self.big_range_item(&r, key);
                }
                Obj::Instance(i) => {
                    if let Some(Extra::Native(d)) = i.extra() {
                        if let Some(v) = d.get_item(key) {
                            return Ok(v);
                        }
                    }
                    if let Some(f) = self.lookup_special(o, "__getitem__") {
                        return self.call_value(f, &[o, key], &[]);
                    }
                    if let Some(b) = i.base_value() {
                        return self.getitem(b, key);
                    }
                }
                Obj::Class(c) => {
                    let gi = self.intern("__getitem__");
                    if let Some(f) = self.meta_hook(c, gi) {
                        return self.call_value(f, &[o, key], &[]);
                    }
                    if g.ptr_eq(self.types.type_) {
                        // `type[int]` (type has no `__class_getitem__`, as in CPython).
                        let params = match key {
                            Value::Obj(k) if matches!(k.obj(), Obj::Tuple(_)) => key,
                            v => self.new_tuple(vec![v]),
                        };
                        return Ok(Value::Obj(self.alloc(Obj::GenericAlias(o, params))));
                    }
                    let cg = self.intern("__class_getitem__");
                    if self.class_lookup(g, cg).is_some() {
                        let f = self.getattr_str(o, "__class_getitem__")?;
                        return self.call_value(f, &[key], &[]);
                    }
                    let n = self.class_name(g);
                    return Err(self.type_error(format!("type '{n}' is not subscriptable")));
                }
                // `list[T][int]`: substitution, written in Python (`types.py`).
                Obj::GenericAlias(..) => {
                    if let Some(f) = self.lookup_special(o, "__getitem__") {
                        return self.call_value(f, &[o, key], &[]);
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(o);
        Err(self.type_error(format!("'{t}' object is not subscriptable")))
    }

    /// The items assigned to a list slice; a non-iterable is reported as CPython does.
    fn slice_source(&mut self, v: Value, simple: bool) -> PyResult<Vec<Value>> {
        let is_seq = matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::List(_) | Obj::Tuple(_)));
        if is_seq {
            return self.collect_iter(v);
        }
        match self.get_iter(v) {
            Ok(it) => self.collect_iter(it),
            Err(e) if !self.raised_is("TypeError") => Err(e),
            Err(_) => {
                self.take_raised();
                Err(self.type_error(if simple {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }))
            }
        }
    }

    pub fn setitem(&mut self, o: Value, key: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(g) = o {
            match g.obj() {
                Obj::List(l) => {
                    let len = l.borrow().len();
                    if Self::is_slice(key) {
                        let s = self.slice_indices(key, len)?;
                        if s.step != 1 {
                            // From another list: copy straight across, no intermediate vector
                            // (sieves assign `[False] * k` to extended slices of big lists).
                            if let Value::Obj(src) = v {
                                if let (Obj::List(from), false) = (src.obj(), src.ptr_eq(g)) {
                                    let from = from.borrow();
                                    if from.len() == s.len {
                                        let mut list = l.borrow_mut();
                                        for (i, it) in from.iter().enumerate() {
                                            list[(s.start + i as i64 * s.step) as usize] = *it;
                                        }
                                        return Ok(());
                                    }
                                }
                            }
                        }
                        let items = self.slice_source(v, s.step == 1)?;
                        let mut list = l.borrow_mut();
                        if s.step == 1 {
                            let start = s.start.clamp(0, list.len() as i64) as usize;
                            let end = (start + s.len).min(list.len());
                            if end - start == items.len() {
                                // Same size (reversing a prefix in place): no shifting.
                                list[start..end].copy_from_slice(&items);
                            } else {
                                list.splice(start..end, items);
                            }
                        } else {
                            if items.len() != s.len {
                                drop(list);
                                return Err(self.value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    s.len
                                )));
                            }
                            for (i, it) in items.into_iter().enumerate() {
                                list[(s.start + i as i64 * s.step) as usize] = it;
                            }
                        }
                        return Ok(());
                    }
                    let i = self.seq_index(key, len, "list assignment")?;
                    l.borrow_mut()[i] = v;
                    return Ok(());
                }
                Obj::Dict(_) => return self.dict_setitem(o, key, v),
                Obj::ByteArray(_) | Obj::MemoryView(_) => return self.bytes_setitem(g, key, v),
                Obj::Instance(i) => {
                    if let Some(Extra::Native(d)) = i.extra() {
                        if d.set_item(key, v) {
                            return Ok(());
                        }
                    }
                    if let Some(f) = self.lookup_special(o, "__setitem__") {
                        self.call_value(f, &[o, key, v], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(o);
        Err(self.type_error(format!("'{t}' object does not support item assignment")))
    }

    pub fn delitem(&mut self, o: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(g) = o {
            match g.obj() {
                Obj::List(l) => {
                    let len = l.borrow().len();
                    if Self::is_slice(key) {
                        let s = self.slice_indices(key, len)?;
                        let mut idx: Vec<usize> = (0..s.len)
                            .map(|i| (s.start + i as i64 * s.step) as usize)
                            .collect();
                        idx.sort_unstable();
                        let mut list = l.borrow_mut();
                        for i in idx.into_iter().rev() {
                            list.remove(i);
                        }
                        return Ok(());
                    }
                    let i = self.seq_index(key, len, "list assignment")?;
                    l.borrow_mut().remove(i);
                    return Ok(());
                }
                Obj::ByteArray(_) | Obj::MemoryView(_) => return self.bytes_delitem(g, key),
                Obj::Dict(_) => {
                    if self.dict_remove(o, key)?.is_none() {
                        return Err(self.raise_with("KeyError", vec![key]));
                    }
                    return Ok(());
                }
                Obj::Instance(_) => {
                    if let Some(f) = self.lookup_special(o, "__delitem__") {
                        self.call_value(f, &[o, key], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(o);
        // CPython words it by whether the type has sequence slots at all.
        let seqlike = matches!(o, Value::Obj(g) if matches!(g.obj(),
            Obj::Str(_) | Obj::Bytes(_) | Obj::Tuple(_) | Obj::Range(..) | Obj::BigRange(_)
            | Obj::Set(..) | Obj::DictView(..) | Obj::Instance(_)));
        let does = if seqlike { "doesn't" } else { "does not" };
        Err(self.type_error(format!("'{t}' object {does} support item deletion")))
    }
}
