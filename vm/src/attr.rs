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
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                    if let Obj::Class(c) = cls.obj() {
                        // Without data descriptors the instance dict wins outright.
                        if self.class_flags(c) & HAS_DATA_DESCRIPTOR == 0 {
                            if let Some(v) = inst.dict.borrow().get_str(name, hash) {
                                return Ok(v);
                            }
                        }
                    }
                    let cls_attr = self.class_lookup(cls, name);
                    if let Some(Value::Obj(a)) = cls_attr {
                        if let Obj::Property(..) = a.obj() {
                            return self.bind(Value::Obj(a), obj);
                        }
                    }
                    if let Some(v) = inst.dict.borrow().get_str(name, hash) {
                        return Ok(v);
                    }
                    if let Some(a) = cls_attr {
                        return self.bind(a, obj);
                    }
                    if let Some(v) = self.special_instance_attr(obj, g, name)? {
                        return Ok(v);
                    }
                    let ga = self.names.getattr;
                    if let Some(f) = self.class_lookup(cls, ga) {
                        return self.call_value(f, &[obj, Value::Obj(name)], &[]);
                    }
                    return Err(self.attr_error(obj, name));
                }
                Obj::Class(_) => return self.class_getattr(g, name),
                Obj::Module(d, _) => {
                    if let Some(v) = self.dict_get_str(*d, name) {
                        return Ok(v);
                    }
                    return self.module_getattr_missing(obj, *d, name);
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

    #[cold]
    fn attr_error(&mut self, obj: Value, name: Gc) -> Raised {
        let t = self.type_name(obj);
        let n = name_of(name);
        self.raise_msg(
            "AttributeError",
            format!("'{t}' object has no attribute '{n}'"),
        )
    }

    fn class_getattr(&mut self, cls: Gc, name: Gc) -> PyResult<Value> {
        if let Some(v) = self.class_lookup(cls, name) {
            if let Value::Obj(a) = v {
                match a.obj() {
                    Obj::ClassMethod(f) => {
                        let f = *f;
                        return Ok(Value::Obj(self.alloc(Obj::BoundMethod(Value::Obj(cls), f))));
                    }
                    Obj::StaticMethod(f) => return Ok(*f),
                    _ => {}
                }
            }
            return Ok(v);
        }
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
                let d = self.class_dict(c).borrow().clone();
                self.new_dict(d)
            }
            "__module__" => self.new_str("builtins"),
            "__doc__" => Value::None,
            _ => {
                // Attributes of `type` itself (e.g. type.__call__) are looked up last.
                let meta = self.types.type_;
                if let Some(v) = self.class_lookup(meta, name) {
                    return self.bind(v, Value::Obj(cls));
                }
                let cname = c.name.borrow().clone();
                let n = name_of(name);
                return Err(self.raise_msg(
                    "AttributeError",
                    format!("type object '{cname}' has no attribute '{n}'"),
                ));
            }
        };
        Ok(v)
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

    fn super_getattr(&mut self, start: Gc, this: Value, name: Gc) -> PyResult<Value> {
        let cls = match this {
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => g,
            _ => self.type_of(this),
        };
        let mro = match cls.obj() {
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
                    if matches!(this, Value::Obj(g) if matches!(g.obj(), Obj::Class(_))) {
                        if let Value::Obj(a) = v {
                            if let Obj::ClassMethod(f) = a.obj() {
                                let f = *f;
                                return Ok(Value::Obj(self.alloc(Obj::BoundMethod(this, f))));
                            }
                        }
                        return Ok(v);
                    }
                    if let Value::Obj(a) = v {
                        if let Obj::ClassMethod(f) = a.obj() {
                            let f = *f;
                            return Ok(Value::Obj(
                                self.alloc(Obj::BoundMethod(Value::Obj(cls), f)),
                            ));
                        }
                    }
                    return self.bind(v, this);
                }
            }
        }
        let n = name_of(name);
        Err(self.raise_msg(
            "AttributeError",
            format!("'super' object has no attribute '{n}'"),
        ))
    }

    fn special_instance_attr(&mut self, obj: Value, g: Gc, name: Gc) -> PyResult<Option<Value>> {
        let Obj::Instance(inst) = g.obj() else {
            return Ok(None);
        };
        Ok(match name_of(name) {
            "__class__" => Some(Value::Obj(inst.class.get())),
            "__dict__" => {
                let d = inst.dict.borrow().clone();
                Some(self.new_dict(d))
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
                    "__traceback__" => Some(Value::None),
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
                (Obj::Function(f), "__name__") => Some(*f.name.borrow()),
                (Obj::Function(f), "__qualname__") => Some(*f.qualname.borrow()),
                (Obj::Function(f), "__module__") => {
                    let k = self.intern("__name__");
                    Some(self.dict_get_str(f.globals, k).unwrap_or(Value::None))
                }
                (Obj::Function(f), "__doc__") => Some(self.function_doc(f)),
                (Obj::Function(f), "__defaults__") => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    let d = f.defaults.clone();
                    self.new_tuple(d)
                }),
                (Obj::Function(f), "__kwdefaults__") => Some(f.kwdefaults),
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
                    let d = f.dict.borrow().clone();
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
                (Obj::Native(nf), "__qualname__") => Some(self.new_str(nf.name)),
                (Obj::BoundMethod(this, _), "__self__") => Some(*this),
                (Obj::BoundMethod(_, f), "__func__") => Some(*f),
                (Obj::BoundMethod(_, f), "__name__" | "__qualname__" | "__doc__") => {
                    let f = *f;
                    return self.getattr(f, name).map(Some);
                }
                (Obj::Slice(a, _, _), "start") => Some(*a),
                (Obj::Slice(_, b, _), "stop") => Some(*b),
                (Obj::Slice(_, _, c), "step") => Some(*c),
                (Obj::Range(a, _, _), "start") => Some(Value::Int(*a)),
                (Obj::Range(_, b, _), "stop") => Some(Value::Int(*b)),
                (Obj::Range(_, _, c), "step") => Some(Value::Int(*c)),
                (Obj::Generator(gen), "__name__") => Some(gen.name),
                (Obj::Property(f, _, _), "fget") => Some(*f),
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
    fn property_error(&mut self, obj: Value, name: Gc, what: &str) -> Raised {
        let t = self.type_name(obj);
        let n = name_of(name);
        self.raise_msg(
            "AttributeError",
            format!("property '{n}' of '{t}' object has no {what}"),
        )
    }

    /// Whether some class in `cls`'s MRO lists `name` in its `__slots__`.
    fn is_slot(&mut self, cls: Gc, name: Gc) -> bool {
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
                    let cls = inst.class.get();
                    let flags = match cls.obj() {
                        Obj::Class(c) => self.class_flags(c),
                        _ => HAS_DATA_DESCRIPTOR | CUSTOM_SETATTR,
                    };
                    if flags == 0 {
                        let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                        let mut d = inst.dict.borrow_mut();
                        match d.find(hash, |k| match k {
                            Value::Obj(kg) => kg.ptr_eq(name) || crate::strs::str_eq(*kg, name),
                            _ => false,
                        }) {
                            Some(i) => d.set_at(i, v),
                            None => d.insert_new(hash, Value::Obj(name), v),
                        }
                        return Ok(());
                    }
                    if let Some(Value::Obj(a)) = self.class_lookup(cls, name) {
                        if let Obj::Property(_, fset, _) = a.obj() {
                            let fset = *fset;
                            if fset.is_none() {
                                return Err(self.property_error(obj, name, "setter"));
                            }
                            self.call_value(fset, &[obj, v], &[])?;
                            return Ok(());
                        }
                    }
                    let sa = self.names.setattr;
                    if let Some(f) = self.class_lookup(cls, sa) {
                        if matches!(f, Value::Obj(fg) if matches!(fg.obj(), Obj::Function(_))) {
                            self.call_value(f, &[obj, Value::Obj(name), v], &[])?;
                            return Ok(());
                        }
                    }
                    if flags & HAS_SLOTS != 0 && !self.is_slot(cls, name) {
                        return Err(self.attr_error(obj, name));
                    }
                    let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                    let mut d = inst.dict.borrow_mut();
                    match d.find(hash, |k| match k {
                        Value::Obj(kg) => kg.ptr_eq(name) || crate::strs::str_eq(*kg, name),
                        _ => false,
                    }) {
                        Some(i) => d.set_at(i, v),
                        None => d.insert_new(hash, Value::Obj(name), v),
                    }
                    return Ok(());
                }
                Obj::Class(c) => {
                    if !c.is_builtin {
                        self.class_set(g, name_of(name), v);
                        return Ok(());
                    }
                    let cname = c.name.borrow().clone();
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{cname}'",
                        name_of(name)
                    )));
                }
                Obj::Module(d, _) => {
                    let d = *d;
                    self.dict_set_str(d, name, v);
                    return Ok(());
                }
                Obj::Function(f) => {
                    match name_of(name) {
                        "__name__" => *f.name.borrow_mut() = v,
                        "__qualname__" => *f.qualname.borrow_mut() = v,
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
        if self.getattr(obj, name).is_err() {
            self.raised = Value::Empty;
            return self.attr_error(obj, name);
        }
        let t = self.type_name(obj);
        let n = name_of(name);
        self.raise_msg(
            "AttributeError",
            format!("attribute '{n}' of '{t}' objects is not writable"),
        )
    }

    pub fn delattr(&mut self, obj: Value, name: Gc) -> PyResult<()> {
        if let Value::Obj(g) = obj {
            match g.obj() {
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    if let Some(Value::Obj(a)) = self.class_lookup(cls, name) {
                        if let Obj::Property(_, _, fdel) = a.obj() {
                            let fdel = *fdel;
                            if fdel.is_none() {
                                return Err(self.property_error(obj, name, "deleter"));
                            }
                            self.call_value(fdel, &[obj], &[])?;
                            return Ok(());
                        }
                    }
                    let hash = crate::strs::str_hash(as_str(name).expect("str name"));
                    let mut d = inst.dict.borrow_mut();
                    if let Some(i) = d.find(
                        hash,
                        |k| matches!(k, Value::Obj(kg) if crate::strs::str_eq(*kg, name)),
                    ) {
                        d.remove_at(i);
                        return Ok(());
                    }
                }
                Obj::Class(c) => {
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
                _ => {}
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
                if let Some(f) = self.class_lookup(cls, name) {
                    if let Value::Obj(fg) = f {
                        if matches!(fg.obj(), Obj::Function(_) | Obj::Native(_)) {
                            let hash = crate::strs::str_hash(as_str(name).expect("str"));
                            let shadowed = !inst.dict.borrow().is_empty()
                                && inst.dict.borrow().get_str(name, hash).is_some();
                            if !shadowed {
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
                let (start, this) = (*start, *this);
                let is_instance =
                    matches!(this, Value::Obj(t) if matches!(t.obj(), Obj::Instance(_)));
                if is_instance {
                    if let Some(f @ Value::Obj(fg)) = self.super_lookup(start, this, name) {
                        if matches!(fg.obj(), Obj::Function(_) | Obj::Native(_)) {
                            return Ok((f, this));
                        }
                    }
                }
            }
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_) | Obj::Module(..)) => {}
            _ => {
                if let Some(f) = self.class_lookup(cls, name) {
                    if let Value::Obj(fg) = f {
                        if matches!(fg.obj(), Obj::Native(_) | Obj::Function(_)) {
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
