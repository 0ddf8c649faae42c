//! Attribute access: instance dicts, class MRO lookup, descriptors (functions, properties,
//! static and class methods), modules, and the special attributes programs commonly read.

use crate::heap::Gc;
use crate::object::*;
use crate::strs::as_str;
use crate::value::Value;
use crate::Vm;

fn name_of(name: Gc) -> &'static str {
    as_str(name).map(|s| &*s.s).unwrap_or("")
}

impl Vm {
    pub fn getattr(&mut self, obj: Value, name: Gc) -> PyResult<Value> {
        if let Value::Obj(g) = obj {
            match g.obj() {
                Obj::Instance(inst) => return self.instance_getattr(obj, inst, name),
                Obj::Class(_) => return self.class_getattr(g, name),
                Obj::Module(d, _) => {
                    if let Some(v) = self.dict_get_str(*d, name) {
                        return Ok(v);
                    }
                    return self.module_getattr_missing(obj, *d, name);
                }
                Obj::Super(start, Value::Empty) => {
                    return self.unbound_super_getattr(obj, *start, name)
                }
                // `super().__class__` is the super object's own class, as in CPython.
                Obj::Super(..) if name_of(name) == "__class__" => {
                    return Ok(Value::Obj(self.types.super_))
                }
                Obj::Super(start, this) => return self.super_getattr(*start, *this, name),
                _ => {}
            }
        }
        let cls = self.type_of(obj);
        if let Some(a) = self.class_lookup(cls, name) {
            return self.bind(a, obj);
        }
        if let Some(v) = self.special_builtin_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.attr_error(obj, name))
    }

    /// `getattr(obj, name, default)` and `hasattr`: the attribute, or None on a plain miss.
    /// A miss that no `__getattr__`/`__getattribute__` override can see is answered without
    /// making the AttributeError (abc, dataclasses and enum probe thousands of names this way
    /// at import); every other case is the full lookup with its AttributeError caught.
    pub fn getattr_opt(&mut self, obj: Value, name: Gc) -> PyResult<Option<Value>> {
        if let Value::Obj(g) = obj {
            match g.obj() {
                Obj::Instance(inst) => {
                    if self.instance_surely_lacks(inst, name) {
                        return Ok(None);
                    }
                    return self.getattr_catching(obj, name);
                }
                Obj::Class(c) => {
                    if c.meta.get().is_none() && self.class_surely_lacks(g, name) {
                        return Ok(None);
                    }
                    return self.getattr_catching(obj, name);
                }
                Obj::Module(..) | Obj::Super(..) => return self.getattr_catching(obj, name),
                _ => {}
            }
        }
        // The same steps as `getattr` for every other object, without the error at the end.
        let cls = self.type_of(obj);
        let r = match self.class_lookup(cls, name) {
            Some(a) => self.bind(a, obj).map(Some),
            None => self.special_builtin_attr(obj, name),
        };
        self.attr_miss_as_none(r)
    }

    /// True when the generic lookup of `name` on `inst` would miss and nothing else runs:
    /// no overrides of attribute access, no special instance attribute, no dict entry.
    fn instance_surely_lacks(&mut self, inst: &Instance, name: Gc) -> bool {
        let cls = inst.class.get();
        let flags = match cls.obj() {
            Obj::Class(c) => self.class_flags(c),
            _ => return false,
        };
        if flags & CUSTOM_GETATTRIBUTE != 0
            || inst.exc().is_some()
            || matches!(name_of(name), "__class__" | "__dict__")
        {
            return false;
        }
        let Some(s) = as_str(name) else {
            return false;
        };
        let hash = crate::strs::str_hash(s);
        self.class_lookup(cls, name).is_none()
            && self.class_lookup(cls, self.names.getattr).is_none()
            && inst.attr_get(name, hash).is_none()
    }

    /// True when `cls` (of metaclass `type`) has no attribute `name`: not in its MRO, not one
    /// of the special class attributes, not an attribute of `type`.
    fn class_surely_lacks(&mut self, cls: Gc, name: Gc) -> bool {
        let special = matches!(
            name_of(name),
            "__name__"
                | "__qualname__"
                | "__mro__"
                | "__bases__"
                | "__base__"
                | "__dict__"
                | "__module__"
                | "__doc__"
                | "__class__"
        );
        !special
            && self.class_lookup(cls, name).is_none()
            && self.class_lookup(self.types.type_, name).is_none()
    }

    fn getattr_catching(&mut self, obj: Value, name: Gc) -> PyResult<Option<Value>> {
        let r = self.getattr(obj, name).map(Some);
        self.attr_miss_as_none(r)
    }

    /// A lookup's AttributeError as None; other errors pass through.
    fn attr_miss_as_none(&mut self, r: PyResult<Option<Value>>) -> PyResult<Option<Value>> {
        match r {
            Err(_) if self.raised_is("AttributeError") => {
                self.raised = Value::Empty;
                Ok(None)
            }
            r => r,
        }
    }

    #[cold]
    pub(crate) fn attr_error(&mut self, obj: Value, name: Gc) -> Raised {
        let t = self.type_name(obj);
        let n = name_of(name);
        self.raise_msg(
            "AttributeError",
            format!("'{t}' object has no attribute '{n}'"),
        )
    }

    /// The rest of a class attribute lookup after the MRO missed: the special attributes of
    /// classes, then `meta`'s attributes bound to the class.
    pub(crate) fn class_getattr_rest(&mut self, cls: Gc, meta: Gc, name: Gc) -> PyResult<Value> {
        let Obj::Class(c) = cls.obj() else {
            unreachable!()
        };
        let v = match name_of(name) {
            "__name__" => {
                let n = c.name.borrow().clone();
                self.new_string(n)
            }
            "__qualname__" => {
                let n = c.qualname.borrow().clone();
                self.new_string(n)
            }
            "__mro__" => {
                let m: Vec<Value> = c.mro.borrow().iter().map(|g| Value::Obj(*g)).collect();
                self.new_tuple(m)
            }
            "__bases__" => {
                let m: Vec<Value> = c.bases.borrow().iter().map(|g| Value::Obj(*g)).collect();
                self.new_tuple(m)
            }
            "__base__" => c
                .bases
                .borrow()
                .first()
                .map(|g| Value::Obj(*g))
                .unwrap_or(Value::None),
            "__dict__" => {
                // A read-only view: a mappingproxy over a snapshot of the namespace
                // (`class_dict_view.rs`).
                let d = self.class_dict_snapshot(cls);
                let Value::Obj(dg) = self.new_dict(d) else {
                    unreachable!()
                };
                let mp = self.types.mappingproxy;
                Value::Obj(self.alloc(Obj::Instance(Instance::with_extra(
                    mp,
                    Extra::Base(Value::Obj(dg)),
                ))))
            }
            "__module__" => {
                let k = self.names.module;
                let own = self
                    .class_dict(c)
                    .borrow()
                    .get_str(k, crate::strs::str_hash(as_str(k).expect("str")));
                match own {
                    // A builtin type may name its module (`types.GenericAlias`).
                    Some(m) if !c.is_builtin || crate::strs::as_str_value(m).is_some() => m,
                    _ => self.new_str("builtins"),
                }
            }
            "__doc__" => {
                // The class's own `__doc__` (never a base's), else a builtin type's text.
                let k = self.intern("__doc__");
                let own = self
                    .class_dict(c)
                    .borrow()
                    .get_str(k, crate::strs::str_hash(as_str(k).expect("str")));
                if let (Some(d), false) = (own, c.is_builtin) {
                    return self.descr_get_class(d, cls);
                }
                let n = c.name.borrow().clone();
                match crate::builtin_docs::type_doc(&n) {
                    Some(d) if c.is_builtin || c.kind.get() == Kind::Exception => self.new_str(d),
                    _ => Value::None,
                }
            }
            "__class__" => Value::Obj(meta),
            _ => {
                if name_of(name) == "__weakref__" {
                    if let Some(d) = self.class_weakref_descr(cls) {
                        return Ok(d);
                    }
                }
                // Attributes of the metaclass (e.g. type.__call__) are looked up last.
                if let Some(v) = self.class_lookup(meta, name) {
                    return self.descr_get(v, Value::Obj(cls), meta);
                }
                let cname = c
                    .c_name
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| c.name.borrow().clone());
                let n = name_of(name);
                return Err(self.raise_msg(
                    "AttributeError",
                    format!("type object '{cname}' has no attribute '{n}'"),
                ));
            }
        };
        Ok(v)
    }

    /// `super(start, this).name` as a method call finds it for an instance `this`: the
    /// function or builtin method after `start` in the MRO of `this`'s type, to be called with
    /// `this` in front (None: anything else, which needs the super object's attribute).
    pub(crate) fn super_method(&self, start: Gc, this: Value, name: Gc) -> Option<Value> {
        let Value::Obj(t) = this else {
            return None;
        };
        if !matches!(t.obj(), Obj::Instance(_)) {
            return None;
        }
        match self.super_lookup(start, this, name)? {
            f @ Value::Obj(fg) if is_method_like(fg) => Some(f),
            _ => None,
        }
    }

    /// The raw class attribute `super(start, this).name` finds (unbound), if any.
    fn super_lookup(&self, start: Gc, this: Value, name: Gc) -> Option<Value> {
        let cls = self.type_of(this);
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let mro = c.mro.borrow();
        let hash = crate::strs::str_hash(as_str(name)?);
        let pos = mro.iter().position(|k| k.ptr_eq(start))? + 1;
        for k in &mro[pos..] {
            if let Obj::Class(kc) = k.obj() {
                if let Some(v) = self.class_dict(kc).borrow().get_str(name, hash) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// `super(B).name`: an unbound super object has only its own attributes.
    #[cold]
    fn unbound_super_getattr(&mut self, sup: Value, start: Gc, name: Gc) -> PyResult<Value> {
        match name_of(name) {
            "__class__" => Ok(Value::Obj(self.types.super_)),
            "__thisclass__" => Ok(Value::Obj(start)),
            "__self__" | "__self_class__" => Ok(Value::None),
            "__get__" => {
                let f = self.new_native("__get__", unbound_super_get);
                Ok(Value::Obj(self.alloc(Obj::BoundMethod(sup, f))))
            }
            n => {
                let msg = format!("'super' object has no attribute '{n}'");
                Err(self.raise_msg("AttributeError", msg))
            }
        }
    }

    /// `super(B).__get__(obj)`: `super(B, obj)` (the unbound super itself for None).
    pub fn bind_unbound_super(&mut self, start: Gc, obj: Value) -> PyResult<Value> {
        if obj.is_none() {
            return Ok(Value::Empty);
        }
        let ok = self.isinstance(obj, start)
            || matches!(obj, Value::Obj(o) if matches!(o.obj(), Obj::Class(_)) && self.is_subclass(o, start));
        if !ok {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        Ok(Value::Obj(self.alloc(Obj::Super(start, obj))))
    }

    /// `super(start, this).name`: the MRO of `this`'s type (or of `this` when it is a
    /// subclass of `start`) after `start`, with the found attribute's `__get__` applied.
    fn super_getattr(&mut self, start: Gc, this: Value, name: Gc) -> PyResult<Value> {
        let this_is_sub = matches!(this, Value::Obj(g)
            if matches!(g.obj(), Obj::Class(_)) && self.is_subclass(g, start));
        let starttype = match this {
            Value::Obj(g) if this_is_sub => g,
            _ => self.type_of(this),
        };
        let mro = match starttype.obj() {
            Obj::Class(c) => c.mro.borrow().clone(),
            _ => Vec::new(),
        };
        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
        let pos = mro
            .iter()
            .position(|k| k.ptr_eq(start))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for k in &mro[pos..] {
            if let Obj::Class(kc) = k.obj() {
                let found = self.class_dict(kc).borrow().get_str(name, hash);
                if let Some(v) = found {
                    if this_is_sub {
                        return self.descr_get_class(v, starttype);
                    }
                    return self.descr_get(v, this, starttype);
                }
            }
        }
        match name_of(name) {
            "__class__" => return Ok(Value::Obj(self.types.super_)),
            "__thisclass__" => return Ok(Value::Obj(start)),
            "__self__" => return Ok(this),
            "__self_class__" => return Ok(Value::Obj(starttype)),
            _ => {}
        }
        let n = name_of(name);
        Err(self.raise_msg(
            "AttributeError",
            format!("'super' object has no attribute '{n}'"),
        ))
    }

    pub(crate) fn special_instance_attr(
        &mut self,
        obj: Value,
        g: Gc,
        name: Gc,
    ) -> PyResult<Option<Value>> {
        let Obj::Instance(inst) = g.obj() else {
            return Ok(None);
        };
        Ok(match name_of(name) {
            "__class__" => Some(Value::Obj(inst.class.get())),
            "__doc__" => Some(self.getattr(Value::Obj(inst.class.get()), name)?),
            "__dict__" => {
                let cls = inst.class.get();
                let flags = match cls.obj() {
                    Obj::Class(c) => self.class_flags(c),
                    _ => 0,
                };
                if let Some(d) = inst.dict_alias() {
                    return Ok(Some(d));
                }
                if flags & HAS_SLOTS != 0 {
                    return Err(self.attr_error(obj, name));
                }
                Some(self.instance_dict_view(obj))
            }
            "__weakref__" if self.has_weakref_slot(inst.class.get()) => {
                let first = self.gc_hooks.weakrefs_to(g).first().copied();
                Some(first.map_or(Value::None, Value::Obj))
            }
            n => match inst.exc() {
                Some(e) => match n {
                    "args" => {
                        let args = e.borrow().args;
                        Some(self.visible_exc_args(obj, args))
                    }
                    "__cause__" => Some(e.borrow().cause),
                    "__context__" => Some(e.borrow().context),
                    "__suppress_context__" => Some(Value::Bool(e.borrow().suppress_context)),
                    "__traceback__" => Some(self.exc_traceback(obj)?),
                    _ => {
                        let args = e.borrow().args;
                        let items = match args {
                            Value::Obj(ag) => match ag.obj() {
                                Obj::Tuple(t) => t.to_vec(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        self.exc_arg_attr(obj, &items, n)
                    }
                },
                None => None,
            },
        })
    }

    fn special_builtin_attr(&mut self, obj: Value, name: Gc) -> PyResult<Option<Value>> {
        let n = name_of(name);
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        if n == "__doc__"
            && !matches!(obj, Value::Obj(g) if matches!(g.obj(), Obj::Function(_) | Obj::BoundMethod(..) | Obj::Property(..)))
        {
            // An instance of a builtin type: its type's doc.
            let cls = Value::Obj(self.type_of(obj));
            return self.getattr(cls, name).map(Some);
        }
        Ok(match (obj, n) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Obj(g), _) => match (g.obj(), n) {
                (Obj::BigInt(_), "real" | "numerator") => Some(obj),
                (Obj::Complex(re, _), "real") => Some(Value::Float(*re)),
                (Obj::Complex(_, im), "imag") => Some(Value::Float(*im)),
                (Obj::MemoryView(_), _) => return self.memview_attr(g, n),
                (Obj::Function(f), "__name__") => Some(self.func_name(f)),
                (Obj::Function(f), "__qualname__") => Some(self.func_qualname_value(f)),
                (Obj::Function(f), "__module__") => {
                    let hash = crate::strs::str_hash(as_str(name).expect("str"));
                    if let Some(v) = f.dict.borrow().get_str(name, hash) {
                        return Ok(Some(v));
                    }
                    let k = self.intern("__name__");
                    Some(self.dict_get_str(f.globals, k).unwrap_or(Value::None))
                }
                (Obj::Function(f), "__doc__") => {
                    let hash = crate::strs::str_hash(as_str(name).expect("str"));
                    if let Some(v) = f.dict.borrow().get_str(name, hash) {
                        return Ok(Some(v));
                    }
                    Some(self.function_doc(f))
                }
                (Obj::Function(f), "__defaults__") => Some(if f.defaults.borrow().is_empty() {
                    Value::None
                } else {
                    let d = f.defaults.borrow().clone();
                    self.new_tuple(d)
                }),
                (Obj::Function(f), "__kwdefaults__") => Some(f.kwdefaults.get()),
                (Obj::Function(f), "__code__") => Some(self.code_object(f.code)),
                (Obj::Function(f), "__annotations__") => {
                    if f.annotations.get().is_empty() {
                        let d = self.new_dict(crate::dict::Dict::new());
                        f.annotations.set(d);
                    }
                    Some(f.annotations.get())
                }
                (Obj::Function(f), "__closure__") => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    let c = f.closure.clone();
                    self.new_tuple(c)
                }),
                (Obj::Function(f), "__globals__") => {
                    self.complete_builtins();
                    Some(Value::Obj(f.globals))
                }
                (Obj::Function(f), "__dict__") => {
                    // `__doc__` and `__module__` assigned to a function are kept in its dict
                    // but are not part of `__dict__`.
                    let mut d = crate::dict::Dict::new();
                    for e in f.dict.borrow().iter() {
                        let hidden = matches!(
                            crate::strs::as_str_value(e.key),
                            Some("__doc__" | "__module__")
                        );
                        if !hidden {
                            let h = e.key.as_obj().and_then(as_str).map(crate::strs::str_hash);
                            d.insert_new(h.unwrap_or(0), e.key, e.value);
                        }
                    }
                    Some(self.new_dict(d))
                }
                (Obj::Function(f), _) => {
                    let hash = crate::strs::str_hash(as_str(name).expect("str"));
                    f.dict.borrow().get_str(name, hash)
                }
                (Obj::Native(nf), "__name__") => {
                    let short = nf.name.rsplit('.').next().unwrap_or(nf.name);
                    Some(self.new_str(short))
                }
                // A builtin function is from `builtins` when that is where its name leads
                // (a module's natives do not know their module: no answer rather than a wrong one).
                (Obj::Native(nf), "__module__")
                    if nf.owner.is_none()
                        && self
                            .dict_get_str(self.builtins, self.intern(nf.name))
                            .is_some_and(|b| b.is(&obj)) =>
                {
                    Some(self.new_str("builtins"))
                }
                // A builtin function's `__self__` is the module it is from, as in CPython
                // (only `builtins` is known; a method descriptor has none).
                (Obj::Native(nf), "__self__")
                    if nf.owner.is_none()
                        && self
                            .dict_get_str(self.builtins, self.intern(nf.name))
                            .is_some_and(|b| b.is(&obj)) =>
                {
                    Some(Value::Obj(self.builtins_module()))
                }
                (Obj::Native(nf), "__qualname__") => match nf.owner {
                    Some(c) => {
                        let q = format!("{}.{}", self.class_name(c), nf.name);
                        Some(self.new_string(q))
                    }
                    None => Some(self.new_str(nf.name)),
                },
                (Obj::BoundMethod(this, _), "__self__") => Some(*this),
                (Obj::BoundMethod(_, f), "__func__") => Some(*f),
                (Obj::BoundMethod(_, f), "__name__" | "__qualname__" | "__doc__") => {
                    let f = *f;
                    return self.getattr(f, name).map(Some);
                }
                // Other attributes of a method are those of its function (`m.flag`).
                (Obj::BoundMethod(_, Value::Obj(fg)), _) => match fg.obj() {
                    Obj::Function(f) => {
                        let hash = crate::strs::str_hash(as_str(name).expect("str"));
                        f.dict.borrow().get_str(name, hash)
                    }
                    _ => None,
                },
                (Obj::Cell(c), "cell_contents") => {
                    let v = c.get();
                    if v.is_empty() {
                        return Err(self.value_error("Cell is empty"));
                    }
                    Some(v)
                }
                (Obj::Slice(a, _, _), "start") => Some(*a),
                (Obj::Slice(_, b, _), "stop") => Some(*b),
                (Obj::Slice(_, _, c), "step") => Some(*c),
                (Obj::Range(a, _, _), "start") => Some(Value::Int(*a)),
                (Obj::Range(_, b, _), "stop") => Some(Value::Int(*b)),
                (Obj::Range(_, _, c), "step") => Some(Value::Int(*c)),
                (Obj::BigRange(r), "start") => Some(self.new_bigint(r.start.clone())),
                (Obj::BigRange(r), "stop") => Some(self.new_bigint(r.stop.clone())),
                (Obj::BigRange(r), "step") => Some(self.new_bigint(r.step.clone())),
                (Obj::GenericAlias(o, _), "__origin__") => Some(*o),
                (Obj::GenericAlias(_, a), "__args__") => Some(*a),
                (Obj::Generator(gen), "__name__") => Some(Value::Obj(gen.name)),
                (Obj::Generator(_), _) => return self.coro_attr(obj, n),
                (Obj::Property(f, _, _), "fget") => Some(*f),
                (
                    Obj::Property(f, _, _) | Obj::ClassMethod(f) | Obj::StaticMethod(f),
                    "__isabstractmethod__",
                ) => {
                    // abc and dataclasses probe every class attribute for this: a miss on
                    // the wrapped function must not build an AttributeError.
                    let f = *f;
                    let r = self.getattr_opt(f, name);
                    if r.is_err() {
                        self.raised = Value::Empty;
                    }
                    Some(r.ok().flatten().unwrap_or(Value::Bool(false)))
                }
                (Obj::Property(f, _, _), "__doc__") => {
                    let f = *f;
                    if f.is_none() {
                        Some(Value::None)
                    } else {
                        return self.getattr(f, name).map(Some);
                    }
                }
                (Obj::Property(_, s, _), "fset") => Some(*s),
                (Obj::Property(_, _, d), "fdel") => Some(*d),
                (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__func__") => Some(*f),
                (Obj::Module(_, nm), "__name__") => Some(*nm),
                (Obj::Code(c), _) => return self.code_attr(c, name_of(name)),
                _ => None,
            },
            _ => None,
        })
    }

    #[cold]
    pub(crate) fn property_error(&mut self, obj: Value, name: Gc, what: &str) -> Raised {
        let t = self.type_name(obj);
        let n = name_of(name);
        self.raise_msg(
            "AttributeError",
            format!("property '{n}' of '{t}' object has no {what}"),
        )
    }

    /// `obj.__dict__`: a `dict` (subclass) holding the instance's attributes whose methods
    /// write through to the instance (`obj.__dict__[k] = v`, `.update()`, `del`, ...) and
    /// re-read it first. Operations that bypass its methods (repr, `==`, iteration by native
    /// code) see the attributes as of the last method call.
    pub fn instance_dict_view(&mut self, obj: Value) -> Value {
        let cls = match (self.dict_view_class, self.dict_view_maker) {
            (Some(c), _) => c,
            (None, Some(make)) => {
                // Made before the snapshot dict below exists, so no collection can lose it.
                let c = make(self);
                self.dict_view_class = Some(c);
                c
            }
            (None, None) => self.types.dict,
        };
        let snapshot = self.new_dict(crate::dict::Dict::new());
        let Value::Obj(sg) = snapshot else {
            unreachable!()
        };
        let mut own = crate::dict::Dict::new();
        let ok = self.intern("__owner__");
        own.insert_new(
            crate::strs::str_hash(as_str(ok).expect("str")),
            Value::Obj(ok),
            obj,
        );
        let view = Value::Obj(self.alloc(Obj::Instance(Instance::with_ext(
            cls,
            own,
            Some(Extra::Base(Value::Obj(sg))),
        ))));
        self.dict_view_refresh(view);
        view
    }

    /// The instance behind a `__dict__` view and the view's dict.
    fn dict_view_parts(&self, view: Value) -> Option<(Gc, Gc)> {
        let Value::Obj(vg) = view else { return None };
        let Obj::Instance(vi) = vg.obj() else {
            return None;
        };
        let ok = self.intern("__owner__");
        let owner = vi
            .dict()
            .borrow()
            .get_str(ok, crate::strs::str_hash(as_str(ok)?))?;
        Some((owner.as_obj()?, vi.base()?))
    }

    /// Re-reads the owner's attributes into a `__dict__` view (slot values left out).
    pub fn dict_view_refresh(&mut self, view: Value) {
        let Some((owner, d)) = self.dict_view_parts(view) else {
            return;
        };
        let Obj::Instance(inst) = owner.obj() else {
            return;
        };
        let slots = self.slot_names(inst.class.get());
        let mut fresh = crate::dict::Dict::new();
        for e in inst.dict().borrow().iter() {
            let key = crate::strs::as_str_value(e.key);
            if key.is_some_and(|k| slots.iter().any(|s| s == k)) {
                continue;
            }
            let h = e.key.as_obj().and_then(as_str).map(crate::strs::str_hash);
            fresh.insert_new(h.unwrap_or(0), e.key, e.value);
        }
        if let Obj::Dict(dd) = d.obj() {
            if let Ok(mut dd) = dd.try_borrow_mut() {
                *dd = fresh;
            }
        }
    }

    /// Writes a `__dict__` view's contents back as the owner's attributes (keeping slot values).
    pub fn dict_view_write_back(&mut self, view: Value) -> PyResult<()> {
        let Some((owner, d)) = self.dict_view_parts(view) else {
            return Ok(());
        };
        self.replace_instance_attrs(owner, Some(d))
    }

    /// A new own dict for `inst` holding only its slot values (which live in the own dict).
    fn slot_values(&self, inst: &Instance) -> crate::dict::Dict {
        let slots = self.slot_names(inst.class.get());
        let mut fresh = crate::dict::Dict::new();
        for e in inst.dict().borrow().iter() {
            let key = crate::strs::as_str_value(e.key);
            if key.is_some_and(|k| slots.iter().any(|s| s == k)) {
                let h = e.key.as_obj().and_then(as_str).map(crate::strs::str_hash);
                fresh.insert_new(h.unwrap_or(0), e.key, e.value);
            }
        }
        fresh
    }

    /// `obj.__dict__ = d` (`d` a dict) or `del obj.__dict__` (None): the instance's
    /// attributes become `d`'s items, or none; slot values are kept.
    #[cold]
    pub fn replace_instance_attrs(&mut self, owner: Gc, d: Option<Gc>) -> PyResult<()> {
        let Obj::Instance(inst) = owner.obj() else {
            return Ok(());
        };
        let mut fresh = self.slot_values(inst);
        if let Some(Obj::Dict(dd)) = d.as_ref().map(|d| d.obj()) {
            for e in dd.borrow().iter() {
                let Some(k) = e.key.as_obj().filter(|k| as_str(*k).is_some()) else {
                    let t = self.type_name(e.key);
                    return Err(
                        self.type_error(format!("attribute name must be string, not '{t}'"))
                    );
                };
                // Attribute names are interned, as the attribute fast paths compare by identity.
                let k = self.intern(&as_str(k).expect("str").s);
                let h = crate::strs::str_hash(as_str(k).expect("str"));
                match fresh.find_str(k, h) {
                    Some(i) => fresh.set_at(i, e.value),
                    None => fresh.insert_new(h, Value::Obj(k), e.value),
                }
            }
        }
        if let Ok(mut id) = inst.dict().try_borrow_mut() {
            *id = fresh;
        }
        Ok(())
    }

    /// `obj.__dict__ = v` on a plain instance: `v` must be a dict, which becomes the
    /// instance's attribute storage (another instance's `__dict__` view is copied instead).
    #[cold]
    pub(crate) fn set_instance_dict(&mut self, owner: Gc, v: Value) -> PyResult<()> {
        let base = crate::object::builtin_base(v).as_obj();
        if !base.is_some_and(|b| matches!(b.obj(), Obj::Dict(_))) {
            let t = self.type_name(v);
            return Err(
                self.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'"))
            );
        }
        // Another instance's `__dict__` view: its items are copied (the view is not storage).
        if let Some((_, view_data)) = self.dict_view_parts(v) {
            self.dict_view_refresh(v);
            return self.replace_instance_attrs(owner, Some(view_data));
        }
        let Obj::Instance(inst) = owner.obj() else {
            return Ok(());
        };
        // `d` itself becomes the attribute storage (`obj.__dict__ is d`, later changes to `d`
        // are attributes): the own dict keeps slot values and the link to `d`.
        let mut fresh = self.slot_values(inst);
        fresh.insert_new(0x5f3759df, Value::None, v);
        fresh.aliased = true;
        if let Ok(mut id) = inst.dict().try_borrow_mut() {
            *id = fresh;
        }
        Ok(())
    }

    /// Every name the classes in `cls`'s MRO list in their `__slots__`.
    pub(crate) fn slot_names(&self, cls: Gc) -> Vec<String> {
        let Obj::Class(c) = cls.obj() else {
            return Vec::new();
        };
        let sk = self.names.slots;
        let h = crate::strs::str_hash(as_str(sk).expect("str"));
        let mut out = Vec::new();
        for k in c.mro.borrow().iter() {
            if let Obj::Class(kc) = k.obj() {
                if kc.is_builtin {
                    continue;
                }
                if let Some(v) = self.class_dict(kc).borrow().get_str(sk, h) {
                    out.extend(
                        Vm::slot_list(v)
                            .into_iter()
                            .filter(|s| s != "__dict__" && s != "__weakref__"),
                    );
                }
            }
        }
        out
    }

    /// Whether some class in `cls`'s MRO lists `name` in its `__slots__`.
    pub(crate) fn is_slot(&mut self, cls: Gc, name: Gc) -> bool {
        let n = name_of(name);
        let Obj::Class(c) = cls.obj() else {
            return true;
        };
        let sk = self.names.slots;
        let h = crate::strs::str_hash(as_str(sk).expect("str"));
        let listed =
            |v: &Value| matches!(v, Value::Obj(g) if as_str(*g).is_some_and(|s| &*s.s == n));
        c.mro.borrow().iter().any(|k| match k.obj() {
            Obj::Class(kc) => match self.class_dict(kc).borrow().get_str(sk, h) {
                Some(Value::Obj(g)) => match g.obj() {
                    Obj::Str(s) => &*s.s == n,
                    Obj::Tuple(t) => t.iter().any(listed),
                    Obj::List(l) => l.borrow().iter().any(listed),
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        })
    }

    /// A function's docstring: constant 0 when its code is flagged as having one.
    fn function_doc(&mut self, f: &Function) -> Value {
        let has_doc = f.code.flags & kestrel_compiler::compile::HAS_DOCSTRING != 0;
        match f.code.consts.first() {
            Some(kestrel_compiler::code::Const::Str(s)) if has_doc => self.new_str(s),
            _ => Value::None,
        }
    }

    pub fn setattr(&mut self, obj: Value, name: Gc, v: Value) -> PyResult<()> {
        if let Value::Obj(g) = obj {
            match g.obj() {
                Obj::Instance(inst) => {
                    if inst.exc().is_some() && crate::excgroup::set_exc_special(self, obj, name, v)?
                    {
                        return Ok(());
                    }
                    let cls = inst.class.get();
                    let flags = match cls.obj() {
                        Obj::Class(c) => self.class_flags(c),
                        _ => HAS_DATA_DESCRIPTOR | CUSTOM_SETATTR,
                    };
                    let plain = flags & (HAS_DATA_DESCRIPTOR | CUSTOM_SETATTR | HAS_SLOTS) == 0;
                    if plain && !matches!(name_of(name), "__class__" | "__dict__") {
                        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                        inst.attr_set(name, hash, v);
                        return Ok(());
                    }
                    return self.instance_setattr(obj, inst, flags, name, v);
                }
                Obj::Class(_) => return self.class_setattr(g, name, v),
                Obj::Module(d, _) => {
                    let d = *d;
                    self.dict_set_str(d, name, v);
                    return Ok(());
                }
                Obj::Function(f) => {
                    match name_of(name) {
                        n @ ("__name__" | "__qualname__") => {
                            if crate::strs::as_str_value(v).is_none() {
                                let msg = format!("{n} must be set to a string object");
                                return Err(self.type_error(msg));
                            }
                            if n == "__name__" {
                                f.name.set(v);
                            } else {
                                f.qualname.set(v);
                            }
                        }
                        "__kwdefaults__" => {
                            let ok = v.is_none()
                                || matches!(v, Value::Obj(d) if matches!(d.obj(), Obj::Dict(_)));
                            if !ok {
                                return Err(
                                    self.type_error("__kwdefaults__ must be set to a dict object")
                                );
                            }
                            f.kwdefaults.set(v);
                        }
                        "__defaults__" => {
                            let items = match v {
                                Value::None => Vec::new(),
                                Value::Obj(t) => match t.obj() {
                                    Obj::Tuple(items) => items.to_vec(),
                                    _ => Vec::new(),
                                },
                                _ => Vec::new(),
                            };
                            let is_tuple =
                                matches!(v, Value::Obj(t) if matches!(t.obj(), Obj::Tuple(_)));
                            if !v.is_none() && !is_tuple {
                                return Err(
                                    self.type_error("__defaults__ must be set to a tuple object")
                                );
                            }
                            *f.defaults.borrow_mut() = items;
                        }
                        "__code__" | "__dict__" => {
                            let n = name_of(name);
                            return Err(self.raise_msg(
                                "NotImplementedError",
                                format!("assigning a function's {n} is not supported"),
                            ));
                        }
                        "__globals__" | "__closure__" => {
                            return Err(self.raise_msg("AttributeError", "readonly attribute"));
                        }
                        "__annotations__" => {
                            let ok = v.is_none()
                                || matches!(v, Value::Obj(d) if matches!(d.obj(), Obj::Dict(_)));
                            if !ok {
                                return Err(
                                    self.type_error("__annotations__ must be set to a dict object")
                                );
                            }
                            f.annotations
                                .set(if v.is_none() { Value::Empty } else { v });
                        }
                        _ => {
                            let hash = crate::strs::str_hash(as_str(name).expect("str"));
                            let mut d = f.dict.borrow_mut();
                            match d.find(
                                hash,
                                |k| matches!(k, Value::Obj(kg) if crate::strs::str_eq(*kg, name)),
                            ) {
                                Some(i) => d.set_at(i, v),
                                None => d.insert_new(hash, Value::Obj(name), v),
                            }
                        }
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        Err(self.readonly_attr_error(obj, name))
    }

    /// Setting an attribute of a builtin object: read-only if it exists, else missing.
    #[cold]
    fn readonly_attr_error(&mut self, obj: Value, name: Gc) -> Raised {
        if name_of(name) == "__class__" {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        if matches!(obj, Value::Obj(g) if matches!(g.obj(), Obj::Super(..))) {
            let n = name_of(name);
            let msg = format!("'super' object has no attribute '{n}'");
            return self.raise_msg("AttributeError", msg);
        }
        if self.getattr(obj, name).is_err() {
            self.raised = Value::Empty;
            return self.attr_error(obj, name);
        }
        let t = self.type_name(obj);
        let n = name_of(name);
        // Struct members in CPython (not getset descriptors) have their own message.
        let member = matches!(
            (t.as_str(), n),
            ("range" | "slice", "start" | "stop" | "step") | ("complex", "real" | "imag")
        );
        if member {
            return self.raise_msg("AttributeError", "readonly attribute");
        }
        let cls = self.type_of(obj);
        match self.class_lookup(cls, name) {
            // A builtin's computed attribute (`int.real`), a getset descriptor in CPython.
            Some(Value::Obj(p)) if matches!(p.obj(), Obj::Property(..)) => {
                return self.raise_msg(
                    "AttributeError",
                    format!("attribute '{n}' of '{t}' objects is not writable"),
                );
            }
            Some(_) => {
                return self.raise_msg(
                    "AttributeError",
                    format!("'{t}' object attribute '{n}' is read-only"),
                );
            }
            None => {}
        }
        // CPython's read-only member descriptors (plain struct fields) say less than its
        // getset descriptors do.
        let member = match t.as_str() {
            "slice" | "range" => matches!(n, "start" | "stop" | "step"),
            "complex" => matches!(n, "real" | "imag"),
            "property" => matches!(n, "fget" | "fset" | "fdel"),
            "staticmethod" | "classmethod" => n == "__func__",
            "code" => n.starts_with("co_"),
            _ => false,
        };
        if member {
            return self.raise_msg("AttributeError", "readonly attribute");
        }
        self.raise_msg(
            "AttributeError",
            format!("attribute '{n}' of '{t}' objects is not writable"),
        )
    }

    /// CPython's refusals of `del cls.name`: nothing of a builtin type, and none of the
    /// special attributes (kept by the type itself) of any class.
    #[cold]
    fn class_delattr_refused(&mut self, c: &Class, name: Gc) -> Option<Raised> {
        let n = name_of(name);
        let cname = c.name.borrow().clone();
        if c.is_builtin {
            let msg = format!("cannot set '{n}' attribute of immutable type '{cname}'");
            return Some(self.type_error(msg));
        }
        if matches!(n, "__name__" | "__qualname__" | "__module__" | "__doc__") {
            // 3.11's wording, "immutable" included.
            let msg = format!("cannot delete '{n}' attribute of immutable type '{cname}'");
            return Some(self.type_error(msg));
        }
        None
    }

    pub fn delattr(&mut self, obj: Value, name: Gc) -> PyResult<()> {
        if let Value::Obj(g) = obj {
            match g.obj() {
                Obj::Instance(inst) => {
                    if name_of(name) == "__dict__" && inst.exc().is_none() {
                        return self.replace_instance_attrs(g, None);
                    }
                    return self.instance_delattr(obj, inst, name);
                }
                Obj::Class(c) => {
                    if let Some(e) = self.class_delattr_refused(c, name) {
                        return Err(e);
                    }
                    let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                    classes_changed();
                    let mut d = self.class_dict(c).borrow_mut();
                    if let Some(i) = d.find(
                        hash,
                        |k| matches!(k, Value::Obj(kg) if crate::strs::str_eq(*kg, name)),
                    ) {
                        d.remove_at(i);
                        return Ok(());
                    }
                }
                Obj::Module(d, _) => {
                    let d = *d;
                    if self.dict_del_str(d, name) {
                        return Ok(());
                    }
                }
                Obj::Function(f) => {
                    // Deleting the defaults clears them, as CPython does.
                    match name_of(name) {
                        "__defaults__" => {
                            f.defaults.borrow_mut().clear();
                            return Ok(());
                        }
                        "__kwdefaults__" => {
                            f.kwdefaults.set(Value::None);
                            return Ok(());
                        }
                        _ => {}
                    }
                    let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                    let mut d = f.dict.borrow_mut();
                    if let Some(i) = d.find_str(name, hash) {
                        d.remove_at(i);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Value::Obj(g) = obj {
            if let Obj::Class(c) = g.obj() {
                let cname = c
                    .c_name
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| c.name.borrow().clone());
                let n = name_of(name);
                return Err(self.raise_msg(
                    "AttributeError",
                    format!("type object '{cname}' has no attribute '{n}'"),
                ));
            }
        }
        Err(self.attr_error(obj, name))
    }

    /// `obj.name` prepared for a call: (function, self) for methods found on the class, or
    /// (bound value, Empty).
    #[inline]
    pub fn load_method(&mut self, obj: Value, name: Gc) -> PyResult<(Value, Value)> {
        let cls = self.type_of(obj);
        match obj {
            Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)) => {
                let Obj::Instance(inst) = g.obj() else {
                    unreachable!()
                };
                let custom = match cls.obj() {
                    Obj::Class(c) => self.class_flags(c) & CUSTOM_GETATTRIBUTE != 0,
                    _ => false,
                };
                if custom {
                    let v = self.getattr(obj, name)?;
                    return Ok((v, Value::Empty));
                }
                if let Some(f) = self.class_lookup(cls, name) {
                    if let Value::Obj(fg) = f {
                        if is_method_like(fg) {
                            let hash = crate::strs::str_hash(as_str(name).expect("str"));
                            if inst.attr_get(name, hash).is_none() {
                                return Ok((f, obj));
                            }
                        }
                    }
                }
            }
            Value::Obj(g) if matches!(g.obj(), Obj::Super(..)) => {
                // super().method(...): the function and the instance, no bound method.
                let Obj::Super(start, this) = g.obj() else {
                    unreachable!()
                };
                if let Some(f) = self.super_method(*start, *this, name) {
                    return Ok((f, *this));
                }
            }
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_) | Obj::Module(..)) => {}
            _ => {
                if let Some(f) = self.class_lookup(cls, name) {
                    if let Value::Obj(fg) = f {
                        if is_method_like(fg) {
                            return Ok((f, obj));
                        }
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, Value::Empty))
    }

    pub fn module_name(&self, m: Value) -> String {
        match m {
            Value::Obj(g) => match g.obj() {
                Obj::Module(_, n) => self.key_str(*n),
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }

    /// getattr with a Rust string name.
    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, n)
    }
}

/// `super(B).__get__(obj, type=None)`.
fn unbound_super_get(vm: &mut Vm, args: &[Value], _: crate::Kwargs) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error("expected 1 or 2 arguments"));
    }
    let sup = args[0];
    let Value::Obj(g) = sup else { return Ok(sup) };
    let Obj::Super(start, _) = g.obj() else {
        return Ok(sup);
    };
    match vm.bind_unbound_super(*start, args[1])? {
        Value::Empty => Ok(sup),
        v => Ok(v),
    }
}

/// A class attribute that binds its receiver: a Python function or a builtin type's
/// method (a builtin function such as `print` stored in a class does not).
fn is_method_like(g: Gc) -> bool {
    match g.obj() {
        Obj::Function(_) => true,
        Obj::Native(nf) => nf.method,
        _ => false,
    }
}
