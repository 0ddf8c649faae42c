//! Calls. A Python-to-Python call from the interpreter pushes a frame whose register window
//! starts at the arguments (they are already in place for simple calls) and continues in the
//! same dispatch loop: no native recursion. Calls from native code (`call_value`) push an entry
//! frame and run a nested loop.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::interp::St;
use crate::object::CLASS_EPOCH;
use crate::object::*;
use crate::value::Value;
use crate::vm::{Frame, FrameKind};
use crate::Vm;
use kestrel_compiler::code::flags;
use kestrel_compiler::CodeObject;
use std::cell::{Cell, RefCell};

/// Deepest nesting of native → Python calls (each uses native stack).
const MAX_NATIVE_DEPTH: usize = 2500;
/// Calls of bound builtin methods with fewer arguments than this (receiver included) pass
/// them in an array on the native stack.
const BOUND_ARGS: usize = 8;

impl Vm {
    pub fn new_function(
        &mut self,
        code: &'static CodeObject,
        globals: Gc,
        defaults: Vec<Value>,
        kwdefaults: Value,
        closure: Vec<Value>,
    ) -> Value {
        let simple = code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
            && code.kwonlyargcount == 0;
        Value::Obj(self.alloc(Obj::Function(Box::new(Function {
            code,
            globals,
            consts: Cell::new(std::ptr::null()),
            quick: Cell::new(std::ptr::null_mut()),
            defaults: RefCell::new(defaults),
            kwdefaults: Cell::new(kwdefaults),
            closure,
            name: Cell::new(Value::Empty),
            qualname: Cell::new(Value::Empty),
            dict: RefCell::new(Dict::new()),
            annotations: Cell::new(Value::Empty),
            simple,
        }))))
    }

    /// A function's `__name__`: its code's name, interned when first asked for. Functions
    /// start without their names (Empty): most of those a module defines are never asked,
    /// and interning ~1,000 qualified names was a tenth of importing the common modules'
    /// string objects.
    pub fn func_name(&mut self, f: &Function) -> Value {
        let v = f.name.get();
        if !v.is_empty() {
            return v;
        }
        let v = self.intern_value(f.code.name);
        f.name.set(v);
        v
    }

    /// A function's `__qualname__`, interned when first asked for (see `func_name`).
    pub fn func_qualname_value(&mut self, f: &Function) -> Value {
        let v = f.qualname.get();
        if !v.is_empty() {
            return v;
        }
        let v = self.intern_value(f.code.qualname);
        f.qualname.set(v);
        v
    }

    /// A function's constant table, built on its first call.
    #[inline]
    pub fn func_consts(&mut self, f: &Function) -> *const Value {
        let p = f.consts.get();
        if !p.is_null() {
            return p;
        }
        let p = self.consts_for(f.code);
        f.consts.set(p);
        p
    }

    /// A function's quickened code, made on its first call.
    #[inline]
    pub fn func_quick(&mut self, f: &Function) -> *mut crate::quicken::QuickCode {
        let p = f.quick.get();
        if !p.is_null() {
            return p;
        }
        let p = self.quick_for(f.code);
        f.quick.set(p);
        p
    }

    /// Checks the recursion limit for a frame about to be pushed (an `__init__` frame of a
    /// class call counts twice, as in CPython; the push adds it to `init_frames`).
    /// The comparison is with `call_limit`, which is the recursion limit except while
    /// profiling, when it is 0 and every push takes the cold path (`profiled_call`).
    #[inline(always)]
    fn check_recursion(&mut self, kind: &FrameKind, code: &'static CodeObject) -> PyResult<()> {
        let depth = self.frames.len() + self.init_frames;
        let init = matches!(kind, FrameKind::Init(_));
        if depth + init as usize >= self.call_limit {
            return self.profiled_call(depth, init, code);
        }
        Ok(())
    }

    /// A frame push at or over `call_limit`: the profiler's call event, if it runs, then the
    /// real recursion-limit check.
    #[cold]
    #[inline(never)]
    fn profiled_call(
        &mut self,
        depth: usize,
        init: bool,
        code: &'static CodeObject,
    ) -> PyResult<()> {
        if let Some(p) = self.profiler.as_mut() {
            p.on_call(&self.frames, code);
        }
        if depth + init as usize >= self.recursion_limit {
            return Err(self.depth_exceeded(depth, init));
        }
        Ok(())
    }

    /// The RecursionError of a frame push over the limit. Instantiating a class is a call
    /// through the class object (one level, where CPython's limit check says "while calling a
    /// Python object") before `__init__`'s frame (another level); whichever passes the limit
    /// first gives the message.
    #[cold]
    fn depth_exceeded(&mut self, depth: usize, init: bool) -> Raised {
        let what = if init && depth >= self.recursion_limit {
            " while calling a Python object"
        } else {
            ""
        };
        self.raise_msg(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    /// Pushes a frame for `func` whose parameters are already at `stack[base..]`.
    #[inline]
    fn push_frame(
        &mut self,
        func: Gc,
        base: usize,
        nparams_in_place: usize,
        ret: usize,
        kind: FrameKind,
        entry: bool,
    ) -> PyResult<()> {
        let Obj::Function(f) = func.obj() else {
            return Err(self.type_error("not a function"));
        };
        let code = f.code;
        self.check_recursion(&kind, code)?;
        let nregs = code.nregs as usize;
        let need = base + nregs;
        let len = self.stack.len();
        self.grow_stack(need)?;
        for slot in &mut self.stack[base + nparams_in_place..need.min(len)] {
            *slot = Value::Empty;
        }
        let fs = base + code.free_start as usize;
        for (i, c) in f.closure.iter().enumerate() {
            self.stack[fs + i] = *c;
        }
        let consts = self.func_consts(f);
        let quick = self.func_quick(f);
        self.init_frames += matches!(kind, FrameKind::Init(_)) as usize;
        self.frames.push(Frame {
            code,
            base,
            pc: 0,
            ret,
            consts,
            quick,
            globals: f.globals,
            locals: None,
            func: Some(func),
            kind,
            entry,
        });
        Ok(())
    }

    /// The fast call: an exact positional call of a simple function, arguments already in
    /// place at `stack[at..at + n]`, which become the callee's first registers.
    #[inline(always)]
    pub(crate) fn push_simple(
        &mut self,
        st: &mut St,
        g: Gc,
        at: usize,
        n: usize,
        ret: usize,
        kind: FrameKind,
    ) -> PyResult<()> {
        let Obj::Function(func) = g.obj() else {
            return Err(self.type_error("not a function"));
        };
        let code = func.code;
        self.check_recursion(&kind, code)?;
        self.grow_stack(at + code.nregs as usize)?;
        // Named locals start unbound; temporaries need no clearing (every slot below the
        // stack's length holds a valid value, and the compiler writes temporaries first).
        let locals_end = at + code.free_start as usize;
        if locals_end > at + n {
            for slot in &mut self.stack[at + n..locals_end] {
                *slot = Value::Empty;
            }
        }
        for (i, c) in func.closure.iter().enumerate() {
            self.stack[locals_end + i] = *c;
        }
        if let Some(caller) = self.frames.last_mut() {
            caller.pc = st.pc();
        }
        let consts = self.func_consts(func);
        let quick = self.func_quick(func);
        self.init_frames += matches!(kind, FrameKind::Init(_)) as usize;
        self.frames.push(Frame {
            code,
            base: at,
            pc: 0,
            ret,
            consts,
            quick,
            globals: func.globals,
            locals: None,
            func: Some(g),
            kind,
            entry: false,
        });
        *st = St::new(quick, 0, at, consts, st.regs, func.globals);
        self.safepoint_checked()?;
        Ok(())
    }

    /// A positional call of simple function `g` with `n` arguments in place at `stack[at..]`
    /// that its trailing defaults complete (`Function::positional_defaults_fit`, which the
    /// caller checked): the defaults are written after the arguments and the frame pushed.
    /// Out of line: the specialized call forms reach it only on their less common path.
    #[inline(never)]
    pub(crate) fn push_with_defaults(
        &mut self,
        st: &mut St,
        g: Gc,
        at: usize,
        n: usize,
        ret: usize,
        kind: FrameKind,
    ) -> PyResult<()> {
        let Obj::Function(func) = g.obj() else {
            return Err(self.type_error("not a function"));
        };
        let argc = func.code.argcount as usize;
        self.grow_stack(at + argc)?;
        let defaults = func.defaults.borrow();
        let first = argc - defaults.len();
        for i in n..argc {
            self.stack[at + i] = defaults[i - first];
        }
        drop(defaults);
        self.push_simple(st, g, at, argc, ret, kind)
    }

    /// The `__init__` of plain class `cls` when a positional call with `nparams` arguments
    /// (the instance included) binds in place: with whether they are exactly its parameters
    /// (else its defaults complete them).
    #[inline]
    pub(crate) fn plain_init_for(&self, cls: Gc, nparams: usize) -> Option<(Gc, bool)> {
        let init = self.plain_class_init_fn(cls)?;
        let Obj::Function(f) = init.obj() else {
            return None;
        };
        if f.code.argcount as usize == nparams {
            Some((init, true))
        } else if f.positional_defaults_fit(nparams) {
            Some((init, false))
        } else {
            None
        }
    }

    /// For a user class with plain-object instances made by object's `__new__` (what
    /// `CALL_INIT` guards on) whose `__init__` is a simple Python function: that function,
    /// whatever its parameter count (the callers check the arguments against it).
    #[inline(always)]
    pub(crate) fn plain_class_init_fn(&self, cls: Gc) -> Option<Gc> {
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        if c.is_builtin || c.kind.get() != Kind::Object || c.meta.get().is_some() {
            return None;
        }
        let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let (e, cached) = c.init_cache.get();
        let init = if e == epoch {
            cached
        } else {
            self.refresh_init_cache(cls, c, epoch)
        };
        match init {
            Value::Obj(f) if matches!(f.obj(), Obj::Function(func) if func.simple) => Some(f),
            _ => None,
        }
    }

    /// Looks up the `__init__` that `plain_class_init_fn` caches (out of line: the class lookups'
    /// out-parameters would otherwise live in the frame of the dispatch chain's handler and
    /// stop its tail call from being a jump).
    #[cold]
    #[inline(never)]
    fn refresh_init_cache(&self, cls: Gc, c: &Class, epoch: u64) -> Value {
        let init = match self.class_lookup(cls, self.names.new) {
            Some(Value::Obj(n)) if matches!(n.obj(), Obj::Native(_)) => {
                match self.class_lookup(cls, self.names.init) {
                    Some(v @ Value::Obj(f)) if matches!(f.obj(), Obj::Function(_)) => v,
                    _ => Value::Empty,
                }
            }
            _ => Value::Empty,
        };
        c.init_cache.set((epoch, init));
        init
    }

    /// A new instance of a user class with plain-object instances (`Kind::Object`): what
    /// `new_instance` makes for it, without the checks for other layouts.
    #[inline(never)]
    pub(crate) fn new_plain_instance(&mut self, cls: Gc) -> Gc {
        let g = self.alloc(Obj::Instance(Instance::new(cls)));
        self.note_finalizer(g, cls);
        g
    }

    /// CALL from the interpreter: callee `f`, `n` arguments at `stack[at..]`, result to
    /// `stack[ret]`.
    #[inline]
    pub fn call_at(
        &mut self,
        st: &mut St,
        f: Value,
        at: usize,
        n: usize,
        ret: usize,
    ) -> PyResult<()> {
        if let Value::Obj(g) = f {
            match g.obj() {
                Obj::Function(func) if func.simple && n == func.code.argcount as usize => {
                    return self.push_simple(st, g, at, n, ret, FrameKind::Normal);
                }
                Obj::Function(func)
                    if func.code.is_generator() && self.call_generator_at(g, at, n, ret) =>
                {
                    return Ok(());
                }
                Obj::Function(func) if func.positional_defaults_fit(n) => {
                    return self.push_with_defaults(st, g, at, n, ret, FrameKind::Normal);
                }
                Obj::Class(c) if !c.is_builtin && c.kind.get() == Kind::Object => {
                    if let Some((init, exact)) = self.plain_init_for(g, n + 1) {
                        // `cls(args)`: the new instance goes in front of the arguments, which
                        // become `__init__`'s registers (then its defaults, if it needs them).
                        let inst = self.new_instance(g, &[]);
                        self.grow_stack(at + n + 1)?;
                        self.stack.copy_within(at..at + n, at + 1);
                        self.stack[at] = Value::Obj(inst);
                        let kind = FrameKind::Init(inst);
                        if exact {
                            return self.push_simple(st, init, at, n + 1, ret, kind);
                        }
                        return self.push_with_defaults(st, init, at, n + 1, ret, kind);
                    }
                    let args = self.stack[at..at + n].to_vec();
                    return self.call_general(st, f, args, Vec::new(), ret);
                }
                Obj::Native(nf) if nf.bound.is_empty() => {
                    if nf.method {
                        if n == 0 {
                            return Err(self.unbound_method_error(nf));
                        }
                        self.check_receiver(nf, self.stack[at])?;
                    }
                    return self.call_native_in_place(nf.f, at, n, ret);
                }
                Obj::Class(c) if c.is_builtin && at > 0 && self.stack[at - 1].is(&f) => {
                    // `int(x)`, `range(a, b)`, ...: the builtin `__new__` gets the class (still
                    // in the callee register just before the arguments) and the arguments.
                    if let Some(Value::Obj(nf)) = self.class_lookup(g, self.names.new) {
                        if let Obj::Native(nf) = nf.obj() {
                            if nf.bound.is_empty() {
                                return self.call_native_in_place(nf.f, at - 1, n + 1, ret);
                            }
                        }
                    }
                }
                Obj::Native(nf) if n < BOUND_ARGS && self.stack[ret].is(&f) => {
                    return self.call_native_bound(nf.f, nf.bound, at, n, ret);
                }
                Obj::BoundMethod(this, func) if n < BOUND_ARGS && self.stack[ret].is(&f) => {
                    // `m = obj.method; m(args)` of a builtin type's method.
                    if let Value::Obj(fg) = func {
                        if let Obj::Native(nf) = fg.obj() {
                            if nf.bound.is_empty() {
                                return self.call_native_bound(nf.f, *this, at, n, ret);
                            }
                        }
                    }
                    let args = self.stack[at..at + n].to_vec();
                    return self.call_general(st, f, args, Vec::new(), ret);
                }
                Obj::Function(_) | Obj::Class(_) | Obj::BoundMethod(..) => {
                    let args = self.stack[at..at + n].to_vec();
                    return self.call_general(st, f, args, Vec::new(), ret);
                }
                _ => {}
            }
        }
        let args = self.stack[at..at + n].to_vec();
        let v = self.call_value(f, &args, &[])?;
        self.stack[ret] = v;
        Ok(())
    }

    /// Calls a native function on arguments that stay in the caller's registers.
    #[inline]
    pub(crate) fn call_native_in_place(
        &mut self,
        f: NativeFnPtr,
        at: usize,
        n: usize,
        ret: usize,
    ) -> PyResult<()> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        // SAFETY: `at..at + n` lies inside the running frame's window. Nothing writes there
        // while the native runs: frames it starts are pushed above the current window, popping
        // them only touches slots above it, and the stack never reallocates.
        let args = unsafe { std::slice::from_raw_parts(self.stack.as_ptr().add(at), n) };
        self.native_depth += 1;
        self.gc_inhibit += 1;
        let outer_mark = std::mem::replace(&mut self.native_mark, self.heap.total_allocs());
        let r = f(self, args, &[]);
        self.native_mark = outer_mark;
        self.gc_inhibit -= 1;
        self.native_depth -= 1;
        store_by_words(&mut self.stack[ret], r?);
        Ok(())
    }

    /// Calls a native function with a receiver in front of `n` (< `BOUND_ARGS`) arguments
    /// that sit in the caller's registers, without allocating an argument vector.
    fn call_native_bound(
        &mut self,
        f: NativeFnPtr,
        this: Value,
        at: usize,
        n: usize,
        ret: usize,
    ) -> PyResult<()> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut buf = [Value::None; BOUND_ARGS];
        buf[0] = this;
        buf[1..=n].copy_from_slice(&self.stack[at..at + n]);
        // The receiver is held by the callee (in the result register until the call returns,
        // as the caller checked), the arguments by their registers: the native holds nothing
        // else, as for `call_native_in_place`.
        self.native_depth += 1;
        self.gc_inhibit += 1;
        let outer_mark = std::mem::replace(&mut self.native_mark, self.heap.total_allocs());
        let r = f(self, &buf[..=n], &[]);
        self.native_mark = outer_mark;
        self.gc_inhibit -= 1;
        self.native_depth -= 1;
        self.stack[ret] = r?;
        Ok(())
    }

    /// Interns the parameter names of `code` (positional and keyword-only) once, keeping
    /// their addresses for `call_kw_in_place`.
    fn note_param_names(&mut self, code: &'static CodeObject) {
        let key = code as *const CodeObject as usize;
        if self.param_names.contains_key(&key) {
            return;
        }
        let n = (code.argcount + code.kwonlyargcount) as usize;
        let names: Box<[usize]> = code.varnames[..n]
            .iter()
            .map(|v| self.intern(v).addr())
            .collect();
        self.param_names.insert(key, names);
    }

    /// A keyword call (`npos` positionals, `nkw` keywords) of a plain Python function (no
    /// `*args`, `**kwargs`, keyword-only parameters or generator) whose keywords all name
    /// positional parameters: the arguments are rearranged in place into parameter order and
    /// a frame of `kind` pushed in the loop. Returns
    /// false (nothing done) when the general path is needed, including for every error.
    pub fn call_kw_in_place(
        &mut self,
        st: &mut St,
        f: Value,
        names: Value,
        ret: usize,
        (npos, nkw): (usize, usize),
        kind: FrameKind,
    ) -> PyResult<bool> {
        const MAX: usize = 16;
        let (Value::Obj(g), Value::Obj(ng)) = (f, names) else {
            return Ok(false);
        };
        let (Obj::Function(func), Obj::Tuple(ns)) = (g.obj(), ng.obj()) else {
            return Ok(false);
        };
        let code = func.code;
        let argc = code.argcount as usize;
        let plain = code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0;
        if !plain || nkw > MAX || npos + nkw > argc || argc > MAX + npos {
            return Ok(false);
        }
        self.note_param_names(code);
        let params = &self.param_names[&(code as *const CodeObject as usize)];
        let at = ret + 1;
        let mut slots = [Value::Empty; MAX];
        for (j, name) in ns.iter().enumerate() {
            let Value::Obj(kg) = *name else {
                return Ok(false);
            };
            // Names are interned constants, found by address; one too long to be interned
            // (see `const_value`) falls back to comparing the text.
            let pos = match params[..argc].iter().position(|&p| p == kg.addr()) {
                Some(p) => Some(p),
                None => {
                    let Some(key) = crate::strs::as_str(kg) else {
                        return Ok(false);
                    };
                    code.varnames[..argc].iter().position(|v| *v == &*key.s)
                }
            };
            match pos {
                Some(p) if p >= npos && p >= code.posonlyargcount as usize => {
                    if !slots[p - npos].is_empty() {
                        return Ok(false);
                    }
                    slots[p - npos] = self.stack[at + npos + j];
                }
                _ => return Ok(false),
            }
        }
        let defaults = func.defaults.borrow();
        let first_default = argc - defaults.len();
        for (k, slot) in slots.iter_mut().enumerate().take(argc - npos) {
            if slot.is_empty() {
                let p = npos + k;
                if p < first_default {
                    return Ok(false);
                }
                *slot = defaults[p - first_default];
            }
        }
        drop(defaults);
        self.grow_stack(at + argc)?;
        self.stack[at + npos..at + argc].copy_from_slice(&slots[..argc - npos]);
        self.push_simple(st, g, at, argc, ret, kind)?;
        Ok(true)
    }

    /// `Cls(x, k=v)` of a plain class with a Python `__init__`: makes the instance, puts it in
    /// front of the arguments (moving them up over the names register, already read) and
    /// binds `__init__` in place, or through the general binding when that cannot. Returns
    /// false (nothing done) for any other class.
    pub fn call_kw_class(
        &mut self,
        st: &mut St,
        cls: Gc,
        names: Value,
        ret: usize,
        npos: usize,
        nkw: usize,
    ) -> PyResult<bool> {
        const MAX_POS: usize = 16;
        let at = ret + 1;
        if npos > MAX_POS {
            return Ok(false);
        }
        let mut pos = [Value::None; MAX_POS];
        pos[..npos].copy_from_slice(&self.stack[at..at + npos]);
        let Some((ig, inst)) = self.prepare_instance(cls, &pos[..npos])? else {
            return Ok(false);
        };
        self.grow_stack(at + npos + nkw + 1)?;
        self.stack.copy_within(at..at + npos + nkw, at + 1);
        self.stack[at] = Value::Obj(inst);
        let kind = FrameKind::Init(inst);
        if self.call_kw_in_place(st, Value::Obj(ig), names, ret, (npos + 1, nkw), kind)? {
            return Ok(true);
        }
        let Obj::Function(func) = ig.obj() else {
            return Ok(false);
        };
        let args = self.stack[at..at + npos + 1].to_vec();
        let mut kw = Vec::with_capacity(nkw);
        if let Value::Obj(ng) = names {
            if let Obj::Tuple(ns) = ng.obj() {
                for (j, n) in ns.iter().enumerate() {
                    kw.push((*n, self.stack[at + 1 + npos + j]));
                }
            }
        }
        let params = self.bind_args(func, args, &kw)?;
        self.enter_with_params(st, ig, params, ret, kind)?;
        Ok(true)
    }

    /// A call with arbitrary arguments from the interpreter; Python callees run in this loop.
    pub fn call_general(
        &mut self,
        st: &mut St,
        f: Value,
        mut args: Vec<Value>,
        kw: Vec<(Value, Value)>,
        ret: usize,
    ) -> PyResult<()> {
        if let Value::Obj(g) = f {
            match g.obj() {
                Obj::Function(func) => {
                    let params = self.bind_args(func, args, &kw)?;
                    if func.code.is_generator() {
                        let gen = self.new_generator(g, params);
                        self.stack[ret] = gen;
                        return Ok(());
                    }
                    return self.enter_with_params(st, g, params, ret, FrameKind::Normal);
                }
                Obj::BoundMethod(this, func) => {
                    args.insert(0, *this);
                    return self.call_general(st, *func, args, kw, ret);
                }
                Obj::Class(_) => {
                    if let Some((ig, inst)) = self.prepare_instance(g, &args)? {
                        if let Obj::Function(func) = ig.obj() {
                            args.insert(0, Value::Obj(inst));
                            let params = self.bind_args(func, args, &kw)?;
                            let kind = FrameKind::Init(inst);
                            return self.enter_with_params(st, ig, params, ret, kind);
                        }
                    }
                    let v = self.call_value(f, &args, &kw)?;
                    self.stack[ret] = v;
                    return Ok(());
                }
                _ => {}
            }
        }
        let v = self.call_value(f, &args, &kw)?;
        self.stack[ret] = v;
        Ok(())
    }

    fn enter_with_params(
        &mut self,
        st: &mut St,
        func: Gc,
        params: Vec<Value>,
        ret: usize,
        kind: FrameKind,
    ) -> PyResult<()> {
        let base = ret + 1;
        let n = params.len();
        self.grow_stack(base + n)?;
        self.stack[base..base + n].copy_from_slice(&params);
        if let Some(caller) = self.frames.last_mut() {
            caller.pc = st.pc();
        }
        self.push_frame(func, base, n, ret, kind, false)?;
        *st = self.load_state();
        self.safepoint_checked()?;
        Ok(())
    }

    /// Calls any callable from native code and returns its result.
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH || crate::depth::stack_low() {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        // Native code may hold unrooted values across this call: no collection until it returns.
        self.native_mark = crate::vm::NO_MARK;
        self.native_depth += 1;
        self.gc_inhibit += 1;
        let r = self.call_value_inner(f, args, kw);
        self.gc_inhibit -= 1;
        self.native_depth -= 1;
        r
    }

    /// `call_value` for a caller that holds nothing unrooted across the call (a `map`
    /// iterator: its function and iterators live in the iterator object, the arguments in
    /// the callee's registers): it adds no inhibit of its own, so a consumer that rooted
    /// everything (`sum(map(f, xs))`) lets the collector run while `f` does.
    pub(crate) fn call_value_rooted(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let is_function = matches!(f, Value::Obj(g) if matches!(g.obj(), Obj::Function(_)));
        if !is_function || self.native_depth >= MAX_NATIVE_DEPTH || crate::depth::stack_low() {
            // Natives expect to run inhibited (see `heap.rs`).
            return self.call_value(f, args, kw);
        }
        self.native_mark = crate::vm::NO_MARK;
        self.native_depth += 1;
        let r = self.call_value_inner(f, args, kw);
        self.native_depth -= 1;
        r
    }

    fn call_value_inner(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(g) = f else {
            return Err(self.not_callable(f));
        };
        match g.obj() {
            Obj::Function(func) => {
                let params = self.bind_args(func, args.to_vec(), kw)?;
                if func.code.is_generator() {
                    return Ok(self.new_generator(g, params));
                }
                self.run_function(g, params, FrameKind::Normal, None)
            }
            Obj::Native(n) => {
                let fp = n.f;
                if n.bound.is_empty() && n.method {
                    match args.first() {
                        None => return Err(self.unbound_method_error(n)),
                        Some(&recv) => self.check_receiver(n, recv)?,
                    }
                }
                if n.bound.is_empty() {
                    if !kw.is_empty() {
                        return self.call_native_kw(n, args, kw);
                    }
                    fp(self, args, kw)
                } else {
                    let a = prepend(n.bound, args);
                    if !kw.is_empty() {
                        return self.call_native_kw(n, &a, kw);
                    }
                    fp(self, &a, kw)
                }
            }
            Obj::BoundMethod(this, func) => {
                let a = prepend(*this, args);
                self.call_value(*func, &a, kw)
            }
            Obj::Class(_) => self.call_class(g, args, kw),
            Obj::StaticMethod(inner) => self.call_value(*inner, args, kw),
            Obj::GenericAlias(origin, _) => self.call_value(*origin, args, kw),
            Obj::Instance(_) => {
                let call = self.names.call;
                let cls = self.type_of(f);
                match self.class_lookup_special(cls, call) {
                    Some(c) => {
                        let a = prepend(f, args);
                        self.call_value(c, &a, kw)
                    }
                    None => Err(self.not_callable(f)),
                }
            }
            _ => Err(self.not_callable(f)),
        }
    }

    #[cold]
    fn not_callable(&mut self, f: Value) -> Raised {
        let t = self.type_name(f);
        self.type_error(format!("'{t}' object is not callable"))
    }

    /// Runs a Python function to completion in a nested loop (an entry frame).
    pub fn run_function(
        &mut self,
        func: Gc,
        params: Vec<Value>,
        kind: FrameKind,
        locals: Option<Gc>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        self.push_stack(&params)?;
        let n = params.len();
        if let Err(e) = self.push_frame(func, base, n, base, kind, true) {
            self.stack.truncate(base);
            return Err(e);
        }
        if let Some(l) = locals {
            if let Some(f) = self.frames.last_mut() {
                f.locals = Some(l);
            }
        }
        self.run()
    }

    /// Binds positional and keyword arguments to a function's parameter registers, with
    /// CPython's error messages.
    pub fn bind_args(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kw: &[(Value, Value)],
    ) -> PyResult<Vec<Value>> {
        let code = func.code;
        let argc = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let total = code.total_params();
        if kw.is_empty() && args.len() == argc && func.simple {
            return Ok(args);
        }
        // Every positional parameter given and nothing else to bind (a generator function's
        // usual call): the arguments are the parameters, defaults unused.
        if kw.is_empty() && args.len() == argc && total == argc {
            return Ok(args);
        }
        let qual = self.func_qualname(func);
        let mut params = vec![Value::Empty; total];
        let npos = args.len().min(argc);
        params[..npos].copy_from_slice(&args[..npos]);
        if args.len() > argc {
            if has_varargs {
                let extra = self.new_tuple(args[argc..].to_vec());
                params[argc + kwonly] = extra;
            } else {
                let given_kw = kw
                    .iter()
                    .filter(|(k, _)| {
                        let k = self.key_str(*k);
                        code.varnames[argc..argc + kwonly].iter().any(|n| *n == k)
                    })
                    .count();
                let ndefaults = func.defaults.borrow().len();
                let takes = if ndefaults > 0 {
                    format!("from {} to {} positional arguments", argc - ndefaults, argc)
                } else {
                    format!(
                        "{} positional argument{}",
                        argc,
                        if argc == 1 { "" } else { "s" }
                    )
                };
                let given = args.len();
                let was = if given == 1 { "was" } else { "were" };
                let kwpart = if given_kw > 0 {
                    format!(
                        " positional argument{} (and {} keyword-only argument{})",
                        if given == 1 { "" } else { "s" },
                        given_kw,
                        if given_kw == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                };
                let msg = if kwpart.is_empty() {
                    format!("{qual}() takes {takes} but {given} {was} given")
                } else {
                    format!("{qual}() takes {takes} but {given}{kwpart} were given")
                };
                return Err(self.type_error(msg));
            }
        } else if has_varargs {
            let empty = self.new_tuple(Vec::new());
            params[argc + kwonly] = empty;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict(Dict::new());
            params[total - 1] = d;
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for &(k, v) in kw {
            let name = self.key_str(k);
            let pos = code.varnames[..argc + kwonly]
                .iter()
                .position(|n| *n == name);
            match pos {
                Some(p) if p >= posonly => {
                    if !params[p].is_empty() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    params[p] = v;
                }
                other => {
                    if let Some(d) = kwdict {
                        self.dict_setitem(d, k, v)?;
                    } else if other.is_some() {
                        posonly_as_kw.push(name);
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let ndefaults = func.defaults.borrow().len();
        let first_default = argc - ndefaults;
        let mut missing = Vec::new();
        for (i, p) in params.iter_mut().enumerate().take(argc) {
            if p.is_empty() {
                if i >= first_default {
                    *p = func.defaults.borrow()[i - first_default];
                } else {
                    missing.push(code.varnames[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qual, &missing, "positional"));
        }
        let mut missing_kw = Vec::new();
        for (i, p) in params.iter_mut().enumerate().skip(argc).take(kwonly) {
            if p.is_empty() {
                let name = code.varnames[i];
                let key = self.intern(name);
                let d = match func.kwdefaults.get() {
                    Value::Obj(g) => self.dict_get_str(g, key),
                    _ => None,
                };
                match d {
                    Some(v) => *p = v,
                    None => missing_kw.push(name),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.missing_args(&qual, &missing_kw, "keyword-only"));
        }
        Ok(params)
    }

    fn missing_args(&mut self, qual: &str, names: &[&str], kind: &str) -> Raised {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let n = names.len();
        self.type_error(format!(
            "{qual}() missing {n} required {kind} argument{}: {list}",
            if n == 1 { "" } else { "s" }
        ))
    }

    fn func_qualname(&self, f: &Function) -> String {
        match f.qualname.get() {
            Value::Obj(g) => crate::strs::as_str(g)
                .map(|s| s.s.to_string())
                .unwrap_or_default(),
            _ => f.code.qualname.to_string(),
        }
    }

    pub fn key_str(&self, k: Value) -> String {
        match k {
            Value::Obj(g) => crate::strs::as_str(g)
                .map(|s| s.s.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// For a user class whose `__init__` is a Python function: that function and a new
    /// instance. None when the class is instantiated another way (builtin types, custom
    /// `__new__`, native `__init__`).
    fn prepare_instance(&mut self, cls: Gc, args: &[Value]) -> PyResult<Option<(Gc, Gc)>> {
        let Obj::Class(c) = cls.obj() else {
            return Ok(None);
        };
        if c.is_builtin
            || matches!(c.kind.get(), Kind::Type | Kind::Value)
            || c.meta.get().is_some()
        {
            return Ok(None);
        }
        if let Some(Value::Obj(n)) = self.class_lookup(cls, self.names.new) {
            if !matches!(n.obj(), Obj::Native(_)) {
                return Ok(None);
            }
        }
        // A generator or coroutine `__init__` is left to the general path, which reports
        // the (non-None) generator object it returns.
        match self.class_lookup(cls, self.names.init) {
            Some(Value::Obj(ig)) if matches!(ig.obj(), Obj::Function(f) if !f.code.is_generator()) => {
                Ok(Some((ig, self.new_instance(cls, args))))
            }
            _ => Ok(None),
        }
    }

    pub fn new_instance(&mut self, cls: Gc, args: &[Value]) -> Gc {
        let is_exc = matches!(cls.obj(), Obj::Class(c) if c.kind.get() == Kind::Exception);
        if is_exc {
            let cls = self.oserror_class(cls, args);
            match self.new_exception(cls, args.to_vec()) {
                Value::Obj(g) => {
                    self.note_finalizer(g, cls);
                    g
                }
                _ => unreachable!(),
            }
        } else {
            let base = match cls.obj() {
                Obj::Class(c) => self.empty_base(c.kind.get()),
                _ => None,
            };
            let inst = match base {
                Some(b) => Instance::with_extra(cls, Extra::Base(b)),
                None => Instance::new(cls),
            };
            let g = self.alloc(Obj::Instance(inst));
            self.note_finalizer(g, cls);
            g
        }
    }

    /// `f(**a, **b)` with a key in both: named as CPython's `_PyObject_FunctionStr` does.
    #[cold]
    pub fn duplicate_kwarg_error(&mut self, func: Value, key: Value) -> Raised {
        let name = self.str_of(key).unwrap_or_default();
        let desc = self.function_str(func);
        self.type_error(format!(
            "{desc} got multiple values for keyword argument '{name}'"
        ))
    }

    /// `f(*x)` / `f(**x)` where `x` is not an iterable / a mapping.
    #[cold]
    pub fn call_unpack_error(&mut self, func: Value, v: Value, star: &str, want: &str) -> Raised {
        let desc = self.function_str(func);
        let t = self.type_name(v);
        self.type_error(format!(
            "{desc} argument after {star} must be {want}, not {t}"
        ))
    }

    /// Whether `v`'s type can be iterated (`__iter__`, or the old `__getitem__` protocol).
    pub fn is_iterable_type(&mut self, v: Value) -> bool {
        if self.is_iterable_builtin(v) {
            return true;
        }
        match v {
            Value::Obj(g) if matches!(g.obj(), Obj::Instance(_) | Obj::Class(_)) => {
                if self.lookup_special(v, "__iter__").is_some()
                    || self.lookup_special(v, "__getitem__").is_some()
                {
                    return true;
                }
                let b = crate::object::builtin_base(v);
                !b.is(&v) && self.is_iterable_type(b)
            }
            _ => false,
        }
    }

    /// A callable named as CPython's `_PyObject_FunctionStr` does: `module.qualname()`.
    fn function_str(&mut self, func: Value) -> String {
        if let Value::Obj(g) = func {
            if let Obj::BoundMethod(_, f) = g.obj() {
                return self.function_str(*f);
            }
        }
        let qual = self
            .getattr_str(func, "__qualname__")
            .map(|q| self.key_str(q))
            .unwrap_or_else(|_| self.type_name(func));
        self.raised = Value::Empty;
        let module = match func {
            Value::Obj(g) => match g.obj() {
                Obj::Function(f) => {
                    let k = self.intern("__name__");
                    self.dict_get_str(f.globals, k).map(|m| self.key_str(m))
                }
                _ => None,
            },
            _ => None,
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }

    /// `OSError(errno, strerror)` constructs the subclass for the errno, as CPython does.
    fn oserror_class(&self, cls: Gc, args: &[Value]) -> Gc {
        if let (true, Some(Value::Int(errno))) = (args.len() >= 2, args.first()) {
            if self
                .exc_class_made("OSError")
                .is_some_and(|os| cls.ptr_eq(os))
            {
                if let Some(sub) = crate::exc::oserror_subclass(*errno) {
                    return self.exc_class(sub);
                }
            }
        }
        cls
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__`, then `__init__` when `__new__` returned an
    /// instance of `cls`.
    pub fn instantiate(
        &mut self,
        cls: Gc,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Obj::Class(c) = cls.obj() else {
            return Err(self.type_error("not a class"));
        };
        let new = self.names.new;
        let newf = self.class_lookup(cls, new);
        let is_user = !c.is_builtin && c.kind.get() != Kind::Type;
        let wraps_value = c.kind.get() == Kind::Value;
        let inst = match newf {
            Some(Value::Obj(n)) if matches!(n.obj(), Obj::Native(_)) && is_user && !wraps_value => {
                // The builtin __new__ of object / BaseException: allocate directly.
                self.check_not_abstract(cls)?;
                Value::Obj(self.new_instance(cls, args))
            }
            Some(nf) => {
                let nf = match nf {
                    Value::Obj(g) => match g.obj() {
                        Obj::StaticMethod(f) => *f,
                        _ => nf,
                    },
                    _ => nf,
                };
                let a = prepend(Value::Obj(cls), args);
                let v = self.call_value(nf, &a, kw)?;
                if c.is_builtin || !self.isinstance(v, cls) {
                    return Ok(v);
                }
                v
            }
            None => Value::Obj(self.new_instance(cls, args)),
        };
        let init_name = self.names.init;
        match self.class_lookup(cls, init_name) {
            Some(init) => {
                let object_init = self.class_lookup(self.types.object, init_name);
                if object_init.is_some_and(|o| o.is(&init)) {
                    if (!args.is_empty() || !kw.is_empty()) && newf_is_object(newf) {
                        let name = self.class_name(cls);
                        return Err(self.type_error(format!("{name}() takes no arguments")));
                    }
                    return Ok(inst);
                }
                // As `type.__call__`, `__init__` is bound through the descriptor protocol:
                // a function gets the instance first, while a bound method or a builtin
                // function (which do not bind) gets only the constructor's arguments.
                let r = match init {
                    Value::Obj(g) if matches!(g.obj(), Obj::Function(_)) => {
                        let a = prepend(inst, args);
                        self.call_value(init, &a, kw)?
                    }
                    Value::Obj(g) if matches!(g.obj(), Obj::BoundMethod(..)) => {
                        self.call_value(init, args, kw)?
                    }
                    Value::Obj(g) if matches!(g.obj(), Obj::Native(nf) if !nf.method) => {
                        self.call_value(init, args, kw)?
                    }
                    _ => {
                        let a = prepend(inst, args);
                        self.call_value(init, &a, kw)?
                    }
                };
                if !r.is_none() {
                    let t = self.type_name(r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
                Ok(inst)
            }
            None => Ok(inst),
        }
    }

    /// Binds an attribute found on a class to the instance it was looked up through.
    pub fn bind(&mut self, attr: Value, this: Value) -> PyResult<Value> {
        let owner = self.type_of(this);
        self.descr_get(attr, this, owner)
    }

    /// `class Name(bases): body`
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Value,
        kw: Value,
    ) -> PyResult<Value> {
        if let Some(f) = self.replaced_build_class() {
            return self.call_replaced_build_class(f, body, name, bases, kw);
        }
        self.class_statement(body, name, bases, kw)
    }

    /// `builtins.__build_class__` when a program has replaced it (a class statement then
    /// calls it, as CPython does).
    fn replaced_build_class(&self) -> Option<Value> {
        let k = self.intern("__build_class__");
        match self.dict_get_str(self.builtins, k)? {
            Value::Obj(g) if matches!(g.obj(), Obj::Native(nf) if nf.name == "__build_class__") => {
                None
            }
            v => Some(v),
        }
    }

    /// Calls a replaced `__build_class__` as `f(body, name, *bases, **kw)`.
    #[cold]
    fn call_replaced_build_class(
        &mut self,
        f: Value,
        body: Value,
        name: Value,
        bases: Value,
        kw: Value,
    ) -> PyResult<Value> {
        let mut args = vec![body, name];
        if let Value::Obj(g) = bases {
            if let Obj::Tuple(t) = g.obj() {
                args.extend(t.iter().copied());
            }
        }
        let mut kwargs = Vec::new();
        if let Value::Obj(g) = kw {
            if let Obj::Dict(d) = g.obj() {
                kwargs.extend(d.borrow().iter().map(|e| (e.key, e.value)));
            }
        }
        self.call_value(f, &args, &kwargs)
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        let base = self.exc_class("BaseException");
        if let Value::Obj(g) = v {
            if let Obj::Class(_) = g.obj() {
                if self.is_subclass(g, base) {
                    let e = self.call_value(v, &[], &[])?;
                    if !self.isinstance(e, base) {
                        let t = Value::Obj(self.type_of(e));
                        let (c, t) = (self.repr(v)?, self.repr(t)?);
                        return Err(self.type_error(format!(
                            "calling {c} should have returned an instance of BaseException, not {t}"
                        )));
                    }
                    return Ok(e);
                }
            } else if self.isinstance(v, base) {
                return Ok(v);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except t:` test. As CPython, every entry of a tuple must be an exception
    /// class (nested tuples included) before any matching happens, so an invalid
    /// entry raises even when an earlier entry would have matched.
    pub fn exception_matches(&mut self, e: Value, t: Value) -> PyResult<bool> {
        let base = self.exc_class("BaseException");
        let bad = "catching classes that do not inherit from BaseException is not allowed";
        let exc_class = |vm: &mut Self, v: Value| match v {
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) && vm.is_subclass(g, base) => Some(g),
            _ => None,
        };
        if let Value::Obj(g) = t {
            if let Obj::Tuple(items) = g.obj() {
                let items: Vec<Value> = items.to_vec();
                let mut classes = Vec::with_capacity(items.len());
                for it in items {
                    match exc_class(self, it) {
                        Some(c) => classes.push(c),
                        None => return Err(self.type_error(bad)),
                    }
                }
                return Ok(classes.into_iter().any(|c| self.isinstance(e, c)));
            }
        }
        match exc_class(self, t) {
            Some(c) => Ok(self.isinstance(e, c)),
            None => Err(self.type_error(bad)),
        }
    }
}

/// Whether a class's `__new__` is the builtin one (so extra arguments reach only
/// `object.__init__`, which rejects them).
fn newf_is_object(newf: Option<Value>) -> bool {
    match newf {
        Some(Value::Obj(g)) => {
            matches!(g.obj(), Obj::Native(n) if n.name == "object.__new__" || n.name == "BaseException.__new__")
        }
        _ => true,
    }
}

/// `[first, *rest]`: a receiver prepended to call arguments.
fn prepend(first: Value, rest: &[Value]) -> Vec<Value> {
    let mut a = Vec::with_capacity(rest.len() + 1);
    a.push(first);
    a.extend_from_slice(rest);
    a
}

/// `*slot = v` for a `v` the callee just wrote to memory as two words (a native's result):
/// the common variants are copied word by word, because a whole-value (16-byte) load of two
/// just-made 8-byte stores waits for them to retire instead of taking them from the store
/// buffer.
#[inline(always)]
fn store_by_words(slot: &mut Value, v: Value) {
    *slot = match v {
        Value::Obj(g) => Value::Obj(g),
        Value::Int(x) => Value::Int(x),
        Value::Float(x) => Value::Float(x),
        other => other,
    };
}
