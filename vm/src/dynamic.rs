//! The slow paths behind the dynamic features: name lookup through a non-dict `locals`
//! mapping (`exec`/`eval`), `from m import x` when `m` lacks `x` (submodules, circular
//! imports), `from m import *`, code object attributes and the `locals()` snapshot.

use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

impl Vm {
    /// `LOAD_NAME` with a locals mapping that is not a dict: `locals[name]`, then the
    /// globals, then the builtins.
    #[cold]
    pub fn load_name_mapping(&mut self, locals: Gc, name: Gc) -> PyResult<Value> {
        match self.getitem(Value::Obj(locals), Value::Obj(name)) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !self.raised_is("KeyError") {
                    return Err(e);
                }
                self.raised = Value::Empty;
            }
        }
        let g = self
            .frames
            .last()
            .map(|f| f.globals)
            .expect("running frame");
        if let Some(v) = self.dict_get_str(g, name) {
            return Ok(v);
        }
        if let Some(v) = self.builtin_lookup(name) {
            return Ok(v);
        }
        let n = crate::strs::as_str(name)
            .map(|s| s.s.to_string())
            .unwrap_or_default();
        Err(self.raise_msg("NameError", format!("name '{n}' is not defined")))
    }

    /// `from m import name` where `m` has no attribute `name`: a package's submodule is
    /// imported; otherwise ImportError, worded for a circular import when `m` is still
    /// initializing.
    #[cold]
    pub fn import_from_missing(&mut self, m: Value, name: Gc) -> PyResult<Value> {
        let n = crate::strs::as_str(name)
            .map(|s| s.s.to_string())
            .unwrap_or_default();
        let mname = match self.getattr_str(m, "__name__") {
            Ok(v) => self.str_of(v)?,
            Err(_) => {
                self.raised = Value::Empty;
                "<unknown module name>".into()
            }
        };
        let is_package = match self.getattr_str(m, "__path__") {
            Ok(_) => true,
            Err(_) => {
                self.raised = Value::Empty;
                false
            }
        };
        if is_package {
            let full = format!("{mname}.{n}");
            match self.import_one(&full) {
                Ok(sub) => {
                    if let Value::Obj(mg) = m {
                        let d = Self::module_dict(mg);
                        if matches!(d.obj(), Obj::Dict(_)) {
                            self.dict_set_str(d, name, Value::Obj(sub));
                        }
                    }
                    return Ok(Value::Obj(sub));
                }
                Err(e) => {
                    if !self.raised_is("ModuleNotFoundError") {
                        return Err(e);
                    }
                    self.raised = Value::Empty;
                }
            }
        }
        let file = match self.getattr_str(m, "__file__") {
            Ok(f) if !f.is_none() => self.str_of(f)?,
            _ => {
                self.raised = Value::Empty;
                "unknown location".into()
            }
        };
        let msg = if self.module_initializing(&mname) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({file})"
            )
        } else {
            format!("cannot import name '{n}' from '{mname}' ({file})")
        };
        let cls = self.exc_class("ImportError");
        let mv = self.new_string(msg);
        let e = self.new_exception(cls, vec![mv]);
        let nv = self.new_string(mname);
        self.set_exc_attr(e, "name", nv);
        Err(self.raise(e))
    }

    /// `from m import *` into the namespace `ns`: the names in `m.__all__`, else every
    /// public name.
    #[cold]
    pub fn import_star_into(&mut self, m: Value, ns: Gc) -> PyResult<()> {
        let Value::Obj(mg) = m else { return Ok(()) };
        let d = Self::module_dict(mg);
        let all_key = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str(d, all_key) {
            Some(all) => self.collect_iter(all)?,
            None => {
                let keys: Vec<Value> = match d.obj() {
                    Obj::Dict(dd) => dd.borrow().iter().map(|e| e.key).collect(),
                    _ => Vec::new(),
                };
                keys.into_iter()
                    .filter(|k| {
                        !matches!(k, Value::Obj(g)
                            if crate::strs::as_str(*g).is_some_and(|s| s.s.starts_with('_')))
                    })
                    .collect()
            }
        };
        for k in names {
            let Value::Obj(kg) = k else {
                let t = self.type_name(k);
                return Err(self.type_error(format!(
                    "Item in {}.__all__ must be str, not {t}",
                    self.module_name(m)
                )));
            };
            let Some(s) = crate::strs::as_str(kg) else {
                let t = self.type_name(k);
                return Err(self.type_error(format!(
                    "Item in {}.__all__ must be str, not {t}",
                    self.module_name(m)
                )));
            };
            let key = self.intern(&s.s);
            let v = self.getattr(m, key)?;
            if matches!(ns.obj(), Obj::Dict(_)) {
                self.dict_set_str(ns, key, v);
            } else {
                self.setitem(Value::Obj(ns), Value::Obj(key), v)?;
            }
        }
        Ok(())
    }

    /// An exception's `args` as Python sees them: an OSError made with a filename keeps it
    /// out of `args` (`(errno, strerror)`), as CPython does.
    #[cold]
    pub fn visible_exc_args(&mut self, exc: Value, args: Value) -> Value {
        let Value::Obj(ag) = args else { return args };
        let Obj::Tuple(t) = ag.obj() else { return args };
        if !(3..=5).contains(&t.len()) {
            return args;
        }
        let os = self
            .exc_class_made("OSError")
            .is_some_and(|c| self.isinstance(exc, c));
        if !os {
            return args;
        }
        let first_two = t[..2].to_vec();
        self.new_tuple(first_two)
    }

    /// `code.co_positions` bound to `c`: calling it iterates over `(line, end_line, col,
    /// end_col)` of each of Kestrel's instructions (None for what is unknown). The
    /// instructions are Kestrel's own, so the entries do not pair with CPython's.
    pub fn co_positions_method(&mut self, c: &'static kestrel_compiler::CodeObject) -> Value {
        let code = Value::Obj(self.alloc(Obj::Code(c)));
        Value::Obj(self.alloc(Obj::Native(crate::object::NativeFn {
            name: "co_positions",
            f: co_positions,
            bound: code,
            method: false,
            owner: None,
        })))
    }

    /// `co_consts`, `co_names`, `co_code` and `co_stacksize` of `c`. Kestrel keeps names in
    /// its constant table: `co_names` are the constants its instructions use as names
    /// (globals, attributes, imports) and `co_consts` the others, so a string literal equal
    /// to a name the same code uses shows only in `co_names`. `co_code` is Kestrel's own
    /// bytecode (each 64-bit instruction little-endian, `kestrel --dis` lists them), and
    /// `co_stacksize` its register count.
    pub fn code_table_fields(
        &mut self,
        c: &'static kestrel_compiler::CodeObject,
    ) -> [(&'static str, Value); 4] {
        let names = kestrel_compiler::disasm::name_consts(c);
        let mut consts = Vec::new();
        let mut name_vals = Vec::new();
        for (i, k) in c.consts.iter().enumerate() {
            if !names.contains(&i) {
                consts.push(match k {
                    kestrel_compiler::code::Const::Code(inner) => self.code_object(inner),
                    _ => self.const_value(k),
                });
            }
        }
        for &i in &names {
            name_vals.push(self.const_value(&c.consts[i]));
        }
        let bytes: Vec<u8> = c.code.iter().flat_map(|i| i.0.to_le_bytes()).collect();
        [
            ("co_consts", self.new_tuple(consts)),
            ("co_names", self.new_tuple(name_vals)),
            ("co_code", self.new_bytes(bytes)),
            ("co_stacksize", Value::Int(c.nregs as i64)),
        ]
    }

    /// Attributes of code objects.
    #[cold]
    pub fn code_attr(
        &mut self,
        c: &'static kestrel_compiler::CodeObject,
        name: &str,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "co_name" => self.new_str(c.name),
            "co_qualname" => self.new_str(c.qualname),
            "co_filename" => self.new_str(c.filename),
            "co_firstlineno" => Value::Int(c.first_line as i64),
            "co_positions" => self.co_positions_method(c),
            "co_argcount" => Value::Int(c.argcount as i64),
            "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
            "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
            "co_varnames" => {
                let v: Vec<Value> = c.varnames.iter().map(|n| self.new_str(n)).collect();
                self.new_tuple(v)
            }
            "co_consts" | "co_names" | "co_code" | "co_stacksize" => {
                let fields = self.code_table_fields(c);
                fields
                    .into_iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v)
                    .expect("field")
            }
            _ => return Ok(None),
        }))
    }

    /// `locals()` in the running frame: its namespace for module and class code, else a new
    /// dict of the function's bound variables (closure cells read through).
    pub fn locals_of_frame(&mut self) -> Value {
        let Some(f) = self.frames.last() else {
            return Value::None;
        };
        if let Some(l) = f.locals {
            return Value::Obj(l);
        }
        use kestrel_compiler::code::flags;
        if f.code.flags & (flags::MODULE | flags::CLASS_BODY) != 0 {
            return Value::Obj(f.globals);
        }
        let (code, base) = (f.code, f.base);
        // CPython's order: parameters, then plain locals, then the locals closures capture
        // (cells), then the free variables.
        let nparams = code.argcount as usize
            + code.kwonlyargcount as usize
            + (code.flags & flags::VARARGS != 0) as usize
            + (code.flags & flags::VARKEYWORDS != 0) as usize;
        let free = code.free_start as usize..(code.free_start + code.nfree) as usize;
        let mut pairs: [Vec<(&str, Value)>; 4] = Default::default();
        for (i, n) in code.varnames.iter().enumerate() {
            let Some(v) = self.stack.get(base + i).copied() else {
                break;
            };
            let (v, is_cell) = match v {
                Value::Obj(g) => match g.obj() {
                    Obj::Cell(c) => (c.get(), true),
                    _ => (v, false),
                },
                v => (v, false),
            };
            let group = if i < nparams {
                0
            } else if free.contains(&i) {
                3
            } else if is_cell {
                2
            } else {
                1
            };
            if !matches!(v, Value::Empty) {
                pairs[group].push((*n, v));
            }
        }
        let d = self.new_dict(crate::dict::Dict::new());
        let Value::Obj(dg) = d else { unreachable!() };
        for (n, v) in pairs.into_iter().flatten() {
            let k = self.intern(n);
            self.dict_set_str(dg, k, v);
        }
        d
    }
}

fn co_positions(vm: &mut Vm, args: &[Value], _: crate::Kwargs) -> PyResult<Value> {
    let code = match args.first() {
        Some(Value::Obj(g)) => match g.obj() {
            Obj::Code(c) => *c,
            _ => return Err(vm.type_error("co_positions() needs a code object")),
        },
        _ => return Err(vm.type_error("co_positions() needs a code object")),
    };
    let mut items = Vec::with_capacity(code.code.len());
    for pc in 0..code.code.len() {
        let t = match code.position_at(pc) {
            Some((l, el, c, ec)) => vec![
                Value::Int(l as i64),
                Value::Int(el as i64),
                Value::Int(c as i64),
                Value::Int(ec as i64),
            ],
            None => vec![
                Value::Int(code.line_at(pc) as i64),
                Value::None,
                Value::None,
                Value::None,
            ],
        };
        items.push(vm.new_tuple(t));
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}
