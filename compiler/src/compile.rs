//! AST → register bytecode.
//!
//! Registers: a function's parameters come first, then its other named locals, then the cells it
//! receives through its closure, then temporaries, allocated stack-like (`Emitter::alloc`, freed
//! by resetting `next_reg`). `expr` returns the register holding a value (a local's own register
//! when possible, otherwise a fresh temporary); `expr_into` evaluates into a given register.

use crate::code::{flags, CodeObject, Const};
use crate::emit::{Emitter, Reg};
use crate::opcodes::{BinKind, Op};
use crate::symtable::{Binding, ScopeKind, SymbolTable};
use crate::{leak_slice, leak_str, CompileError};

/// Unpacking assignments with more targets than this go through a tuple instead of a register
/// per target (`a, b, ... = x` with 100,000 names compiles, as in CPython).
const WIDE_UNPACK: usize = 4096;
use kestrel_grammar::ast::*;
use std::collections::{HashMap, HashSet};

#[path = "compile_async.rs"]
mod compile_async;
#[path = "compile_match.rs"]
mod compile_match;
#[path = "compile_try_star.rs"]
mod compile_try_star;

/// What must happen when control leaves a block early (return/break/continue).
enum Unwind<'a> {
    /// Run this `finally` body.
    Finally(&'a [Stmt<'a>]),
    /// Leave an except handler: restore the handled exception saved in this register.
    Handler(Reg),
    /// Leave a with block: call the exit function in this register with no exception (the
    /// call is at the `with` statement's line).
    With(Reg, kestrel_grammar::ast::Loc),
    /// A for loop's iterator register (nothing to do; marks the loop for break/continue).
    Loop,
    /// Leave an async with block: await the exit function in this register.
    AsyncWith(Reg),
}

impl<'a> FnCompiler<'a> {
    /// Pushes an unwind entry; a cleanup entry comes right after its own region is opened, so
    /// the regions outside it are all but the innermost.
    fn push_unwind(&mut self, u: Unwind<'a>) {
        let d = self.e.region_depth();
        let outer = match u {
            Unwind::Loop => d,
            _ => d.saturating_sub(1),
        };
        self.unwind.push(u);
        self.unwind_regions.push(outer);
    }

    fn pop_unwind(&mut self) {
        self.unwind.pop();
        self.unwind_regions.pop();
    }
}

struct LoopCtx {
    start: usize,
    breaks: Vec<usize>,
    /// Depth of `unwind` at the loop (entries above it are inside the loop).
    unwind_depth: usize,
    region_depth: usize,
}

struct FnCompiler<'a> {
    e: Emitter,
    scope: usize,
    kind: ScopeKind,
    locals: HashMap<String, Reg>,
    nlocals: u32,
    definite: HashSet<String>,
    unwind: Vec<Unwind<'a>>,
    /// For each `unwind` entry, the count of exception regions open outside it: its cleanup,
    /// inlined on the way out of a `return`/`break`/`continue`, is protected by those only.
    unwind_regions: Vec<usize>,
    loops: Vec<LoopCtx>,
    class_cell: Option<Reg>,
    qualname: String,
    in_function: bool,
    /// A docstring was stored as constant 0.
    has_doc: bool,
}

mod annotations;

pub struct Compiler<'t> {
    table: &'t SymbolTable,
    filename: &'static str,
    mode: crate::Mode,
    /// `from __future__ import annotations`: annotations are kept as source strings.
    future_annotations: std::cell::Cell<bool>,
    /// Wide mode: see `module`.
    wide: std::cell::Cell<bool>,
    /// Some code object needs wide mode.
    needs_wide: std::cell::Cell<bool>,
}

type R<T> = Result<T, CompileError>;

/// Displays and calls with more items than this are built in chunks (`build_big_seq`), so
/// their registers stay within the 15-bit register operands.
const BIG_DISPLAY: usize = 1024;

fn err<T>(msg: impl Into<String>, loc: Loc) -> R<T> {
    Err(CompileError {
        msg: msg.into(),
        line: loc.line,
        col: loc.col,
    })
}

/// `ClearLocal`'s B for an `except` name (no bound check).
const NO_CHECK: Reg = crate::emit::NONE_OPERAND;

pub use crate::code::flags::HAS_DOCSTRING;

/// The docstring of a body: a leading string-literal expression statement.
fn docstring<'a>(body: &'a [Stmt<'a>]) -> Option<&'a str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Const(kestrel_grammar::ast::Const::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

impl<'t> Compiler<'t> {
    pub fn new(table: &'t SymbolTable, filename: &'static str) -> Self {
        Compiler {
            table,
            filename,
            mode: crate::Mode::Module,
            future_annotations: std::cell::Cell::new(false),
            wide: std::cell::Cell::new(false),
            needs_wide: std::cell::Cell::new(false),
        }
    }

    pub fn with_mode(mut self, mode: crate::Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Compiles module `m`. Code whose jump offsets or cache indices outgrew their 16-bit
    /// fields (known only once the code is emitted) is compiled again in wide mode, where
    /// those operands always carry a `WIDE` prefix: only such huge modules pay for it.
    pub fn module(&self, m: &Module) -> R<&'static CodeObject> {
        match self.module_once(m) {
            Err(_) if self.needs_wide.get() && !self.wide.get() => {
                self.wide.set(true);
                self.module_once(m)
            }
            r => r,
        }
    }

    fn module_once(&self, m: &Module) -> R<&'static CodeObject> {
        let scope = self.table.scope_of(m);
        crate::future::check(m.body)?;
        let mut f = self.new_fn(scope, "<module>".into(), 1);
        self.future_annotations
            .set(annotations::future_annotations(m.body));
        if self.mode == crate::Mode::Eval {
            // `eval`: the one expression statement (checked by the caller) is the result.
            if let [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] = m.body
            {
                let r = self.expr(&mut f, e)?;
                f.e.op(Op::Return, r, 0, 0);
                return self.finish(f, "<module>", 1, flags::MODULE, (0, 0, 0), Vec::new());
            }
        }
        self.store_docstring(&mut f, m.body)?;
        self.setup_annotations(&mut f, m.body)?;
        self.block(&mut f, m.body)?;
        f.e.op(Op::ReturnNone, 0, 0, 0);
        self.finish(f, "<module>", 1, flags::MODULE, (0, 0, 0), Vec::new())
    }

    fn new_fn<'a>(&self, scope: usize, qualname: String, line: u32) -> FnCompiler<'a> {
        let s = &self.table.scopes[scope];
        let mut locals = HashMap::new();
        let mut n: u32 = 0;
        let mut definite = HashSet::new();
        if s.kind == ScopeKind::Function {
            for p in &s.params {
                locals.insert(p.clone(), n as Reg);
                definite.insert(p.clone());
                n += 1;
            }
            for l in s.other_locals() {
                if let std::collections::hash_map::Entry::Vacant(e) = locals.entry(l) {
                    e.insert(n as Reg);
                    n += 1;
                }
            }
        }
        let free_start = n;
        for fv in &s.frees {
            locals.insert(fv.clone(), n as Reg);
            n += 1;
        }
        let mut class_cell = None;
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            class_cell = Some(n as Reg);
            n += 1;
        }
        let _ = free_start;
        let mut e = Emitter::new(n, line);
        // A frame has at most `MAX_REGS` registers: more locals than that cannot be named
        // (reported by `finish` as a SyntaxError; CPython runs out of memory first).
        e.too_many_registers = n > crate::emit::MAX_REGS;
        e.wide_patches = self.wide.get();
        FnCompiler {
            e,
            scope,
            kind: s.kind,
            locals,
            nlocals: n,
            definite,
            unwind: Vec::new(),
            unwind_regions: Vec::new(),
            loops: Vec::new(),
            class_cell,
            qualname,
            in_function: s.kind == ScopeKind::Function,
            has_doc: false,
        }
    }

    /// Emits the prologue that turns captured locals into cells.
    fn prologue(&self, f: &mut FnCompiler) {
        let s = &self.table.scopes[f.scope];
        if s.kind == ScopeKind::Function {
            let mut names: Vec<&String> = s.params.iter().collect();
            let others = s.other_locals();
            names.extend(others.iter());
            for name in names {
                if s.is_captured(name) {
                    let r = f.locals[name.as_str()];
                    f.e.op(Op::MakeCell, r, 0, 0);
                }
            }
        }
        if let Some(c) = f.class_cell {
            f.e.op(Op::MakeCell, c, 0, 0);
        }
    }

    fn finish(
        &self,
        mut f: FnCompiler,
        name: &str,
        first_line: u32,
        mut fl: u32,
        (argcount, posonly, kwonly): (u32, u32, u32),
        varnames: Vec<String>,
    ) -> R<&'static CodeObject> {
        f.e.place_caches();
        if f.e.needs_wide {
            self.needs_wide.set(true);
            return err("code too large for 16-bit jump offsets", Loc::default());
        }
        if f.e.too_many_registers {
            return err(
                "too many local variables, constants or temporaries",
                Loc::default(),
            );
        }
        f.e.finish_table();
        let s = &self.table.scopes[f.scope];
        if s.is_generator || s.is_coroutine {
            fl |= flags::GENERATOR;
        }
        if s.is_coroutine {
            fl |= match s.is_generator {
                true => flags::ASYNC_GENERATOR,
                false => flags::COROUTINE,
            };
        }
        let free_start = (s.params.len() + s.other_locals().len()) as u32;
        let free_start = if s.kind == ScopeKind::Function {
            free_start
        } else {
            0
        };
        let mut names = varnames;
        if s.kind == ScopeKind::Function {
            names = s.params.clone();
            names.extend(s.other_locals());
        }
        // Free-variable registers follow the locals: name them too, for error messages.
        if names.len() == free_start as usize {
            names.extend(s.frees.iter().cloned());
        }
        let code = CodeObject {
            name: leak_str(name),
            qualname: leak_str(&f.qualname),
            filename: self.filename,
            first_line,
            flags: fl,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            nregs: f.e.max_reg.max(f.nlocals) + 1,
            free_start,
            nfree: s.frees.len() as u32,
            code: leak_slice(f.e.code),
            lines: leak_slice(f.e.lines),
            cols: leak_slice(f.e.cols),
            consts: leak_slice(f.e.consts),
            varnames: leak_slice(names.iter().map(|n| leak_str(n)).collect()),
            exc_table: leak_slice(f.e.exc_table),
            ncaches: f.e.ncaches,
            attr_names: leak_slice(f.e.attr_names),
        };
        Ok(Box::leak(Box::new(code)))
    }

    // ----- statements -----

    fn block<'a>(&self, f: &mut FnCompiler<'a>, body: &'a [Stmt<'a>]) -> R<()> {
        for s in body {
            self.stmt(f, s)?;
        }
        Ok(())
    }

    /// A nested block: assignments inside it do not make names definitely bound after it.
    fn sub_block<'a>(&self, f: &mut FnCompiler<'a>, body: &'a [Stmt<'a>]) -> R<()> {
        let saved = f.definite.clone();
        self.block(f, body)?;
        f.definite = saved.intersection(&f.definite).cloned().collect();
        Ok(())
    }

    fn stmt<'a>(&self, f: &mut FnCompiler<'a>, s: &'a Stmt<'a>) -> R<()> {
        f.e.loc = s.loc;
        let mark = f.e.next_reg;
        let r = self.stmt_inner(f, s);
        f.e.next_reg = mark;
        r
    }

    fn stmt_inner<'a>(&self, f: &mut FnCompiler<'a>, s: &'a Stmt<'a>) -> R<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if matches!(f.kind, ScopeKind::Module) && self.interactive() {
                    let r = self.expr(f, e)?;
                    f.e.op(Op::PrintExpr, r, 0, 0);
                } else {
                    self.expr(f, e)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                if targets.len() == 1 {
                    self.assign_value(f, &targets[0], value)?;
                } else {
                    let r = self.expr_temp(f, value)?;
                    for t in targets.iter() {
                        self.store(f, t, r)?;
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(f, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.assign_value(f, target, v)?;
                }
                self.ann_assign_annotation(f, target, annotation)?;
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(f, s.loc)?,
            StmtKind::Continue => self.continue_stmt(f, s.loc)?,
            StmtKind::Return(v) => {
                if !f.in_function {
                    return err("'return' outside function", s.loc);
                }
                let r = match v {
                    Some(v) => Some(self.expr(f, v)?),
                    None => None,
                };
                let r = if let (Some(r), false) = (r, f.unwind.is_empty()) {
                    // The value must survive the inlined finally blocks.
                    if r < f.nlocals {
                        let t = f.e.temp();
                        f.e.op(Op::Move, t, r, 0);
                        Some(t)
                    } else {
                        Some(r)
                    }
                } else {
                    r
                };
                let mut regions = self.unwind_to(f, 0)?;
                regions.splice(0..0, f.e.suspend_regions(0));
                match r {
                    Some(r) => f.e.op(Op::Return, r, 0, 0),
                    None => f.e.op(Op::ReturnNone, 0, 0, 0),
                };
                f.e.resume_regions(regions);
            }
            StmtKind::Delete(targets) => {
                for t in targets.iter() {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    f.e.op(Op::Raise, 0, 0, 0);
                }
                (Some(e), None) => {
                    let r = self.expr(f, e)?;
                    f.e.op(Op::Raise, r, 0, 1);
                }
                (Some(e), Some(c)) => {
                    let r = self.expr_temp(f, e)?;
                    let c = self.expr(f, c)?;
                    f.e.op(Op::Raise, r, c, 2);
                }
            },
            StmtKind::Assert { .. }
                if crate::OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed) => {}
            StmtKind::Assert { test, msg } => {
                let skip = self.jump_if(f, test, true)?;
                // CPython places the raise at the test.
                f.e.loc = test.loc;
                match msg {
                    Some(m) => {
                        let r = self.expr(f, m)?;
                        f.e.op(Op::RaiseAssert, 0, r, 1);
                    }
                    None => {
                        f.e.op(Op::RaiseAssert, 0, 0, 0);
                    }
                }
                for j in skip {
                    f.e.patch_here(j);
                }
            }
            StmtKind::If { test, body, orelse } => {
                let to_else = self.jump_if(f, test, false)?;
                self.sub_block(f, body)?;
                if orelse.is_empty() {
                    for j in to_else {
                        f.e.patch_here(j);
                    }
                } else {
                    let to_end = f.e.jump();
                    for j in to_else {
                        f.e.patch_here(j);
                    }
                    self.sub_block(f, orelse)?;
                    f.e.patch_here(to_end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = f.e.pc();
                let exits = self.jump_if(f, test, false)?;
                self.loop_body(f, start, body, |_| Ok(()))?;
                // The back edge belongs to the `while` line (as in CPython: an interrupt or
                // a limit noticed there is reported on it).
                f.e.loc = s.loc;
                f.e.jump_back(Op::Jump, 0, start);
                for j in exits {
                    f.e.patch_here(j);
                }
                let breaks = f.loops.pop().map(|l| l.breaks).unwrap_or_default();
                self.sub_block(f, orelse)?;
                for b in breaks {
                    f.e.patch_here(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let it = f.e.alloc(2);
                let src = self.expr(f, iter)?;
                f.e.op(Op::GetIter, it, src, 0);
                f.e.next_reg = it + 2;
                let start = f.e.pc();
                let local = self.local_target(f, target);
                let exit = match local {
                    Some(reg) => f.e.op(Op::ForIterTo, it, reg, 0),
                    None => f.e.jump_op(Op::ForIter, it),
                };
                f.push_unwind(Unwind::Loop);
                let r = self.loop_body(f, start, body, |this: &mut FnCompiler<'a>| match local {
                    Some(_) => {
                        if let ExprKind::Name(n) = target.kind {
                            this.definite.insert(self.mangle(this, n).into_owned());
                        }
                        Ok(())
                    }
                    None => self.store(this, target, it + 1),
                });
                f.pop_unwind();
                r?;
                f.e.jump_back(Op::Jump, 0, start);
                f.e.patch_here(exit);
                let breaks = f.loops.pop().map(|l| l.breaks).unwrap_or_default();
                self.sub_block(f, orelse)?;
                for b in breaks {
                    f.e.patch_here(b);
                }
                // The iterator is dropped here, as CPython pops it: a generator left by
                // `break` is closed now if nothing else holds it (`prompt_final.rs`).
                // Every register from the iterator's up is a dead temporary by now.
                f.e.op(Op::ClearLocal, it, DROPPED_ITERATOR, it);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(f, body, handlers, orelse)?;
                } else {
                    self.try_finally(f, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body } => self.with(f, items, body)?,
            StmtKind::Async(inner) => self.async_stmt(f, inner)?,
            StmtKind::Match { subject, cases } => self.match_stmt(f, subject, cases)?,
            StmtKind::FunctionDef(def) => {
                let r = self.function_def(f, def)?;
                self.store_name(f, def.name, r, def.loc)?;
            }
            StmtKind::ClassDef(c) => {
                let r = self.class_def(f, c)?;
                self.store_name(f, c.name, r, c.loc)?;
            }
            StmtKind::Import(aliases) => {
                for a in aliases.iter() {
                    let r = f.e.temp();
                    let k = f.e.constant(Const::Str(leak_str(a.name)));
                    f.e.op_bx(Op::Import, r, k);
                    match a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself.
                            let mut cur = r;
                            for part in a.name.split('.').skip(1) {
                                let k = f.e.name_const(part);
                                f.e.op(Op::ImportFrom, cur, cur, k);
                            }
                            cur = r;
                            self.store_name(f, asname, cur, s.loc)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(a.name);
                            self.store_name(f, top, r, s.loc)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let modname = module.unwrap_or("");
                // A relative import's level travels as leading dots in the name.
                let dots = ".".repeat(*level as usize);
                let m = f.e.temp();
                // The imported names follow, NUL-separated: a replaced `__import__` gets
                // them as its fromlist.
                let mut text = format!("{dots}{modname}\0from");
                for a in names.iter() {
                    text.push('\0');
                    text.push_str(a.name);
                }
                let k = f.e.constant(Const::Str(leak_str(&text)));
                f.e.op_bx(Op::Import, m, k);
                for a in names.iter() {
                    if a.name == "*" {
                        f.e.op(Op::ImportStar, m, 0, 0);
                        continue;
                    }
                    let r = f.e.temp();
                    let k = f.e.name_const(a.name);
                    f.e.op(Op::ImportFrom, r, m, k);
                    self.store_name(f, a.asname.unwrap_or(a.name), r, s.loc)?;
                }
            }
        }
        Ok(())
    }

    fn interactive(&self) -> bool {
        self.mode == crate::Mode::Single
    }

    /// Compiles a loop body with break/continue bookkeeping; `head` stores the loop variable.
    fn loop_body<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        start: usize,
        body: &'a [Stmt<'a>],
        head: impl FnOnce(&mut FnCompiler<'a>) -> R<()>,
    ) -> R<()> {
        f.loops.push(LoopCtx {
            start,
            breaks: Vec::new(),
            unwind_depth: f.unwind.len(),
            region_depth: f.e.region_depth(),
        });
        let saved = f.definite.clone();
        head(f)?;
        self.block(f, body)?;
        f.definite = saved.intersection(&f.definite).cloned().collect();
        Ok(())
    }

    fn break_stmt<'a>(&self, f: &mut FnCompiler<'a>, loc: Loc) -> R<()> {
        let Some(l) = f.loops.last() else {
            return err("'break' outside loop", loc);
        };
        let (ud, rd) = (l.unwind_depth, l.region_depth);
        let mut regions = self.unwind_to(f, ud)?;
        regions.splice(0..0, f.e.suspend_regions(rd));
        // A for loop's iterator needs no cleanup: it lives in a register.
        let j = f.e.jump();
        f.e.resume_regions(regions);
        if let Some(l) = f.loops.last_mut() {
            l.breaks.push(j);
        }
        Ok(())
    }

    fn continue_stmt<'a>(&self, f: &mut FnCompiler<'a>, loc: Loc) -> R<()> {
        let Some(l) = f.loops.last() else {
            return err("'continue' not properly in loop", loc);
        };
        let (ud, rd, start) = (l.unwind_depth, l.region_depth, l.start);
        let mut regions = self.unwind_to(f, ud)?;
        regions.splice(0..0, f.e.suspend_regions(rd));
        f.e.jump_back(Op::Jump, 0, start);
        f.e.resume_regions(regions);
        Ok(())
    }

    /// Emits the cleanup of every unwind entry above `depth`, innermost first. Each cleanup
    /// is protected by the exception regions outside its own statement (an exception raised
    /// by a finally body during a `return` still reaches the enclosing try), so the regions
    /// are closed step by step; the closed ones are returned (outermost first) for the caller
    /// to reopen after its jump.
    fn unwind_to<'a>(&self, f: &mut FnCompiler<'a>, depth: usize) -> R<Vec<usize>> {
        let mut suspended: Vec<usize> = Vec::new();
        let mut i = f.unwind.len();
        while i > depth {
            i -= 1;
            let outer = f.unwind_regions[i];
            if f.e.region_depth() > outer {
                let mut s = f.e.suspend_regions(outer);
                s.append(&mut suspended);
                suspended = s;
            }
            match f.unwind[i] {
                Unwind::Finally(body) => {
                    // The finally body runs outside its own try; hide the entries above it.
                    let saved: Vec<Unwind<'a>> = f.unwind.drain(i..).collect();
                    let saved_r: Vec<usize> = f.unwind_regions.drain(i..).collect();
                    let r = self.sub_block(f, body);
                    f.unwind.extend(saved);
                    f.unwind_regions.extend(saved_r);
                    r?;
                }
                Unwind::Handler(saved) => {
                    f.e.op(Op::PopHandler, saved, 0, 0);
                }
                Unwind::With(exit, line) => {
                    let t = f.e.temp();
                    f.e.op(Op::Move, t, exit, 0);
                    let saved = std::mem::replace(&mut f.e.loc, line);
                    f.e.op(Op::WithExit, t, t, 0);
                    f.e.loc = saved;
                }
                Unwind::AsyncWith(exit) => {
                    self.await_aexit(f, exit, exit);
                }
                Unwind::Loop => {}
            }
        }
        Ok(suspended)
    }

    fn try_except<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> R<()> {
        if handlers.iter().any(|h| h.star) {
            return self.try_star(f, body, handlers, orelse);
        }
        let handler = f.e.new_label();
        f.e.open_region(handler);
        self.sub_block(f, body)?;
        f.e.close_region();
        self.sub_block(f, orelse)?;
        let mut to_end = vec![f.e.jump()];
        // Handler: r = previously handled exception, r+1 = this one.
        f.e.place_label(handler);
        let r = f.e.alloc(2);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let cleanup = f.e.new_label();
        f.e.open_region(cleanup);
        f.push_unwind(Unwind::Handler(r));
        let mut matched_all = false;
        for h in handlers {
            f.e.loc = h.loc;
            let mark = f.e.next_reg;
            let mut next = None;
            match h.typ {
                Some(t) => {
                    let tr = self.expr(f, t)?;
                    let m = f.e.temp();
                    f.e.op(Op::ExcMatch, m, r + 1, tr);
                    next = Some(f.e.jump_op(Op::JumpIfFalse, m));
                }
                None => matched_all = true,
            }
            if let Some(name) = h.name {
                self.store_name(f, name, r + 1, h.loc)?;
            }
            let res = self.sub_block(f, h.body);
            res?;
            if let Some(name) = h.name {
                self.unbind_name(f, name)?;
            }
            let regions = f.e.suspend_regions(f.e.region_depth() - 1);
            f.e.op(Op::PopHandler, r, 0, 0);
            to_end.push(f.e.jump());
            f.e.resume_regions(regions);
            if let Some(n) = next {
                f.e.patch_here(n);
            }
            f.e.next_reg = mark;
            if matched_all {
                break;
            }
        }
        f.pop_unwind();
        f.e.close_region();
        if !matched_all {
            f.e.op(Op::PopHandler, r, 0, 0);
            f.e.op(Op::Reraise, r + 1, 0, 0);
        }
        // Cleanup: an exception escaping a handler restores the outer handled exception.
        f.e.place_label(cleanup);
        let s = f.e.alloc(2);
        f.e.op(Op::EnterHandler, s, 0, 0);
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, s + 1, 0, 0);
        for j in to_end {
            f.e.patch_here(j);
        }
        Ok(())
    }

    fn try_finally<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    ) -> R<()> {
        let handler = f.e.new_label();
        f.e.open_region(handler);
        f.push_unwind(Unwind::Finally(finalbody));
        let res = if handlers.is_empty() {
            self.sub_block(f, body)
        } else {
            self.try_except(f, body, handlers, orelse)
        };
        f.pop_unwind();
        res?;
        f.e.close_region();
        self.sub_block(f, finalbody)?;
        let to_end = f.e.jump();
        f.e.place_label(handler);
        let r = f.e.alloc(2);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let cleanup = f.e.new_label();
        f.e.open_region(cleanup);
        f.push_unwind(Unwind::Handler(r));
        let res = self.sub_block(f, finalbody);
        f.pop_unwind();
        res?;
        f.e.close_region();
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, r + 1, 0, 0);
        f.e.place_label(cleanup);
        let s = f.e.alloc(2);
        f.e.op(Op::EnterHandler, s, 0, 0);
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, s + 1, 0, 0);
        f.e.patch_here(to_end);
        Ok(())
    }

    fn with<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    ) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.sub_block(f, body);
        };
        // `__exit__` runs at the `with` line (as in CPython's tracebacks), not the body's last.
        let with_line = f.e.loc;
        let exit = f.e.alloc(2);
        let mgr = self.expr(f, item.context)?;
        f.e.op(Op::WithEnter, exit, mgr, 0);
        f.e.next_reg = exit + 2;
        if let Some(t) = item.target {
            self.store(f, t, exit + 1)?;
        }
        let handler = f.e.new_label();
        f.e.open_region(handler);
        f.push_unwind(Unwind::With(exit, with_line));
        let res = self.with(f, rest, body);
        f.pop_unwind();
        res?;
        f.e.close_region();
        f.e.loc = with_line;
        f.e.op(Op::WithExit, exit, exit, 0);
        let to_end = f.e.jump();
        f.e.place_label(handler);
        let r = f.e.alloc(2);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let cleanup = f.e.new_label();
        f.e.open_region(cleanup);
        f.e.op(Op::WithExit, exit, r + 1, 0);
        let suppressed = f.e.jump_op(Op::JumpIfTrue, exit);
        f.e.close_region();
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, r + 1, 0, 0);
        f.e.patch_here(suppressed);
        f.e.op(Op::PopHandler, r, 0, 0);
        let to_end2 = f.e.jump();
        f.e.place_label(cleanup);
        let s = f.e.alloc(2);
        f.e.op(Op::EnterHandler, s, 0, 0);
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, s + 1, 0, 0);
        f.e.patch_here(to_end);
        f.e.patch_here(to_end2);
        Ok(())
    }

    fn params_code<'a>(&self, f: &mut FnCompiler<'a>, params: &'a Params<'a>, base: Reg) -> R<u8> {
        // Defaults tuple in R[base], kw-defaults dict in R[base+1].
        let mut fl = 0u8;
        let defaults: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default)
            .collect();
        if !defaults.is_empty() {
            let t = f.e.alloc(defaults.len() as u32);
            for (i, d) in defaults.iter().enumerate() {
                self.expr_into(f, d, t + i as Reg)?;
            }
            f.e.op(Op::BuildTuple, base, t, defaults.len() as Reg);
            f.e.next_reg = base + 3;
            fl |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonly
            .iter()
            .filter_map(|p| p.default.map(|d| (p.name, d)))
            .collect();
        if !kwdefaults.is_empty() {
            let t = f.e.alloc(2 * kwdefaults.len() as u32);
            for (i, (name, d)) in kwdefaults.iter().enumerate() {
                let k = f.e.constant(Const::Str(leak_str(name)));
                f.e.op_bx(Op::LoadConst, t + 2 * i as Reg, k);
                self.expr_into(f, d, t + 2 * i as Reg + 1)?;
            }
            f.e.op(Op::BuildDict, base + 1, t, kwdefaults.len() as Reg);
            f.e.next_reg = base + 3;
            fl |= 2;
        }
        Ok(fl)
    }

    /// Builds the closure tuple for child scope `child` into `dst`; returns whether it has one.
    fn closure<'a>(&self, f: &mut FnCompiler<'a>, child: usize, dst: Reg) -> bool {
        let frees = &self.table.scopes[child].frees;
        if frees.is_empty() {
            return false;
        }
        let t = f.e.alloc(frees.len() as u32);
        for (i, name) in frees.iter().enumerate() {
            let src = if name == "__class__" && f.kind == ScopeKind::Class {
                f.class_cell.unwrap_or(0)
            } else {
                f.locals.get(name.as_str()).copied().unwrap_or(0)
            };
            f.e.op(Op::Move, t + i as Reg, src, 0);
        }
        f.e.op(Op::BuildTuple, dst, t, frees.len() as Reg);
        true
    }

    fn child_qualname(&self, f: &FnCompiler, name: &str) -> String {
        match f.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", f.qualname, name),
            // A comprehension's scope adds no `<locals>` (CPython: `f.<locals>.<listcomp>.<genexpr>`).
            ScopeKind::Function if is_comprehension_name(&f.qualname) => {
                format!("{}.{}", f.qualname, name)
            }
            ScopeKind::Function => format!("{}.<locals>.{}", f.qualname, name),
        }
    }

    /// Compiles a function body into a code object; leaves the function in a fresh register.
    fn make_function<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        scope: usize,
        name: &str,
        (params, returns): (&'a Params<'a>, Option<&'a Expr<'a>>),
        // The def's position, and the line of its first decorator (co_firstlineno).
        (loc, first_line): (Loc, u32),
        body: impl FnOnce(&Self, &mut FnCompiler<'a>) -> R<()>,
    ) -> R<Reg> {
        let qual = self.child_qualname(f, name);
        let mut child = self.new_fn(scope, qual, loc.line);
        self.prologue(&mut child);
        body(self, &mut child)?;
        let mut fl = if child.has_doc { HAS_DOCSTRING } else { 0 };
        if params.vararg.is_some() {
            fl |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            fl |= flags::VARKEYWORDS;
        }
        let counts = (
            (params.posonly.len() + params.args.len()) as u32,
            params.posonly.len() as u32,
            params.kwonly.len() as u32,
        );
        let code = self.finish(child, name, first_line, fl, counts, Vec::new())?;
        let dst = f.e.alloc(4);
        let mut d = self.params_code(f, params, dst + 1)?;
        if self.closure(f, scope, dst + 3) {
            d |= 4;
        }
        if annotations::has_function_annotations(params, returns) {
            // The dict goes in R[dst + 4], after the other operands (their temporaries are dead).
            f.e.next_reg = dst + 4;
            let a = f.e.alloc(1);
            if self.function_annotations(f, params, returns, a)? {
                d |= 8;
            }
        }
        let k = f.e.constant(Const::Code(code));
        f.e.op_d(Op::MakeFunction, dst, k as Reg, dst + 1, d);
        f.e.next_reg = dst + 1;
        Ok(dst)
    }

    fn function_def<'a>(&self, f: &mut FnCompiler<'a>, def: &'a FunctionDef<'a>) -> R<Reg> {
        let decos = self.decorators(f, def.decorators)?;
        let scope = self.table.scope_of(def);
        let body = def.body;
        let func = self.make_function(
            f,
            scope,
            def.name,
            (def.params, def.returns),
            (
                def.loc,
                def.decorators.first().map_or(def.loc.line, |d| d.loc.line),
            ),
            |c, child| {
                if let Some(doc) = docstring(body) {
                    // Constant 0, before the body adds any.
                    child.has_doc = child.e.constant(Const::Str(leak_str(doc))) == 0;
                }
                c.block(child, body)?;
                child.e.op(Op::ReturnNone, 0, 0, 0);
                Ok(())
            },
        )?;
        Ok(self.apply_decorators(f, decos, func))
    }

    /// `__doc__ = "..."` in a module or class namespace whose body starts with a docstring.
    fn store_docstring<'a>(&self, f: &mut FnCompiler<'a>, body: &'a [Stmt<'a>]) -> R<()> {
        let Some(doc) = docstring(body) else {
            return Ok(());
        };
        let t = f.e.temp();
        let k = f.e.constant(Const::Str(leak_str(doc)));
        f.e.op_bx(Op::LoadConst, t, k);
        self.store_name(f, "__doc__", t, Loc::default())?;
        f.e.next_reg -= 1;
        Ok(())
    }

    /// Evaluates the decorators; each one's register and position (its call is placed there).
    fn decorators<'a>(&self, f: &mut FnCompiler<'a>, decos: &'a [Expr<'a>]) -> R<Vec<(Reg, Loc)>> {
        let mut regs = Vec::new();
        for d in decos {
            regs.push((self.expr_temp(f, d)?, d.loc));
        }
        Ok(regs)
    }

    fn apply_decorators(&self, f: &mut FnCompiler, decos: Vec<(Reg, Loc)>, value: Reg) -> Reg {
        let mut cur = value;
        let saved = f.e.loc;
        for (d, loc) in decos.into_iter().rev() {
            let base = f.e.alloc(2);
            f.e.loc = loc;
            f.e.op(Op::Move, base, d, 0);
            f.e.op(Op::Move, base + 1, cur, 0);
            f.e.op(Op::Call, base, 1, 0);
            cur = base;
        }
        f.e.loc = saved;
        cur
    }

    fn class_def<'a>(&self, f: &mut FnCompiler<'a>, c: &'a ClassDef<'a>) -> R<Reg> {
        let decos = self.decorators(f, c.decorators)?;
        let scope = self.table.scope_of(c);
        let qual = self.child_qualname(f, c.name);
        let mut child = self.new_fn(scope, qual.clone(), c.loc.line);
        child.in_function = false;
        self.prologue(&mut child);
        // __module__ and __qualname__ first, as CPython does.
        let t = child.e.temp();
        child.e.load_global(t, "__name__");
        let k = child.e.constant(Const::Str("__module__"));
        child.e.op_bx(Op::StoreName, t, k);
        let k = child.e.constant(Const::Str(leak_str(&qual)));
        child.e.op_bx(Op::LoadConst, t, k);
        let k = child.e.constant(Const::Str("__qualname__"));
        child.e.op_bx(Op::StoreName, t, k);
        child.e.next_reg -= 1;
        self.store_docstring(&mut child, c.body)?;
        self.setup_annotations(&mut child, c.body)?;
        self.block(&mut child, c.body)?;
        if let Some(cell) = child.class_cell {
            let k = child.e.constant(Const::Str("__classcell__"));
            child.e.op_bx(Op::StoreName, cell, k);
        }
        child.e.op(Op::ReturnNone, 0, 0, 0);
        let code = self.finish(
            child,
            c.name,
            c.loc.line,
            flags::CLASS_BODY,
            (0, 0, 0),
            Vec::new(),
        )?;
        let base = f.e.alloc(4);
        let k = f.e.constant(Const::Code(code));
        let mut d = 0;
        if self.closure(f, scope, base + 3) {
            d |= 4;
        }
        f.e.op_d(Op::MakeFunction, base, k as Reg, base + 1, d);
        let k = f.e.constant(Const::Str(leak_str(c.name)));
        f.e.op_bx(Op::LoadConst, base + 1, k);
        f.e.next_reg = base + 2;
        // Bases as a tuple, keywords as a dict.
        if c.bases
            .iter()
            .any(|a| matches!(a, Arg::Star(_) | Arg::DoubleStar(_)))
        {
            let has_kw = self.unpacked_args(f, c.bases, base + 2)?;
            f.e.op(Op::BuildClass, base, has_kw as Reg, 0);
            f.e.next_reg = base + 1;
            return Ok(self.apply_decorators(f, decos, base));
        }
        let pos: Vec<&Expr> = c
            .bases
            .iter()
            .filter_map(|a| match a {
                Arg::Positional(e) => Some(e),
                _ => None,
            })
            .collect();
        let t = f.e.alloc(pos.len() as u32 + 1);
        for (i, e) in pos.iter().enumerate() {
            self.expr_into(f, e, t + i as Reg)?;
        }
        f.e.op(Op::BuildTuple, base + 2, t, pos.len() as Reg);
        f.e.next_reg = base + 3;
        let kws: Vec<(&str, &Expr)> = c
            .bases
            .iter()
            .filter_map(|a| match a {
                Arg::Keyword(n, e) => Some((*n, e)),
                _ => None,
            })
            .collect();
        let has_kw = !kws.is_empty();
        if has_kw {
            let t = f.e.alloc(2 * kws.len() as u32 + 1);
            for (i, (n, e)) in kws.iter().enumerate() {
                let k = f.e.constant(Const::Str(leak_str(n)));
                f.e.op_bx(Op::LoadConst, t + 2 * i as Reg, k);
                self.expr_into(f, e, t + 2 * i as Reg + 1)?;
            }
            f.e.op(Op::BuildDict, base + 3, t, kws.len() as Reg);
        }
        f.e.op(Op::BuildClass, base, has_kw as Reg, 0);
        f.e.next_reg = base + 1;
        Ok(self.apply_decorators(f, decos, base))
    }

    /// Arguments with `*`/`**` unpacking (a call's, or a class statement's bases): the
    /// positional ones into a tuple at `dst`, the keywords (if any) into a dict at `dst + 1`.
    /// Returns whether there are keywords.
    fn unpacked_args<'a>(&self, f: &mut FnCompiler<'a>, args: &'a [Arg<'a>], dst: Reg) -> R<bool> {
        f.e.next_reg = dst + 2;
        f.e.op(Op::BuildList, dst, 0, 0);
        let mut has_kw = false;
        // A lone `*x` is checked against the callee (CPython passes it straight to the call);
        // among other positional arguments it is a plain list extension.
        let positional = args
            .iter()
            .filter(|a| matches!(a, Arg::Positional(_) | Arg::Star(_)))
            .count();
        let star_kind = if positional == 1 { 1 } else { 2 };
        for a in args {
            let mark = f.e.next_reg;
            match a {
                Arg::Positional(x) => {
                    let r = self.expr(f, x)?;
                    f.e.op(Op::ListAppend, dst, r, 0);
                }
                Arg::Star(x) => {
                    let r = self.expr(f, x)?;
                    f.e.op(Op::ListExtend, dst, r, star_kind);
                }
                Arg::Keyword(n, x) => {
                    if !has_kw {
                        f.e.op(Op::BuildDict, dst + 1, 0, 0);
                        has_kw = true;
                    }
                    let k = f.e.alloc(2);
                    let kc = f.e.constant(Const::Str(leak_str(n)));
                    f.e.op_bx(Op::LoadConst, k, kc);
                    self.expr_into(f, x, k + 1)?;
                    let one = f.e.temp();
                    f.e.op(Op::BuildDict, one, k, 1);
                    f.e.op(Op::DictUpdate, dst + 1, one, 1);
                }
                Arg::DoubleStar(x) => {
                    if !has_kw {
                        f.e.op(Op::BuildDict, dst + 1, 0, 0);
                        has_kw = true;
                    }
                    let r = self.expr(f, x)?;
                    f.e.op(Op::DictUpdate, dst + 1, r, 1);
                }
            }
            f.e.next_reg = mark;
        }
        f.e.op(Op::ListToTuple, dst, dst, 0);
        Ok(has_kw)
    }

    // ----- names -----

    /// `name` after private-name mangling in `f`'s class (idempotent, so helpers may re-apply it).
    fn mangle<'n>(&self, f: &FnCompiler, name: &'n str) -> std::borrow::Cow<'n, str> {
        self.table.scopes[f.scope].mangle(name)
    }

    fn binding(&self, f: &FnCompiler, name: &str) -> Binding {
        let name = &*self.mangle(f, name);
        if f.kind == ScopeKind::Class && name == "__class__" && f.class_cell.is_some() {
            return Binding::Cell;
        }
        self.table.resolve(f.scope, name)
    }

    fn name_reg(&self, f: &FnCompiler, name: &str) -> Reg {
        let name = &*self.mangle(f, name);
        if f.kind == ScopeKind::Class && name == "__class__" {
            if let Some(c) = f.class_cell {
                return c;
            }
        }
        f.locals.get(name).copied().unwrap_or(0)
    }

    fn varname_index(&self, f: &FnCompiler, name: &str) -> Reg {
        let name = &*self.mangle(f, name);
        let s = &self.table.scopes[f.scope];
        s.params
            .iter()
            .cloned()
            .chain(s.other_locals())
            .position(|n| n == name)
            .map(|i| i as Reg)
            .unwrap_or(0)
    }

    fn load_name<'a>(&self, f: &mut FnCompiler<'a>, name: &str, dst: Option<Reg>) -> Reg {
        let name = &*self.mangle(f, name);
        match self.binding(f, name) {
            Binding::Local => {
                let r = self.name_reg(f, name);
                if !f.definite.contains(name) {
                    let vi = self.varname_index(f, name);
                    f.e.op(Op::CheckBound, r, vi, 0);
                }
                match dst {
                    Some(d) if d != r => {
                        f.e.op(Op::Move, d, r, 0);
                        d
                    }
                    _ => r,
                }
            }
            Binding::Cell | Binding::Free => {
                let r = self.name_reg(f, name);
                let d = dst.unwrap_or_else(|| f.e.temp());
                let is_free = self.binding(f, name) == Binding::Free;
                f.e.op(Op::LoadDeref, d, r, is_free as Reg);
                d
            }
            Binding::Global => {
                let d = dst.unwrap_or_else(|| f.e.temp());
                f.e.load_global(d, name);
                d
            }
            Binding::Name => {
                let d = dst.unwrap_or_else(|| f.e.temp());
                let k = f.e.constant(Const::Str(leak_str(name)));
                f.e.op_bx(Op::LoadName, d, k);
                d
            }
        }
    }

    fn store_name<'a>(&self, f: &mut FnCompiler<'a>, name: &str, src: Reg, _loc: Loc) -> R<()> {
        let name = &*self.mangle(f, name);
        match self.binding(f, name) {
            Binding::Local => {
                let r = self.name_reg(f, name);
                if r != src {
                    f.e.op(Op::Move, r, src, 0);
                }
                f.definite.insert(name.to_string());
            }
            Binding::Cell | Binding::Free => {
                let r = self.name_reg(f, name);
                f.e.op(Op::StoreDeref, r, src, 0);
            }
            Binding::Global => {
                f.e.store_global(src, name);
            }
            Binding::Name => {
                let k = f.e.constant(Const::Str(leak_str(name)));
                f.e.op_bx(Op::StoreName, src, k);
            }
        }
        Ok(())
    }

    /// `except E as name` unbinds the name at the end of the handler.
    fn unbind_name<'a>(&self, f: &mut FnCompiler<'a>, name: &str) -> R<()> {
        let name = &*self.mangle(f, name);
        match self.binding(f, name) {
            Binding::Local => {
                let r = self.name_reg(f, name);
                f.e.op(Op::ClearLocal, r, NO_CHECK, NO_DEAD_TEMPS);
                f.definite.remove(name);
            }
            Binding::Cell | Binding::Free => {
                let r = self.name_reg(f, name);
                f.e.op(Op::DeleteDeref, r, 0, 0);
            }
            Binding::Global => {
                let k = f.e.constant(Const::Str(leak_str(name)));
                f.e.op_bx(Op::DeleteGlobal, NO_DEAD_TEMPS, k);
            }
            Binding::Name => {
                let k = f.e.constant(Const::Str(leak_str(name)));
                f.e.op_bx(Op::DeleteName, NO_DEAD_TEMPS, k);
            }
        }
        Ok(())
    }

    // ----- assignment -----

    /// `target = value` with a single target: evaluates straight into a local when safe.
    fn assign_value<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
    ) -> R<()> {
        if let ExprKind::Name(n) = target.kind {
            if self.binding(f, n) == Binding::Local {
                let r = self.name_reg(f, n);
                self.expr_into(f, value, r)?;
                f.definite.insert(self.mangle(f, n).into_owned());
                return Ok(());
            }
        }
        if let (
            ExprKind::Tuple(ts) | ExprKind::List(ts),
            ExprKind::Tuple(vs) | ExprKind::List(vs),
        ) = (&target.kind, &value.kind)
        {
            let simple = ts.len() == vs.len()
                && !ts.iter().any(|t| matches!(t.kind, ExprKind::Starred(_)))
                && !vs.iter().any(|v| matches!(v.kind, ExprKind::Starred(_)));
            if simple {
                // `a, b = b, a`: evaluate all values into temporaries, then store.
                let base = f.e.alloc(vs.len() as u32);
                for (i, v) in vs.iter().enumerate() {
                    self.expr_into(f, v, base + i as Reg)?;
                }
                for (i, t) in ts.iter().enumerate() {
                    self.store(f, t, base + i as Reg)?;
                }
                return Ok(());
            }
        }
        let r = self.expr(f, value)?;
        self.store(f, target, r)
    }

    /// Stores register `src` into an assignment target.
    fn store<'a>(&self, f: &mut FnCompiler<'a>, t: &'a Expr<'a>, src: Reg) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(f, n, src, t.loc),
            ExprKind::Attribute(obj, name) => {
                let mark = f.e.next_reg;
                let o = self.expr(f, obj)?;
                let k = f.e.attr_cache(&self.mangle(f, name));
                f.e.loc = t.loc;
                f.e.op(Op::SetAttr, o, k, src);
                f.e.next_reg = mark;
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                let mark = f.e.next_reg;
                let o = self.expr(f, obj)?;
                if let ExprKind::Slice(lo, hi, step) = idx.kind {
                    let base = self.slice_parts(f, [lo, hi, step])?;
                    f.e.loc = t.loc;
                    f.e.op(Op::SetSlice, o, base, src);
                } else {
                    let i = self.expr(f, idx)?;
                    f.e.loc = t.loc;
                    f.e.op(Op::SetItem, o, i, src);
                }
                f.e.next_reg = mark;
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if let Some(first) = self.consecutive_locals(f, items) {
                    // `a, b, c = t` into locals that sit in consecutive registers: unpack
                    // straight into them, without a MOVE per name.
                    f.e.loc = t.loc;
                    f.e.op(Op::Unpack, first, src, items.len() as Reg);
                    for item in items.iter() {
                        if let ExprKind::Name(n) = &item.kind {
                            let name = self.mangle(f, n).to_string();
                            f.definite.insert(name);
                        }
                    }
                    return Ok(());
                }
                let mark = f.e.next_reg;
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                if star.is_none() && items.len() > WIDE_UNPACK {
                    // Too many targets for a register each: unpack into one tuple (the same
                    // checks and errors), then store its items one by one.
                    let tup = f.e.alloc(2);
                    f.e.loc = t.loc;
                    f.e.op(Op::UnpackTuple, tup, src, items.len() as Reg);
                    for (i, item) in items.iter().enumerate() {
                        let k = f.e.constant(Const::Int(i as i64));
                        f.e.op(Op::GetItem, tup + 1, tup, k | crate::emit::RK_CONST);
                        self.store(f, item, tup + 1)?;
                    }
                    f.e.next_reg = mark;
                    return Ok(());
                }
                let base = f.e.alloc(items.len() as u32);
                f.e.loc = t.loc;
                match star {
                    None => {
                        f.e.op(Op::Unpack, base, src, items.len() as Reg);
                    }
                    Some(s) => {
                        let after = items.len() - s - 1;
                        if after > 255 {
                            return err("too many expressions in star-unpacking assignment", t.loc);
                        }
                        f.e.op_d(Op::UnpackEx, base, src, s as Reg, after as u8);
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let target = match &item.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => item,
                    };
                    self.store(f, target, base + i as Reg)?;
                }
                f.e.next_reg = mark;
                Ok(())
            }
            ExprKind::Starred(_) => err(
                "starred assignment target must be in a list or tuple",
                t.loc,
            ),
            _ => err("cannot assign to expression", t.loc),
        }
    }

    /// The first register of unpacking targets that are all plain locals in consecutive,
    /// ascending registers (so distinct), if they are.
    fn consecutive_locals<'a>(&self, f: &FnCompiler<'a>, items: &[Expr<'a>]) -> Option<Reg> {
        let mut first = None;
        for (i, item) in items.iter().enumerate() {
            let ExprKind::Name(n) = &item.kind else {
                return None;
            };
            let name = &*self.mangle(f, n);
            if !matches!(self.binding(f, name), Binding::Local) {
                return None;
            }
            let r = self.name_reg(f, name);
            match first {
                None => first = Some(r),
                Some(r0) if r == r0 + i as Reg => {}
                Some(_) => return None,
            }
        }
        first
    }

    /// Deleting a name, attribute or item may free an object with a finalizer; the VM
    /// collects right away then (`prompt_final.rs`), and the operand says from which register
    /// on the frame's registers are dead temporaries it may clear first (the first free one:
    /// temporaries are allocated as a stack, so none above it is in use).
    fn delete<'a>(&self, f: &mut FnCompiler<'a>, t: &'a Expr<'a>) -> R<()> {
        f.e.loc = t.loc;
        match &t.kind {
            ExprKind::Name(n) => match self.binding(f, n) {
                Binding::Local => {
                    let r = self.name_reg(f, n);
                    let vi = self.varname_index(f, n);
                    f.e.op(Op::ClearLocal, r, vi, dead_temps(f));
                    f.definite.remove(&*self.mangle(f, n));
                }
                Binding::Global => {
                    let k = f.e.constant(Const::Str(leak_str(&self.mangle(f, n))));
                    f.e.op_bx(Op::DeleteGlobal, dead_temps(f), k);
                }
                Binding::Name => {
                    let k = f.e.constant(Const::Str(leak_str(&self.mangle(f, n))));
                    f.e.op_bx(Op::DeleteName, dead_temps(f), k);
                }
                _ => self.unbind_name(f, n)?,
            },
            ExprKind::Attribute(obj, name) => {
                let o = self.expr(f, obj)?;
                let k = f.e.name_const(&self.mangle(f, name));
                f.e.op(Op::DelAttr, o, k, dead_temps(f));
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.expr(f, obj)?;
                let i = self.expr(f, idx)?;
                f.e.op(Op::DelItem, o, i, dead_temps(f));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items.iter() {
                    self.delete(f, i)?;
                }
            }
            _ => return err("cannot delete expression", t.loc),
        }
        Ok(())
    }

    fn aug_assign<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
    ) -> R<()> {
        let kind = bin_kind(op) as u8;
        // The operation has the statement's position, loading and storing the target's.
        let stmt_loc = f.e.loc;
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = self.load_name(f, n, None);
                let v = self.operand(f, value)?;
                f.e.loc = stmt_loc;
                let dst = if self.binding(f, n) == Binding::Local {
                    self.name_reg(f, n)
                } else {
                    f.e.temp()
                };
                f.e.op_d(Op::InplaceOp, dst, cur, v, kind);
                self.store_name(f, n, dst, target.loc)
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.expr(f, obj)?;
                let name = &*self.mangle(f, name);
                let cache = f.e.attr_cache(name);
                let k = f.e.attr_cache(name);
                let cur = f.e.temp();
                f.e.loc = target.loc;
                f.e.op(Op::GetAttr, cur, o, cache);
                let v = self.operand(f, value)?;
                f.e.loc = stmt_loc;
                f.e.op_d(Op::InplaceOp, cur, cur, v, kind);
                f.e.loc = target.loc;
                f.e.op(Op::SetAttr, o, k, cur);
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.expr(f, obj)?;
                let i = self.expr(f, idx)?;
                let cur = f.e.temp();
                f.e.loc = target.loc;
                f.e.op(Op::GetItem, cur, o, i);
                let v = self.expr(f, value)?;
                f.e.loc = stmt_loc;
                f.e.op_d(Op::InplaceOp, cur, cur, v, kind);
                f.e.loc = target.loc;
                f.e.op(Op::SetItem, o, i, cur);
                Ok(())
            }
            _ => err(
                "'expression' is an illegal expression for augmented assignment",
                target.loc,
            ),
        }
    }

    // ----- expressions -----

    /// The register of a loop target that is a plain local variable (FOR_ITER can write it
    /// directly).
    fn local_target(&self, f: &FnCompiler, target: &Expr) -> Option<Reg> {
        match target.kind {
            ExprKind::Name(n) if self.binding(f, n) == Binding::Local => Some(self.name_reg(f, n)),
            _ => None,
        }
    }

    /// An RK operand: a constant-table reference for literal ints, floats, strings, None and
    /// bools (no load instruction), otherwise the register `expr` gives.
    fn operand<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>) -> R<Reg> {
        if let ExprKind::Const(c) = &e.kind {
            if matches!(
                c,
                Const_::Int(_)
                    | Const_::Float(_)
                    | Const_::Str(_)
                    | Const_::None
                    | Const_::True
                    | Const_::False
            ) {
                return Ok(f.e.constant(convert_const(c)) | crate::emit::RK_CONST);
            }
        }
        self.expr(f, e)
    }

    /// Evaluates `e` into a register that later code may overwrite freely (never a local's own).
    fn expr_temp<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>) -> R<Reg> {
        let t = f.e.temp();
        self.expr_into(f, e, t)?;
        Ok(t)
    }

    /// Evaluates `e` and returns the register holding it: a local's own register for a bound
    /// local name, otherwise a new temporary.
    fn expr<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>) -> R<Reg> {
        if let ExprKind::Name(n) = e.kind {
            if self.binding(f, n) == Binding::Local {
                let saved = f.e.loc;
                f.e.loc = e.loc;
                let r = self.load_name(f, n, None);
                f.e.loc = saved;
                return Ok(r);
            }
        }
        let t = f.e.temp();
        self.expr_into(f, e, t)?;
        Ok(t)
    }

    /// Evaluates `e` into `dst`. Subexpressions go to temporaries above `next_reg`, which are
    /// released afterwards; `dst` is written only once all operands are read, except by the
    /// forms that branch (handled by going through a temporary when `dst` is a named local).
    /// A slice's start, stop and step (None where omitted) in three consecutive new
    /// registers; returns the first.
    fn slice_parts<'a>(&self, f: &mut FnCompiler<'a>, parts: [Option<&'a Expr<'a>>; 3]) -> R<Reg> {
        let base = f.e.alloc(3);
        for (i, part) in parts.iter().enumerate() {
            match part {
                Some(x) => self.expr_into(f, x, base + i as Reg)?,
                None => {
                    f.e.op(Op::LoadNone, base + i as Reg, 0, 0);
                }
            }
        }
        Ok(base)
    }

    fn expr_into<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>, dst: Reg) -> R<()> {
        let saved_loc = f.e.loc;
        if e.loc.line != 0 {
            f.e.loc = e.loc;
        }
        let mark = f.e.next_reg.max(dst + 1);
        f.e.next_reg = mark;
        let r = self.expr_into_inner(f, e, dst);
        f.e.next_reg = mark;
        f.e.loc = saved_loc;
        r
    }

    fn is_named(&self, f: &FnCompiler, r: Reg) -> bool {
        r < f.nlocals
    }

    fn expr_into_inner<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>, dst: Reg) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.load_name(f, n, Some(dst));
            }
            ExprKind::Const(c) => self.load_const(f, c, dst),
            ExprKind::FString(parts) => {
                let n = self.fstring_parts(f, parts)?;
                let (base, count) = n;
                f.e.op(Op::BuildString, dst, base, count);
            }
            ExprKind::BinOp(l, op, r) => {
                let kind = bin_kind(*op);
                if let (BinKind::Add | BinKind::Sub, Some(imm)) = (kind, small_int(r)) {
                    let a = self.expr(f, l)?;
                    let imm = if kind == BinKind::Sub { -imm } else { imm };
                    f.e.loc = e.loc;
                    f.e.op(Op::AddInt, dst, a, imm as i16 as u16 as Reg);
                    return Ok(());
                }
                let a = self.operand(f, l)?;
                let b = self.operand(f, r)?;
                f.e.loc = e.loc;
                match kind {
                    BinKind::Add => f.e.op(Op::Add, dst, a, b),
                    BinKind::Sub => f.e.op(Op::Sub, dst, a, b),
                    BinKind::Mul => f.e.op(Op::Mul, dst, a, b),
                    BinKind::TrueDiv => f.e.op(Op::TrueDiv, dst, a, b),
                    BinKind::FloorDiv => f.e.op(Op::FloorDiv, dst, a, b),
                    BinKind::Mod => f.e.op(Op::Mod, dst, a, b),
                    k => f.e.op_d(Op::BinaryOp, dst, a, b, k as u8),
                };
            }
            ExprKind::UnaryOp(op, x) => {
                if let (UnaryOp::Neg, ExprKind::Const(Const_::Int(i))) = (op, &x.kind) {
                    let v = Const_::Int(i.wrapping_neg());
                    if *i != i64::MIN {
                        self.load_const(f, &v, dst);
                        return Ok(());
                    }
                }
                if let (UnaryOp::Neg, ExprKind::Const(Const_::Float(x))) = (op, &x.kind) {
                    self.load_const(f, &Const_::Float(-x), dst);
                    return Ok(());
                }
                let a = self.expr(f, x)?;
                let o = match op {
                    UnaryOp::Not => Op::Not,
                    UnaryOp::Neg => Op::Neg,
                    UnaryOp::Pos => Op::Pos,
                    UnaryOp::Invert => Op::Invert,
                };
                f.e.op(o, dst, a, 0);
            }
            ExprKind::BoolOp(op, values) => {
                let target = if self.is_named(f, dst) {
                    f.e.temp()
                } else {
                    dst
                };
                let mut ends = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr_into(f, v, target)?;
                    if i + 1 < values.len() {
                        let jop = match op {
                            BoolOp::And => Op::JumpIfFalse,
                            BoolOp::Or => Op::JumpIfTrue,
                        };
                        ends.push(f.e.jump_op(jop, target));
                    }
                }
                for j in ends {
                    f.e.patch_here(j);
                }
                if target != dst {
                    f.e.op(Op::Move, dst, target, 0);
                }
            }
            ExprKind::Compare(first, rest) => {
                if rest.len() == 1 {
                    let a = self.operand(f, first)?;
                    let b = self.operand(f, &rest[0].1)?;
                    f.e.loc = e.loc;
                    f.e.op(cmp_op(rest[0].0), dst, a, b);
                } else {
                    let target = if self.is_named(f, dst) {
                        f.e.temp()
                    } else {
                        dst
                    };
                    let mut ends = Vec::new();
                    // Two registers in turn hold the left and right operands, so a chain
                    // of any length needs only two.
                    let pair = f.e.alloc(2);
                    self.expr_into(f, first, pair)?;
                    let mut left = pair;
                    for (i, (op, right)) in rest.iter().enumerate() {
                        let r = pair + ((i + 1) % 2) as Reg;
                        self.expr_into(f, right, r)?;
                        f.e.op(cmp_op(*op), target, left, r);
                        if i + 1 < rest.len() {
                            ends.push(f.e.jump_op(Op::JumpIfFalse, target));
                        }
                        left = r;
                    }
                    for j in ends {
                        f.e.patch_here(j);
                    }
                    if target != dst {
                        f.e.op(Op::Move, dst, target, 0);
                    }
                }
            }
            ExprKind::Call { func, args } => self.call(f, e, func, args, dst)?,
            ExprKind::Attribute(obj, name) => {
                let o = self.expr(f, obj)?;
                let k = f.e.attr_cache(&self.mangle(f, name));
                f.e.loc = e.loc;
                f.e.op(Op::GetAttr, dst, o, k);
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.expr(f, obj)?;
                if let ExprKind::Slice(lo, hi, step) = idx.kind {
                    // `o[lo:hi:step]`: no slice object unless a `__getitem__` asks for one.
                    let base = self.slice_parts(f, [lo, hi, step])?;
                    f.e.loc = e.loc;
                    f.e.op(Op::GetSlice, dst, o, base);
                    return Ok(());
                }
                let i = self.operand(f, idx)?;
                f.e.loc = e.loc;
                f.e.op(Op::GetItem, dst, o, i);
            }
            ExprKind::Slice(lo, hi, step) => {
                let base = self.slice_parts(f, [*lo, *hi, *step])?;
                f.e.op(Op::BuildSlice, dst, base, 3);
            }
            ExprKind::Tuple(items) => self.build_seq(f, items, dst, Op::BuildTuple)?,
            ExprKind::List(items) => self.build_seq(f, items, dst, Op::BuildList)?,
            ExprKind::Set(items) => self.build_seq(f, items, dst, Op::BuildSet)?,
            ExprKind::Dict(items) => {
                if items.len() <= BIG_DISPLAY && items.iter().all(|(k, _)| k.is_some()) {
                    let base = f.e.alloc(2 * items.len() as u32);
                    for (i, (k, v)) in items.iter().enumerate() {
                        if let Some(k) = k {
                            self.expr_into(f, k, base + 2 * i as Reg)?;
                        }
                        self.expr_into(f, v, base + 2 * i as Reg + 1)?;
                    }
                    f.e.op(Op::BuildDict, dst, base, items.len() as Reg);
                } else {
                    let d = f.e.temp();
                    f.e.op(Op::BuildDict, d, 0, 0);
                    for (k, v) in items.iter() {
                        let mark = f.e.next_reg;
                        match k {
                            Some(k) => {
                                let kr = self.expr_temp(f, k)?;
                                let vr = self.expr(f, v)?;
                                f.e.op(Op::DictSet, d, kr, vr);
                            }
                            None => {
                                let vr = self.expr(f, v)?;
                                f.e.op(Op::DictUpdate, d, vr, 0);
                            }
                        }
                        f.e.next_reg = mark;
                    }
                    f.e.op(Op::Move, dst, d, 0);
                }
            }
            ExprKind::Starred(_) => return err("can't use starred expression here", e.loc),
            ExprKind::IfExp(test, body, orelse) => {
                let target = if self.is_named(f, dst) {
                    f.e.temp()
                } else {
                    dst
                };
                let to_else = self.jump_if(f, test, false)?;
                self.expr_into(f, body, target)?;
                let to_end = f.e.jump();
                for j in to_else {
                    f.e.patch_here(j);
                }
                self.expr_into(f, orelse, target)?;
                f.e.patch_here(to_end);
                if target != dst {
                    f.e.op(Op::Move, dst, target, 0);
                }
            }
            ExprKind::Lambda(params, body) => {
                let scope = self.table.scope_of(e);
                let r = self.make_function(
                    f,
                    scope,
                    "<lambda>",
                    (params, None),
                    (e.loc, e.loc.line),
                    |c, child| {
                        let r = c.expr(child, body)?;
                        child.e.op(Op::Return, r, 0, 0);
                        Ok(())
                    },
                )?;
                f.e.op(Op::Move, dst, r, 0);
            }
            ExprKind::ListComp(elt, gens) => {
                self.comprehension(f, e, gens, dst, Comp::List(elt))?
            }
            ExprKind::SetComp(elt, gens) => self.comprehension(f, e, gens, dst, Comp::Set(elt))?,
            ExprKind::DictComp(k, v, gens) => {
                self.comprehension(f, e, gens, dst, Comp::Dict(k, v))?
            }
            ExprKind::GeneratorExp(elt, gens) => {
                self.comprehension(f, e, gens, dst, Comp::Gen(elt))?
            }
            ExprKind::Yield(v) => {
                let r = match v {
                    Some(v) => self.expr(f, v)?,
                    None => {
                        let t = f.e.temp();
                        f.e.op(Op::LoadNone, t, 0, 0);
                        t
                    }
                };
                f.e.op(Op::Yield, dst, r, 0);
            }
            ExprKind::YieldFrom(v) => {
                let src = self.expr(f, v)?;
                let it = f.e.temp();
                let from = crate::opcodes::async_op::YIELD_FROM_ITER;
                f.e.op_d(Op::Async, it, src, 0, from);
                f.e.op(Op::YieldFrom, dst, it, 0);
            }
            ExprKind::Await(x) => {
                let r = self.expr(f, x)?;
                f.e.loc = e.loc;
                self.await_reg(f, r, dst);
            }
            ExprKind::NamedExpr(target, value) => {
                self.expr_into(f, value, dst)?;
                self.store(f, target, dst)?;
            }
        }
        Ok(())
    }

    fn load_const<'a>(&self, f: &mut FnCompiler<'a>, c: &Const_<'a>, dst: Reg) {
        match c {
            Const_::None => {
                f.e.op(Op::LoadNone, dst, 0, 0);
            }
            Const_::True => {
                f.e.op(Op::LoadBool, dst, 1, 0);
            }
            Const_::False => {
                f.e.op(Op::LoadBool, dst, 0, 0);
            }
            Const_::Int(i) if i32::try_from(*i).is_ok() => {
                f.e.op_bx(Op::LoadInt, dst, *i as i32 as u32);
            }
            other => {
                let k = f.e.constant(convert_const(other));
                f.e.op_bx(Op::LoadConst, dst, k);
            }
        }
    }

    fn build_seq<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        items: &'a [Expr<'a>],
        dst: Reg,
        op: Op,
    ) -> R<()> {
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred && items.len() > BIG_DISPLAY {
            return self.build_big_seq(f, items, dst, op);
        }
        if !starred && op == Op::BuildSet && items.len() > 2 {
            // A display of three or more constants is, in CPython, a frozenset constant (its
            // items re-added in that set's order when the compiler merges constants) merged
            // into a new set: its order can differ from adding the items one by one.
            if let Some(consts) = items.iter().map(display_const).collect::<Option<Vec<_>>>() {
                let mark = f.e.next_reg;
                let t = f.e.temp();
                let k = f.e.constant(Const::Tuple(leak_slice(consts)));
                f.e.op_bx(Op::LoadConst, t, k);
                f.e.op(Op::BuildSet, dst, 0, 0);
                f.e.op(Op::SetUpdate, dst, t, 1);
                f.e.next_reg = mark;
                return Ok(());
            }
        }
        if !starred {
            let base = f.e.alloc(items.len() as u32);
            for (i, item) in items.iter().enumerate() {
                self.expr_into(f, item, base + i as Reg)?;
            }
            f.e.op(op, dst, base, items.len() as Reg);
            return Ok(());
        }
        // With `*x` items: build a list (or set), then convert.
        let acc = f.e.temp();
        let (build, add, extend) = if op == Op::BuildSet {
            (Op::BuildSet, Op::SetAdd, Op::SetUpdate)
        } else {
            (Op::BuildList, Op::ListAppend, Op::ListExtend)
        };
        f.e.op(build, acc, 0, 0);
        for item in items {
            let mark = f.e.next_reg;
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let r = self.expr(f, inner)?;
                    // C=2: a display's `*x` (its own TypeError wording).
                    let c = if extend == Op::ListExtend { 2 } else { 0 };
                    f.e.op(extend, acc, r, c);
                }
                _ => {
                    let r = self.expr(f, item)?;
                    f.e.op(add, acc, r, 0);
                }
            }
            f.e.next_reg = mark;
        }
        if op == Op::BuildTuple {
            f.e.op(Op::ListToTuple, dst, acc, 0);
        } else {
            f.e.op(Op::Move, dst, acc, 0);
        }
        Ok(())
    }

    /// A display too long for one register block (`[0, 1, ..., 99999]`): built in chunks
    /// of `BIG_DISPLAY` items, each extending the result; a chunk of constants is one
    /// constant tuple, so the constant table stays small too. Normal code never comes here.
    #[cold]
    fn build_big_seq<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        items: &'a [Expr<'a>],
        dst: Reg,
        op: Op,
    ) -> R<()> {
        let (build, extend) = match op {
            Op::BuildSet => (Op::BuildSet, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListExtend),
        };
        let acc = f.e.temp();
        f.e.op(build, acc, 0, 0);
        for chunk in items.chunks(BIG_DISPLAY) {
            let mark = f.e.next_reg;
            let consts: Option<Vec<Const>> = chunk
                .iter()
                .map(|x| match &x.kind {
                    ExprKind::Const(c) => Some(convert_const(c)),
                    _ => None,
                })
                .collect();
            let part = match consts {
                Some(consts) => {
                    let t = f.e.temp();
                    let k = f.e.constant(Const::Tuple(leak_slice(consts)));
                    f.e.op_bx(Op::LoadConst, t, k);
                    t
                }
                None => {
                    let base = f.e.alloc(chunk.len() as u32);
                    for (i, item) in chunk.iter().enumerate() {
                        self.expr_into(f, item, base + i as Reg)?;
                    }
                    let t = f.e.temp();
                    f.e.op(build, t, base, chunk.len() as Reg);
                    t
                }
            };
            f.e.op(extend, acc, part, 0);
            f.e.next_reg = mark;
        }
        if op == Op::BuildTuple {
            f.e.op(Op::ListToTuple, dst, acc, 0);
        } else {
            f.e.op(Op::Move, dst, acc, 0);
        }
        Ok(())
    }

    /// Evaluates f-string parts into consecutive registers; returns (first, count).
    fn fstring_parts<'a>(&self, f: &mut FnCompiler<'a>, parts: &'a [FPart<'a>]) -> R<(Reg, Reg)> {
        let mut count = 0usize;
        for p in parts {
            count += match p {
                FPart::Field {
                    debug_text: Some(_),
                    ..
                } => 2,
                _ => 1,
            };
        }
        let base = f.e.alloc(count as u32);
        let mut i = 0;
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    let k = f.e.constant(Const::Str(leak_str(s)));
                    f.e.op_bx(Op::LoadConst, base + i, k);
                    i += 1;
                }
                FPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        let k = f.e.constant(Const::Str(leak_str(t)));
                        f.e.op_bx(Op::LoadConst, base + i, k);
                        i += 1;
                    }
                    let v = self.expr(f, expr)?;
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ if debug_text.is_some() && spec.is_none() => 2,
                        _ => 0,
                    };
                    let dst = base + i;
                    let spec_reg = match spec {
                        Some(sp) => {
                            let (sb, sc) = self.fstring_parts(f, sp)?;
                            let t = f.e.temp();
                            f.e.op(Op::BuildString, t, sb, sc);
                            t
                        }
                        None => dst,
                    };
                    f.e.op_d(Op::FormatValue, dst, v, spec_reg, conv);
                    f.e.next_reg = base + count as u32;
                    i += 1;
                }
            }
        }
        Ok((base, count as Reg))
    }

    fn call<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        e: &'a Expr<'a>,
        func: &'a Expr<'a>,
        args: &'a [Arg<'a>],
        dst: Reg,
    ) -> R<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        // A call with more arguments than a register block holds takes the general form.
        let has_star = args.len() > BIG_DISPLAY
            || args
                .iter()
                .any(|a| matches!(a, Arg::Star(_) | Arg::DoubleStar(_)));
        let simple = simple && !has_star;
        let mut seen = std::collections::HashSet::new();
        for a in args {
            if let Arg::Keyword(n, _) = a {
                if !seen.insert(*n) {
                    return err(format!("keyword argument repeated: {n}"), e.loc);
                }
            }
        }
        // Zero-argument super() inside a method: super(__class__, first argument).
        if let (ExprKind::Name("super"), true) = (&func.kind, args.is_empty()) {
            if self.zero_arg_super(f) {
                let base = f.e.alloc(3);
                self.super_operands(f, base);
                f.e.loc = e.loc;
                f.e.op(Op::Call, base, 2, 0);
                if dst != base {
                    f.e.op(Op::Move, dst, base, 0);
                }
                return Ok(());
            }
        }
        if simple {
            if let ExprKind::Attribute(obj, name) = &func.kind {
                let base = self.call_base(f, dst, 2 + args.len() as u32);
                if let Some((cls, this)) = explicit_super(obj) {
                    // `super(C, x).name(...)`: as below, with the two arguments given; the
                    // instruction's fallback calls super with them (B = 1).
                    if args.is_empty() {
                        f.e.alloc(1);
                    }
                    self.load_name(f, "super", Some(base));
                    self.expr_into(f, cls, base + 1)?;
                    self.expr_into(f, this, base + 2)?;
                    let k = f.e.attr_cache(&self.mangle(f, name));
                    f.e.loc = obj.loc;
                    f.e.op(Op::LoadSuperMethod, base, 1, k);
                } else if self.is_zero_arg_super(f, obj) {
                    // `super().name(...)`: super, `__class__` and the first argument in
                    // R[base..base + 3], and one instruction that finds the method without
                    // making the super object.
                    if args.is_empty() {
                        f.e.alloc(1);
                    }
                    self.super_operands(f, base);
                    let k = f.e.attr_cache(&self.mangle(f, name));
                    f.e.loc = obj.loc;
                    f.e.op(Op::LoadSuperMethod, base, 0, k);
                } else {
                    let o = self.expr(f, obj)?;
                    let k = f.e.attr_cache(&self.mangle(f, name));
                    f.e.loc = func.loc;
                    f.e.op(Op::LoadMethod, base, o, k);
                }
                for (i, a) in args.iter().enumerate() {
                    if let Arg::Positional(x) = a {
                        self.expr_into(f, x, base + 2 + i as Reg)?;
                    }
                }
                f.e.loc = e.loc;
                f.e.op(Op::CallMethod, base, args.len() as Reg, 0);
                if dst != base {
                    f.e.op(Op::Move, dst, base, 0);
                }
                return Ok(());
            }
            let base = self.call_base(f, dst, 1 + args.len() as u32);
            self.expr_into(f, func, base)?;
            for (i, a) in args.iter().enumerate() {
                if let Arg::Positional(x) = a {
                    self.expr_into(f, x, base + 1 + i as Reg)?;
                }
            }
            f.e.loc = e.loc;
            f.e.op(Op::Call, base, args.len() as Reg, 0);
            if dst != base {
                f.e.op(Op::Move, dst, base, 0);
            }
            return Ok(());
        }
        if !has_star {
            let npos = args
                .iter()
                .filter(|a| matches!(a, Arg::Positional(_)))
                .count();
            let kws: Vec<(&str, &Expr)> = args
                .iter()
                .filter_map(|a| match a {
                    Arg::Keyword(n, x) => Some((*n, x)),
                    _ => None,
                })
                .collect();
            let base = self.call_base(f, dst, 2 + args.len() as u32);
            self.expr_into(f, func, base)?;
            let mut i = 1;
            for a in args {
                if let Arg::Positional(x) = a {
                    self.expr_into(f, x, base + i)?;
                    i += 1;
                }
            }
            for (_, x) in &kws {
                self.expr_into(f, x, base + i)?;
                i += 1;
            }
            let names: Vec<Const> = kws.iter().map(|(n, _)| Const::Str(leak_str(n))).collect();
            let k = f.e.constant(Const::Tuple(leak_slice(names)));
            f.e.op_bx(Op::LoadConst, base + i, k);
            f.e.loc = e.loc;
            f.e.op(Op::CallKw, base, npos as Reg, kws.len() as Reg);
            if dst != base {
                f.e.op(Op::Move, dst, base, 0);
            }
            return Ok(());
        }
        // General form: positional arguments into a tuple, keywords into a dict.
        let base = f.e.alloc(3);
        self.expr_into(f, func, base)?;
        let has_kw = self.unpacked_args(f, args, base + 1)?;
        f.e.loc = e.loc;
        f.e.op(Op::CallEx, base, has_kw as Reg, 0);
        if dst != base {
            f.e.op(Op::Move, dst, base, 0);
        }
        Ok(())
    }

    /// Registers for a call's callee and arguments. The result lands in the first one, so when
    /// `dst` is the topmost temporary the call is built right there (no move afterwards).
    /// Whether a `super()` call here is the zero-argument form: in a function that sees the
    /// `__class__` cell and has a first parameter.
    fn zero_arg_super(&self, f: &FnCompiler) -> bool {
        let s = &self.table.scopes[f.scope];
        f.kind == ScopeKind::Function
            && s.frees.iter().any(|x| x == "__class__")
            && !s.params.is_empty()
    }

    /// Whether `e` is `super()` in its zero-argument form.
    fn is_zero_arg_super(&self, f: &FnCompiler, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call { func, args }
            if args.is_empty() && matches!(func.kind, ExprKind::Name("super")))
            && self.zero_arg_super(f)
    }

    /// R[base] := super, R[base+1] := `__class__`, R[base+2] := the first argument.
    fn super_operands<'a>(&self, f: &mut FnCompiler<'a>, base: Reg) {
        self.load_name(f, "super", Some(base));
        let cls = self.name_reg(f, "__class__");
        f.e.op(Op::LoadDeref, base + 1, cls, 1);
        let first = self.table.scopes[f.scope].params[0].clone();
        self.load_name(f, &first, Some(base + 2));
    }

    fn call_base(&self, f: &mut FnCompiler, dst: Reg, n: u32) -> Reg {
        if !self.is_named(f, dst) && dst + 1 == f.e.next_reg {
            f.e.alloc(n - 1);
            dst
        } else {
            f.e.alloc(n)
        }
    }

    /// Compiles a condition as jumps: returns the jumps taken when `e`'s truth equals `when`.
    fn jump_if<'a>(&self, f: &mut FnCompiler<'a>, e: &'a Expr<'a>, when: bool) -> R<Vec<usize>> {
        let mark = f.e.next_reg;
        let res = match &e.kind {
            ExprKind::UnaryOp(UnaryOp::Not, x) => self.jump_if(f, x, !when),
            ExprKind::BoolOp(op, values) => {
                // `a and b` jumps on false if either is false; on true only if both are true.
                let is_and = *op == BoolOp::And;
                let mut out = Vec::new();
                if is_and != when {
                    // Short-circuit exit is the wanted outcome: every operand may jump.
                    for v in values.iter() {
                        out.extend(self.jump_if(f, v, when)?);
                    }
                } else {
                    let mut skips = Vec::new();
                    let last = values.len() - 1;
                    for (i, v) in values.iter().enumerate() {
                        if i == last {
                            out.extend(self.jump_if(f, v, when)?);
                        } else {
                            skips.extend(self.jump_if(f, v, !when)?);
                        }
                    }
                    for s in skips {
                        f.e.patch_here(s);
                    }
                }
                Ok(out)
            }
            ExprKind::Compare(a, rest)
                if rest.len() == 1 && !when && fused_jump(rest[0].0).is_some() =>
            {
                let op = fused_jump(rest[0].0).unwrap_or(Op::JumpIfNotLt);
                let x = self.operand(f, a)?;
                let y = self.operand(f, &rest[0].1)?;
                f.e.loc = e.loc;
                Ok(vec![f.e.op(op, x, y, 0)])
            }
            ExprKind::Const(Const_::True) if when => Ok(vec![f.e.jump()]),
            ExprKind::Const(Const_::True) => Ok(vec![]),
            _ => {
                let r = self.expr(f, e)?;
                let op = if when {
                    Op::JumpIfTrue
                } else {
                    Op::JumpIfFalse
                };
                Ok(vec![f.e.jump_op(op, r)])
            }
        };
        f.e.next_reg = mark;
        res
    }

    fn comprehension<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        e: &'a Expr<'a>,
        gens: &'a [Comprehension<'a>],
        dst: Reg,
        kind: Comp<'a>,
    ) -> R<()> {
        let scope = self.table.scope_of(e);
        let name = match kind {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let qual = self.child_qualname(f, name);
        let mut c = self.new_fn(scope, qual, e.loc.line);
        self.prologue(&mut c);
        let acc = c.e.temp();
        match kind {
            Comp::List(_) => {
                c.e.op(Op::BuildList, acc, 0, 0);
            }
            Comp::Set(_) => {
                c.e.op(Op::BuildSet, acc, 0, 0);
            }
            Comp::Dict(..) => {
                c.e.op(Op::BuildDict, acc, 0, 0);
            }
            Comp::Gen(_) => {}
        }
        self.comp_loop(&mut c, gens, 0, acc, &kind)?;
        match kind {
            Comp::Gen(_) => c.e.op(Op::ReturnNone, 0, 0, 0),
            _ => c.e.op(Op::Return, acc, 0, 0),
        };
        let code = self.finish(
            c,
            name,
            e.loc.line,
            flags::COMPREHENSION,
            (1, 0, 0),
            Vec::new(),
        )?;
        let base = f.e.alloc(4);
        let k = f.e.constant(Const::Code(code));
        let d = if self.closure(f, scope, base + 3) {
            4
        } else {
            0
        };
        f.e.op_d(Op::MakeFunction, base, k as Reg, base + 1, d);
        let src = self.expr(f, gens[0].iter)?;
        match gens[0].is_async {
            true => {
                f.e.op_d(Op::Async, base + 1, src, 0, crate::opcodes::async_op::AITER)
            }
            false => f.e.op(Op::GetIter, base + 1, src, 0),
        };
        f.e.loc = e.loc;
        f.e.op(Op::Call, base, 1, 0);
        if self.table.scopes[scope].is_coroutine && !matches!(kind, Comp::Gen(_)) {
            self.await_reg(f, base, base);
        }
        if dst != base {
            f.e.op(Op::Move, dst, base, 0);
        }
        Ok(())
    }

    fn comp_loop<'a>(
        &self,
        c: &mut FnCompiler<'a>,
        gens: &'a [Comprehension<'a>],
        i: usize,
        acc: Reg,
        kind: &Comp<'a>,
    ) -> R<()> {
        let g = &gens[i];
        let it = c.e.alloc(2);
        if i == 0 {
            c.e.op(Op::Move, it, 0, 0);
        } else if g.is_async {
            let src = self.expr(c, g.iter)?;
            c.e.op_d(Op::Async, it, src, 0, crate::opcodes::async_op::AITER);
            c.e.next_reg = it + 2;
        } else {
            let src = self.expr(c, g.iter)?;
            c.e.op(Op::GetIter, it, src, 0);
            c.e.next_reg = it + 2;
        }
        let start = c.e.pc();
        let saved = c.definite.clone();
        let local = self.local_target(c, g.target).filter(|_| !g.is_async);
        let exit = match local {
            Some(reg) => {
                if let ExprKind::Name(n) = g.target.kind {
                    c.definite.insert(self.mangle(c, n).into_owned());
                }
                c.e.op(Op::ForIterTo, it, reg, 0)
            }
            None if g.is_async => {
                let j = self.async_next(c, it);
                self.store(c, g.target, it + 1)?;
                j
            }
            None => {
                let j = c.e.jump_op(Op::ForIter, it);
                self.store(c, g.target, it + 1)?;
                j
            }
        };
        let mut skips = Vec::new();
        for cond in g.ifs.iter() {
            skips.extend(self.jump_if(c, cond, false)?);
        }
        if i + 1 < gens.len() {
            self.comp_loop(c, gens, i + 1, acc, kind)?;
        } else {
            let mark = c.e.next_reg;
            match kind {
                Comp::List(x) => {
                    let r = self.expr(c, x)?;
                    c.e.op(Op::ListAppend, acc, r, 0);
                }
                Comp::Set(x) => {
                    let r = self.expr(c, x)?;
                    c.e.op(Op::SetAdd, acc, r, 0);
                }
                Comp::Dict(k, v) => {
                    let kr = self.expr_temp(c, k)?;
                    let vr = self.expr(c, v)?;
                    c.e.op(Op::DictSet, acc, kr, vr);
                }
                Comp::Gen(x) => {
                    let r = self.expr(c, x)?;
                    let t = c.e.temp();
                    c.e.op(Op::Yield, t, r, 0);
                }
            }
            c.e.next_reg = mark;
        }
        for s in skips {
            c.e.patch_to(s, start);
        }
        c.definite = saved;
        c.e.jump_back(Op::Jump, 0, start);
        c.e.patch_here(exit);
        Ok(())
    }
}

enum Comp<'a> {
    List(&'a Expr<'a>),
    Set(&'a Expr<'a>),
    Dict(&'a Expr<'a>, &'a Expr<'a>),
    Gen(&'a Expr<'a>),
}

use kestrel_grammar::ast::Const as Const_;

fn convert_const(c: &Const_) -> Const {
    match c {
        Const_::None => Const::None,
        Const_::True => Const::True,
        Const_::False => Const::False,
        Const_::Ellipsis => Const::Ellipsis,
        Const_::Int(i) => Const::Int(*i),
        Const_::BigInt(s) => Const::BigInt(leak_str(s)),
        Const_::Float(x) => Const::Float(*x),
        Const_::Imag(x) => Const::Imag(*x),
        Const_::Str(s) => Const::Str(leak_str(s)),
        Const_::Bytes(b) => Const::Bytes(leak_slice(b.to_vec())),
    }
}

/// A display item CPython's compiler folds to a constant: a literal or a negated number.
fn display_const(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Const(Const_::Imag(_)) => None,
        ExprKind::Const(c) => Some(convert_const(c)),
        ExprKind::Tuple(xs) => xs
            .iter()
            .map(display_const)
            .collect::<Option<Vec<_>>>()
            .map(|v| Const::Tuple(leak_slice(v))),
        ExprKind::UnaryOp(UnaryOp::Neg, x) => match x.kind {
            ExprKind::Const(Const_::Int(i)) if i != i64::MIN => Some(Const::Int(-i)),
            ExprKind::Const(Const_::Float(v)) => Some(Const::Float(-v)),
            _ => None,
        },
        _ => None,
    }
}

fn small_int(e: &Expr) -> Option<i64> {
    match e.kind {
        ExprKind::Const(Const_::Int(i)) if (-32767..=32767).contains(&i) => Some(i),
        _ => None,
    }
}

pub fn bin_kind(op: BinOp) -> BinKind {
    match op {
        BinOp::Add => BinKind::Add,
        BinOp::Sub => BinKind::Sub,
        BinOp::Mul => BinKind::Mul,
        BinOp::MatMul => BinKind::MatMul,
        BinOp::Div => BinKind::TrueDiv,
        BinOp::FloorDiv => BinKind::FloorDiv,
        BinOp::Mod => BinKind::Mod,
        BinOp::Pow => BinKind::Pow,
        BinOp::LShift => BinKind::LShift,
        BinOp::RShift => BinKind::RShift,
        BinOp::BitOr => BinKind::Or,
        BinOp::BitXor => BinKind::Xor,
        BinOp::BitAnd => BinKind::And,
    }
}

/// The compare-and-branch op that jumps when `a <op> b` is false.
fn fused_jump(op: CmpOp) -> Option<Op> {
    Some(match op {
        CmpOp::Lt => Op::JumpIfNotLt,
        CmpOp::LtE => Op::JumpIfNotLe,
        CmpOp::Gt => Op::JumpIfNotGt,
        CmpOp::GtE => Op::JumpIfNotGe,
        CmpOp::Eq => Op::JumpIfNotEq,
        CmpOp::NotEq => Op::JumpIfNotNe,
        _ => return None,
    })
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Eq,
        CmpOp::NotEq => Op::Ne,
        CmpOp::Lt => Op::Lt,
        CmpOp::LtE => Op::Le,
        CmpOp::Gt => Op::Gt,
        CmpOp::GtE => Op::Ge,
        CmpOp::Is => Op::Is,
        CmpOp::IsNot => Op::IsNot,
        CmpOp::In => Op::In,
        CmpOp::NotIn => Op::NotIn,
    }
}

/// Whether a qualified name ends in a comprehension's own scope name.
fn is_comprehension_name(qualname: &str) -> bool {
    let last = qualname.rsplit('.').next().unwrap_or(qualname);
    matches!(
        last,
        "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>"
    )
}

/// The class and instance of `e` when it is `super(C, x)` with two plain positional arguments.
fn explicit_super<'a>(e: &'a Expr<'a>) -> Option<(&'a Expr<'a>, &'a Expr<'a>)> {
    let ExprKind::Call { func, args } = &e.kind else {
        return None;
    };
    match (&func.kind, &args[..]) {
        (ExprKind::Name("super"), [Arg::Positional(c), Arg::Positional(x)]) => Some((c, x)),
        _ => None,
    }
}

pub use crate::emit::DROPPED_ITERATOR;

/// A `del`'s dead-temporaries operand meaning none are known (`Compiler::delete`).
pub const NO_DEAD_TEMPS: Reg = crate::emit::NONE_OPERAND;

/// The first register a `del` may treat as a dead temporary: the first free one.
fn dead_temps(f: &FnCompiler<'_>) -> Reg {
    f.e.next_reg
}
