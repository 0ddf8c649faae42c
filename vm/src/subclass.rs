//! User classes derived from builtin types. An instance of such a class is an ordinary
//! `Instance` (class, attribute dict) whose `Extra::Base` carries the builtin value its data
//! lives in: a list, dict or set created empty and filled by `__init__`, or an immutable value
//! (int, float, str, bytes, tuple, frozenset, ...) made by the builtin type's `__new__`.
//! Builtin methods and protocols act on that value (`object::builtin_base`).

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

impl Vm {
    /// The instance layout a class gives its subclasses.
    pub fn layout_kind(&self, base: Gc) -> Kind {
        let Obj::Class(c) = base.obj() else {
            return Kind::Object;
        };
        if !c.is_builtin {
            return c.kind.get();
        }
        let t = &self.types;
        if base.ptr_eq(t.list) {
            Kind::List
        } else if base.ptr_eq(t.dict) {
            Kind::Dict
        } else if base.ptr_eq(t.set) {
            Kind::Set
        } else if self.is_value_type(base) {
            Kind::Value
        } else {
            c.kind.get()
        }
    }

    /// Builtin types whose instances are immutable values a subclass instance wraps.
    fn is_value_type(&self, cls: Gc) -> bool {
        let t = &self.types;
        [
            t.int,
            t.float,
            t.str_,
            t.tuple,
            t.frozenset,
            t.bytes,
            t.complex,
        ]
        .iter()
        .any(|x| x.ptr_eq(cls))
            || self.class_name(cls) == "bytearray"
            // `map`, `zip`, ...: a subclass instance carries the iterator `__new__` made.
            || self
                .lazy_type_of_class(cls)
                .is_some_and(|t| t.is_builtin_name())
    }

    /// The builtin type (or `BaseException`) that fixes the layout of `cls`'s instances;
    /// None for plain object layouts.
    fn solid_base(&self, cls: Gc) -> Option<Gc> {
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        if c.kind.get() == Kind::Exception {
            return self.exc_class_made("BaseException");
        }
        let mro = c.mro.borrow().clone();
        mro.into_iter().find(|k| {
            matches!(k.obj(), Obj::Class(kc) if kc.is_builtin)
                && matches!(
                    self.layout_kind(*k),
                    Kind::List | Kind::Dict | Kind::Set | Kind::Value
                )
        })
    }

    /// Rejects builtin bases CPython does not allow (`bool`, `range`, ...) and bases whose
    /// instance layouts cannot be combined (`class X(int, str)`).
    pub fn check_bases(&mut self, bases: &[Gc]) -> PyResult<()> {
        let t = &self.types;
        let final_types = [
            t.bool_,
            t.range,
            t.slice,
            t.none,
            t.function,
            t.builtin_fn,
            t.method,
            t.generator,
            t.cell,
            t.notimpl,
            t.ellipsis,
            t.dict_keys,
            t.dict_values,
            t.dict_items,
            t.memoryview,
            t.code,
            t.coroutine,
            t.async_generator,
            t.iterator,
        ];
        for b in bases {
            if final_types.iter().any(|f| f.ptr_eq(*b)) || self.is_final_lazy_type(*b) {
                let n = self.class_name(*b);
                return Err(self.type_error(format!("type '{n}' is not an acceptable base type")));
            }
        }
        let mut solid: Option<Gc> = None;
        for b in bases {
            if let Some(s) = self.solid_base(*b) {
                match solid {
                    Some(prev) if !prev.ptr_eq(s) && !self.is_subclass(s, prev) => {
                        if self.is_subclass(prev, s) {
                            continue;
                        }
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                    _ => solid = Some(s),
                }
            }
        }
        Ok(())
    }

    /// A new instance of the user class `cls` carrying the builtin value `v`.
    pub fn wrap_builtin(&mut self, cls: Gc, v: Value) -> Value {
        Value::Obj(self.alloc(Obj::Instance(Instance::with_extra(cls, Extra::Base(v)))))
    }

    /// The empty builtin container a new instance of a class of layout `kind` starts with.
    pub fn empty_base(&mut self, kind: Kind) -> Option<Value> {
        Some(Value::Obj(match kind {
            Kind::List => self.alloc(Obj::List(RefCell::new(Vec::new()))),
            Kind::Dict => self.alloc(Obj::Dict(RefCell::new(Dict::new()))),
            Kind::Set => self.alloc(Obj::Set(RefCell::new(Dict::new_set()), false)),
            _ => return None,
        }))
    }

    /// `v` seen as its builtin data when it is an instance of a user subclass of a builtin
    /// type whose class does not define `name` in Python (so the builtin behaviour applies).
    #[cold]
    pub fn unwrap_unless_overridden(&mut self, v: Value, name: &str) -> Option<Value> {
        let Value::Obj(g) = v else { return None };
        let Obj::Instance(i) = g.obj() else {
            return None;
        };
        let base = i.base_value()?;
        match self.lookup_special(v, name) {
            Some(Value::Obj(f)) if !matches!(f.obj(), Obj::Native(_)) => None,
            _ => Some(base),
        }
    }
}
