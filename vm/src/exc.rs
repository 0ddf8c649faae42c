//! Exceptions: the builtin hierarchy, raising helpers, and traceback printing.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};

const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("InterruptedError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The position of a builtin exception class in the hierarchy table (`usize::MAX` for any
/// other class), for listing classes independently of the order they were made in.
pub fn builtin_exc_rank(vm: &Vm, cls: Gc) -> usize {
    HIERARCHY
        .iter()
        .position(|(n, _)| vm.exc_class_made(n).is_some_and(|c| c.ptr_eq(cls)))
        .unwrap_or(usize::MAX)
}

/// Names that stand for another builtin exception class.
const ALIASES: &[(&str, &str)] = &[("EnvironmentError", "OSError"), ("IOError", "OSError")];

/// Makes the exception classes start-up itself needs. The other ~60 builtin exception
/// classes are made on first use (`Vm::exc_class`, and name lookups that miss the builtins
/// dict), with their bases first; start-up no longer builds the whole hierarchy.
pub fn init_exceptions(vm: &mut Vm) {
    vm.exc_class("BaseException");
    vm.exc_class("Exception");
}

impl Vm {
    /// The builtin exception class `name`, made (with its bases) on first use. Unknown names
    /// give `Exception`.
    pub fn exc_class(&self, name: &str) -> Gc {
        if let Some(g) = self.exc_types.borrow().get(name) {
            return *g;
        }
        if let Some(&(alias, target)) = ALIASES.iter().find(|(a, _)| *a == name) {
            let cls = self.exc_class(target);
            self.exc_types.borrow_mut().insert(alias, cls);
            self.dict_set_str(self.builtins, self.intern(alias), Value::Obj(cls));
            return cls;
        }
        let Some(&(name, base)) = HIERARCHY.iter().find(|(n, _)| *n == name) else {
            return self.exc_class("Exception");
        };
        let base = if base.is_empty() {
            self.types.object
        } else {
            self.exc_class(base)
        };
        let cls = self.new_class(name, vec![base], Dict::new());
        if let Obj::Class(c) = cls.obj() {
            c.kind.set(Kind::Exception);
        }
        if name == "BaseException" {
            crate::excgroup::add_base_exception_methods(self, cls);
        }
        self.add_exc_descriptors(cls, name);
        self.exc_types.borrow_mut().insert(name, cls);
        self.dict_set_str(self.builtins, self.intern(name), Value::Obj(cls));
        cls
    }

    /// The builtin exception class `name` if it has been made; when it has not, no object
    /// can be an instance of it.
    pub fn exc_class_made(&self, name: &str) -> Option<Gc> {
        self.exc_types.borrow().get(name).copied()
    }

    /// A builtin name not yet in the builtins dict: a builtin exception class or function,
    /// made now.
    pub fn lazy_builtin(&self, name: Gc) -> Option<Value> {
        if self.builtins_complete.get() {
            return None;
        }
        let n = crate::strs::as_str(name)?;
        let known =
            HIERARCHY.iter().any(|(x, _)| *x == &*n.s) || ALIASES.iter().any(|(x, _)| *x == &*n.s);
        if known {
            return Some(Value::Obj(self.exc_class(&n.s)));
        }
        if let Some(&tname) = crate::vm::BUILTIN_TYPE_NAMES.iter().find(|x| **x == &*n.s) {
            return Some(self.enter_builtin_type(tname));
        }
        if let Some(t) = crate::lazytypes::LazyType::named(&n.s).filter(|t| t.is_builtin_name()) {
            let v = Value::Obj(self.lazy_type(t));
            self.dict_set_str(self.builtins, name, v);
            return Some(v);
        }
        let &(fname, f) = self.builtin_fns.iter().find(|(x, _)| *x == &*n.s)?;
        Some(self.make_builtin_fn(fname, f))
    }

    /// Enters the builtin type `name` (one of `BUILTIN_TYPE_NAMES`) in the builtins dict.
    fn enter_builtin_type(&self, name: &'static str) -> Value {
        let v = Value::Obj(self.types.named(name).expect("a builtin type"));
        self.dict_set_str(self.builtins, self.intern(name), v);
        v
    }

    fn make_builtin_fn(&self, name: &'static str, f: NativeFnPtr) -> Value {
        let v = self.new_native(name, f);
        self.dict_set_str(self.builtins, self.intern(name), v);
        v
    }

    /// Makes every lazily made builtin, for code about to see the builtins dict itself
    /// (`__builtins__`, `globals()`, a function's `__globals__`).
    pub fn complete_builtins(&self) {
        if self.builtins_complete.replace(true) {
            return;
        }
        if self.exc_types.borrow().len() < HIERARCHY.len() + ALIASES.len() {
            for (name, _) in HIERARCHY.iter().chain(ALIASES) {
                self.exc_class(name);
            }
        }
        for &name in crate::vm::BUILTIN_TYPE_NAMES {
            let k = self.intern(name);
            if self.dict_get_str(self.builtins, k).is_none() {
                self.enter_builtin_type(name);
            }
        }
        for &t in crate::lazytypes::LAZY_BUILTIN_TYPES {
            let k = self.intern(t.name());
            if self.dict_get_str(self.builtins, k).is_none() {
                let v = Value::Obj(self.lazy_type(t));
                self.dict_set_str(self.builtins, k, v);
            }
        }
        for &(name, f) in self.builtin_fns {
            let k = self.intern(name);
            if self.dict_get_str(self.builtins, k).is_none() {
                self.make_builtin_fn(name, f);
            }
        }
    }
}

/// The OSError subclass `OSError(errno, ...)` constructs, as CPython maps errno values.
pub fn oserror_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

impl Vm {
    /// Attributes builtin exception classes derive from their args (`SystemExit.code`,
    /// `StopIteration.value`, `OSError.errno`, ...).
    pub fn exc_arg_attr(&mut self, exc: Value, args: &[Value], name: &str) -> Option<Value> {
        let is = |vm: &Vm, c: &str| vm.exc_class_made(c).is_some_and(|k| vm.isinstance(exc, k));
        let first = args.first().copied().unwrap_or(Value::None);
        match name {
            "code" if is(self, "SystemExit") => Some(match args.len() {
                0 | 1 => first,
                _ => self.new_tuple(args.to_vec()),
            }),
            "value" if is(self, "StopIteration") => Some(first),
            "errno" | "strerror" | "filename" | "filename2" if is(self, "OSError") => {
                let i = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    "filename" => 2,
                    _ => 3,
                };
                Some(if (2..=5).contains(&args.len()) {
                    args.get(i).copied().unwrap_or(Value::None)
                } else {
                    Value::None
                })
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if args.len() == 5
                    && (is(self, "UnicodeEncodeError") || is(self, "UnicodeDecodeError")) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                let v = args[i];
                // A decode error's object reads as bytes, whatever buffer it was given.
                if i == 1 && !matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_))) {
                    if let Ok(Some(b)) = self.buffer(v) {
                        return Some(self.new_bytes(b.into_owned()));
                    }
                }
                Some(v)
            }
            "object" | "start" | "end" | "reason"
                if args.len() == 4 && is(self, "UnicodeTranslateError") =>
            {
                let i = ["object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                Some(args[i])
            }
            "encoding" if is(self, "UnicodeTranslateError") => Some(Value::None),
            "name" | "path" if is(self, "ImportError") => Some(Value::None),
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                if is(self, "SyntaxError") =>
            {
                let details: Vec<Value> = match args.get(1) {
                    Some(Value::Obj(g)) => match g.obj() {
                        Obj::Tuple(t) => t.to_vec(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                let i = match name {
                    "msg" => return Some(first),
                    "filename" => 0,
                    "lineno" => 1,
                    "offset" => 2,
                    "text" => 3,
                    "end_lineno" => 4,
                    _ => 5,
                };
                Some(details.get(i).copied().unwrap_or(Value::None))
            }
            "msg" if is(self, "ImportError") => Some(first),
            "name" | "obj" if is(self, "AttributeError") || is(self, "NameError") => {
                Some(Value::None)
            }
            _ => None,
        }
    }

    /// Creates a class with the C3 linearization of its bases (builtin or user classes).
    pub fn new_class(&self, name: &str, bases: Vec<Gc>, mut dict: Dict) -> Gc {
        // Every class has its own `__doc__` (None without one), so a base's (or object's)
        // docstring is never found through the MRO, as in CPython.
        let dk = self.names.doc;
        let dh = crate::strs::as_str(dk)
            .map(crate::strs::str_hash)
            .unwrap_or(0);
        if dict.get_str(dk, dh).is_none() {
            dict.insert_new(dh, Value::Obj(dk), Value::None);
        }
        let kinds: Vec<Kind> = bases.iter().map(|b| self.layout_kind(*b)).collect();
        let kind = [
            Kind::Exception,
            Kind::List,
            Kind::Dict,
            Kind::Set,
            Kind::Value,
            Kind::Type,
        ]
        .into_iter()
        .find(|k| kinds.contains(k))
        .unwrap_or(Kind::Object);
        let cls = self.alloc(Obj::Class(Box::new(Class {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            own_dict: RefCell::new(dict),
            methods_pending: Cell::new(false),
            kind: Cell::new(kind),
            is_builtin: false,
            lookup_cache: RefCell::new(hashbrown::HashMap::new()),
            cache_epoch: Cell::new(0),
            flags_cache: Cell::new((0, 0)),
            init_cache: Cell::new((0, Value::Empty)),
            meta: Cell::new(None),
            attr_hint: Cell::new(0),
            shared_keys: Default::default(),
            born: crate::object::class_serial(),
            c_name: RefCell::new(None),
        })));
        let mro = crate::mro::c3(self, cls, &bases).unwrap_or_else(|| vec![cls]);
        if let Obj::Class(c) = cls.obj() {
            *c.mro.borrow_mut() = mro;
            classes_changed();
        }
        cls
    }

    /// A new exception instance of class `cls` with these args.
    pub fn new_exception(&mut self, cls: Gc, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        Value::Obj(self.alloc(Obj::Instance(Instance::with_extra(
            cls,
            Extra::Exc(RefCell::new(ExcData {
                args,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })),
        ))))
    }

    /// Raises `exc` (an exception instance): parks it and returns the marker.
    #[cold]
    pub fn raise(&mut self, exc: Value) -> Raised {
        // Implicit chaining: the exception being handled becomes the new one's context.
        if let Value::Obj(g) = exc {
            if let Some(d) = match g.obj() {
                Obj::Instance(i) => i.exc(),
                _ => None,
            } {
                if let Ok(mut d) = d.try_borrow_mut() {
                    if d.context.is_none() && !self.handled.is_none() && !self.handled.is(&exc) {
                        d.context = self.handled;
                    }
                }
            }
        }
        self.raised = exc;
        Raised
    }

    /// Raises a builtin exception by class name with a message.
    #[cold]
    pub fn raise_msg(&mut self, cls: &str, msg: impl Into<String>) -> Raised {
        let cls = self.exc_class(cls);
        let m = self.new_string(msg.into());
        let e = self.new_exception(cls, vec![m]);
        self.raise(e)
    }

    #[cold]
    pub fn type_error(&mut self, msg: impl Into<String>) -> Raised {
        self.raise_msg("TypeError", msg)
    }

    #[cold]
    pub fn value_error(&mut self, msg: impl Into<String>) -> Raised {
        self.raise_msg("ValueError", msg)
    }

    /// Raises a builtin exception with arbitrary args (e.g. KeyError(key)).
    #[cold]
    pub fn raise_with(&mut self, cls: &str, args: Vec<Value>) -> Raised {
        let cls = self.exc_class(cls);
        let e = self.new_exception(cls, args);
        self.raise(e)
    }

    /// Whether the exception in flight is an instance of the named builtin class.
    pub fn raised_is(&self, name: &str) -> bool {
        self.exc_class_made(name)
            .is_some_and(|cls| self.isinstance(self.raised, cls))
    }

    /// Takes the exception in flight.
    pub fn take_raised(&mut self) -> Value {
        std::mem::replace(&mut self.raised, Value::Empty)
    }

    pub fn exc_data(v: Value) -> Option<&'static RefCell<ExcData>> {
        match v {
            Value::Obj(g) => match g.obj() {
                // SAFETY: the instance outlives the short borrow callers make; see strs::as_str.
                Obj::Instance(i) => i.exc().map(|d| unsafe { &*(d as *const RefCell<ExcData>) }),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn add_traceback(
        &mut self,
        exc: Value,
        code: &'static kestrel_compiler::CodeObject,
        pc: u32,
    ) {
        if let Some(d) = Self::exc_data(exc) {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.traceback.push((code, pc));
            }
        }
    }

    /// `Type: message` as the last line of a traceback.
    pub fn exception_summary(&mut self, exc: Value) -> String {
        let cls = self.type_of(exc);
        let name = self.class_name(cls);
        // CPython names the module of classes outside builtins and __main__ (`re.error`).
        let module_prefix = match self.getattr_str(Value::Obj(cls), "__module__") {
            Ok(m) => match self.str_of(m) {
                Ok(m) if m != "builtins" && m != "__main__" && !m.is_empty() => format!("{m}."),
                _ => String::new(),
            },
            Err(_) => {
                self.raised = Value::Empty;
                String::new()
            }
        };
        let msg = match self.str_of(exc) {
            Ok(s) => s,
            Err(_) => {
                self.raised = Value::Empty;
                "<exception str() failed>".into()
            }
        };
        if msg.is_empty() {
            format!("{module_prefix}{name}")
        } else {
            format!("{module_prefix}{name}: {msg}")
        }
    }

    /// Prints an uncaught exception as CPython does, including its cause/context chain.
    pub fn print_exception(&mut self, exc: Value) {
        self.out.flush();
        let text = self.format_exception(exc, 0);
        eprint!("{text}");
    }

    fn format_exception(&mut self, exc: Value, _depth: usize) -> String {
        self.format_exception_text(exc)
    }

    /// A SyntaxError with location details reports as CPython does: the file and line, the
    /// source line with a caret, then `SyntaxError: msg`.
    #[cold]
    pub(crate) fn syntax_error_report(&mut self, exc: Value) -> Option<String> {
        let cls = self.exc_class_made("SyntaxError")?;
        if !self.isinstance(exc, cls) {
            return None;
        }
        let args = Self::exc_data(exc)?.borrow().args;
        let Value::Obj(ag) = args else { return None };
        let Obj::Tuple(items) = ag.obj() else {
            return None;
        };
        let [msg, Value::Obj(dg)] = items[..] else {
            return None;
        };
        let Obj::Tuple(d) = dg.obj() else { return None };
        let file = self.str_of(*d.first()?).ok()?;
        let line = self.str_of(*d.get(1)?).ok()?;
        let mut out = format!("  File \"{file}\", line {line}\n");
        if let (Some(Value::Obj(t)), Some(Value::Int(off))) = (d.get(3), d.get(2)) {
            if let Some(t) = crate::strs::as_str(*t) {
                let text = t.s.trim_end_matches('\n');
                let trimmed = text.trim_start();
                let indent = text.chars().count() - trimmed.chars().count();
                let col = (*off as usize).saturating_sub(1).saturating_sub(indent);
                out.push_str(&format!(
                    "    {}\n    {}^\n",
                    trimmed.trim_end(),
                    " ".repeat(col)
                ));
            }
        }
        let name = self.type_name(exc);
        let msg = self.str_of(msg).ok()?;
        out.push_str(&format!("{name}: {msg}\n"));
        Some(out)
    }
}
