//! The descriptors builtin classes show for attributes the VM computes itself:
//! `BaseException.args` and `type.__name__` (getset descriptors), `OSError.errno` and
//! `StopIteration.value` (member descriptors), and the types of builtin methods taken from
//! their class (`method_descriptor`, `wrapper_descriptor`) or bound to a receiver
//! (`method-wrapper`).
//!
//! A descriptor only names the attribute: reading or writing through it runs the same VM
//! code as `obj.name` does, so `BaseException.args.__get__(e)` and `e.args` always agree.
//! For lookup order these descriptors count as non-data (like slot members): the VM's own
//! attribute code already gives them precedence, and instance attribute fast paths stay.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::lazytypes::LazyType;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

/// (class, getset descriptors, member descriptors) of the builtin exceptions, as CPython 3.11
/// lists them in each class's own `__dict__`.
const EXC_DESCRIPTORS: &[(&str, &[&str], &[&str])] = &[
    (
        "BaseException",
        &["args", "__traceback__", "__context__", "__cause__"],
        &["__suppress_context__"],
    ),
    ("StopIteration", &[], &["value"]),
    ("SystemExit", &[], &["code"]),
    ("ImportError", &[], &["msg", "name", "path"]),
    (
        "OSError",
        &[],
        &["errno", "strerror", "filename", "filename2"],
    ),
    ("NameError", &[], &["name"]),
    ("AttributeError", &[], &["name", "obj"]),
    (
        "SyntaxError",
        &[],
        &[
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ],
    ),
    (
        "UnicodeEncodeError",
        &[],
        &["encoding", "object", "start", "end", "reason"],
    ),
    (
        "UnicodeDecodeError",
        &[],
        &["encoding", "object", "start", "end", "reason"],
    ),
    (
        "UnicodeTranslateError",
        &[],
        &["encoding", "object", "start", "end", "reason"],
    ),
];

impl Vm {
    /// A getset (or member) descriptor for `owner.name`: an instance of the descriptor type
    /// with `__name__` and `__objclass__` in its dict.
    pub fn new_attr_descr(&self, owner: Gc, name: &str, member: bool) -> Value {
        let class = if member {
            self.types.member
        } else {
            self.lazy_type(LazyType::GetSetDescriptor)
        };
        let mut d = Dict::new();
        for (k, v) in [
            ("__name__", Value::Obj(self.intern(name))),
            ("__objclass__", Value::Obj(owner)),
        ] {
            let k = self.intern(k);
            let h = crate::strs::as_str(k)
                .map(crate::strs::str_hash)
                .unwrap_or(0);
            d.insert_new(h, Value::Obj(k), v);
        }
        Value::Obj(self.alloc(Obj::Instance(Instance::with_dict(class, d))))
    }

    /// Enters the descriptors of a builtin exception class just made (they are not inherited
    /// entries: each class lists its own, as in CPython).
    pub(crate) fn add_exc_descriptors(&self, cls: Gc, name: &str) {
        let Obj::Class(c) = cls.obj() else { return };
        if let Some(doc) = crate::builtin_docs::type_doc(name) {
            let (k, v) = (self.names.doc, Value::Obj(self.intern(doc)));
            let h = crate::strs::as_str(k)
                .map(crate::strs::str_hash)
                .unwrap_or(0);
            let mut d = c.own_dict.borrow_mut();
            match d.find_str(k, h) {
                Some(i) => d.set_at(i, v),
                None => d.insert_new(h, Value::Obj(k), v),
            }
        }
        let Some(&(_, getsets, members)) = EXC_DESCRIPTORS.iter().find(|e| e.0 == name) else {
            return;
        };
        let all = getsets
            .iter()
            .map(|n| (n, false))
            .chain(members.iter().map(|n| (n, true)));
        for (n, member) in all {
            let d = self.new_attr_descr(cls, n, member);
            let k = self.intern(n);
            let h = crate::strs::as_str(k)
                .map(crate::strs::str_hash)
                .unwrap_or(0);
            c.own_dict.borrow_mut().insert_new(h, Value::Obj(k), d);
        }
    }

    /// Whether `cls` is the getset descriptor type (made yet or not).
    pub fn is_getset_class(&self, cls: Gc) -> bool {
        self.lazy_type_made(LazyType::GetSetDescriptor)
            .is_some_and(|g| g.ptr_eq(cls))
    }

    /// `obj.name` read through a builtin attribute descriptor: the VM's own attribute for
    /// exceptions, classes and `__class__`. None: `obj` has no such attribute.
    pub fn attr_descr_get(&mut self, obj: Value, name: Gc) -> PyResult<Option<Value>> {
        let n = crate::strs::as_str(name).map(|s| &*s.s).unwrap_or("");
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(g) = obj else { return Ok(None) };
        match g.obj() {
            Obj::Class(_) => {
                let meta = self.type_of(obj);
                self.class_getattr_rest(g, meta, name).map(Some)
            }
            Obj::Instance(_) => self.special_instance_attr(obj, g, name),
            _ => Ok(None),
        }
    }

    /// Whether `v` is one of `type`'s own getset descriptors (`type.__dict__['__module__']`):
    /// a data descriptor of the metaclass, which wins over what `type`'s own MRO holds.
    pub(crate) fn is_type_getset(&self, v: Value) -> bool {
        let Value::Obj(g) = v else { return false };
        let Obj::Instance(i) = g.obj() else {
            return false;
        };
        if !self.is_getset_class(i.class.get()) {
            return false;
        }
        let k = self.intern("__objclass__");
        let h = crate::strs::as_str(k)
            .map(crate::strs::str_hash)
            .unwrap_or(0);
        let owner = i.attr_get(k, h);
        matches!(owner, Some(Value::Obj(o)) if o.ptr_eq(self.types.type_))
    }

    /// `obj.name` found as the getset descriptor `d` on obj's class.
    #[cold]
    pub(crate) fn getset_read(&mut self, d: &Instance, obj: Value) -> PyResult<Value> {
        let k = self.intern("__name__");
        let h = crate::strs::as_str(k)
            .map(crate::strs::str_hash)
            .unwrap_or(0);
        let name = d.attr_get(k, h).and_then(|v| v.as_obj());
        if let Some(name) = name {
            if let Some(v) = self.attr_descr_get(obj, name)? {
                return Ok(v);
            }
            return Err(self.attr_error(obj, name));
        }
        Err(self.type_error("getset descriptor without a name".to_string()))
    }

    /// `obj.name = v` through a builtin attribute descriptor. False: not settable there.
    pub fn attr_descr_set(&mut self, obj: Value, name: Gc, v: Value) -> PyResult<bool> {
        let Value::Obj(g) = obj else { return Ok(false) };
        match g.obj() {
            Obj::Class(_) => {
                self.type_setattr(g, name, v)?;
                Ok(true)
            }
            Obj::Instance(_) if Vm::exc_data(obj).is_some() => {
                crate::excgroup::set_exc_special(self, obj, name, v)
            }
            _ => Ok(false),
        }
    }

    /// The type of a builtin class's method taken from the class: a slot wrapper
    /// (`int.__add__`) or a method descriptor (`str.join`).
    #[cold]
    #[inline(never)]
    pub(crate) fn native_descr_type(&self, n: &NativeFn) -> Gc {
        let owner = n.owner.map(|o| self.class_name(o)).unwrap_or_default();
        let short = n.name.rsplit('.').next().unwrap_or(n.name);
        if crate::vm::is_slot_wrapper(short, &owner) {
            self.lazy_type(LazyType::WrapperDescriptor)
        } else {
            self.lazy_type(LazyType::MethodDescriptor)
        }
    }

    /// The type of a builtin method bound to its receiver: `method-wrapper` for a slot
    /// (`(1).__add__`), else `builtin_function_or_method` (`[].append`).
    #[cold]
    #[inline(never)]
    pub(crate) fn bound_native_type(&self, this: Value, f: Gc) -> Gc {
        let Obj::Native(n) = f.obj() else {
            return self.types.builtin_fn;
        };
        let short = n.name.rsplit('.').next().unwrap_or(n.name);
        if n.method && crate::vm::is_slot_wrapper(short, &self.type_name(this)) {
            self.lazy_type(LazyType::MethodWrapper)
        } else {
            self.types.builtin_fn
        }
    }
}
