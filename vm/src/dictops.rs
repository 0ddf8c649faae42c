//! Dict and set operations with Python hashing and equality (which may run Python code, so the
//! container is never borrowed while a user `__eq__` runs).

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::ops::Cmp;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::opcodes::BinKind;
use std::cell::RefCell;

fn table(g: Gc) -> Option<&'static RefCell<Dict>> {
    match g.obj() {
        // SAFETY: the container is kept reachable by the caller for the borrow's duration.
        Obj::Dict(d) | Obj::Set(d, _) => Some(unsafe { &*(d as *const RefCell<Dict>) }),
        Obj::Instance(i) => table(i.base()?),
        _ => None,
    }
}

/// Where `key` (hash `h`) sits in `t`, decided without running Python code: Some(Some(index)),
/// Some(None) when absent, None when some candidate needs Python `__eq__`.
fn native_find(t: &Dict, key: &Value, h: u64) -> Option<Option<usize>> {
    let mut unsure = false;
    let found = t.find(h, |k| match (k, key) {
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => native_key_eq(k, key).unwrap_or_else(|| {
            unsure = true;
            false
        }),
    });
    match (found, unsure) {
        (Some(i), _) => Some(Some(i)),
        (None, false) => Some(None),
        (None, true) => None,
    }
}

/// Whether `key` (hash `h`) is in `t`, decided without running Python code; None when some
/// candidate needs Python `__eq__`.
#[inline]
fn native_contains(t: &Dict, key: &Value, h: u64) -> Option<bool> {
    native_find(t, key, h).map(|i| i.is_some())
}

/// Membership tests of many keys in one set: int keys probe its table directly (decoded once,
/// `IntProbe`), others go through `native_contains`.
struct Members<'a> {
    t: &'a Dict,
    ints: Option<crate::dict::IntProbe<'a>>,
}

impl<'a> Members<'a> {
    fn of(t: &'a Dict) -> Members<'a> {
        Members {
            t,
            ints: t.int_probe(),
        }
    }

    /// Whether `key` (hash `h`) is in the set; None when some candidate needs Python `__eq__`.
    #[inline(always)]
    fn contains(&self, key: &Value, h: u64) -> Option<bool> {
        if let (Value::Int(y), Some(p)) = (key, &self.ints) {
            if let Some(found) = p.find(h, *y) {
                return Some(found.is_some());
            }
        }
        native_contains(self.t, key, h)
    }
}

/// The table of `a <op> b`, built as CPython builds it (so it iterates in CPython's order),
/// when no key needs Python `__eq__`; None otherwise, and the caller takes the general path.
fn binop_native(kind: BinKind, a: Gc, b: Gc) -> Option<Dict> {
    let (ta, tb) = (table(a)?.borrow(), table(b)?.borrow());
    // The copying cases first: they start from a copy rather than an empty set.
    match kind {
        BinKind::And if a.ptr_eq(b) => return Some(ta.set_copy()),
        // b much smaller than a: copy a and remove b's keys from the copy.
        BinKind::Sub if ta.len() >> 2 > tb.len() => {
            let mut out = ta.set_copy();
            for e in tb.iter() {
                if let Some(i) = native_find(&out, &e.key, e.hash)? {
                    out.remove_at(i);
                }
            }
            return Some(out);
        }
        _ => {}
    }
    let mut out = Dict::new_set();
    // Room for the most the result can hold when that is little: no regrowth step by step.
    let bound = match kind {
        BinKind::And => ta.len().min(tb.len()),
        BinKind::Sub => ta.len(),
        _ => ta.len() + tb.len(),
    };
    if bound <= 64 {
        out.entries.reserve_exact(bound);
    }
    let keep = |out: &mut Dict, from: &Dict, other: &Dict, want_in: bool| {
        let other = Members::of(other);
        for e in from.iter() {
            if other.contains(&e.key, e.hash)? == want_in {
                out.insert_new(e.hash, e.key, Value::None);
            }
        }
        Some(())
    };
    match kind {
        BinKind::Or => {
            for e in ta.iter() {
                out.insert_new(e.hash, e.key, Value::None);
            }
            keep(&mut out, &tb, &ta, false)?;
        }
        // The smaller set is walked (b on a tie) and its keys looked up in the other.
        BinKind::And if tb.len() <= ta.len() => keep(&mut out, &tb, &ta, true)?,
        BinKind::And => keep(&mut out, &ta, &tb, true)?,
        BinKind::Sub => keep(&mut out, &ta, &tb, false)?,
        _ => {
            keep(&mut out, &ta, &tb, false)?;
            keep(&mut out, &tb, &ta, false)?;
        }
    }
    Some(out)
}

/// `a <= b` decided without running Python code, or None.
fn subset_native(a: Gc, b: Gc) -> Option<bool> {
    let (ta, tb) = (table(a)?.borrow(), table(b)?.borrow());
    let tb = Members::of(&tb);
    for e in ta.iter_unordered() {
        if !tb.contains(&e.key, e.hash)? {
            return Some(false);
        }
    }
    Some(true)
}

/// `a <op> b` of two sets decided without running Python code (`Vm::set_compare`'s
/// answer), or None when some member needs Python `__eq__`.
pub(crate) fn set_compare_native(op: Cmp, a: Gc, b: Gc) -> Option<bool> {
    let len = |g: Gc| table(g).map_or(0, |t| t.borrow().len());
    let (la, lb) = (len(a), len(b));
    let subset = |a: Gc, b: Gc, la: usize, lb: usize| -> Option<bool> {
        if la > lb {
            return Some(false);
        }
        subset_native(a, b)
    };
    Some(match op {
        Cmp::Eq => la == lb && subset(a, b, la, lb)?,
        Cmp::Ne => !(la == lb && subset(a, b, la, lb)?),
        Cmp::Le => subset(a, b, la, lb)?,
        Cmp::Lt => la < lb && subset(a, b, la, lb)?,
        Cmp::Ge => subset(b, a, lb, la)?,
        Cmp::Gt => la > lb && subset(b, a, lb, la)?,
    })
}

/// Where the exact str `kg` (hash `hash`) sits in `t`: Some(Some(index)),
/// Some(None) when absent, None when a candidate with its hash is neither a str nor a value
/// that never equals one (an instance, say, whose `__eq__` must run).
#[inline(never)]
fn find_str(t: &Dict, kg: Gc, hash: u64) -> Option<Option<usize>> {
    let Obj::Str(ks) = kg.obj() else { return None };
    let text = ks.s.as_bytes();
    let mut unsure = false;
    // Inlined into the probe (out of line, it cost a call per candidate).
    let found = t.find(
        hash,
        #[inline(always)]
        |k| match k {
            Value::Obj(x) => {
                x.ptr_eq(kg)
                    || match x.obj() {
                        Obj::Str(p) => crate::strs::bytes_eq(p.s.as_bytes(), text),
                        _ => {
                            unsure = true;
                            false
                        }
                    }
            }
            // Ints, floats, bools, None never equal a str.
            _ => false,
        },
    );
    match (found, unsure) {
        (Some(i), _) => Some(Some(i)),
        (None, false) => Some(None),
        (None, true) => None,
    }
}

/// Equality that never runs Python code: Some(result) or None if Python `__eq__` is needed.
fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.ptr_eq(*y) {
                return Some(true);
            }
            match (x.obj(), y.obj()) {
                (Obj::Str(p), Obj::Str(q)) => Some(p.s == q.s),
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => None,
                (Obj::Class(c), _) | (_, Obj::Class(c)) if c.meta.get().is_some() => None,
                (Obj::Tuple(p), Obj::Tuple(q)) => {
                    if p.len() != q.len() {
                        return Some(false);
                    }
                    for (a, b) in p.iter().zip(q.iter()) {
                        match native_key_eq(a, b) {
                            Some(true) => {}
                            other => return other,
                        }
                    }
                    Some(true)
                }
                (Obj::BigInt(p), Obj::BigInt(q)) => Some(p == q),
                (Obj::Bytes(p), Obj::Bytes(q)) => Some(p == q),
                (Obj::Str(_), _) | (_, Obj::Str(_)) => Some(false),
                // Complex keys equal ints and floats; memoryviews equal bytes.
                (Obj::Complex(..) | Obj::MemoryView(_), _)
                | (_, Obj::Complex(..) | Obj::MemoryView(_)) => None,
                // frozenset and range keys compare by value.
                (Obj::Set(..), Obj::Set(..))
                | (Obj::Range(..) | Obj::BigRange(_), Obj::Range(..) | Obj::BigRange(_)) => None,
                (Obj::GenericAlias(..), Obj::GenericAlias(..))
                | (Obj::BoundMethod(..), Obj::BoundMethod(..)) => None,
                _ => Some(false),
            }
        }
        (Value::Obj(x), other) | (other, Value::Obj(x)) => match x.obj() {
            Obj::Instance(_) | Obj::Complex(..) => None,
            Obj::Class(c) if c.meta.get().is_some() => None,
            Obj::BigInt(_) => Some(false),
            _ => {
                let _ = other;
                Some(false)
            }
        },
        // Identity first, as CPython's lookups do: a NaN key finds itself.
        (Value::Float(x), Value::Float(y)) => Some(x == y || x.to_bits() == y.to_bits()),
        (
            Value::Int(_) | Value::Bool(_) | Value::Float(_),
            Value::Int(_) | Value::Bool(_) | Value::Float(_),
        ) => {
            let f = |v: &Value| match v {
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                Value::Float(f) => *f,
                _ => f64::NAN,
            };
            Some(f(a) == f(b))
        }
        (Value::None, Value::None) => Some(true),
        _ => Some(false),
    }
}

impl Vm {
    /// Finds a key's entry index.
    #[inline]
    fn lookup(&mut self, g: Gc, key: Value, hash: u64) -> PyResult<Option<usize>> {
        // An exact str key in a dict (most lookups): a small function of its own.
        if let (Value::Obj(kg), Obj::Dict(d)) = (key, g.obj()) {
            if matches!(kg.obj(), Obj::Str(_)) {
                if let Some(found) = d.try_borrow().ok().and_then(|d| find_str(&d, kg, hash)) {
                    return Ok(found);
                }
            }
        }
        self.lookup_any(g, key, hash)
    }

    /// `lookup` for any key and container.
    #[inline(never)]
    fn lookup_any(&mut self, g: Gc, key: Value, hash: u64) -> PyResult<Option<usize>> {
        let Some(t) = table(g) else { return Ok(None) };
        let mut needs_python = false;
        let found = t.borrow().find(hash, |k| {
            // Two exact strs (the common case) compare inline.
            if let (Value::Obj(x), Value::Obj(y)) = (k, &key) {
                if x.ptr_eq(*y) {
                    return true;
                }
                if let (Obj::Str(p), Obj::Str(q)) = (x.obj(), y.obj()) {
                    return p.s == q.s;
                }
            }
            match native_key_eq(k, &key) {
                Some(r) => r,
                None => {
                    needs_python = true;
                    false
                }
            }
        });
        if found.is_some() || !needs_python {
            return Ok(found);
        }
        let cands = t.borrow().candidates(hash);
        for i in cands {
            let k = match t.borrow().entries.get(i) {
                Some(e) => e.key,
                None => continue,
            };
            if self.eq(k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    #[inline]
    fn hash_key(&mut self, key: Value) -> PyResult<u64> {
        // A str's (cached) hash without the general hash's dispatch.
        if let Value::Obj(g) = key {
            if let Obj::Str(s) = g.obj() {
                return Ok(crate::strs::str_hash(s));
            }
        }
        Ok(self.hash(key)? as u64)
    }

    pub fn dict_getitem_opt(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let Value::Obj(g) = d else { return Ok(None) };
        let h = self.hash_key(key)?;
        let i = self.lookup(g, key, h)?;
        Ok(i.and_then(|i| table(g).map(|t| t.borrow().entries[i].value)))
    }

    pub fn dict_setitem(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(g) = d else { return Ok(()) };
        let h = self.hash_key(key)?;
        let i = self.lookup(g, key, h)?;
        let Some(t) = table(g) else { return Ok(()) };
        let Ok(mut t) = t.try_borrow_mut() else {
            return Err(self.raise_msg("RuntimeError", "dictionary changed size during iteration"));
        };
        match i {
            Some(i) => t.set_at(i, v),
            None => t.insert_new(h, key, v),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let Value::Obj(g) = d else { return Ok(None) };
        let h = self.hash_key(key)?;
        let i = self.lookup(g, key, h)?;
        let Some(t) = table(g) else { return Ok(None) };
        Ok(i.map(|i| t.borrow_mut().remove_at(i).value))
    }

    pub fn dict_del_str(&mut self, dict: Gc, key: Gc) -> bool {
        let hash = match key.obj() {
            Obj::Str(s) => crate::strs::str_hash(s),
            _ => return false,
        };
        let Some(t) = table(dict) else { return false };
        let mut t = t.borrow_mut();
        match t.find(
            hash,
            |k| matches!(k, Value::Obj(g) if g.ptr_eq(key) || crate::strs::str_eq(*g, key)),
        ) {
            Some(i) => {
                t.remove_at(i);
                true
            }
            None => false,
        }
    }

    /// (key, value) pairs of a mapping (a dict or anything with keys() and __getitem__).
    pub fn mapping_items(&mut self, m: Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Obj(g) = m {
            if let Obj::Dict(d) = g.obj() {
                return Ok(d.borrow().iter().map(|e| (e.key, e.value)).collect());
            }
            if let Some(items) = self.dict_subclass_items(g) {
                return Ok(items);
            }
        }
        if self.lookup_special(m, "keys").is_none() {
            let t = self.type_name(m);
            return Err(self.type_error(format!("'{t}' object is not a mapping")));
        }
        let keys_fn = self.getattr_str(m, "keys")?;
        let keys = self.call_value(keys_fn, &[], &[])?;
        let keys = self.collect_iter(keys)?;
        let mut out = Vec::new();
        for k in keys {
            let v = self.getitem(m, k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// The storage of an instance of a dict subclass that keeps dict's own `__iter__`: CPython
    /// merges such a mapping from its storage, without calling `keys()` or `__getitem__`.
    #[cold]
    fn dict_subclass_items(&mut self, g: Gc) -> Option<Vec<(Value, Value)>> {
        let Obj::Instance(i) = g.obj() else {
            return None;
        };
        let b = i.base()?;
        let Obj::Dict(d) = b.obj() else {
            return None;
        };
        let n = self.intern("__iter__");
        let own = self.class_lookup(i.class.get(), n);
        let dict_iter = self.class_lookup(self.types.dict, n);
        let same =
            matches!((own, dict_iter), (Some(Value::Obj(a)), Some(Value::Obj(b))) if a.ptr_eq(b));
        same.then(|| d.borrow().iter().map(|e| (e.key, e.value)).collect())
    }

    pub fn new_set(&mut self, frozen: bool) -> Value {
        self.new_set_from(Dict::new_set(), frozen)
    }

    /// A set (or frozenset) object over storage made by `Dict::new_set*`.
    pub fn new_set_from(&mut self, storage: Dict, frozen: bool) -> Value {
        Value::Obj(self.alloc(Obj::Set(RefCell::new(storage), frozen)))
    }

    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let Value::Obj(g) = s else { return Ok(()) };
        let h = self.hash_key(v)?;
        if self.lookup(g, v, h)?.is_none() {
            if let Some(t) = table(g) {
                t.borrow_mut().insert_new(h, v, Value::None);
            }
        }
        Ok(())
    }

    /// The key and hash a set probe uses: an unhashable `set` (or set subclass) key stands
    /// for the frozenset of its items, as CPython's set `in`/`remove`/`discard` do.
    fn set_probe_key(&mut self, v: Value) -> PyResult<(Value, u64)> {
        match self.hash_key(v) {
            Ok(h) => Ok((v, h)),
            Err(e) => {
                let mutable_set = matches!(
                    builtin_base(v),
                    Value::Obj(b) if matches!(b.obj(), Obj::Set(_, false))
                );
                if !mutable_set || !self.raised_is("TypeError") {
                    return Err(e);
                }
                self.raised = Value::Empty;
                let Value::Obj(b) = builtin_base(v) else {
                    unreachable!()
                };
                let frozen = self.new_set(true);
                for x in self.set_items(b) {
                    self.set_add(frozen, x)?;
                }
                let h = self.hash_key(frozen)?;
                Ok((frozen, h))
            }
        }
    }

    pub fn set_discard(&mut self, s: Gc, v: Value) -> PyResult<bool> {
        let (v, h) = self.set_probe_key(v)?;
        match self.lookup(s, v, h)? {
            Some(i) => {
                if let Some(t) = table(s) {
                    t.borrow_mut().remove_at(i);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn set_contains(&mut self, s: Gc, v: Value) -> PyResult<bool> {
        let (v, h) = self.set_probe_key(v)?;
        Ok(self.lookup(s, v, h)?.is_some())
    }

    pub fn set_items(&self, s: Gc) -> Vec<Value> {
        table(s).map(|t| t.borrow().keys()).unwrap_or_default()
    }

    /// A set's keys with the hashes stored beside them (so set algebra never rehashes).
    fn hashed_keys(s: Gc) -> Vec<(Value, u64)> {
        table(s)
            .map(|t| {
                let t = t.borrow();
                let mut out = Vec::with_capacity(t.len());
                out.extend(t.iter().map(|e| (e.key, e.hash)));
                out
            })
            .unwrap_or_default()
    }

    fn table_len(s: Gc) -> usize {
        table(s).map(|t| t.borrow().len()).unwrap_or(0)
    }

    fn contains_hashed(&mut self, s: Gc, v: Value, h: u64) -> PyResult<bool> {
        Ok(self.lookup(s, v, h)?.is_some())
    }

    fn add_hashed(&mut self, s: Gc, v: Value, h: u64) -> PyResult<()> {
        if self.lookup(s, v, h)?.is_none() {
            if let Some(t) = table(s) {
                t.borrow_mut().insert_new(h, v, Value::None);
            }
        }
        Ok(())
    }

    pub fn set_binop(&mut self, kind: BinKind, a: Gc, b: Gc) -> PyResult<Value> {
        let frozen = matches!(a.obj(), Obj::Set(_, true));
        if let Some(members) = binop_native(kind, a, b) {
            self.heap.note_size(members.payload_words());
            return Ok(Value::Obj(
                self.alloc(Obj::Set(RefCell::new(members), frozen)),
            ));
        }
        let out = self.new_set(frozen);
        let Value::Obj(o) = out else { return Ok(out) };
        let xa = Self::hashed_keys(a);
        match kind {
            BinKind::Or => {
                for (v, h) in xa.into_iter().chain(Self::hashed_keys(b)) {
                    self.add_hashed(o, v, h)?;
                }
            }
            BinKind::And => {
                // As above: the smaller set is walked, b on a tie.
                let (walk, other) = if Self::table_len(b) <= xa.len() {
                    (Self::hashed_keys(b), a)
                } else {
                    (xa, b)
                };
                for (v, h) in walk {
                    if self.contains_hashed(other, v, h)? {
                        self.add_hashed(o, v, h)?;
                    }
                }
            }
            BinKind::Sub if xa.len() >> 2 > Self::table_len(b) => {
                if let (Some(to), Some(from)) = (table(o), table(a)) {
                    let copy = from.borrow().set_copy();
                    *to.borrow_mut() = copy;
                }
                for (v, h) in Self::hashed_keys(b) {
                    if let Some(i) = self.lookup(o, v, h)? {
                        if let Some(t) = table(o) {
                            t.borrow_mut().remove_at(i);
                        }
                    }
                }
            }
            BinKind::Sub => {
                for (v, h) in xa {
                    if !self.contains_hashed(b, v, h)? {
                        self.add_hashed(o, v, h)?;
                    }
                }
            }
            _ => {
                for (v, h) in xa {
                    if !self.contains_hashed(b, v, h)? {
                        self.add_hashed(o, v, h)?;
                    }
                }
                for (v, h) in Self::hashed_keys(b) {
                    if !self.contains_hashed(a, v, h)? {
                        self.add_hashed(o, v, h)?;
                    }
                }
            }
        }
        Ok(out)
    }

    fn is_subset(&mut self, a: Gc, b: Gc) -> PyResult<bool> {
        if Self::table_len(a) > Self::table_len(b) {
            return Ok(false);
        }
        if let Some(r) = subset_native(a, b) {
            return Ok(r);
        }
        for (v, h) in Self::hashed_keys(a) {
            if !self.contains_hashed(b, v, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn set_compare(&mut self, op: Cmp, a: Gc, b: Gc) -> PyResult<bool> {
        let (la, lb) = (Self::table_len(a), Self::table_len(b));
        Ok(match op {
            Cmp::Eq => la == lb && self.is_subset(a, b)?,
            Cmp::Ne => !(la == lb && self.is_subset(a, b)?),
            Cmp::Le => self.is_subset(a, b)?,
            Cmp::Lt => la < lb && self.is_subset(a, b)?,
            Cmp::Ge => self.is_subset(b, a)?,
            Cmp::Gt => la > lb && self.is_subset(b, a)?,
        })
    }

    pub fn dict_eq(&mut self, a: Gc, b: Gc) -> PyResult<bool> {
        let (Some(ta), Some(tb)) = (table(a), table(b)) else {
            return Ok(false);
        };
        if ta.borrow().len() != tb.borrow().len() {
            return Ok(false);
        }
        let pairs: Vec<(Value, Value)> = ta.borrow().iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in pairs {
            match self.dict_getitem_opt(Value::Obj(b), k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
