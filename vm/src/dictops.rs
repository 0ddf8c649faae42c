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

/// The table of `a <op> b` for two sets, built as CPython 3.11's `setobject.c` builds it (so
/// it iterates in CPython's order), when no key needs Python `__eq__`; None otherwise, and
/// the caller takes the general path (`Vm::set_binop`), which follows the same steps.
fn binop_native(kind: BinKind, a: Gc, b: Gc) -> Option<Dict> {
    let (ta, tb) = (table(a)?.borrow(), table(b)?.borrow());
    match kind {
        // A copy of a, then b merged in.
        BinKind::Or => {
            let mut out = ta.set_copy();
            if !a.ptr_eq(b) && !tb.is_empty() {
                out.set_presize(tb.len());
                if out.set_is_pristine() {
                    out.set_fill_from(&tb);
                    return Some(out);
                }
                let other = Members::of(&ta);
                for e in tb.iter() {
                    if !other.contains(&e.key, e.hash)? {
                        out.insert_new(e.hash, e.key, Value::None);
                    }
                }
            }
            Some(out)
        }
        BinKind::And if a.ptr_eq(b) => Some(ta.set_copy()),
        // The smaller set is walked (b on a tie) and its keys looked up in the other.
        BinKind::And => {
            let (walk, other) = if tb.len() > ta.len() {
                (&ta, &tb)
            } else {
                (&tb, &ta)
            };
            // Room for the most the result can hold when that is little: no regrowth.
            let mut out = Dict::new_set_with_capacity(bound(walk.len()));
            let other = Members::of(other);
            for e in walk.iter() {
                if other.contains(&e.key, e.hash)? {
                    out.insert_new(e.hash, e.key, Value::None);
                }
            }
            Some(out)
        }
        // b much smaller than a: a copy of a with b's keys removed from it.
        BinKind::Sub if ta.len() >> 2 > tb.len() => {
            let mut out = ta.set_copy();
            for e in tb.iter_unordered() {
                if let Some(i) = native_find(&out, &e.key, e.hash)? {
                    out.remove_at(i);
                }
            }
            out.set_shrink_dummies();
            Some(out)
        }
        BinKind::Sub => {
            let mut out = Dict::new_set_with_capacity(bound(ta.len()));
            let other = Members::of(&tb);
            for e in ta.iter() {
                if !other.contains(&e.key, e.hash)? {
                    out.insert_new(e.hash, e.key, Value::None);
                }
            }
            Some(out)
        }
        // A copy of b, then each key of a (in a's order) removed from it when there, else
        // added: `symmetric_difference_update(copy of b, a)`.
        _ => {
            let mut out = tb.set_copy();
            for e in ta.iter() {
                match native_find(&out, &e.key, e.hash)? {
                    Some(i) => {
                        out.remove_at(i);
                    }
                    None => out.insert_new(e.hash, e.key, Value::None),
                }
            }
            Some(out)
        }
    }
}

/// The entries to reserve for a result of at most `n` keys: all of them when that is few.
#[inline]
fn bound(n: usize) -> usize {
    if n <= 64 {
        n
    } else {
        8
    }
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
        // The steps of `binop_native` with Python equality.
        match kind {
            BinKind::Or => {
                let out = self.set_copy_of(a, frozen);
                if !a.ptr_eq(b) {
                    self.set_merge(out, b)?;
                }
                Ok(Value::Obj(out))
            }
            BinKind::And => self.set_intersection(a, Value::Obj(b), frozen),
            BinKind::Sub => self.set_difference(a, Value::Obj(b), frozen),
            _ => {
                let out = self.set_copy_of(b, frozen);
                self.set_symdiff_update_set(out, a)?;
                Ok(Value::Obj(out))
            }
        }
    }

    /// `s <op>= o` for two sets, in place, as CPython does each: `|=` merges, `-=` removes
    /// (then drops dummies), `^=` removes or adds each key of `o` in turn, `&=` takes the
    /// intersection's table.
    pub fn set_inplace(&mut self, kind: BinKind, s: Gc, o: Gc) -> PyResult<()> {
        match kind {
            BinKind::Or => self.set_merge(s, o),
            BinKind::Sub => self.set_difference_update(s, Value::Obj(o)),
            BinKind::Xor => self.set_symdiff_update_set(s, o),
            _ => {
                let r = self.set_binop(BinKind::And, s, o)?;
                Self::set_take_table(s, r);
                Ok(())
            }
        }
    }

    /// Replaces the members of set `dst` with those of the new set `src` (CPython's
    /// `set_swap_bodies` after an intersection update): the table moves as it is.
    pub fn set_take_table(dst: Gc, src: Value) {
        if let (Some(d), Value::Obj(sg)) = (table(dst), src) {
            if let Some(s) = table(sg) {
                if !dst.ptr_eq(sg) {
                    let t = std::mem::take(&mut *s.borrow_mut());
                    *d.borrow_mut() = t;
                }
            }
        }
    }

    /// A new set (or frozenset) with the members of set `s`, laid out as CPython's copy.
    pub fn set_copy_of(&mut self, s: Gc, frozen: bool) -> Gc {
        let d = table(s)
            .map(|t| t.borrow().set_copy())
            .unwrap_or_else(Dict::new_set);
        self.heap.note_size(d.payload_words());
        self.alloc(Obj::Set(RefCell::new(d), frozen))
    }

    /// The set storage behind `v` (a set, frozenset or an instance of a subclass), if any.
    fn any_set(v: Value) -> Option<Gc> {
        match builtin_base(v) {
            Value::Obj(g) if matches!(g.obj(), Obj::Set(..)) => Some(g),
            _ => None,
        }
    }

    /// The keys and hashes of an exact dict, in its order.
    fn exact_dict_keys(v: Value) -> Option<Vec<(Value, u64)>> {
        match v {
            Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)) => Some(Self::hashed_keys(g)),
            _ => None,
        }
    }

    /// CPython's `set_merge`: the keys of set `src` added to set `dst`, after one resize up
    /// front; a pristine `dst` takes them without lookups.
    pub fn set_merge(&mut self, dst: Gc, src: Gc) -> PyResult<()> {
        let (Some(td), Some(ts)) = (table(dst), table(src)) else {
            return Ok(());
        };
        let n = ts.borrow().len();
        if dst.ptr_eq(src) || n == 0 {
            return Ok(());
        }
        {
            let Ok(mut d) = td.try_borrow_mut() else {
                return Err(self.raise_msg("RuntimeError", "Set changed size during iteration"));
            };
            d.set_presize(n);
            if d.set_is_pristine() {
                d.set_fill_from(&ts.borrow());
                return Ok(());
            }
        }
        for (v, h) in Self::hashed_keys(src) {
            self.add_hashed(dst, v, h)?;
        }
        Ok(())
    }

    /// CPython's `set_update_internal`: the members of any iterable added to set `dst` (a
    /// set merged, a dict's keys added after one resize up front, anything else iterated).
    pub fn set_update_from(&mut self, dst: Gc, other: Value) -> PyResult<()> {
        if let Some(src) = Self::any_set(other) {
            return self.set_merge(dst, src);
        }
        if let Some(keys) = Self::exact_dict_keys(other) {
            if let Some(t) = table(dst) {
                t.borrow_mut().set_presize(keys.len());
            }
            for (v, h) in keys {
                self.add_hashed(dst, v, h)?;
            }
            return Ok(());
        }
        for x in self.collect_iter(other)? {
            self.set_add(Value::Obj(dst), x)?;
        }
        Ok(())
    }

    /// `SET_UPDATE` of a constant display's tuple into its new set: as CPython, a set of
    /// the items, its members re-added in its order (the compiler's merge of constants),
    /// then merged.
    pub fn set_update_display(&mut self, dst: Gc, items: Value) -> PyResult<()> {
        let first = self.set_made_from(items, true)?;
        let second = self.set_made_from(Value::Obj(first), true)?;
        // set_made_from copies a set; the re-adding goes key by key.
        if let (Some(t2), Some(t1)) = (table(second), table(first)) {
            let mut rebuilt = Dict::new_set();
            for e in t1.borrow().iter() {
                if native_find(&rebuilt, &e.key, e.hash) == Some(None) {
                    rebuilt.insert_new(e.hash, e.key, Value::None);
                }
            }
            *t2.borrow_mut() = rebuilt;
        }
        self.set_merge(dst, second)
    }

    /// CPython's `make_new_set`: a new set (or frozenset) of the members of `other`.
    pub fn set_made_from(&mut self, other: Value, frozen: bool) -> PyResult<Gc> {
        if let Some(src) = Self::any_set(other) {
            return Ok(self.set_copy_of(src, frozen));
        }
        let items = if Self::exact_dict_keys(other).is_some() {
            None
        } else {
            // Collected before the set is made (see `Vm::collect_iter`).
            Some(self.collect_iter(other)?)
        };
        let Value::Obj(out) = self.new_set(frozen) else {
            unreachable!("a set is an object")
        };
        match items {
            None => self.set_update_from(out, other)?,
            Some(items) => {
                if items.len() <= 8 {
                    if let Some(t) = table(out) {
                        t.borrow_mut().entries.reserve_exact(items.len());
                    }
                }
                for x in items {
                    self.set_add(Value::Obj(out), x)?;
                }
            }
        }
        Ok(out)
    }

    /// CPython's `set_difference_update_internal`: the members of `other` removed from set
    /// `dst`, then the table rebuilt if dummies took over a quarter of it.
    pub fn set_difference_update(&mut self, dst: Gc, other: Value) -> PyResult<()> {
        if let Some(src) = Self::any_set(other) {
            if src.ptr_eq(dst) {
                if let Some(t) = table(dst) {
                    t.borrow_mut().clear();
                }
                return Ok(());
            }
            // Which keys go does not depend on the order they are removed in.
            for (v, h) in Self::hashed_keys(src) {
                if let Some(i) = self.lookup(dst, v, h)? {
                    if let Some(t) = table(dst) {
                        t.borrow_mut().remove_at(i);
                    }
                }
            }
        } else {
            for x in self.collect_iter(other)? {
                let h = self.hash_key(x)?;
                if let Some(i) = self.lookup(dst, x, h)? {
                    if let Some(t) = table(dst) {
                        t.borrow_mut().remove_at(i);
                    }
                }
            }
        }
        if let Some(t) = table(dst) {
            t.borrow_mut().set_shrink_dummies();
        }
        Ok(())
    }

    /// CPython's `set_symmetric_difference_update` with a set: each key of `src`, in its
    /// order, removed from `dst` when there and added otherwise.
    pub fn set_symdiff_update_set(&mut self, dst: Gc, src: Gc) -> PyResult<()> {
        if dst.ptr_eq(src) {
            if let Some(t) = table(dst) {
                t.borrow_mut().clear();
            }
            return Ok(());
        }
        self.set_symdiff_keys(dst, Self::hashed_keys(src))
    }

    fn set_symdiff_keys(&mut self, dst: Gc, keys: Vec<(Value, u64)>) -> PyResult<()> {
        for (v, h) in keys {
            match self.lookup(dst, v, h)? {
                Some(i) => {
                    if let Some(t) = table(dst) {
                        t.borrow_mut().remove_at(i);
                    }
                }
                None => {
                    if let Some(t) = table(dst) {
                        t.borrow_mut().insert_new(h, v, Value::None);
                    }
                }
            }
        }
        Ok(())
    }

    /// `set.symmetric_difference_update(other)` for any iterable, as CPython: a dict's keys
    /// in its order, a set's in its, anything else made a set first.
    pub fn set_symdiff_update(&mut self, dst: Gc, other: Value) -> PyResult<()> {
        if let Some(keys) = Self::exact_dict_keys(other) {
            return self.set_symdiff_keys(dst, keys);
        }
        let src = match Self::any_set(other) {
            Some(src) => src,
            None => self.set_made_from(other, false)?,
        };
        self.set_symdiff_update_set(dst, src)
    }

    /// CPython's `set_intersection`: a new set of the members of set `a` also in `other`.
    pub fn set_intersection(&mut self, a: Gc, other: Value, frozen: bool) -> PyResult<Value> {
        if let Some(b) = Self::any_set(other) {
            if a.ptr_eq(b) {
                return Ok(Value::Obj(self.set_copy_of(a, frozen)));
            }
            if let Some(members) = binop_native(BinKind::And, a, b) {
                self.heap.note_size(members.payload_words());
                return Ok(Value::Obj(
                    self.alloc(Obj::Set(RefCell::new(members), frozen)),
                ));
            }
            let Value::Obj(out) = self.new_set(frozen) else {
                unreachable!("a set is an object")
            };
            // The smaller set is walked (b on a tie).
            let (walk, other) = if Self::table_len(b) > Self::table_len(a) {
                (a, b)
            } else {
                (b, a)
            };
            for (v, h) in Self::hashed_keys(walk) {
                if self.contains_hashed(other, v, h)? {
                    self.add_hashed(out, v, h)?;
                }
            }
            return Ok(Value::Obj(out));
        }
        let items = self.collect_iter(other)?;
        let Value::Obj(out) = self.new_set(frozen) else {
            unreachable!("a set is an object")
        };
        for x in items {
            let h = self.hash_key(x)?;
            if self.contains_hashed(a, x, h)? {
                self.add_hashed(out, x, h)?;
            }
        }
        Ok(Value::Obj(out))
    }

    /// CPython's `set_difference`: a new set of the members of set `a` not in `other`.
    pub fn set_difference(&mut self, a: Gc, other: Value, frozen: bool) -> PyResult<Value> {
        let other_set = Self::any_set(other);
        let other_len = match (other_set, other) {
            (Some(b), _) => Some(Self::table_len(b)),
            (None, Value::Obj(g)) if matches!(g.obj(), Obj::Dict(_)) => Some(Self::table_len(g)),
            _ => None,
        };
        match other_len {
            Some(n) if Self::table_len(a) >> 2 <= n => {}
            _ => {
                let out = self.set_copy_of(a, frozen);
                self.set_difference_update(out, other)?;
                return Ok(Value::Obj(out));
            }
        }
        let Value::Obj(o) = other else {
            unreachable!("a set or dict is an object")
        };
        let o = other_set.unwrap_or(o);
        let Value::Obj(out) = self.new_set(frozen) else {
            unreachable!("a set is an object")
        };
        for (v, h) in Self::hashed_keys(a) {
            if !self.contains_hashed(o, v, h)? {
                self.add_hashed(out, v, h)?;
            }
        }
        Ok(Value::Obj(out))
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
