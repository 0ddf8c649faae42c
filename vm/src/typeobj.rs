//! Class creation and metaclasses: the `class` statement (`__build_class__`: `__mro_entries__`,
//! choosing the metaclass, `__prepare__`, running the body), `type.__new__` (namespace
//! cleanup, `__classcell__`, `__set_name__`, `__init_subclass__`) and `type.__call__`.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::vm::FrameKind;
use crate::Vm;

impl Vm {
    /// `class Name(bases, **kw): body`, as CPython's `__build_class__`.
    pub fn class_statement(
        &mut self,
        body: Value,
        name: Value,
        bases: Value,
        kw: Value,
    ) -> PyResult<Value> {
        let Value::Obj(bodyg) = body else {
            return Err(self.type_error("bad class body"));
        };
        let orig_bases: Vec<Value> = match bases {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut kwargs: Vec<(Value, Value)> = match kw {
            Value::Obj(g) => match g.obj() {
                Obj::Dict(d) => d.borrow().iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        self.extra_roots.push(bases);
        self.extra_roots.push(kw);
        let roots = self.extra_roots.len();
        let r = self.class_statement_rooted(bodyg, name, &orig_bases, &mut kwargs);
        self.extra_roots.truncate(roots - 2);
        r
    }

    fn class_statement_rooted(
        &mut self,
        body: Gc,
        name: Value,
        orig_bases: &[Value],
        kwargs: &mut Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        let bases = self.resolve_mro_entries(orig_bases)?;
        let bases_changed =
            bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b));
        let bases_t = if bases_changed {
            self.new_tuple(bases.clone())
        } else {
            self.new_tuple(orig_bases.to_vec())
        };
        self.extra_roots.push(bases_t);
        let meta_pos = kwargs
            .iter()
            .position(|(k, _)| self.key_str(*k) == "metaclass");
        let explicit = meta_pos.map(|p| kwargs.remove(p).1);
        let mut meta = match explicit {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.type_of(*b)),
                None => Value::Obj(self.types.type_),
            },
        };
        // A class as metaclass: the most derived of it and its bases' metaclasses.
        if let Value::Obj(mg) = meta {
            if matches!(mg.obj(), Obj::Class(_)) {
                meta = Value::Obj(self.winner_meta(mg, &bases)?);
            }
        }
        self.extra_roots.push(meta);
        let ns = if meta.is(&Value::Obj(self.types.type_)) {
            self.new_dict(Dict::new())
        } else {
            self.prepare_namespace(meta, name, bases_t, kwargs)?
        };
        let Value::Obj(nsg) = ns else {
            unreachable!("namespace is an object")
        };
        self.extra_roots.push(ns);
        self.run_function(body, Vec::new(), FrameKind::ClassBody, Some(nsg))?;
        if bases_changed {
            let orig = self.new_tuple(orig_bases.to_vec());
            let k = self.intern_value("__orig_bases__");
            self.setitem(ns, k, orig)?;
        }
        let cls = self.call_value(meta, &[name, bases_t, ns], kwargs)?;
        Ok(cls)
    }

    /// The bases after `__mro_entries__` (PEP 560) replaced the ones that are not classes.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(bases.len());
        for &b in bases {
            if matches!(b, Value::Obj(g) if matches!(g.obj(), Obj::Class(_))) {
                out.push(b);
                continue;
            }
            // Looked up on the base itself, as CPython does (typing's NamedTuple and
            // TypedDict are functions carrying the attribute).
            let me = self.names.mro_entries;
            let found = match self.getattr(b, me) {
                Ok(f) => Some(f),
                Err(e) => {
                    if !self.raised_is("AttributeError") {
                        return Err(e);
                    }
                    self.raised = Value::Empty;
                    None
                }
            };
            match found {
                Some(f) => {
                    let orig = self.new_tuple(bases.to_vec());
                    let r = self.call_value(f, &[orig], &[])?;
                    match r {
                        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => {
                            let Obj::Tuple(t) = g.obj() else {
                                unreachable!()
                            };
                            out.extend(t.iter().copied());
                        }
                        _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                    }
                }
                None => out.push(b),
            }
        }
        Ok(out)
    }

    /// A special method looked up on the type of `v`.
    pub fn lookup_special_gc(&self, v: Value, name: Gc) -> Option<Value> {
        let cls = self.type_of(v);
        self.class_lookup_special(cls, name)
    }

    /// `meta.__prepare__(name, bases, **kw)`, which must return a mapping.
    fn prepare_namespace(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let pk = self.names.prepare;
        let prep = match self.getattr(meta, pk) {
            Ok(p) => p,
            Err(e) => {
                if !self.raised_is("AttributeError") {
                    return Err(e);
                }
                self.raised = Value::Empty;
                return Ok(self.new_dict(Dict::new()));
            }
        };
        let ns = self.call_value(prep, &[name, bases], kwargs)?;
        let is_mapping = match ns {
            Value::Obj(g) => match g.obj() {
                Obj::Dict(_) => true,
                Obj::Instance(_) => {
                    let gi = self.intern("__getitem__");
                    self.lookup_special_gc(ns, gi).is_some()
                }
                _ => false,
            },
            _ => false,
        };
        if !is_mapping {
            let mname = match meta {
                Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => self.class_name(g),
                _ => "<metaclass>".into(),
            };
            let t = self.type_name(ns);
            return Err(self.type_error(format!(
                "{mname}.__prepare__() must return a mapping, not {t}"
            )));
        }
        Ok(ns)
    }

    /// The most derived metaclass of `meta` and the metaclasses of `bases`, or CPython's
    /// "metaclass conflict" TypeError.
    pub fn winner_meta(&mut self, meta: Gc, bases: &[Value]) -> PyResult<Gc> {
        let mut winner = meta;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: a new class whose type is `meta`.
    pub fn type_new(
        &mut self,
        meta: Gc,
        name: Value,
        bases: Value,
        ns: Value,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let type_ = self.types.type_;
        if !matches!(meta.obj(), Obj::Class(_)) || !self.is_subclass(meta, type_) {
            let t = match meta.obj() {
                Obj::Class(_) => self.class_name(meta),
                _ => self.type_name(Value::Obj(meta)),
            };
            return Err(self.type_error(format!("type.__new__({t}): {t} is not a subtype of type")));
        }
        let Some(name_s) = crate::strs::as_str_value(name) else {
            // Argument errors name None itself, not its type (as CPython's arg parser).
            let t = if name.is_none() {
                "None".to_string()
            } else {
                self.type_name(name)
            };
            return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
        };
        let name_s = name_s.to_string();
        let base_vals: Vec<Value> = match bases {
            Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => {
                let Obj::Tuple(t) = g.obj() else {
                    unreachable!()
                };
                t.to_vec()
            }
            _ => {
                let t = self.type_name(bases);
                return Err(
                    self.type_error(format!("type.__new__() argument 2 must be tuple, not {t}"))
                );
            }
        };
        let is_dict = matches!(ns, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)));
        if !is_dict {
            let t = self.type_name(ns);
            let is_dict_sub = matches!(ns, Value::Obj(g) if matches!(g.obj(), Obj::Instance(i) if i.base().is_some_and(|b| matches!(b.obj(), Obj::Dict(_)))));
            if !is_dict_sub {
                return Err(
                    self.type_error(format!("type.__new__() argument 3 must be dict, not {t}"))
                );
            }
        }
        // The most derived metaclass decides; if that is another class with its own
        // `__new__`, it makes the class.
        let winner = self.winner_meta(meta, &base_vals)?;
        if !winner.ptr_eq(meta) {
            let nk = self.names.new;
            let wnew = self.class_lookup(winner, nk);
            let tnew = self.class_lookup(type_, nk);
            if !matches!((wnew, tnew), (Some(a), Some(b)) if a.is(&b)) {
                return self.call_value(Value::Obj(winner), &[name, bases, ns], kw);
            }
        }
        let mut base_list = Vec::with_capacity(base_vals.len());
        for b in &base_vals {
            match b {
                Value::Obj(bg) if matches!(bg.obj(), Obj::Class(_)) => base_list.push(*bg),
                _ => {
                    let t = self.type_name(*b);
                    return Err(self.type_error(format!(
                        "type.__new__() argument 2 must be tuple of types, not {t}"
                    )));
                }
            }
        }
        let meta = winner;
        for b in &base_list {
            if let Obj::Class(bc) = b.obj() {
                if bc.is_builtin && !self.is_acceptable_base(*b) {
                    let n = self.class_name(*b);
                    return Err(
                        self.type_error(format!("type '{n}' is not an acceptable base type"))
                    );
                }
            }
        }
        if base_list.is_empty() {
            base_list.push(self.types.object);
        }
        self.check_bases(&base_list)?;
        let items = self.mapping_items(builtin_base(ns))?;
        let mut dict = Dict::with_capacity(items.len() + 2);
        for (k, v) in &items {
            let h = self.hash(*k)? as u64;
            dict.insert_new(h, *k, *v);
        }
        let key_hash = |k: Gc| crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
        let take = |d: &mut Dict, k: Gc| d.find_str(k, key_hash(k)).map(|i| d.remove_at(i).value);
        let (qk, ck, dk, mk) = (
            self.names.qualname,
            self.names.classcell,
            self.names.doc,
            self.names.module,
        );
        let qualname = take(&mut dict, qk);
        let cell = take(&mut dict, ck);
        if dict.get_str(mk, key_hash(mk)).is_none() {
            // The module of the code that creates the class.
            let nk = self.intern("__name__");
            let m = self
                .frames
                .last()
                .and_then(|f| self.dict_get_str(f.globals, nk));
            if let Some(m) = m {
                dict.insert_new(key_hash(mk), Value::Obj(mk), m);
            }
        }
        // `__init_subclass__` and `__class_getitem__` are implicit class methods.
        for k in [self.names.init_subclass, self.names.class_getitem] {
            if let Some(i) = dict.find_str(k, key_hash(k)) {
                let v = dict.entries[i].value;
                if matches!(v, Value::Obj(f) if matches!(f.obj(), Obj::Function(_))) {
                    let cm = Value::Obj(self.alloc(Obj::ClassMethod(v)));
                    dict.set_at(i, cm);
                }
            }
        }
        // `__new__` is an implicit static method: `inst.__new__(cls)` does not bind.
        let nk = self.names.new;
        if let Some(i) = dict.find_str(nk, key_hash(nk)) {
            let v = dict.entries[i].value;
            if matches!(v, Value::Obj(f) if matches!(f.obj(), Obj::Function(_))) {
                let sm = Value::Obj(self.alloc(Obj::StaticMethod(v)));
                dict.set_at(i, sm);
            }
        }
        self.add_slot_members(&mut dict, &name_s)?;
        // In CPython's order: the slots' members, then `__doc__`, then the implicit `__hash__`.
        if dict.get_str(dk, key_hash(dk)).is_none() {
            dict.insert_new(key_hash(dk), Value::Obj(dk), Value::None);
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        let (eq, hash) = (self.names.eq, self.names.hash);
        if dict.get_str(eq, key_hash(eq)).is_some() && dict.get_str(hash, key_hash(hash)).is_none()
        {
            dict.insert_new(key_hash(hash), Value::Obj(hash), Value::None);
        }
        let cls = self.new_class(&name_s, base_list.clone(), dict);
        self.set_member_owners(cls);
        let Obj::Class(c) = cls.obj() else {
            unreachable!()
        };
        if !meta.ptr_eq(type_) {
            c.meta.set(Some(meta));
        }
        if c.mro.borrow().len() == 1 {
            // Never made: not among its bases' `__subclasses__()`.
            c.bases.borrow_mut().clear();
            if let Some(b) = base_list
                .iter()
                .enumerate()
                .find(|(i, b)| base_list[..*i].iter().any(|a| a.ptr_eq(**b)))
                .map(|(_, b)| *b)
            {
                let n = self.class_name(b);
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
            let names: Vec<String> = base_list.iter().map(|b| self.class_name(*b)).collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
        if let Some(q) = qualname {
            match crate::strs::as_str_value(q) {
                Some(s) => *c.qualname.borrow_mut() = s.to_string(),
                None => {
                    c.bases.borrow_mut().clear();
                    let t = self.type_name(q);
                    return Err(
                        self.type_error(format!("type __qualname__ must be a str, not {t}"))
                    );
                }
            }
        }
        if let Some(Value::Obj(cg)) = cell {
            if let Obj::Cell(cc) = cg.obj() {
                cc.set(Value::Obj(cls));
            }
        }
        self.set_names(cls)?;
        self.init_subclass(cls, kw)?;
        Ok(Value::Obj(cls))
    }

    /// A member descriptor in the namespace for each name `__slots__` lists (CPython's
    /// ValueError when a name is also a class variable).
    fn add_slot_members(&mut self, dict: &mut Dict, cls_name: &str) -> PyResult<()> {
        let sk = self.names.slots;
        let h = crate::strs::str_hash(crate::strs::as_str(sk).expect("str"));
        let Some(slots) = dict.get_str(sk, h) else {
            return Ok(());
        };
        if let Value::Obj(g) = slots {
            if !matches!(g.obj(), Obj::Str(_) | Obj::Tuple(_) | Obj::List(_)) {
                let items = self.collect_iter(slots)?;
                let t = self.new_tuple(items);
                dict.insert_new(h, Value::Obj(sk), t);
                return self.add_slot_members(dict, cls_name);
            }
        }
        for name in Vm::slot_list(slots) {
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            let k = self.intern(&name);
            let kh = crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
            if dict.get_str(k, kh).is_some() {
                return Err(self.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
            let mut md = Dict::new();
            let nk = self.intern("__name__");
            let nh = crate::strs::str_hash(crate::strs::as_str(nk).expect("str"));
            md.insert_new(nh, Value::Obj(nk), Value::Obj(k));
            let member = self.alloc(Obj::Instance(Instance::with_dict(self.types.member, md)));
            dict.insert_new(kh, Value::Obj(k), Value::Obj(member));
        }
        let _ = cls_name;
        Ok(())
    }

    /// Records the owning class (`__objclass__`) in the class's member descriptors.
    fn set_member_owners(&mut self, cls: Gc) {
        let Obj::Class(c) = cls.obj() else { return };
        let members: Vec<Gc> = c
            .own_dict
            .borrow()
            .iter()
            .filter_map(|e| match e.value {
                Value::Obj(m) if matches!(m.obj(), Obj::Instance(i) if i.class.get().ptr_eq(self.types.member)) => Some(m),
                _ => None,
            })
            .collect();
        let ok = self.intern("__objclass__");
        for m in members {
            if let Obj::Instance(i) = m.obj() {
                let h = crate::strs::str_hash(crate::strs::as_str(ok).expect("str"));
                let mut d = i.dict().borrow_mut();
                if d.get_str(ok, h).is_none() {
                    d.insert_new(h, Value::Obj(ok), Value::Obj(cls));
                }
            }
        }
    }

    /// Builtin types that cannot be subclassed.
    fn is_acceptable_base(&self, b: Gc) -> bool {
        let t = &self.types;
        ![
            t.bool_,
            t.none,
            t.function,
            t.builtin_fn,
            t.method,
            t.generator,
            t.range,
            t.slice,
            t.cell,
            t.notimpl,
            t.ellipsis,
            t.iterator,
            t.dict_keys,
            t.dict_values,
            t.dict_items,
            t.memoryview,
            t.code,
            t.coroutine,
            t.async_generator,
        ]
        .iter()
        .any(|x| x.ptr_eq(b))
            && !self.is_final_lazy_type(b)
    }

    /// `value.__set_name__(cls, key)` for every namespace entry whose type defines it.
    fn set_names(&mut self, cls: Gc) -> PyResult<()> {
        let Obj::Class(c) = cls.obj() else {
            return Ok(());
        };
        let entries: Vec<(Value, Value)> = c
            .own_dict
            .borrow()
            .iter()
            .map(|e| (e.key, e.value))
            .collect();
        let sn = self.names.set_name;
        for (k, v) in entries {
            if !matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
                continue;
            }
            if let Some(f) = self.lookup_special_gc(v, sn) {
                if self.call_value(f, &[v, Value::Obj(cls), k], &[]).is_err() {
                    let cause = self.take_raised();
                    let t = self.type_name(v);
                    let kn = self.repr(k)?;
                    let cn = self.class_name(cls);
                    let err = self.raise_msg(
                        "RuntimeError",
                        format!("Error calling __set_name__ on '{t}' instance {kn} in '{cn}'"),
                    );
                    if let Some(d) = Vm::exc_data(self.raised) {
                        d.borrow_mut().cause = cause;
                        d.borrow_mut().context = cause;
                        d.borrow_mut().suppress_context = true;
                    }
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kw)`.
    fn init_subclass(&mut self, cls: Gc, kw: &[(Value, Value)]) -> PyResult<()> {
        let is = self.names.init_subclass;
        let sup = Value::Obj(self.alloc(Obj::Super(cls, Value::Obj(cls))));
        let f = self.getattr(sup, is)?;
        self.call_value(f, &[], kw)?;
        Ok(())
    }

    /// `object.__new__`'s refusal to instantiate a class with abstract methods (only classes
    /// with a metaclass, such as `abc.ABCMeta`, can have `__abstractmethods__`).
    pub fn check_not_abstract(&mut self, cls: Gc) -> PyResult<()> {
        if !matches!(cls.obj(), Obj::Class(c) if c.meta.get().is_some()) {
            return Ok(());
        }
        let k = self.intern("__abstractmethods__");
        let Some(Value::Obj(am)) = self.class_lookup(cls, k) else {
            return Ok(());
        };
        let mut names: Vec<String> = match am.obj() {
            Obj::Set(d, _) => d.borrow().keys().iter().map(|k| self.key_str(*k)).collect(),
            _ => return Ok(()),
        };
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let n = self.class_name(cls);
        let s = if names.len() == 1 { "" } else { "s" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {n} with abstract method{s} {}",
            names.join(", ")
        )))
    }

    /// `cls(*args, **kw)`: the metaclass's `__call__` when it overrides `type.__call__`.
    pub fn call_class(
        &mut self,
        cls: Gc,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if let Obj::Class(c) = cls.obj() {
            if let Some(m) = c.meta.get() {
                if let Some(f) = self.class_lookup(m, self.names.call) {
                    if !matches!(f, Value::Obj(g) if matches!(g.obj(), Obj::Native(_))) {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(Value::Obj(cls));
                        a.extend_from_slice(args);
                        return self.call_value(f, &a, kw);
                    }
                }
            }
        }
        self.instantiate(cls, args, kw)
    }
}

impl Vm {
    /// `f.__code__`: a `code` object whose attributes describe the compiled function
    /// (the `co_*` fields programs read; the bytecode itself is Kestrel's own and not exposed).
    pub fn code_object(&mut self, code: &'static kestrel_compiler::CodeObject) -> Value {
        use kestrel_compiler::code::flags as kf;
        let nparams = code.total_params();
        let free = code.free_start as usize..(code.free_start + code.nfree) as usize;
        // Registers made into cells (MAKE_CELL) hold variables inner functions capture.
        let mut cells: Vec<usize> = kestrel_compiler::opcodes::decoded(code.code)
            .filter(|(_, i)| i.op() == kestrel_compiler::opcodes::Op::MakeCell)
            .map(|(_, i)| i.a())
            .collect();
        cells.sort_unstable();
        cells.dedup();
        let names = code.varnames;
        let varnames: Vec<&str> = names
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < nparams || (!free.contains(i) && !cells.contains(i)))
            .map(|(_, n)| *n)
            .collect();
        let cellvars: Vec<&str> = cells
            .iter()
            .filter_map(|&i| names.get(i).copied())
            .collect();
        let freevars: Vec<&str> = free.clone().filter_map(|i| names.get(i).copied()).collect();
        let mut co_flags = 3; // CO_OPTIMIZED | CO_NEWLOCALS
        if code.flags & kf::VARARGS != 0 {
            co_flags |= 4;
        }
        if code.flags & kf::VARKEYWORDS != 0 {
            co_flags |= 8;
        }
        if code.qualname.contains("<locals>") {
            co_flags |= 0x10; // CO_NESTED
        }
        // CPython's bits: CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR are exclusive.
        if code.flags & kf::ASYNC_GENERATOR != 0 {
            co_flags |= 0x200;
        } else if code.flags & kf::COROUTINE != 0 {
            co_flags |= 0x80;
        } else if code.flags & kf::GENERATOR != 0 {
            co_flags |= 0x20;
        }
        if code.flags & kf::ITERABLE_COROUTINE != 0 {
            co_flags |= 0x100;
        }
        let strs = |vm: &mut Vm, v: &[&str]| {
            let items = v.iter().map(|s| vm.new_str(s)).collect();
            vm.new_tuple(items)
        };
        let mut fields: Vec<(&str, Value)> = vec![
            ("co_name", self.new_str(code.name)),
            ("co_qualname", self.new_str(code.qualname)),
            ("co_filename", self.new_str(code.filename)),
            ("co_firstlineno", Value::Int(code.first_line as i64)),
            ("co_argcount", Value::Int(code.argcount as i64)),
            (
                "co_posonlyargcount",
                Value::Int(code.posonlyargcount as i64),
            ),
            ("co_kwonlyargcount", Value::Int(code.kwonlyargcount as i64)),
            ("co_nlocals", Value::Int(varnames.len() as i64)),
            ("co_varnames", strs(self, &varnames)),
            ("co_cellvars", strs(self, &cellvars)),
            ("co_freevars", strs(self, &freevars)),
            ("co_flags", Value::Int(co_flags)),
            ("co_positions", self.co_positions_method(code)),
        ];
        fields.extend(self.code_table_fields(code));
        let mut d = Dict::with_capacity(fields.len());
        for (k, v) in fields {
            let k = self.intern(k);
            let h = crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
            d.insert_new(h, Value::Obj(k), v);
        }
        Value::Obj(self.alloc(Obj::Instance(Instance::with_dict(self.types.code, d))))
    }
}
