//! Exception groups (PEP 654) on the Rust side. The classes are written in Python
//! (`corelib/lib/_exceptiongroup.py`) and become builtins the first time either name is
//! looked up or `except*` needs them; this file also has `BaseException.add_note`.

use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

const MODULE: &str = "_exceptiongroup";

/// The text of a str value.
pub fn str_value(v: Value) -> Option<String> {
    match v {
        Value::Obj(g) => crate::strs::as_str(g).map(|s| s.s.to_string()),
        _ => None,
    }
}

impl Vm {
    /// The module defining the exception-group classes, imported (and its classes made
    /// builtins) on first use.
    pub fn exc_group_module(&mut self) -> PyResult<Value> {
        let m = self.import_stmt(MODULE)?;
        let k = self.intern("ExceptionGroup");
        if self.dict_get_str(self.builtins, k).is_none() {
            for name in ["BaseExceptionGroup", "ExceptionGroup"] {
                let cls = self.getattr_str(m, name)?;
                self.set_builtin(name, cls);
            }
        }
        Ok(m)
    }

    /// `BaseExceptionGroup`, or `None` while no group can exist yet.
    pub fn exc_group_class_made(&self) -> Option<Gc> {
        let k = self.intern("BaseExceptionGroup");
        match self.dict_get_str(self.builtins, k) {
            Some(Value::Obj(g)) if matches!(g.obj(), Obj::Class(_)) => Some(g),
            _ => None,
        }
    }

    pub fn is_exc_group(&self, v: Value) -> bool {
        self.exc_group_class_made()
            .is_some_and(|c| self.isinstance(v, c))
    }

    /// A builtin name not found anywhere: the exception-group classes are made now; any other
    /// name is a NameError.
    #[cold]
    pub fn missing_builtin(&mut self, name: Gc) -> PyResult<Value> {
        let n = crate::strs::as_str(name)
            .map(|s| s.s.to_string())
            .unwrap_or_default();
        if n == "ExceptionGroup" || n == "BaseExceptionGroup" {
            let m = self.exc_group_module()?;
            return self.getattr_str(m, &n);
        }
        Err(self.raise_msg("NameError", format!("name '{n}' is not defined")))
    }

    /// Calls a helper function of the exception-group module.
    pub fn exc_group_call(&mut self, func: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.exc_group_module()?;
        let f = self.getattr_str(m, func)?;
        self.call_value(f, args, &[])
    }

    /// The notes (`__notes__`) of an exception, as text lines for a traceback.
    pub fn exc_notes(&mut self, exc: Value) -> Vec<String> {
        let Value::Obj(g) = exc else {
            return Vec::new();
        };
        let Obj::Instance(inst) = g.obj() else {
            return Vec::new();
        };
        let k = self.intern("__notes__");
        let hash = crate::strs::as_str(k)
            .map(crate::strs::str_hash)
            .unwrap_or(0);
        let notes = inst.dict().borrow().get_str(k, hash);
        let Some(notes) = notes else {
            return Vec::new();
        };
        let items = match notes {
            Value::Obj(n) => match n.obj() {
                Obj::List(l) => Some(l.borrow().clone()),
                Obj::Tuple(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let Some(items) = items else {
            return vec![self.repr(notes).unwrap_or_else(|_| {
                self.raised = Value::Empty;
                "<__notes__ repr() failed>".into()
            })];
        };
        items
            .into_iter()
            .map(|n| match str_value(n) {
                Some(s) => s,
                None => self.str_of(n).unwrap_or_else(|_| {
                    self.raised = Value::Empty;
                    "<note str() failed>".into()
                }),
            })
            .collect()
    }
}

/// Assigning `__cause__`, `__context__` or `__suppress_context__` of an exception sets its
/// exception data (what tracebacks and `except*` read). `Ok(false)`: another name.
pub fn set_exc_special(vm: &mut Vm, exc: Value, name: Gc, v: Value) -> PyResult<bool> {
    let Some(n) = crate::strs::as_str(name) else {
        return Ok(false);
    };
    let which = match &*n.s {
        "__cause__" => "cause",
        "__context__" => "context",
        "__suppress_context__" => "suppress",
        "__traceback__" => {
            vm.tbtypes_call("set_traceback", &[exc, v])?;
            return Ok(true);
        }
        "args" => {
            // A getset over the stored tuple, which str() and repr() read.
            let Some(d) = Vm::exc_data(exc) else {
                return Ok(false);
            };
            let items = vm.collect_iter(v)?;
            let t = vm.new_tuple(items);
            d.borrow_mut().args = t;
            return Ok(true);
        }
        _ => return Ok(false),
    };
    let Some(d) = Vm::exc_data(exc) else {
        return Ok(false);
    };
    if which == "suppress" {
        let b = vm.truthy(v)?;
        d.borrow_mut().suppress_context = b;
        return Ok(true);
    }
    let base = vm.exc_class("BaseException");
    if !v.is_none() && !vm.isinstance(v, base) {
        return Err(vm.type_error(format!(
            "exception {which} must be None or derive from BaseException"
        )));
    }
    let mut d = d.borrow_mut();
    if which == "cause" {
        d.cause = v;
        d.suppress_context = true;
    } else {
        d.context = v;
    }
    Ok(true)
}

/// Whether `e` carries the same cause, context and traceback as `orig` (CPython 3.11 does not
/// compare notes): a part of `orig` re-raised by a bare `raise` in an `except*` clause;
/// anything else counts as newly raised.
pub fn same_exc_metadata(e: Value, orig: Value) -> bool {
    let (Some(a), Some(b)) = (Vm::exc_data(e), Vm::exc_data(orig)) else {
        return false;
    };
    let (a, b) = (a.borrow(), b.borrow());
    a.cause.is(&b.cause)
        && a.context.is(&b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(b.traceback.iter())
            .all(|(x, y)| std::ptr::eq(x.0, y.0) && x.1 == y.1)
}

/// Gives `to` the traceback of `from` (a part split off a caught group, as CPython's derive).
pub fn copy_traceback(from: Value, to: Value) {
    if from.is(&to) {
        return;
    }
    if let (Some(a), Some(b)) = (Vm::exc_data(from), Vm::exc_data(to)) {
        let tb = a.borrow().traceback.clone();
        b.borrow_mut().traceback = tb;
    }
}

/// Adds `add_note` and `with_traceback` to `BaseException` (called when that class is made).
pub fn add_base_exception_methods(vm: &Vm, cls: Gc) {
    let Obj::Class(c) = cls.obj() else {
        return;
    };
    let k = vm.intern("add_note");
    let hash = crate::strs::as_str(k)
        .map(crate::strs::str_hash)
        .unwrap_or(0);
    let f = vm.new_owned_method("add_note", add_note, cls);
    c.own_dict.borrow_mut().insert_new(hash, Value::Obj(k), f);
    let k = vm.intern("with_traceback");
    let hash = crate::strs::as_str(k)
        .map(crate::strs::str_hash)
        .unwrap_or(0);
    let f = vm.new_owned_method("with_traceback", crate::tbobj::with_traceback, cls);
    c.own_dict.borrow_mut().insert_new(hash, Value::Obj(k), f);
}

/// `exc.add_note(note)`: appends to the list `exc.__notes__`, made on first use.
fn add_note(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let (exc, note) = (args[0], args[1]);
    if str_value(note).is_none() {
        let t = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let notes = match vm.getattr_str(exc, "__notes__") {
        Ok(n) => n,
        Err(e) => {
            if !vm.raised_is("AttributeError") {
                return Err(e);
            }
            vm.take_raised();
            let l = vm.new_list(Vec::new());
            let Value::Obj(eg) = exc else {
                return Ok(Value::None);
            };
            let k = vm.intern("__notes__");
            vm.setattr(Value::Obj(eg), k, l)?;
            l
        }
    };
    match notes {
        Value::Obj(n) if matches!(n.obj(), Obj::List(_)) => {
            if let Obj::List(l) = n.obj() {
                l.borrow_mut().push(note);
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
