//! The builtins that reach into the running program: `exec`, `eval`, `compile`, `globals`,
//! `locals`, `vars`, `dir`, `__import__`, `breakpoint` and `open` (which hands over to the
//! `_io` module).

use crate::args::*;
use kestrel_compiler::Mode;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

/// The positional-or-keyword arguments of a native: `names[i]` from `args[i]` or `kw`.
fn bind(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(*a);
    }
    for (k, v) in kw {
        let k = vm.key_str(*k);
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// Source text from a str or bytes argument.
fn source_text(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<String>> {
    if let Some(s) = as_str(v) {
        return Ok(Some(s.to_string()));
    }
    if let Value::Obj(g) = v {
        match g.obj() {
            Obj::Bytes(b) => {
                // PEP 263 applies to bytes: a coding cookie or BOM, else UTF-8.
                use kestrel_compiler::decode::{decode_source, Origin};
                return match decode_source(b, Origin::Other) {
                    Ok(text) => Ok(Some(text.into_owned())),
                    Err(e) => {
                        let text = String::from_utf8_lossy(b).into_owned();
                        Err(vm.raise_syntax_error_src(&e, "<string>", Some(&text)))
                    }
                };
            }
            Obj::Code(_) => return Ok(None),
            _ => {}
        }
    }
    Err(vm.type_error(what.to_string()))
}

fn compile_text(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<&'static kestrel_compiler::CodeObject> {
    if src.contains('\0') {
        return Err(vm.raise_msg(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    match kestrel_compiler::compile_with(src, filename, mode) {
        Ok(c) => {
            // CPython's SyntaxError for a warning made an error reads its text from the
            // file, which compiled strings do not have.
            vm.issue_compile_warnings(filename, None)?;
            Ok(c)
        }
        Err(e) => Err(vm.raise_syntax_error_src(&e, filename, Some(src))),
    }
}

/// `ast.PyCF_ONLY_AST`: compile returns the tree instead of code.
const PYCF_ONLY_AST: i64 = 0x400;

/// An `ast.AST` instance (only possible once the `ast` module has been imported).
fn is_ast_node(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if as_str(v).is_some() || matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_))) {
        return Ok(false);
    }
    let key = vm.new_str("_ast");
    let Some(Value::Obj(m)) = vm.dict_getitem_opt(Value::Obj(vm.modules), key)? else {
        return Ok(false);
    };
    let cls = vm.getattr_str(Value::Obj(m), "AST")?;
    let Value::Obj(cls) = cls else {
        return Ok(false);
    };
    Ok(vm.isinstance(v, cls))
}

/// compile() of source with `PyCF_ONLY_AST` (the tree), or of a tree (code): both are done
/// by `_ast._compile` in Python (a tree is compiled through its unparsed source).
fn compile_ast(
    vm: &mut Vm,
    src: Value,
    file: Value,
    mode: Value,
    flags: i64,
    flags_arg: Option<Value>,
) -> PyResult<Value> {
    let m = vm.import_one("_ast")?;
    let f = vm.getattr_str(Value::Obj(m), "_compile")?;
    let fl = flags_arg.unwrap_or(Value::Int(flags));
    vm.call_value(f, &[src, file, mode, fl], &[])
}

/// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
pub fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 0, 6, "compile", true)?;
    let a = bind(
        vm,
        "compile",
        args,
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
    )?;
    let (Some(src), Some(file), Some(mode)) = (a[0], a[1], a[2]) else {
        let missing = ["source", "filename", "mode"]
            .iter()
            .zip(&a)
            .find(|(_, v)| v.is_none())
            .map(|(n, _)| *n)
            .unwrap_or("source");
        let pos = ["source", "filename", "mode"]
            .iter()
            .position(|n| *n == missing)
            .unwrap_or(0)
            + 1;
        return Err(vm.type_error(format!(
            "compile() missing required argument '{missing}' (pos {pos})"
        )));
    };
    let filename = match as_str(file) {
        Some(s) => s.to_string(),
        None => match file {
            Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)) => {
                let Obj::Bytes(b) = g.obj() else {
                    unreachable!()
                };
                String::from_utf8_lossy(b).into_owned()
            }
            _ => {
                let t = vm.type_name(file);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        },
    };
    let mode = match as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            let t = vm.type_name(mode);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {t}")));
        }
    };
    let flags = match a[3] {
        Some(f) => as_int(vm, f, "")?,
        None => 0,
    };
    if flags & PYCF_ONLY_AST != 0 || is_ast_node(vm, src)? {
        return compile_ast(vm, src, file, a[2].unwrap_or(Value::None), flags, a[3]);
    }
    let Some(text) = source_text(
        vm,
        src,
        "compile() arg 1 must be a string, bytes or AST object",
    )?
    else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let text = if mode == Mode::Eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    let code = compile_text(vm, &text, &filename, mode)?;
    Ok(Value::Obj(vm.alloc(Obj::Code(code))))
}

/// The (globals, locals) pair `exec`/`eval` run with: the caller's by default; `locals`
/// defaults to `globals` when only globals are given. The globals get `__builtins__`.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Gc, Gc)> {
    let globals = globals.filter(|g| !g.is_none());
    let mut locals = locals.filter(|l| !l.is_none());
    let g = match globals {
        Some(Value::Obj(g)) if matches!(g.obj(), Obj::Dict(_)) => g,
        // A dict subclass: its storage holds the globals, and (as CPython's name lookups go
        // through the subclass when it is also the locals) it is the locals mapping too.
        Some(v @ Value::Obj(inst)) if dict_subclass_base(inst).is_some() => {
            if locals.is_none() {
                locals = Some(v);
            }
            dict_subclass_base(inst).expect("checked")
        }
        Some(v) => {
            let t = vm.type_name(v);
            let what = if fname == "eval" && vm.lookup_special(v, "__getitem__").is_some() {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else if fname == "eval" {
                "globals must be a dict".to_string()
            } else {
                format!("{fname}() globals must be a dict, not {t}")
            };
            return Err(vm.type_error(what));
        }
        None => {
            let Some(g) = vm.frames.last().map(|f| f.globals) else {
                return Err(vm.raise_msg("SystemError", format!("{fname}(): no globals")));
            };
            if locals.is_none() {
                let l = vm.locals_of_frame();
                let Value::Obj(l) = l else { unreachable!() };
                return Ok((g, l));
            }
            g
        }
    };
    let l = match locals {
        Some(Value::Obj(l)) => {
            let mapping = matches!(l.obj(), Obj::Dict(_))
                || vm.lookup_special(Value::Obj(l), "__getitem__").is_some();
            if !mapping {
                return Err(vm.type_error("locals must be a mapping"));
            }
            l
        }
        Some(v) if fname == "exec" => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("locals must be a mapping or None, not {t}")));
        }
        Some(_) => {
            return Err(vm.type_error("locals must be a mapping"));
        }
        None => g,
    };
    let bk = vm.intern("__builtins__");
    match vm.dict_get_str(g, bk) {
        None => {
            let b = vm.builtins_module();
            vm.dict_set_str(g, bk, Value::Obj(b));
        }
        Some(Value::Obj(b)) if b.ptr_eq(vm.builtins) || Vm::module_dict(b).ptr_eq(vm.builtins) => {}
        // Name lookup always ends in the interpreter's one builtins namespace (and its
        // caches assume so): running with another would give wrong answers.
        Some(_) => {
            return Err(vm.raise_msg(
                "NotImplementedError",
                format!("{fname}() with a custom __builtins__ in globals is not supported"),
            ))
        }
    }
    Ok((g, l))
}

/// The dict behind an instance of a dict subclass.
fn dict_subclass_base(g: Gc) -> Option<Gc> {
    match g.obj() {
        Obj::Instance(i) => i.base().filter(|b| matches!(b.obj(), Obj::Dict(_))),
        _ => None,
    }
}

/// `exec(..., closure=c)`: only a code object takes a closure. Running a code object with
/// free variables under a given closure is not supported, so that is refused loudly.
#[cold]
fn check_closure(vm: &mut Vm, src: Value) -> PyResult<()> {
    let code = match src {
        Value::Obj(g) => match g.obj() {
            Obj::Code(c) => Some(*c),
            _ => None,
        },
        _ => None,
    };
    let Some(code) = code else {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    };
    if code.nfree == 0 {
        return Err(vm.type_error("cannot use a closure with this code object"));
    }
    Err(vm.raise_msg(
        "NotImplementedError",
        "exec() of a code object with free variables under a closure",
    ))
}

fn run_in(vm: &mut Vm, fname: &str, args: &[Value], kw: Kwargs, mode: Mode) -> PyResult<Value> {
    let a = bind(
        vm,
        fname,
        args,
        kw,
        &["source", "globals", "locals", "closure"],
    )?;
    let Some(src) = a[0] else {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    };
    let what = if mode == Mode::Eval {
        "eval() arg 1 must be a string, bytes or code object"
    } else {
        "exec() arg 1 must be a string, bytes or code object"
    };
    let text = source_text(vm, src, what)?;
    if a[3].is_some_and(|c| !matches!(c, Value::None)) {
        check_closure(vm, src)?;
    }
    let (g, l) = namespaces(vm, fname, a[1], a[2])?;
    vm.extra_roots.push(Value::Obj(g));
    vm.extra_roots.push(Value::Obj(l));
    let code = match text {
        Some(t) => {
            let t = if mode == Mode::Eval {
                t.trim_start_matches([' ', '\t']).to_string()
            } else {
                t
            };
            compile_text(vm, &t, "<string>", mode)
        }
        None => match src {
            Value::Obj(c) => match c.obj() {
                Obj::Code(code) => Ok(*code),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        },
    };
    // Called straight from Python code, this native holds nothing unrooted (its arguments
    // are in the caller's registers, the namespaces in `extra_roots`): let the collector
    // run inside the executed code, which may run as long as a whole program.
    let direct = vm.gc_inhibit == 1;
    if direct {
        vm.native_mark = kestrel_vm::vm::NO_MARK;
        vm.gc_inhibit = 0;
    }
    let r = match code {
        Ok(code) => vm.exec_code(code, g, Some(l)),
        Err(e) => Err(e),
    };
    if direct {
        vm.gc_inhibit = 1;
    }
    vm.extra_roots.pop();
    vm.extra_roots.pop();
    let v = r?;
    Ok(if mode == Mode::Eval { v } else { Value::None })
}

pub fn exec(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 0, 3, "exec", true)?;
    run_in(vm, "exec", args, kw, Mode::Exec)
}

pub fn eval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "eval", args, 0, 3)?;
    run_in(vm, "eval", args, kw, Mode::Eval)
}

pub fn globals(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "globals", args, 0, 0)?;
    // The namespace holds `__builtins__`: make it complete before Python code can see it.
    vm.complete_builtins();
    let g = vm.frames.last().map(|f| f.globals);
    Ok(g.map(Value::Obj).unwrap_or(Value::None))
}

pub fn locals(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    vm.complete_builtins();
    Ok(vm.locals_of_frame())
}

pub fn vars(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "vars", args, 0, 1)?;
    match args.first() {
        Some(v) => match vm.getattr_str(*v, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) => {
                if vm.raised_is("AttributeError") {
                    vm.raised = Value::Empty;
                    return Err(vm.type_error("vars() argument must have __dict__ attribute"));
                }
                Err(e)
            }
        },
        None => locals(vm, args, &[]),
    }
}

fn dict_keys_into(vm: &Vm, d: Gc, names: &mut Vec<String>) {
    if let Obj::Dict(d) = d.obj() {
        for e in d.borrow().iter() {
            names.push(vm.key_str(e.key));
        }
    }
}

pub fn dir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        Some(&v) => {
            // A Python `__dir__` decides (builtin types' own listing is computed below).
            if let Some(f) = vm.lookup_special(v, "__dir__") {
                if matches!(f, Value::Obj(g) if matches!(g.obj(), Obj::Function(_) | Obj::BoundMethod(..)))
                {
                    let r = vm.call_value(f, &[v], &[])?;
                    let items = vm.collect_iter(r)?;
                    let l = vm.new_list(items);
                    let sorted = vm.getattr_str(l, "sort")?;
                    vm.call_value(sorted, &[], &[])?;
                    return Ok(l);
                }
            }
            return dir_sorted(vm, v);
        }
        None => {
            let l = vm.locals_of_frame();
            if let Value::Obj(d) = l {
                dict_keys_into(vm, d, &mut names);
            }
        }
    }
    names.sort();
    names.dedup();
    let vals = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(vals))
}

/// `object.__dir__(v)`: the attribute names `dir(v)` lists when no Python `__dir__` decides.
pub fn dir_listing(vm: &mut Vm, v: Value) -> PyResult<Value> {
    dir_sorted(vm, v)
}

fn dir_sorted(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match v {
        Value::Obj(g) if matches!(g.obj(), Obj::Module(..)) => {
            let d = Vm::module_dict(g);
            if d.ptr_eq(vm.builtins) {
                vm.complete_builtins();
            }
            dict_keys_into(vm, d, &mut names);
        }
        _ => {
            let cls = match v {
                Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => g,
                _ => {
                    if let Value::Obj(g) = v {
                        if let Obj::Instance(i) = g.obj() {
                            let attrs = i.attrs();
                            let keys: Vec<Value> =
                                attrs.cell().borrow().iter().map(|e| e.key).collect();
                            for k in keys {
                                names.push(vm.key_str(k));
                            }
                        }
                    }
                    vm.type_of(v)
                }
            };
            if let Obj::Class(c) = cls.obj() {
                let mro: Vec<Gc> = c.mro.borrow().clone();
                for k in mro {
                    if let Obj::Class(kc) = k.obj() {
                        for e in vm.class_dict(kc).borrow().iter() {
                            names.push(vm.key_str(e.key));
                        }
                        for n in vm.class_added_descrs(k) {
                            names.push(n.to_string());
                        }
                    }
                }
            }
        }
    }
    if !matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Module(..))) {
        // `object.__dict__` holds both in CPython, so every listing has them.
        names.push("__class__".to_string());
        names.push("__doc__".to_string());
    }
    names.sort();
    names.dedup();
    let vals = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(vals))
}

/// __import__(name, globals=None, locals=None, fromlist=(), level=0)
pub fn import(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(
        vm,
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let Some(name) = a[0] else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(n) = as_str(name) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let n = n.to_string();
    let globals = match a[1] {
        Some(Value::Obj(g)) if matches!(g.obj(), Obj::Dict(_)) => Some(g),
        _ => None,
    };
    let level = match a[4] {
        Some(l) => as_int(vm, l, "")?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let fromlist = match a[3] {
        Some(f) if !f.is_none() => vm.collect_iter(f)?,
        _ => Vec::new(),
    };
    if level == 0 && n.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    if level > 0 {
        let has = |vm: &mut Vm, k: &str| {
            let k = vm.intern(k);
            globals.is_some_and(|g| vm.dict_get_str(g, k).is_some())
        };
        if !has(vm, "__package__") && !has(vm, "__name__") {
            let k = vm.new_str("'__name__' not in globals");
            return Err(vm.raise_with("KeyError", vec![k]));
        }
    }
    let m = vm.import_level(&n, globals, level as usize, !fromlist.is_empty())?;
    // `fromlist` names a package's submodules: import those that are not attributes yet.
    if !fromlist.is_empty() {
        let is_pkg = vm.getattr_str(m, "__path__").is_ok();
        vm.raised = Value::Empty;
        if is_pkg {
            for item in fromlist {
                let Some(s) = as_str(item) else { continue };
                if s == "*" || vm.getattr_str(m, s).is_ok() {
                    continue;
                }
                vm.raised = Value::Empty;
                let Value::Obj(mg) = m else { continue };
                let mname = vm.module_name(m);
                let full = format!("{mname}.{s}");
                match vm.import_one(&full) {
                    Ok(sub) => {
                        let k = vm.intern(s);
                        vm.dict_set_str(Vm::module_dict(mg), k, Value::Obj(sub));
                    }
                    Err(e) => {
                        if !vm.raised_is("ModuleNotFoundError") {
                            return Err(e);
                        }
                        vm.raised = Value::Empty;
                    }
                }
            }
        }
    }
    Ok(m)
}

/// breakpoint(*args, **kws): calls `sys.breakpointhook` (by default `pdb.set_trace`, or the
/// hook `PYTHONBREAKPOINT` names).
pub fn breakpoint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sys = vm.import_one("sys")?;
    let hook = match vm.getattr_str(Value::Obj(sys), "breakpointhook") {
        Ok(h) => h,
        Err(_) => {
            vm.raised = Value::Empty;
            return Err(vm.raise_msg("RuntimeError", "lost sys.breakpointhook"));
        }
    };
    let kw: Vec<(Value, Value)> = kw.to_vec();
    vm.call_value(hook, args, &kw)
}

/// open(...): `_io.open`.
pub fn open(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let io = vm.import_one("_io")?;
    let f = vm.getattr_str(Value::Obj(io), "open")?;
    let kw: Vec<(Value, Value)> = kw.to_vec();
    vm.call_value(f, args, &kw)
}
