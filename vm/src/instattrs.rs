//! Where an instance's attributes live. Most instances get the same few attributes in the
//! same order (set in `__init__`), so a class keeps the names (`Class::shared_keys`, append
//! only, at most `INLINE_ATTRS`) and its instances keep only the values, inline in their own
//! heap slot: an instance of a class with three attributes costs one 72-byte slot, where a
//! dict of its own cost a further 128-byte block.
//!
//! An instance is inline while its attributes are, in the order they were set, exactly the
//! first `n` shared keys of its class (`inline[..n]` set, the rest Empty), so that its
//! `__dict__` order is the keys' order. Anything else (a new name after the class's keys are
//! taken or out of order, deleting other than the last, `__dict__`, a `__class__` change,
//! exception or builtin-base data) moves the attributes to a dict (`InstExt::dict`) for
//! good: `Instance::dict` does that on demand, so code that needs a dict simply asks for it.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use std::cell::{Cell, OnceCell, RefCell};

/// Where an instance's attributes live: its own dict, or the dict `obj.__dict__ = d` gave it.
pub struct Attrs<'a> {
    own: &'a RefCell<Dict>,
    alias: Option<Gc>,
}

impl Attrs<'_> {
    #[inline]
    pub fn cell(&self) -> &RefCell<Dict> {
        match self.alias.as_ref().map(|g| g.obj()) {
            Some(Obj::Dict(d)) => d,
            _ => self.own,
        }
    }
}

/// No attribute values.
#[inline(always)]
fn no_values() -> [Cell<Value>; INLINE_ATTRS] {
    std::array::from_fn(|_| Cell::new(Value::Empty))
}

impl Class {
    /// The position of `name` among the shared keys: by address (attribute names are
    /// interned), else by hash and text (every shared key's hash is computed when it is
    /// added).
    #[inline]
    pub fn shared_index(&self, name: Gc) -> Option<usize> {
        let mut hash = None;
        for (j, k) in self.shared_keys.iter().enumerate() {
            let g = k.get()?;
            if g.ptr_eq(name) {
                return Some(j);
            }
            let h =
                *hash.get_or_insert_with(|| crate::strs::as_str(name).map(crate::strs::str_hash));
            if h.is_some()
                && crate::strs::as_str(g).map(|s| s.hash.get()) == h
                && crate::strs::str_eq(g, name)
            {
                return Some(j);
            }
        }
        None
    }

    /// How many shared keys the class has.
    #[inline]
    pub fn shared_len(&self) -> usize {
        self.shared_keys
            .iter()
            .take_while(|k| k.get().is_some())
            .count()
    }
}

impl Instance {
    /// A plain instance: no attributes yet (inline).
    #[inline]
    pub fn new(class: Gc) -> Instance {
        Instance {
            class: Cell::new(class),
            inline: no_values(),
            ext: OnceCell::new(),
        }
    }

    /// An instance whose attributes start as `dict`.
    pub fn with_dict(class: Gc, dict: Dict) -> Instance {
        Instance::with_ext(class, dict, None)
    }

    /// An instance carrying `extra` (exception data, a builtin base, native data).
    pub fn with_extra(class: Gc, extra: Extra) -> Instance {
        Instance::with_ext(class, Dict::new(), Some(extra))
    }

    pub fn with_ext(class: Gc, dict: Dict, extra: Option<Extra>) -> Instance {
        let ext = OnceCell::new();
        let _ = ext.set(Box::new(InstExt {
            dict: RefCell::new(dict),
            extra,
        }));
        Instance {
            class: Cell::new(class),
            inline: no_values(),
            ext,
        }
    }

    /// Whether the attributes are inline (no dict made).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.ext.get().is_none()
    }

    /// Inline value `j` (Empty when unset or when the instance has a dict).
    #[inline(always)]
    pub fn inline_value(&self, j: usize) -> Value {
        match self.inline.get(j) {
            Some(c) if self.is_inline() => c.get(),
            _ => Value::Empty,
        }
    }

    /// Sets inline value `j`, which must be set already (the caller checked `inline_value`).
    #[inline(always)]
    pub fn set_inline_value(&self, j: usize, v: Value) {
        if let Some(c) = self.inline.get(j) {
            c.set(v);
        }
    }

    /// Stores inline value `j` when the instance is inline and has its first `j` values
    /// (so it keeps its shape); the caller knows key `j` of the class names the attribute.
    #[inline(always)]
    pub fn set_inline_at(&self, j: usize, v: Value) -> bool {
        if !self.is_inline() {
            return false;
        }
        let ok = match j {
            0 => true,
            _ => matches!(self.inline.get(j - 1), Some(c) if !c.get().is_empty()),
        };
        match self.inline.get(j) {
            Some(c) if ok => {
                c.set(v);
                true
            }
            _ => false,
        }
    }

    /// The inline values, for the collector.
    pub(crate) fn inline_values(&self) -> impl Iterator<Item = Value> + '_ {
        self.inline.iter().map(|c| c.get())
    }

    /// How many inline values are set.
    #[inline]
    fn inline_len(&self) -> usize {
        self.inline
            .iter()
            .take_while(|c| !c.get().is_empty())
            .count()
    }

    /// The dict holding the instance's own attributes, made (from the inline values) if it
    /// was not yet. Code that only reads or writes one attribute uses `attr_get`/`attr_set`.
    pub fn dict(&self) -> &RefCell<Dict> {
        &self.ext.get_or_init(|| self.materialize()).dict
    }

    /// The dict, if the instance has one already.
    #[inline]
    pub fn ext_dict(&self) -> Option<&RefCell<Dict>> {
        self.ext.get().map(|e| &e.dict)
    }

    #[cold]
    #[inline(never)]
    fn materialize(&self) -> Box<InstExt> {
        let cls = self.class.get();
        let cls = match cls.obj() {
            Obj::Class(c) => Some(&**c),
            _ => None,
        };
        let n = self.inline_len();
        let hint = cls.map_or(0, |c| c.attr_hint.get() as usize);
        let mut d = Dict::with_capacity(n.max(hint));
        if let Some(c) = cls {
            for j in 0..n {
                let (Some(k), v) = (c.shared_keys[j].get(), self.inline[j].get()) else {
                    break;
                };
                let hash = crate::strs::as_str(k).map_or(0, crate::strs::str_hash);
                d.insert_new(hash, Value::Obj(k), v);
            }
        }
        for c in &self.inline {
            c.set(Value::Empty);
        }
        Box::new(InstExt {
            dict: RefCell::new(d),
            extra: None,
        })
    }

    /// The dict holding the instance's attributes (see `Dict::aliased`); made if need be.
    #[inline]
    pub fn attrs(&self) -> Attrs<'_> {
        let alias = self
            .dict_alias()
            .and_then(|v| builtin_base(v).as_obj())
            .filter(|g| matches!(g.obj(), Obj::Dict(_)));
        Attrs {
            own: self.dict(),
            alias,
        }
    }

    /// The dict `obj.__dict__ = d` made the instance's attribute storage, as it was given
    /// (a dict, or an instance of a dict subclass such as the instance itself).
    #[inline]
    pub fn dict_alias(&self) -> Option<Value> {
        let d = self.ext_dict()?.try_borrow().ok()?;
        if !d.aliased {
            return None;
        }
        d.entries
            .iter()
            .find(|e| matches!(e.key, Value::None))
            .map(|e| e.value)
    }

    /// The attribute `name` (a str of hash `hash`) of the instance's own storage.
    #[inline]
    pub fn attr_get(&self, name: Gc, hash: u64) -> Option<Value> {
        if self.is_inline() {
            let cls = self.class.get();
            let Obj::Class(c) = cls.obj() else {
                return None;
            };
            let v = self.inline[c.shared_index(name)?].get();
            return (!v.is_empty()).then_some(v);
        }
        self.attrs().cell().try_borrow().ok()?.get_str(name, hash)
    }

    /// Where `name` is inline: Some(j) when the instance holds it at inline position `j`.
    #[inline]
    pub fn inline_index(&self, name: Gc) -> Option<usize> {
        if !self.is_inline() {
            return None;
        }
        let cls = self.class.get();
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let j = c.shared_index(name)?;
        (!self.inline[j].get().is_empty()).then_some(j)
    }

    /// Stores an attribute inline if the instance keeps its inline shape: an attribute it
    /// has, the next shared key, or a new name the class can take as its next shared key.
    /// Some(j) when stored at position j; None when the caller must use the dict.
    #[inline]
    pub fn try_set_inline(&self, name: Gc, v: Value) -> Option<usize> {
        if !self.is_inline() {
            return None;
        }
        let cls = self.class.get();
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let n = self.inline_len();
        let j = match c.shared_index(name) {
            Some(j) if j <= n => j,
            Some(_) => return None,
            None => {
                if n >= INLINE_ATTRS || c.shared_len() != n || crate::strs::as_str(name).is_none() {
                    return None;
                }
                let _ = crate::strs::as_str(name).map(crate::strs::str_hash);
                c.shared_keys[n].set(Some(name));
                // Inline caches that proved a method name absent from instances of this
                // class must look again.
                crate::object::classes_changed();
                n
            }
        };
        self.inline[j].set(v);
        if j == n {
            c.note_instance_attrs(n + 1);
        }
        Some(j)
    }

    /// Stores an attribute (generic path: inline if possible, else in the dict).
    pub fn attr_set(&self, name: Gc, hash: u64, v: Value) {
        if self.try_set_inline(name, v).is_some() {
            return;
        }
        let attrs = self.attrs();
        let Ok(mut d) = attrs.cell().try_borrow_mut() else {
            return;
        };
        match d.find_str(name, hash) {
            Some(i) => d.set_at(i, v),
            None => {
                d.insert_new(hash, Value::Obj(name), v);
                if let Obj::Class(c) = self.class.get().obj() {
                    c.note_instance_attrs(d.len());
                }
            }
        }
    }

    /// Removes an attribute: whether it was there.
    pub fn attr_del(&self, name: Gc, hash: u64) -> bool {
        if self.is_inline() {
            let n = self.inline_len();
            match self.inline_index(name) {
                None => return false,
                Some(j) if j + 1 == n => {
                    self.inline[j].set(Value::Empty);
                    return true;
                }
                Some(_) => {}
            }
        }
        let attrs = self.attrs();
        let Ok(mut d) = attrs.cell().try_borrow_mut() else {
            return false;
        };
        match d.find_str(name, hash) {
            Some(i) => {
                d.remove_at(i);
                true
            }
            None => false,
        }
    }

    /// The extra data the instance carries.
    #[inline]
    pub fn extra(&self) -> Option<&Extra> {
        self.ext.get().and_then(|e| e.extra.as_ref())
    }

    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match self.extra() {
            Some(Extra::Exc(e)) => Some(e),
            _ => None,
        }
    }

    /// The instance's native data of type `T`, if it carries that.
    pub fn native<T: NativeData>(&self) -> Option<&T> {
        match self.extra() {
            Some(Extra::Native(d)) => (&**d as &dyn std::any::Any).downcast_ref::<T>(),
            _ => None,
        }
    }

    /// The instance's native data, whatever its type.
    pub fn native_data(&self) -> Option<&dyn NativeData> {
        match self.extra() {
            Some(Extra::Native(d)) => Some(&**d),
            _ => None,
        }
    }

    /// The builtin base object, when it lives on the heap.
    pub fn base(&self) -> Option<Gc> {
        self.base_value().and_then(|v| v.as_obj())
    }

    /// The builtin base value (possibly unboxed, for int and float subclasses).
    pub fn base_value(&self) -> Option<Value> {
        match self.extra() {
            Some(Extra::Base(b)) => Some(*b),
            _ => None,
        }
    }
}
