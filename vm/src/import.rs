//! Modules and `import`: the `sys.modules` cache, host-provided modules (sys, math), the core
//! library's own Python modules, and `.py` files on the search path (the script's folder).

use crate::dict::Dict;
use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

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

    /// Runs module-level code in a module's namespace.
    pub fn exec_module_code(
        &mut self,
        code: &'static kestrel_compiler::CodeObject,
        m: Gc,
    ) -> PyResult<()> {
        let globals = Self::module_dict(m);
        let f = self.new_function(code, globals, Vec::new(), Value::None, Vec::new());
        let Value::Obj(fg) = f else { unreachable!() };
        self.extra_roots.push(f);
        let r = self.run_function(fg, Vec::new(), crate::vm::FrameKind::Normal, None);
        self.extra_roots.pop();
        r.map(|_| ())
    }

    /// The `import` instruction. `name` ends in "\0from" for `from name import ...`, which
    /// wants the named module itself rather than its top-level package.
    pub fn import_stmt(&mut self, name: &str) -> PyResult<Value> {
        let (name, from) = match name.strip_suffix("\0from") {
            Some(n) => (n, true),
            None => (name, false),
        };
        let mut top = None;
        let mut last = None;
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix)?;
            if let Some(parent) = last {
                let k = self.intern(part);
                let pd = Self::module_dict(parent);
                self.dict_set_str(pd, k, Value::Obj(m));
            }
            if top.is_none() {
                top = Some(m);
            }
            last = Some(m);
        }
        let m = if from { last } else { top };
        Ok(m.map(Value::Obj).unwrap_or(Value::None))
    }

    fn import_one(&mut self, name: &str) -> PyResult<Gc> {
        let key = self.new_str(name);
        if let Some(Value::Obj(m)) = self.dict_getitem_opt(Value::Obj(self.modules), key)? {
            return Ok(m);
        }
        if let Some(loader) = self.native_modules.get(name).copied() {
            let m = loader(self)?;
            self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
            return Ok(m);
        }
        if let Some(code) = self.frozen_code(name)? {
            let m = self.new_module(name);
            self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
            if let Err(e) = self.exec_module_code(code, m) {
                self.dict_remove(Value::Obj(self.modules), key)?;
                return Err(e);
            }
            return Ok(m);
        }
        let rel = name.replace('.', "/");
        let mut found = None;
        for dir in self.search_path.clone() {
            let file = dir.join(format!("{rel}.py"));
            if file.is_file() {
                found = Some(file);
                break;
            }
            let pkg = dir.join(&rel).join("__init__.py");
            if pkg.is_file() {
                found = Some(pkg);
                break;
            }
        }
        let Some(path) = found else {
            return Err(self.raise_msg("ModuleNotFoundError", format!("No module named '{name}'")));
        };
        // CPython's search path holds absolute directories, so `__file__` is absolute.
        let path = std::path::absolute(&path).unwrap_or(path);
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => return Err(self.raise_msg("ImportError", format!("{e}"))),
        };
        let fname = path.to_string_lossy().to_string();
        let code = match kestrel_compiler::compile_source(&src, &fname) {
            Ok(c) => c,
            Err(e) => return Err(self.raise_syntax_error(&e, &fname)),
        };
        let m = self.new_module(name);
        let fk = self.intern("__file__");
        let fv = self.new_string(fname);
        self.dict_set_str(Self::module_dict(m), fk, fv);
        self.dict_setitem(Value::Obj(self.modules), key, Value::Obj(m))?;
        if let Err(e) = self.exec_module_code(code, m) {
            self.dict_remove(Value::Obj(self.modules), key)?;
            return Err(e);
        }
        Ok(m)
    }

    /// The code of a core-library module: its static code object, or (thawed) its source
    /// compiled now.
    fn frozen_code(
        &mut self,
        name: &str,
    ) -> PyResult<Option<&'static kestrel_compiler::CodeObject>> {
        let Some(m) = self.frozen.iter().find(|m| m.name == name) else {
            return Ok(None);
        };
        if self.use_frozen {
            return Ok(Some(m.code));
        }
        let file = format!("<thawed {name}>");
        match kestrel_compiler::compile_source(m.source, &file) {
            Ok(c) => Ok(Some(c)),
            Err(e) => Err(self.raise_syntax_error(&e, &file)),
        }
    }

    /// Raises a SyntaxError (or IndentationError) for a compile error.
    pub fn raise_syntax_error(&mut self, e: &kestrel_compiler::SyntaxError, file: &str) -> Raised {
        let cls = match e.kind {
            kestrel_compiler::ErrorKind::Syntax => "SyntaxError",
            kestrel_compiler::ErrorKind::Indentation => "IndentationError",
            kestrel_compiler::ErrorKind::Tab => "TabError",
        };
        let msg = self.new_str(&e.msg);
        let _ = file;
        self.raise_with(cls, vec![msg])
    }
}
