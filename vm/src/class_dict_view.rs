//! What `cls.__dict__` shows: a snapshot of the class namespace with the entries CPython's
//! type dicts hold that Kestrel serves without storing them: a builtin type's `__doc__` (made
//! only when asked for), and the `__dict__` / `__weakref__` descriptors of a class that adds
//! instance dicts or weak references to its bases'.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::strs::{as_str, str_hash};
use crate::value::Value;
use crate::Vm;

impl Vm {
    /// The namespace of `cls` as its `__dict__` mapping shows it.
    pub(crate) fn class_dict_snapshot(&mut self, cls: Gc) -> Dict {
        let Obj::Class(c) = cls.obj() else {
            return Dict::new();
        };
        let mut d = self.class_dict(c).borrow().clone();
        let dk = self.names.doc;
        let dh = str_hash(as_str(dk).expect("str"));
        if c.is_builtin {
            if d.get_str(dk, dh).is_none() {
                let n = c.name.borrow().clone();
                let v = match crate::builtin_docs::type_doc(&n) {
                    Some(doc) => self.new_str(doc),
                    None => Value::None,
                };
                d.insert_new(dh, Value::Obj(dk), v);
            }
            return d;
        }
        let names = self.class_added_descrs(cls);
        if names.is_empty() {
            return d;
        }
        // Before the `__doc__` type() added (None, followed only by an implicit `__hash__`),
        // else at the end, where CPython's type() puts them.
        let hk = self.names.hash;
        let at = d.find_str(dk, dh).filter(|&i| {
            matches!(d.entries[i].value, Value::None)
                && d.entries[i + 1..]
                    .iter()
                    .all(|e| matches!(e.key, Value::Obj(k) if k.ptr_eq(hk)))
        });
        let tail: Vec<(u64, Value, Value)> = match at {
            Some(i) => {
                let rest: Vec<(u64, Value, Value)> = d.entries[i..]
                    .iter()
                    .map(|e| (e.hash, e.key, e.value))
                    .collect();
                let mut head = Dict::new();
                for e in d.entries[..i].iter() {
                    head.insert_new(e.hash, e.key, e.value);
                }
                d = head;
                rest
            }
            None => Vec::new(),
        };
        for n in names {
            let v = self.new_attr_descr(cls, n, false);
            let k = self.intern(n);
            d.insert_new(str_hash(as_str(k).expect("str")), Value::Obj(k), v);
        }
        for (h, k, v) in tail {
            d.insert_new(h, k, v);
        }
        d
    }

    /// The descriptors (`__dict__`, `__weakref__`) a Python class's namespace holds in CPython
    /// because it adds instance dicts or weak references to its bases'. Kestrel serves those
    /// attributes without storing the descriptors.
    pub fn class_added_descrs(&self, cls: Gc) -> Vec<&'static str> {
        let Obj::Class(c) = cls.obj() else {
            return Vec::new();
        };
        if c.is_builtin {
            return Vec::new();
        }
        let slots = self.own_slots(cls);
        let mro: Vec<Gc> = c.mro.borrow().iter().skip(1).copied().collect();
        // Variable-size builtins (int, tuple, bytes) leave no room for a weakref list.
        let t = &self.types;
        let var_sized = [t.int, t.tuple, t.bytes];
        let sized = !mro.iter().any(|b| var_sized.iter().any(|v| v.ptr_eq(*b)));
        let adds = |name: &str| {
            let wanted = slots.as_ref().is_none_or(|s| s.iter().any(|n| n == name));
            wanted
                && (name == "__dict__" || sized)
                && !mro.iter().any(|b| self.class_provides(*b, name))
        };
        ["__dict__", "__weakref__"]
            .into_iter()
            .filter(|n| adds(n))
            .collect()
    }

    /// `cls.__weakref__`: the descriptor of the first class in the MRO that adds weak
    /// references, as CPython finds it in that class's namespace.
    pub(crate) fn class_weakref_descr(&self, cls: Gc) -> Option<Value> {
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let mro: Vec<Gc> = c.mro.borrow().clone();
        mro.into_iter()
            .find(|k| self.class_added_descrs(*k).contains(&"__weakref__"))
            .map(|k| self.new_attr_descr(k, "__weakref__", false))
    }

    /// The names a class's own `__slots__` lists, or None when it has none.
    fn own_slots(&self, cls: Gc) -> Option<Vec<String>> {
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let sk = self.names.slots;
        let slots = c
            .own_dict
            .borrow()
            .get_str(sk, str_hash(as_str(sk).expect("str")))?;
        Some(Vm::slot_list(slots))
    }

    /// Whether instances of `cls` can be weakly referenced (`obj.__weakref__`).
    pub(crate) fn has_weakref_slot(&self, cls: Gc) -> bool {
        let Obj::Class(c) = cls.obj() else {
            return false;
        };
        let mro: Vec<Gc> = c.mro.borrow().clone();
        mro.iter().any(|b| self.class_provides(*b, "__weakref__"))
    }

    /// A builtin exception class (user subclasses share its kind, not its module).
    fn builtin_exception(&self, c: &Class) -> bool {
        let mk = self.names.module;
        c.kind.get() == Kind::Exception
            && c.own_dict
                .borrow()
                .get_str(mk, str_hash(as_str(mk).expect("str")))
                .is_none()
    }

    /// Whether instances of `cls` have `what` (`__dict__` or `__weakref__`) through it.
    fn class_provides(&self, cls: Gc, what: &str) -> bool {
        let Obj::Class(c) = cls.obj() else {
            return false;
        };
        if !c.is_builtin && !self.builtin_exception(c) {
            return self
                .own_slots(cls)
                .is_none_or(|s| s.iter().any(|n| n == what));
        }
        let t = &self.types;
        match what {
            "__dict__" => {
                self.builtin_exception(c)
                    || [t.type_, t.module, t.function]
                        .iter()
                        .any(|g| g.ptr_eq(cls))
            }
            _ => [t.type_, t.module, t.function, t.set, t.frozenset]
                .iter()
                .any(|g| g.ptr_eq(cls)),
        }
    }
}
