//! The descriptor protocol and CPython's generic attribute algorithms: instance lookup
//! (`object.__getattribute__`: data descriptors, then the instance dict, then other class
//! attributes), `__getattribute__` / `__getattr__` / `__setattr__` / `__delattr__` overrides,
//! and class lookup through the metaclass (`type.__getattribute__`).
//!
//! Classes cache whether any of this can apply (`class_flags`: `HAS_DATA_DESCRIPTOR`,
//! `CUSTOM_GETATTRIBUTE`, `CUSTOM_SETATTR`); every change that could alter those flags bumps
//! the class epoch, which is what the inline caches of GET_ATTR / LOAD_METHOD check.

use crate::heap::Gc;
use crate::object::*;
use crate::strs::as_str;
use crate::value::Value;
use crate::Vm;

fn name_of(name: Gc) -> &'static str {
    as_str(name).map(|s| &*s.s).unwrap_or("")
}

fn is_native(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Native(_)))
}

impl Vm {
    /// `attr.__get__(obj, owner)` for a class attribute found through the instance `obj`.
    pub fn descr_get(&mut self, attr: Value, obj: Value, owner: Gc) -> PyResult<Value> {
        if let Value::Obj(g) = attr {
            match g.obj() {
                // A builtin function (not a builtin type's method) has no `__get__`: as a
                // class attribute it is returned as is (`f = print` in a class body).
                Obj::Function(_) => {
                    return Ok(Value::Obj(self.alloc(Obj::BoundMethod(obj, attr))));
                }
                Obj::Native(nf) if nf.method => {
                    return Ok(Value::Obj(self.alloc(Obj::BoundMethod(obj, attr))));
                }
                Obj::StaticMethod(f) => return Ok(*f),
                Obj::ClassMethod(f) => {
                    let f = *f;
                    return Ok(Value::Obj(
                        self.alloc(Obj::BoundMethod(Value::Obj(owner), f)),
                    ));
                }
                Obj::Super(start, Value::Empty) => {
                    return match self.bind_unbound_super(*start, obj)? {
                        Value::Empty => Ok(attr),
                        v => Ok(v),
                    };
                }
                Obj::Property(fget, _, _) => {
                    let fget = *fget;
                    if fget.is_none() {
                        return Err(self.raise_msg("AttributeError", "unreadable attribute"));
                    }
                    return self.call_value(fget, &[obj], &[]);
                }
                Obj::Instance(i) if self.is_getset_class(i.class.get()) => {
                    // The VM's own attribute (`None.__class__` must not read as the
                    // descriptor's `__get__(None, type)`).
                    return self.getset_read(i, obj);
                }
                Obj::Instance(i) => {
                    if let Some(get) = self.class_lookup(i.class.get(), self.names.get) {
                        return self.call_value(get, &[attr, obj, Value::Obj(owner)], &[]);
                    }
                }
                _ => {}
            }
        }
        Ok(attr)
    }

    /// `attr.__get__(None, cls)`: a class attribute read through the class itself.
    pub fn descr_get_class(&mut self, attr: Value, cls: Gc) -> PyResult<Value> {
        if let Value::Obj(g) = attr {
            match g.obj() {
                Obj::ClassMethod(f) => {
                    let f = *f;
                    return Ok(Value::Obj(self.alloc(Obj::BoundMethod(Value::Obj(cls), f))));
                }
                Obj::StaticMethod(f) => return Ok(*f),
                Obj::Instance(i) => {
                    if let Some(get) = self.class_lookup(i.class.get(), self.names.get) {
                        return self.call_value(get, &[attr, Value::None, Value::Obj(cls)], &[]);
                    }
                }
                _ => {}
            }
        }
        Ok(attr)
    }

    /// `obj.name` for an instance of a Python class: its `__getattribute__` (or the generic
    /// lookup), then `__getattr__` if that raised AttributeError.
    pub fn instance_getattr(&mut self, obj: Value, inst: &Instance, name: Gc) -> PyResult<Value> {
        let cls = inst.class.get();
        let flags = match cls.obj() {
            Obj::Class(c) => self.class_flags(c),
            _ => 0,
        };
        let r = if flags & CUSTOM_GETATTRIBUTE != 0 {
            match self.class_lookup(cls, self.names.getattribute) {
                Some(f) if !is_native(f) => self.call_value(f, &[obj, Value::Obj(name)], &[]),
                _ => self.generic_getattr(obj, inst, flags, name),
            }
        } else {
            self.generic_getattr(obj, inst, flags, name)
        };
        match r {
            Ok(v) => Ok(v),
            Err(e) => self.getattr_hook(obj, cls, name, e),
        }
    }

    /// After AttributeError from the normal lookup: the class's `__getattr__`, if any.
    #[cold]
    fn getattr_hook(&mut self, obj: Value, cls: Gc, name: Gc, e: Raised) -> PyResult<Value> {
        if let Some(f) = self.class_lookup(cls, self.names.getattr) {
            if self.raised_is("AttributeError") {
                self.raised = Value::Empty;
                return self.call_value(f, &[obj, Value::Obj(name)], &[]);
            }
        }
        Err(e)
    }

    /// `object.__getattribute__(obj, name)` for an instance.
    pub fn generic_getattr(
        &mut self,
        obj: Value,
        inst: &Instance,
        flags: u8,
        name: Gc,
    ) -> PyResult<Value> {
        let cls = inst.class.get();
        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
        if flags & HAS_DATA_DESCRIPTOR == 0 {
            if let Some(v) = inst.attr_get(name, hash) {
                return Ok(v);
            }
        }
        let cls_attr = self.class_lookup(cls, name);
        if flags & HAS_DATA_DESCRIPTOR != 0 {
            if let Some(a) = cls_attr {
                if self.is_data_descriptor(a) {
                    return self.descr_get_named(a, obj, cls, name);
                }
            }
            if let Some(v) = inst.attr_get(name, hash) {
                return Ok(v);
            }
        }
        if let Some(a) = cls_attr {
            return self.descr_get(a, obj, cls);
        }
        if let Value::Obj(g) = obj {
            if let Some(v) = self.special_instance_attr(obj, g, name)? {
                return Ok(v);
            }
        }
        Err(self.attr_error(obj, name))
    }

    /// `descr_get` for a data descriptor, naming the attribute in a getter-less property's
    /// error.
    fn descr_get_named(&mut self, a: Value, obj: Value, cls: Gc, name: Gc) -> PyResult<Value> {
        if let Value::Obj(g) = a {
            if let Obj::Property(fget, _, _) = g.obj() {
                if fget.is_none() {
                    return Err(self.property_error(obj, name, "getter"));
                }
            }
        }
        self.descr_get(a, obj, cls)
    }

    /// `object.__getattribute__(obj, name)`: the lookup without the class's overrides.
    pub fn object_getattribute(&mut self, obj: Value, name: Gc) -> PyResult<Value> {
        if let Value::Obj(g) = obj {
            if let Obj::Instance(inst) = g.obj() {
                let flags = match inst.class.get().obj() {
                    Obj::Class(c) => self.class_flags(c),
                    _ => 0,
                };
                return self.generic_getattr(obj, inst, flags, name);
            }
        }
        self.getattr(obj, name)
    }

    /// `obj.name = v` for an instance: its `__setattr__` or the generic assignment.
    pub fn instance_setattr(
        &mut self,
        obj: Value,
        inst: &Instance,
        flags: u8,
        name: Gc,
        v: Value,
    ) -> PyResult<()> {
        if flags & CUSTOM_SETATTR != 0 {
            if let Some(f) = self.class_lookup(inst.class.get(), self.names.setattr) {
                if !is_native(f) {
                    self.call_value(f, &[obj, Value::Obj(name), v], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, inst, flags, name, v)
    }

    /// `object.__setattr__(obj, name, v)` for an instance: a data descriptor's `__set__`, else
    /// the instance dict (only slot names for slotted classes).
    pub fn generic_setattr(
        &mut self,
        obj: Value,
        inst: &Instance,
        flags: u8,
        name: Gc,
        v: Value,
    ) -> PyResult<()> {
        let cls = inst.class.get();
        if flags & HAS_DATA_DESCRIPTOR != 0 {
            if let Some(Value::Obj(a)) = self.class_lookup(cls, name) {
                match a.obj() {
                    Obj::Property(_, fset, _) => {
                        let fset = *fset;
                        if fset.is_none() {
                            return Err(self.property_error(obj, name, "setter"));
                        }
                        self.call_value(fset, &[obj, v], &[])?;
                        return Ok(());
                    }
                    Obj::Instance(di) => {
                        let dcls = di.class.get();
                        if let Some(set) = self.class_lookup(dcls, self.names.set) {
                            self.call_value(set, &[Value::Obj(a), obj, v], &[])?;
                            return Ok(());
                        }
                        if self.class_lookup(dcls, self.names.delete).is_some() {
                            return Err(self.raise_msg("AttributeError", "__set__"));
                        }
                    }
                    _ => {}
                }
            }
        }
        match name_of(name) {
            "__class__" => return self.set_class(obj, inst, v),
            "__dict__" if flags & HAS_SLOTS == 0 => {
                if let Value::Obj(g) = obj {
                    return self.set_instance_dict(g, v);
                }
            }
            _ => {}
        }
        if flags & HAS_SLOTS != 0 && !self.is_slot(cls, name) {
            return Err(self.attr_error(obj, name));
        }
        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
        inst.attr_set(name, hash, v);
        Ok(())
    }

    /// `obj.__class__ = cls` between Python classes of the same layout.
    #[cold]
    fn set_class(&mut self, obj: Value, inst: &Instance, v: Value) -> PyResult<()> {
        let new = match v {
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => g,
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{t}' object"
                )));
            }
        };
        let old = inst.class.get();
        let (Obj::Class(nc), Obj::Class(oc)) = (new.obj(), old.obj()) else {
            unreachable!()
        };
        if nc.is_builtin || nc.kind.get() == Kind::Type {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let slots_of = |vm: &mut Vm, c: &Class| -> Vec<Vec<String>> {
            c.mro
                .borrow()
                .iter()
                .map(|k| match k.obj() {
                    Obj::Class(kc) if !kc.is_builtin => {
                        let sk = vm.names.slots;
                        let h = crate::strs::str_hash(as_str(sk).expect("str"));
                        let s = vm.class_dict(kc).borrow().get_str(sk, h);
                        s.map(Vm::slot_list).unwrap_or_default()
                    }
                    _ => Vec::new(),
                })
                .filter(|s| !s.is_empty())
                .collect()
        };
        let same_layout = nc.kind.get() == oc.kind.get()
            && slots_of(self, nc) == slots_of(self, oc)
            && (self.class_flags(nc) & HAS_SLOTS) == (self.class_flags(oc) & HAS_SLOTS);
        if !same_layout {
            let (n, o) = (self.class_name(new), self.class_name(old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{n}' object layout differs from '{o}'"
            )));
        }
        let _ = obj;
        // Inline attributes are named by the old class's shared keys.
        let _ = inst.dict();
        inst.class.set(new);
        // Class flags of classes holding this object as a descriptor may change.
        classes_changed();
        Ok(())
    }

    /// `del obj.name` for an instance: its `__delattr__` or the generic deletion.
    pub fn instance_delattr(&mut self, obj: Value, inst: &Instance, name: Gc) -> PyResult<()> {
        let cls = inst.class.get();
        let flags = match cls.obj() {
            Obj::Class(c) => self.class_flags(c),
            _ => 0,
        };
        if flags & CUSTOM_SETATTR != 0 {
            if let Some(f) = self.class_lookup(cls, self.names.delattr) {
                if !is_native(f) {
                    self.call_value(f, &[obj, Value::Obj(name)], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, inst, flags, name)
    }

    /// `object.__delattr__(obj, name)` for an instance.
    pub fn generic_delattr(
        &mut self,
        obj: Value,
        inst: &Instance,
        flags: u8,
        name: Gc,
    ) -> PyResult<()> {
        let cls = inst.class.get();
        if flags & HAS_DATA_DESCRIPTOR != 0 {
            if let Some(Value::Obj(a)) = self.class_lookup(cls, name) {
                match a.obj() {
                    Obj::Property(_, _, fdel) => {
                        let fdel = *fdel;
                        if fdel.is_none() {
                            return Err(self.property_error(obj, name, "deleter"));
                        }
                        self.call_value(fdel, &[obj], &[])?;
                        return Ok(());
                    }
                    Obj::Instance(di) => {
                        let dcls = di.class.get();
                        if let Some(del) = self.class_lookup(dcls, self.names.delete) {
                            self.call_value(del, &[Value::Obj(a), obj], &[])?;
                            return Ok(());
                        }
                        if self.class_lookup(dcls, self.names.set).is_some() {
                            return Err(self.raise_msg("AttributeError", "__delete__"));
                        }
                    }
                    _ => {}
                }
            }
        }
        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
        if inst.is_inline() && inst.attr_del(name, hash) {
            return Ok(());
        }
        let attrs = inst.attrs();
        let mut d = attrs.cell().borrow_mut();
        if let Some(i) = d.find(
            hash,
            |k| matches!(k, Value::Obj(kg) if crate::strs::str_eq(*kg, name)),
        ) {
            d.remove_at(i);
            return Ok(());
        }
        // `del obj.__dict__`: the attributes go and a later `obj.__dict__` is a fresh {}.
        if flags & HAS_SLOTS == 0 && name_of(name) == "__dict__" {
            d.clear();
            return Ok(());
        }
        drop(d);
        // An unset slot: CPython's member descriptor names only the slot.
        if let Some(Value::Obj(m)) = self.class_lookup(cls, name) {
            if matches!(m.obj(), Obj::Instance(i) if i.class.get().ptr_eq(self.types.member)) {
                return Err(self.raise_msg("AttributeError", name_of(name)));
            }
        }
        Err(self.attr_error(obj, name))
    }

    /// `cls.name` (`type.__getattribute__`): a data descriptor of the metaclass, then the
    /// class's MRO (with `__get__(None, cls)`), then the class's special attributes, then
    /// the metaclass's other attributes (bound to the class), then the metaclass's
    /// `__getattr__`.
    pub fn class_getattr(&mut self, cls: Gc, name: Gc) -> PyResult<Value> {
        let Obj::Class(c) = cls.obj() else {
            unreachable!()
        };
        let meta = c.meta.get();
        if let Some(m) = meta {
            if let Some(ga) = self.class_lookup(m, self.names.getattribute) {
                if !is_native(ga) {
                    let r = self.call_value(ga, &[Value::Obj(cls), Value::Obj(name)], &[]);
                    return match r {
                        Ok(v) => Ok(v),
                        Err(e) => self.getattr_hook(Value::Obj(cls), m, name, e),
                    };
                }
            }
            let r = self.meta_getattr(cls, m, name);
            return match r {
                Ok(v) => Ok(v),
                Err(e) => self.getattr_hook(Value::Obj(cls), m, name, e),
            };
        }
        if let Some(v) = self.class_lookup(cls, name) {
            if !is_type_data_attr(name) && !self.is_type_getset(v) {
                return self.descr_get_class(v, cls);
            }
        }
        self.class_getattr_rest(cls, self.types.type_, name)
    }

    /// `type.__getattribute__(cls, name)` for a class whose metaclass is `meta`.
    pub fn meta_getattr(&mut self, cls: Gc, meta: Gc, name: Gc) -> PyResult<Value> {
        let meta_attr = self.class_lookup(meta, name);
        if let Some(a) = meta_attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, Value::Obj(cls), meta);
            }
        }
        if let Some(v) = self.class_lookup(cls, name) {
            if !is_type_data_attr(name) && !self.is_type_getset(v) {
                return self.descr_get_class(v, cls);
            }
        }
        self.class_getattr_rest(cls, meta, name)
    }

    /// `__setattr__` on a class: the metaclass's override or data descriptor, else the class
    /// dict.
    pub fn class_setattr(&mut self, cls: Gc, name: Gc, v: Value) -> PyResult<()> {
        let Obj::Class(c) = cls.obj() else {
            unreachable!()
        };
        if let Some(m) = c.meta.get() {
            if let Some(f) = self.class_lookup(m, self.names.setattr) {
                if !is_native(f) {
                    self.call_value(f, &[Value::Obj(cls), Value::Obj(name), v], &[])?;
                    return Ok(());
                }
            }
            if let Some(Value::Obj(a)) = self.class_lookup(m, name) {
                match a.obj() {
                    Obj::Property(_, fset, _) => {
                        let fset = *fset;
                        if fset.is_none() {
                            return Err(self.property_error(Value::Obj(cls), name, "setter"));
                        }
                        self.call_value(fset, &[Value::Obj(cls), v], &[])?;
                        return Ok(());
                    }
                    Obj::Instance(di) => {
                        if let Some(set) = self.class_lookup(di.class.get(), self.names.set) {
                            self.call_value(set, &[Value::Obj(a), Value::Obj(cls), v], &[])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
        }
        self.type_setattr(cls, name, v)
    }

    /// `type.__setattr__(cls, name, v)`.
    pub fn type_setattr(&mut self, cls: Gc, name: Gc, v: Value) -> PyResult<()> {
        let Obj::Class(c) = cls.obj() else {
            unreachable!()
        };
        if c.is_builtin {
            let cname = c.name.borrow().clone();
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{cname}'",
                name_of(name)
            )));
        }
        match name_of(name) {
            n @ ("__name__" | "__qualname__") => {
                let Some(s) = crate::strs::as_str_value(v) else {
                    let cname = c.name.borrow().clone();
                    let t = self.type_name(v);
                    return Err(self
                        .type_error(format!("can only assign string to {cname}.{n}, not '{t}'")));
                };
                if n == "__name__" {
                    *c.name.borrow_mut() = s.to_string();
                } else {
                    *c.qualname.borrow_mut() = s.to_string();
                }
                Ok(())
            }
            "__bases__" => self.set_class_bases(cls, v),
            n => {
                self.class_set(cls, n, v);
                Ok(())
            }
        }
    }
}

/// The attributes `type` serves with data descriptors (so a class-body binding of the
/// same name, as `__name__ = 'x'`, is seen by instances only, never on the class; and
/// `object.__dict__['__class__']` or a class's own `__doc__` never hide the class's own).
fn is_type_data_attr(name: Gc) -> bool {
    let n = name_of(name);
    n.starts_with("__")
        && matches!(
            n,
            "__name__"
                | "__qualname__"
                | "__mro__"
                | "__bases__"
                | "__base__"
                | "__class__"
                | "__dict__"
                | "__doc__"
        )
}
