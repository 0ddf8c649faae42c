//! Modules and `import`: the `sys.modules` cache, host-provided modules (sys, math), the core
//! library's own Python modules, and `.py` files and packages on `sys.path` (or, for
//! submodules, on their parent's `__path__`), with relative imports resolved against the
//! importing module's `__package__`.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::path::PathBuf;

thread_local! {
    /// Modules whose code is running now (a `from m import x` failing on one of these is a
    /// circular import, reported as CPython does).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `-X importtime`: report each module's import time on stderr.
pub static IMPORT_TIME: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    /// Microseconds spent in nested imports, per import in progress (`-X importtime`).
    static IMPORT_NESTING: std::cell::RefCell<Vec<u128>> = const { std::cell::RefCell::new(Vec::new()) };
    static IMPORT_HEADER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where a module's source was found.
struct Found {
    file: PathBuf,
    /// The package directory when the module is a package (`dir/__init__.py`).
    package_dir: Option<PathBuf>,
}

impl Vm {
    pub fn new_module(&mut self, name: &str) -> Gc {
        let mut ns = Dict::new();
        ns.namespace = true;
        let d = self.new_dict(ns);
        let Value::Obj(dg) = d else { unreachable!() };
        let n = self.new_str(name);
        let k = self.intern("__name__");
        self.dict_set_str(dg, k, n);
        let k = self.intern("__doc__");
        self.dict_set_str(dg, k, Value::None);
        let b = self.intern("__builtins__");
        let bv = Value::Obj(self.builtins);
        self.dict_set_str(dg, b, bv);
        self.alloc(Obj::Module(dg, n))
    }

    pub fn module_dict(m: Gc) -> Gc {
        match m.obj() {
            Obj::Module(d, _) => *d,
            _ => m,
        }
    }

    /// The `builtins` module: a module object over the builtins namespace itself, so that
    /// assigning `builtins.x` defines a builtin.
    pub fn builtins_module(&mut self) -> Gc {
        let key = self.intern("builtins");
        if let Some(Value::Obj(m)) = self.dict_get_str(self.modules, key) {
            if matches!(m.obj(), Obj::Module(d, _) if d.ptr_eq(self.builtins)) {
                return m;
            }
        }
        let m = self.alloc(Obj::Module(self.builtins, Value::Obj(key)));
        self.dict_set_str(self.modules, key, Value::Obj(m));
        m
    }

    /// A module attribute the namespace lacks: `__dict__`, the lazily made builtins, a
    /// module-level `__getattr__` (PEP 562), or AttributeError.
    #[cold]
    pub fn module_getattr_missing(&mut self, obj: Value, d: Gc, name: Gc) -> PyResult<Value> {
        let n = crate::strs::as_str(name)
            .map(|s| s.s.to_string())
            .unwrap_or_default();
        if n == "__name__" {
            if let Value::Obj(g) = obj {
                if let Obj::Module(_, nm) = g.obj() {
                    return Ok(*nm);
                }
            }
        }
        if n == "__dict__" {
            if d.ptr_eq(self.builtins) {
                self.complete_builtins();
            }
            return Ok(Value::Obj(d));
        }
        if d.ptr_eq(self.builtins) {
            if let Some(v) = self.builtin_lookup(name) {
                return Ok(v);
            }
        }
        if let Some(hook) = self.module_attr_hook {
            if let Some(v) = hook(self, obj, &n)? {
                return Ok(v);
            }
        }
        let ga = self.intern("__getattr__");
        if let Some(f) = self.dict_get_str(d, ga) {
            return self.call_value(f, &[Value::Obj(name)], &[]);
        }
        let m = self.module_name(obj);
        Err(self.raise_msg(
            "AttributeError",
            format!("module '{m}' has no attribute '{n}'"),
        ))
    }

    /// Runs module-level code in a module's namespace.
    pub fn exec_module_code(
        &mut self,
        code: &'static kestrel_compiler::CodeObject,
        m: Gc,
    ) -> PyResult<()> {
        let globals = Self::module_dict(m);
        self.exec_code(code, globals, None).map(|_| ())
    }

    /// Runs a code object with these globals and (for `exec`/`eval` code) locals mapping;
    /// returns what the code returns (an `eval` code's value).
    pub fn exec_code(
        &mut self,
        code: &'static kestrel_compiler::CodeObject,
        globals: Gc,
        locals: Option<Gc>,
    ) -> PyResult<Value> {
        let f = self.new_function(code, globals, Vec::new(), Value::None, Vec::new());
        let Value::Obj(fg) = f else { unreachable!() };
        self.extra_roots.push(f);
        if let Some(l) = locals {
            self.extra_roots.push(Value::Obj(l));
        }
        let r = self.run_function(fg, Vec::new(), crate::vm::FrameKind::Normal, locals);
        if locals.is_some() {
            self.extra_roots.pop();
        }
        self.extra_roots.pop();
        r
    }

    /// The `import` instruction. `name` ends in "\0from" for `from name import ...`, which
    /// wants the named module itself rather than its top-level package; a relative import's
    /// level is its count of leading dots.
    pub fn import_stmt(&mut self, name: &str) -> PyResult<Value> {
        let (name, fromlist) = match name.split_once("\0from") {
            Some((n, rest)) => (n, Some(rest)),
            None => (name, None),
        };
        let level = name.len() - name.trim_start_matches('.').len();
        let globals = self.frames.last().map(|f| f.globals);
        // The core library's own imports bypass a replaced hook: CPython has those modules
        // loaded before any program runs.
        let frozen = self
            .frames
            .last()
            .is_some_and(|f| f.code.filename.starts_with("<frozen "));
        if let Some(f) = self.replaced_import().filter(|_| !frozen) {
            return self.call_replaced_import(f, &name[level..], globals, fromlist, level);
        }
        self.import_level(&name[level..], globals, level, fromlist.is_some())
    }

    /// `builtins.__import__` when a program has replaced it (the import statement then
    /// calls it, as CPython does).
    fn replaced_import(&self) -> Option<Value> {
        let k = self.intern("__import__");
        match self.dict_get_str(self.builtins, k)? {
            Value::Obj(g) if matches!(g.obj(), Obj::Native(nf) if nf.name == "__import__") => None,
            v => Some(v),
        }
    }

    #[cold]
    fn call_replaced_import(
        &mut self,
        f: Value,
        name: &str,
        globals: Option<Gc>,
        fromlist: Option<&str>,
        level: usize,
    ) -> PyResult<Value> {
        let n = self.new_str(name);
        let g = globals.map(Value::Obj).unwrap_or(Value::None);
        let l = match self.frames.last().and_then(|f| f.locals) {
            Some(l) => Value::Obj(l),
            None => Value::None,
        };
        let fl = match fromlist {
            Some(rest) => {
                let names: Vec<Value> = rest.split('\0').skip(1).map(|s| self.new_str(s)).collect();
                self.new_tuple(names)
            }
            None => Value::None,
        };
        self.call_value(f, &[n, g, l, fl, Value::Int(level as i64)], &[])
    }

    /// `__import__(name, globals, level=level)`: the module named (resolved against the
    /// package of `globals` when `level` > 0), or its top-level package unless `leaf`.
    pub fn import_level(
        &mut self,
        name: &str,
        globals: Option<Gc>,
        level: usize,
        leaf: bool,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let mut top = None;
        let mut last = None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix)?;
            if let Some(parent) = last {
                let k = self.intern(part);
                let pd = Self::module_dict(parent);
                if matches!(pd.obj(), Obj::Dict(_)) {
                    self.dict_set_str(pd, k, Value::Obj(m));
                }
            }
            if top.is_none() {
                top = Some(m);
            }
            last = Some(m);
        }
        // `from . import x` and `__import__(..., level=1)` return the resolved module itself.
        let m = if leaf || level > 0 { last } else { top };
        Ok(m.map(Value::Obj).unwrap_or(Value::None))
    }

    /// The absolute name of a relative import, from the importer's `__package__` (or its
    /// `__name__`, and `__path__` marking a package).
    fn resolve_relative(
        &mut self,
        name: &str,
        globals: Option<Gc>,
        level: usize,
    ) -> PyResult<String> {
        let mut package = String::new();
        if let Some(g) = globals {
            let k = self.intern("__package__");
            match self.dict_get_str(g, k) {
                Some(v) if !v.is_none() => package = self.str_of(v)?,
                _ => {
                    let k = self.intern("__name__");
                    if let Some(n) = self.dict_get_str(g, k) {
                        let n = self.str_of(n)?;
                        let p = self.intern("__path__");
                        package = if self.dict_get_str(g, p).is_some() {
                            n
                        } else {
                            n.rsplit_once('.')
                                .map(|(a, _)| a.to_string())
                                .unwrap_or_default()
                        };
                    }
                }
            }
        }
        if package.is_empty() {
            return Err(self.raise_msg(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((a, _)) => base = a,
                None => {
                    return Err(self.raise_msg(
                        "ImportError",
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports one module by its full name (its parent package already imported).
    pub fn import_one(&mut self, name: &str) -> PyResult<Gc> {
        let key = self.new_str(name);
        let cached = self.dict_getitem_opt(Value::Obj(self.modules), key)?;
        match cached {
            Some(Value::Obj(m)) => return Ok(m),
            Some(Value::None) => {
                let e = self.module_not_found(
                    name,
                    format!("import of {name} halted; None in sys.modules"),
                );
                return Err(e);
            }
            Some(v) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("sys.modules['{name}'] is a '{t}'")));
            }
            None => {}
        }
        if IMPORT_TIME.load(std::sync::atomic::Ordering::Relaxed) {
            return self.load_module_timed(name, key);
        }
        self.load_module(name, key)
    }

    /// `-X importtime`: loads a module and reports its self and cumulative time in
    /// microseconds on stderr, indented by nesting, as CPython does.
    #[cold]
    fn load_module_timed(&mut self, name: &str, key: Value) -> PyResult<Gc> {
        let depth = IMPORT_NESTING.with(|n| {
            let mut n = n.borrow_mut();
            n.push(0);
            n.len()
        });
        if depth == 1 && !IMPORT_HEADER.with(|h| h.replace(true)) {
            self.out.flush();
            eprintln!("import time: self [us] | cumulative | imported package");
        }
        let start = std::time::Instant::now();
        let r = self.load_module(name, key);
        let total = start.elapsed().as_micros();
        let children = IMPORT_NESTING.with(|n| {
            let mut n = n.borrow_mut();
            let c = n.pop().unwrap_or(0);
            if let Some(parent) = n.last_mut() {
                *parent += total;
            }
            c
        });
        if r.is_ok() {
            let own = total.saturating_sub(children);
            let indent = "  ".repeat(depth - 1);
            self.out.flush();
            eprintln!("import time: {own:>9} | {total:>10} | {indent}{name}");
        }
        r
    }

    fn load_module(&mut self, name: &str, key: Value) -> PyResult<Gc> {
        if let Some(loader) = self.native_modules.get(name).copied() {
            let m = loader(self)?;
            self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
            return Ok(m);
        }
        if let Some((code, package)) = self.frozen_code(name)? {
            return self.load_frozen(name, key, code, package);
        }
        let Some(found) = self.find_source(name)? else {
            let mut msg = format!("No module named '{name}'");
            if let Some((parent, _)) = name.rsplit_once('.') {
                let pk = self.new_str(parent);
                if let Some(p) = self.dict_getitem_opt(Value::Obj(self.modules), pk)? {
                    if self.getattr_str(p, "__path__").is_err() {
                        self.raised = Value::Empty;
                        msg = format!("{msg}; '{parent}' is not a package");
                    }
                }
            }
            return Err(self.module_not_found(name, msg));
        };
        // CPython's search path holds absolute directories, so `__file__` is absolute.
        let path = std::path::absolute(&found.file).unwrap_or(found.file);
        let fname = path.to_string_lossy().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => return Err(self.raise_msg("ImportError", format!("{e}"))),
        };
        // PEP 263: a coding cookie or BOM; undecodable bytes are a SyntaxError.
        use kestrel_grammar::decode::{decode_source, Origin};
        let src = match decode_source(&bytes, Origin::Other) {
            // As CPython's importer, which compiles the text as a string.
            Ok(src) if src.contains('\0') => {
                return Err(self.raise_msg(
                    "SyntaxError",
                    "source code string cannot contain null bytes",
                ))
            }
            Ok(src) => src.into_owned(),
            Err(e) => {
                let text = String::from_utf8_lossy(&bytes);
                return Err(self.raise_syntax_error_src(&e, &fname, Some(&text)));
            }
        };
        let code = match kestrel_compiler::compile_source(&src, &fname) {
            Ok(c) => c,
            Err(e) => return Err(self.raise_syntax_error_src(&e, &fname, Some(&src))),
        };
        self.issue_compile_warnings(&fname, Some(&src))?;
        let m = self.new_module(name);
        let md = Self::module_dict(m);
        let fv = self.new_string(fname.clone());
        self.set_str_item(md, "__file__", fv);
        let package = match &found.package_dir {
            Some(dir) => {
                let d = std::path::absolute(dir).unwrap_or(dir.clone());
                let d = self.new_string(d.to_string_lossy().to_string());
                let p = self.new_list(vec![d]);
                self.set_str_item(md, "__path__", p);
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default(),
        };
        let pv = self.new_string(package);
        self.set_str_item(md, "__package__", pv);
        self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
        let spec = self.new_spec(name, &fname, found.package_dir.is_some())?;
        self.set_str_item(md, "__spec__", spec);
        self.run_new_module(name, key, m, code).map(|_| m)
    }

    /// Makes and runs a core-library module: `__package__`, `__spec__` (origin "frozen", as
    /// CPython's frozen modules) and, for a package, an empty `__path__` (its submodules are
    /// frozen too, found by their dotted names before any search path).
    fn load_frozen(
        &mut self,
        name: &str,
        key: Value,
        code: &'static kestrel_compiler::CodeObject,
        package: bool,
    ) -> PyResult<Gc> {
        let m = self.new_module(name);
        let md = Self::module_dict(m);
        self.extra_roots.push(Value::Obj(m));
        let pv = if package {
            name
        } else {
            name.rsplit_once('.').map(|(a, _)| a).unwrap_or("")
        };
        let pv = self.new_str(pv);
        self.set_str_item(md, "__package__", pv);
        if package {
            let p = self.new_list(Vec::new());
            self.set_str_item(md, "__path__", p);
        }
        // The bootstrap module makes the specs, so its own is made once it has run.
        let bootstrap = name == "_frozen_importlib";
        if !bootstrap {
            let spec = self.frozen_spec(name, package);
            match spec {
                Ok(spec) => self.set_str_item(md, "__spec__", spec),
                Err(e) => {
                    self.extra_roots.pop();
                    return Err(e);
                }
            }
        }
        let r = self.run_new_module(name, key, m, code);
        self.extra_roots.pop();
        r?;
        if bootstrap {
            let spec = self.frozen_spec(name, package)?;
            self.set_str_item(md, "__spec__", spec);
        }
        Ok(m)
    }

    /// `_frozen_importlib._frozen_spec(name, package)`: a core-library module's `__spec__`.
    fn frozen_spec(&mut self, name: &str, package: bool) -> PyResult<Value> {
        let bootstrap = self.import_one("_frozen_importlib")?;
        let f = self.getattr_str(Value::Obj(bootstrap), "_frozen_spec")?;
        let n = self.new_str(name);
        self.call_value(f, &[n, Value::Bool(package)], &[])
    }

    /// Runs a new module's code with it entered in `sys.modules` (removed again if it fails).
    fn run_new_module(
        &mut self,
        name: &str,
        key: Value,
        m: Gc,
        code: &'static kestrel_compiler::CodeObject,
    ) -> PyResult<()> {
        self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
        let r = self.exec_module_code(code, m);
        INITIALIZING.with(|i| i.borrow_mut().pop());
        if let Err(e) = r {
            let ex = self.take_raised();
            self.dict_remove(Value::Obj(self.modules), key)?;
            self.raised = ex;
            return Err(e);
        }
        Ok(())
    }

    /// Whether the named module's code is still running (a circular import).
    pub fn module_initializing(&self, name: &str) -> bool {
        INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
    }

    fn set_str_item(&mut self, d: Gc, name: &str, v: Value) {
        let k = self.intern(name);
        self.dict_set_str(d, k, v);
    }

    /// A `__spec__` for a module loaded from a file (`_frozen_importlib.ModuleSpec`).
    pub fn new_spec(&mut self, name: &str, origin: &str, package: bool) -> PyResult<Value> {
        let bootstrap = self.import_one("_frozen_importlib")?;
        let cls = self.getattr_str(Value::Obj(bootstrap), "ModuleSpec")?;
        let n = self.new_str(name);
        let o = self.new_str(origin);
        self.call_value(cls, &[n, o, Value::Bool(package)], &[])
    }

    /// ModuleNotFoundError with its `name` attribute.
    #[cold]
    pub fn module_not_found(&mut self, name: &str, msg: String) -> Raised {
        let cls = self.exc_class("ModuleNotFoundError");
        let m = self.new_string(msg);
        let e = self.new_exception(cls, vec![m]);
        let n = self.new_str(name);
        self.set_exc_attr(e, "name", n);
        self.raise(e)
    }

    /// Stores an attribute in an exception instance's dict.
    pub fn set_exc_attr(&mut self, e: Value, name: &str, v: Value) {
        if let Value::Obj(g) = e {
            if let Obj::Instance(i) = g.obj() {
                let k = self.intern(name);
                let h = crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
                let mut d = i.dict().borrow_mut();
                match d.find(h, |x| matches!(x, Value::Obj(xg) if xg.ptr_eq(k))) {
                    Some(idx) => d.set_at(idx, v),
                    None => d.insert_new(h, Value::Obj(k), v),
                }
            }
        }
    }

    /// The directories to search: the parent package's `__path__` for a submodule, else
    /// `sys.path` (once `sys` exists; the host's search path before that).
    fn search_dirs(&mut self, name: &str) -> PyResult<Vec<PathBuf>> {
        let list = if let Some((parent, _)) = name.rsplit_once('.') {
            let key = self.new_str(parent);
            let Some(p) = self.dict_getitem_opt(Value::Obj(self.modules), key)? else {
                return Ok(Vec::new());
            };
            match self.getattr_str(p, "__path__") {
                Ok(v) => v,
                Err(_) => {
                    self.raised = Value::Empty;
                    return Ok(Vec::new());
                }
            }
        } else {
            match self.sys_module {
                Some(sys) => {
                    let k = self.intern("path");
                    match self.dict_get_str(Self::module_dict(sys), k) {
                        Some(v) => v,
                        None => return Ok(self.search_path.clone()),
                    }
                }
                None => return Ok(self.search_path.clone()),
            }
        };
        let items = self.collect_iter(list)?;
        let mut dirs = Vec::new();
        for v in items {
            if let Value::Obj(g) = v {
                if let Some(s) = crate::strs::as_str(g) {
                    dirs.push(if s.s.is_empty() {
                        PathBuf::from(".")
                    } else {
                        PathBuf::from(&*s.s)
                    });
                }
            }
        }
        Ok(dirs)
    }

    fn find_source(&mut self, name: &str) -> PyResult<Option<Found>> {
        let last = name.rsplit('.').next().unwrap_or(name);
        for dir in self.search_dirs(name)? {
            let pkg = dir.join(last);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Ok(Some(Found {
                    file: init,
                    package_dir: Some(pkg),
                }));
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return Ok(Some(Found {
                    file,
                    package_dir: None,
                }));
            }
        }
        Ok(None)
    }

    /// The code of a core-library module: its static code object, or (thawed) its source
    /// compiled now; and whether it is a package.
    fn frozen_code(
        &mut self,
        name: &str,
    ) -> PyResult<Option<(&'static kestrel_compiler::CodeObject, bool)>> {
        let Some(m) = self.frozen.iter().find(|m| m.name == name) else {
            return Ok(None);
        };
        if self.use_frozen {
            return Ok(Some((m.code, m.package)));
        }
        let file = format!("<thawed {name}>");
        match kestrel_compiler::compile_source(m.source, &file) {
            Ok(c) => Ok(Some((c, m.package))),
            Err(e) => Err(self.raise_syntax_error(&e, &file)),
        }
    }

    /// The source of a core-library module (for `-m`), if there is one (a package is not
    /// run).
    pub fn frozen_source(&self, name: &str) -> Option<&'static str> {
        self.frozen
            .iter()
            .find(|m| m.name == name && !m.package)
            .map(|m| m.source)
    }

    /// Raises a SyntaxError (or IndentationError) for a compile error.
    pub fn raise_syntax_error(&mut self, e: &kestrel_compiler::SyntaxError, file: &str) -> Raised {
        self.raise_syntax_error_src(e, file, None)
    }

    /// Raises a SyntaxError with CPython's args: `(msg, (filename, lineno, offset, text))`.
    pub fn raise_syntax_error_src(
        &mut self,
        e: &kestrel_compiler::SyntaxError,
        file: &str,
        src: Option<&str>,
    ) -> Raised {
        let cls = e.kind.class_name();
        if !e.kind.is_syntax() {
            // Nesting too deep to compile: a RecursionError or a bare MemoryError.
            let args = match e.msg.is_empty() {
                true => vec![],
                false => vec![self.new_str(&e.msg)],
            };
            return self.raise_with(cls, args);
        }
        let msg = self.new_str(&e.msg);
        let f = self.new_str(file);
        let text = match src.and_then(|s| s.lines().nth((e.line as usize).saturating_sub(1))) {
            Some(t) => self.new_string(format!("{t}\n")),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            f,
            Value::Int(e.line as i64),
            Value::Int(e.col as i64 + 1),
            text,
        ]);
        self.raise_with(cls, vec![msg, details])
    }
}
