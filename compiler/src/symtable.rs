//! Scope analysis: decides for every name in every scope whether it is a local register, a cell
//! (a local captured by an inner function), a free variable (captured from outside), a global, or
//! (in class bodies) a namespace lookup.

use kestrel_grammar::ast::*;
use kestrel_grammar::{ErrorKind, SyntaxError};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Clone, Copy, Debug, Default)]
struct Sym {
    bound: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    param: bool,
    /// Where the first `global`/`nonlocal` statement naming it is (conflicts are reported there).
    declared_at: Option<Loc>,
}

/// Where a name lives, as resolved for one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A plain register.
    Local,
    /// A register that holds a cell (captured by an inner scope).
    Cell,
    /// A register that holds a cell received through the closure.
    Free,
    /// Module globals, then builtins.
    Global,
    /// Class or module namespace lookup (locals, then globals, then builtins).
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    syms: HashMap<String, Sym>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Free variables, in the order the closure tuple supplies them.
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (an async generator if also a generator).
    pub is_coroutine: bool,
    /// Where a `return value` is, for "'return' with value in async generator".
    return_value: Option<Loc>,
    /// Class scopes: some method uses `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// A function scope inside a class that uses `super`/`__class__`.
    uses_class_cell: bool,
    /// A comprehension's implicit function (walrus targets bind outside it).
    comprehension: bool,
    /// What kind of comprehension, for "'yield' inside list comprehension".
    comp_what: &'static str,
    /// A comprehension's iteration variables, which a walrus in it may not rebind.
    iter_vars: Vec<String>,
    /// Depth of comprehension iterable expressions being visited in this scope: a walrus
    /// there is a SyntaxError.
    comp_iter_expr: u32,
    captured: Vec<String>,
    order: Vec<String>,
    /// The class whose private names (`__x`) this scope mangles: the nearest enclosing class
    /// (a class scope's own name). Every name this table stores is already mangled.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            syms: HashMap::new(),
            params: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            return_value: None,
            needs_class_cell: false,
            uses_class_cell: false,
            comprehension: false,
            comp_what: "",
            iter_vars: Vec::new(),
            comp_iter_expr: 0,
            captured: Vec::new(),
            order: Vec::new(),
            private: None,
        }
    }

    /// `name` as this scope stores it (see `mangle`).
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    fn sym(&mut self, name: &str) -> &mut Sym {
        if !self.syms.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.syms.entry(name.to_string()).or_default()
    }

    /// Locals other than parameters, in first-seen order (registers follow the parameters).
    pub fn other_locals(&self) -> Vec<String> {
        self.order
            .iter()
            .filter(|n| {
                let s = &self.syms[*n];
                s.bound && !s.param && !s.global && !s.nonlocal
            })
            .cloned()
            .collect()
    }

    /// Whether a local of this function scope is captured by an inner scope.
    pub fn is_captured(&self, name: &str) -> bool {
        self.captured.iter().any(|c| c == name)
    }

    pub fn is_declared_global(&self, name: &str) -> bool {
        self.syms.get(name).is_some_and(|s| s.global)
    }
}

/// Private name mangling: inside class `C`, `__x` (not ending in `__`) names `_C__x`, so a
/// class's private attributes cannot collide with its subclasses'. Leading underscores of the
/// class name are dropped; a class named only with underscores mangles nothing.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

/// A syntax problem found during analysis: (message, location).
pub type ScopeError = (String, Loc);

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → scope index.
    by_node: HashMap<usize, usize>,
    /// Top-level names resolve through the frame's namespace (`exec`/`eval` code) instead
    /// of being the module's globals.
    pub module_names: bool,
    /// SyntaxWarnings found by the walk (`syntax_warnings`), in source order.
    pub warnings: Vec<(String, Loc)>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }

    /// Resolves `name` as seen from scope `s`.
    pub fn resolve(&self, s: usize, name: &str) -> Binding {
        let scope = &self.scopes[s];
        if let Some(sym) = scope.syms.get(name) {
            if sym.global {
                return Binding::Global;
            }
            // A class body that binds a name some method takes from an enclosing function
            // keeps its own binding in the class namespace (the method still sees the cell).
            let own_class_name = scope.kind == ScopeKind::Class && sym.bound && !sym.nonlocal;
            if scope.frees.iter().any(|f| f == name) && !own_class_name {
                return Binding::Free;
            }
            if sym.bound {
                return match scope.kind {
                    ScopeKind::Function if scope.is_captured(name) => Binding::Cell,
                    ScopeKind::Function => Binding::Local,
                    ScopeKind::Module if self.module_names => Binding::Name,
                    ScopeKind::Module => Binding::Global,
                    ScopeKind::Class => Binding::Name,
                };
            }
        }
        if scope.frees.iter().any(|f| f == name) {
            return Binding::Free;
        }
        match scope.kind {
            ScopeKind::Module if self.module_names => Binding::Name,
            ScopeKind::Function | ScopeKind::Module => Binding::Global,
            ScopeKind::Class => Binding::Name,
        }
    }

    pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            t: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, None)],
                by_node: HashMap::new(),
                module_names: false,
                warnings: Vec::new(),
            },
            cur: 0,
            depth: 0,
            parser_depth: 0,
            blocks: 0,
            chain_next: 0,
            too_deep: None,
            binds_debug: false,
            store_target: 0,
        };
        b.t.by_node.insert(module as *const Module as usize, 0);
        let walked = b.stmts(module.body).and_then(|_| b.finish());
        walked.map_err(|(msg, loc)| SyntaxError {
            kind: b.too_deep.unwrap_or(ErrorKind::Syntax),
            msg,
            line: loc.line,
            col: loc.col,
        })?;
        Ok(b.t)
    }
}

/// CPython's compiler gives up (RecursionError) past this many nested statements and
/// expressions (its recursion limit of 1000, scaled by 3 for compiler frames).
const MAX_COMPILE_DEPTH: u32 = 3000;
/// CPython's parser gives up (a bare MemoryError) when its rule calls nest about 6000 deep.
/// Right-nested forms (`- - x`, `a ** b ** c`, `x if c else ...`, `lambda: lambda: ...`,
/// `elif` chains) nest its rule calls; left-nested ones (`a + b + c`, `a.b.c`, `f()()`) do
/// not, as its left recursion loops.
const MAX_PARSER_DEPTH: u32 = 5900;
/// CPython's limit on nested loops, `with` and `try` blocks in one code object.
const MAX_BLOCKS: u32 = 20;

struct Builder {
    t: SymbolTable,
    cur: usize,
    /// Statements and expressions being visited (this walk is the compiler's first and
    /// deepest: stopping it bounds every later recursion over the tree).
    depth: u32,
    /// Estimated nesting of CPython's parser rules over the same path (`parser_weight`).
    parser_depth: u32,
    /// Blocks (loops, `with`, `try`) open in the current code object.
    blocks: u32,
    /// Address of the node continuing the right-nested chain being walked (0: none), so a
    /// chain's length is measured once, at its head.
    chain_next: usize,
    /// Set when the walk stopped for nesting depth: the error is not a SyntaxError.
    too_deep: Option<ErrorKind>,
    /// A binding of `__debug__` was seen: the enclosing statement is a SyntaxError.
    binds_debug: bool,
    /// Address of the assignment or deletion target being walked (no load-time checks).
    store_target: usize,
}

/// How many of CPython's parser rule levels `e` adds over its right-nested child, and that
/// child.
fn parser_weight<'e, 'a>(e: &'e Expr<'a>) -> (u32, Option<&'e Expr<'a>>) {
    match &e.kind {
        ExprKind::UnaryOp(_, x) => (1, Some(x)),
        ExprKind::BinOp(_, BinOp::Pow, r) => (2, Some(r)),
        ExprKind::IfExp(_, _, orelse) => (1, Some(orelse)),
        ExprKind::Lambda(_, body) => (2, Some(body)),
        _ => (0, None),
    }
}

fn elif_child<'s, 'a>(s: &'s Stmt<'a>) -> Option<&'s Stmt<'a>> {
    match &s.kind {
        StmtKind::If { orelse: [next], .. } if matches!(next.kind, StmtKind::If { .. }) => {
            Some(next)
        }
        _ => None,
    }
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn bind(&mut self, name: &str) {
        self.binds_debug |= name == "__debug__";
        let name = self.t.scopes[self.cur].mangle(name).into_owned();
        self.scope().sym(&name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        let mangled = self.t.scopes[self.cur].mangle(name).into_owned();
        self.scope().sym(&mangled).used = true;
        if name == "super" || name == "__class__" {
            self.scope().uses_class_cell = true;
        }
    }

    fn push<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.t.scopes.len();
        let mut scope = Scope::new(kind, Some(self.cur));
        scope.private = self.t.scopes[self.cur].private.clone();
        // A lambda or comprehension inside a comprehension's iterable is still in it.
        scope.comp_iter_expr = self.t.scopes[self.cur].comp_iter_expr;
        self.t.scopes.push(scope);
        self.t.by_node.insert(node as *const T as usize, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn params(&mut self, p: &Params) {
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            self.binds_debug |= param.name == "__debug__";
            let name = self.scope().mangle(param.name).into_owned();
            self.scope().params.push(name.clone());
            let s = self.scope().sym(&name);
            s.bound = true;
            s.param = true;
        }
        // Positional parameters precede keyword-only ones, then *args and **kwargs.
        let s = self.scope();
        let npos = p.posonly.len() + p.args.len();
        let kw: Vec<String> = s.params.drain(npos..).collect();
        s.params.extend(kw);
        for name in [p.vararg, p.kwarg].into_iter().flatten() {
            self.binds_debug |= name == "__debug__";
            let s = self.scope();
            let name = s.mangle(name).into_owned();
            s.params.push(name.clone());
            let sym = s.sym(&name);
            sym.bound = true;
            sym.param = true;
        }
    }

    fn param_defaults(&mut self, p: &Params) -> Result<(), ScopeError> {
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            if let Some(d) = param.default {
                self.expr(d)?;
            }
            if let Some(a) = param.annotation {
                self.expr(a)?;
            }
        }
        for a in [p.vararg_annotation, p.kwarg_annotation]
            .into_iter()
            .flatten()
        {
            self.expr(a)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        let next = elif_child(s);
        let weight = u32::from(next.is_some());
        if weight > 0 && self.chain_next != s as *const Stmt as usize {
            // The head of an `elif` chain: CPython's parser nests a level per `elif`.
            let mut total = 0;
            let mut cur = Some(s);
            while let Some(x) = cur {
                cur = elif_child(x);
                total += u32::from(cur.is_some());
            }
            self.parser_check(total, s.loc)?;
        }
        self.depth += 1;
        self.parser_depth += weight;
        if self.depth > MAX_COMPILE_DEPTH {
            return Err(self.recursion_error(s.loc));
        }
        let saved = self.chain_next;
        self.chain_next = next.map_or(0, |n| n as *const Stmt as usize);
        let r = self.stmt_inner(s);
        if r.is_ok() && self.binds_debug {
            self.binds_debug = false;
            let verb = match s.kind {
                StmtKind::Delete(_) => "delete",
                _ => "assign to",
            };
            return Err((format!("cannot {verb} __debug__"), s.loc));
        }
        self.chain_next = saved;
        self.depth -= 1;
        self.parser_depth -= weight;
        r
    }

    /// A right-nested chain of `total` parser levels starts here: too deep for CPython's
    /// parser (over what already encloses it), it is CPython's bare MemoryError.
    fn parser_check(&mut self, total: u32, loc: Loc) -> Result<(), ScopeError> {
        if self.parser_depth + total > MAX_PARSER_DEPTH {
            self.too_deep = Some(ErrorKind::Memory);
            return Err((String::new(), loc));
        }
        Ok(())
    }

    #[cold]
    fn recursion_error(&mut self, loc: Loc) -> ScopeError {
        self.too_deep = Some(ErrorKind::Recursion);
        (
            "maximum recursion depth exceeded during compilation".into(),
            loc,
        )
    }

    /// `body` inside `n` more blocks (CPython's "too many statically nested blocks").
    fn block_body(&mut self, n: u32, body: &[Stmt], loc: Loc) -> Result<(), ScopeError> {
        self.blocks += n;
        if self.blocks > MAX_BLOCKS {
            return Err(("too many statically nested blocks".into(), loc));
        }
        self.stmts(body)?;
        self.blocks -= n;
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets.iter() {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = target.kind {
                    if self.scope().kind == ScopeKind::Function {
                        self.bind(n);
                    }
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.scope().return_value.get_or_insert(s.loc);
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts.iter() {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(s.kind, StmtKind::Global(_));
                for n in names.iter() {
                    let kind = self.scope().kind;
                    if !is_global && kind == ScopeKind::Module {
                        return Err((
                            "nonlocal declaration not allowed at module level".into(),
                            s.loc,
                        ));
                    }
                    let mangled = self.scope().mangle(n).into_owned();
                    let sym = self.scope().sym(&mangled);
                    let kw = if is_global { "global" } else { "nonlocal" };
                    if sym.param {
                        return Err((format!("name '{n}' is parameter and {kw}"), s.loc));
                    }
                    if (is_global && sym.nonlocal) || (!is_global && sym.global) {
                        let at = sym.declared_at.unwrap_or(s.loc);
                        return Err((format!("name '{n}' is nonlocal and global"), at));
                    }
                    sym.declared_at.get_or_insert(s.loc);
                    if sym.bound || sym.used {
                        let what = if sym.bound {
                            "assigned to before"
                        } else {
                            "used prior to"
                        };
                        return Err((format!("name '{n}' is {what} {kw} declaration"), s.loc));
                    }
                    if is_global {
                        sym.global = true;
                    } else {
                        sym.nonlocal = true;
                    }
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                if crate::syntax_warnings::assert_always_true(test) {
                    let w = crate::syntax_warnings::ASSERT_TUPLE.to_string();
                    self.t.warnings.push((w, s.loc));
                }
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.block_body(1, body, s.loc)?;
                self.stmts(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.block_body(1, body, s.loc)?;
                self.stmts(orelse)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // As CPython counts them: the body is in a try block (two with both
                // `except` and `finally`), a handler in a handler and a cleanup block.
                let fin = u32::from(!finalbody.is_empty());
                let exc = u32::from(!handlers.is_empty());
                if let Some(h) = handlers.iter().rev().skip(1).find(|h| h.typ.is_none()) {
                    return Err(("default 'except:' must be last".into(), h.loc));
                }
                self.block_body(fin + exc, body, s.loc)?;
                for h in handlers.iter() {
                    if let Some(t) = h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = h.name {
                        self.bind(n);
                        if n == "__debug__" {
                            self.binds_debug = false;
                            return Err(("cannot assign to __debug__".into(), h.loc));
                        }
                    }
                    self.block_body(fin + 2, h.body, h.loc)?;
                }
                self.block_body(fin, orelse, s.loc)?;
                self.block_body(fin, finalbody, s.loc)?;
            }
            StmtKind::With { items, body } => {
                for it in items.iter() {
                    self.expr(it.context)?;
                    if let Some(t) = it.target {
                        self.target(t)?;
                    }
                }
                self.block_body(items.len() as u32, body, s.loc)?;
            }
            StmtKind::FunctionDef(f) => {
                for d in f.decorators.iter() {
                    self.expr(d)?;
                }
                self.param_defaults(f.params)?;
                if let Some(r) = f.returns {
                    self.expr(r)?;
                }
                self.bind(f.name);
                let prev = self.push(*f, ScopeKind::Function);
                self.scope().is_coroutine = f.is_async;
                self.params(f.params);
                let blocks = std::mem::take(&mut self.blocks);
                self.stmts(f.body)?;
                self.blocks = blocks;
                self.check_async_generator()?;
                self.cur = prev;
            }
            StmtKind::Async(inner) => {
                self.async_stmt(inner)?;
                self.stmt(inner)?;
            }
            StmtKind::ClassDef(c) => {
                for d in c.decorators.iter() {
                    self.expr(d)?;
                }
                for a in c.bases.iter() {
                    self.arg(a)?;
                }
                self.bind(c.name);
                let prev = self.push(*c, ScopeKind::Class);
                self.scope().private = Some(c.name.to_string());
                let blocks = std::mem::take(&mut self.blocks);
                self.stmts(c.body)?;
                self.blocks = blocks;
                self.cur = prev;
            }
            StmtKind::Import(aliases) => {
                for a in aliases.iter() {
                    let name = a
                        .asname
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(a.name));
                    self.bind(name);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases.iter() {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(c.body)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names.iter() {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(("import * only allowed at module level".into(), s.loc));
                        }
                        continue;
                    }
                    self.bind(a.asname.unwrap_or(a.name));
                }
            }
        }
        Ok(())
    }

    /// A `match` pattern: captures bind, value and class expressions are uses.
    fn pattern(&mut self, p: &Pattern) -> Result<(), ScopeError> {
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e)?,
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for p in ps.iter() {
                    self.pattern(p)?;
                }
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.bind(n);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys.iter() {
                    self.expr(k)?;
                }
                for p in patterns.iter() {
                    self.pattern(p)?;
                }
                if let Some(n) = rest {
                    self.bind(n);
                }
            }
            PatternKind::Class {
                cls,
                args,
                kw_patterns,
                ..
            } => {
                self.expr(cls)?;
                for p in args.iter().chain(kw_patterns.iter()) {
                    self.pattern(p)?;
                }
            }
            PatternKind::As(p, n) => {
                if let Some(p) = p {
                    self.pattern(p)?;
                }
                if let Some(n) = n {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn arg(&mut self, a: &Arg) -> Result<(), ScopeError> {
        match a {
            Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => {
                self.expr(e)
            }
        }
    }

    /// An assignment (or deletion) target.
    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items.iter() {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => {
                let saved = std::mem::replace(&mut self.store_target, t as *const Expr as usize);
                let r = self.expr(t);
                self.store_target = saved;
                r
            }
        }
    }

    /// The current scope is an `async def` (not a comprehension inside one).
    fn in_async_def(&mut self) -> bool {
        let s = self.scope();
        s.kind == ScopeKind::Function && s.is_coroutine && !s.comprehension
    }

    /// `async for` / `async with` statements need an `async def`.
    fn async_stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        if self.in_async_def() {
            return Ok(());
        }
        let what = match s.kind {
            StmtKind::For { .. } => "'async for'",
            _ => "'async with'",
        };
        Err((format!("{what} outside async function"), s.loc))
    }

    /// `await` makes a comprehension asynchronous; elsewhere it needs an `async def`.
    fn await_expr(&mut self, loc: Loc) -> Result<(), ScopeError> {
        let s = self.scope();
        match s.kind {
            ScopeKind::Function if s.comprehension => {
                s.is_coroutine = true;
                Ok(())
            }
            ScopeKind::Function if s.is_coroutine => Ok(()),
            ScopeKind::Function => Err(("'await' outside async function".into(), loc)),
            _ => Err(("'await' outside function".into(), loc)),
        }
    }

    /// A list/set/dict comprehension that awaits is itself awaited by its enclosing scope,
    /// which must be an `async def` or another comprehension (which then awaits too).
    fn async_comprehension(&mut self, loc: Loc) -> Result<(), ScopeError> {
        let s = self.scope();
        if s.kind == ScopeKind::Function && (s.is_coroutine || s.comprehension) {
            s.is_coroutine = true;
            return Ok(());
        }
        let msg = "asynchronous comprehension outside of an asynchronous function";
        Err((msg.into(), loc))
    }

    fn check_async_generator(&mut self) -> Result<(), ScopeError> {
        let s = self.scope();
        match s.return_value {
            Some(loc) if s.is_coroutine && s.is_generator => {
                Err(("'return' with value in async generator".into(), loc))
            }
            _ => Ok(()),
        }
    }

    fn comprehension<'a>(
        &mut self,
        node: &Expr<'a>,
        gens: &'a [Comprehension<'a>],
        elts: &[&'a Expr<'a>],
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        self.comp_iter(gens[0].iter)?;
        let prev = self.push(node, ScopeKind::Function);
        self.scope().comprehension = true;
        self.scope().comp_what = match node.kind {
            ExprKind::ListComp(..) => "list comprehension",
            ExprKind::SetComp(..) => "set comprehension",
            ExprKind::DictComp(..) => "dict comprehension",
            _ => "generator expression",
        };
        let mut vars = Vec::new();
        for g in gens.iter() {
            target_names(g.target, &mut vars);
        }
        self.scope().iter_vars = vars;
        self.scope().params.push(".0".into());
        let s = self.scope().sym(".0");
        s.bound = true;
        s.param = true;
        if matches!(node.kind, ExprKind::GeneratorExp(..)) {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.scope().is_coroutine = true;
            }
            if i > 0 {
                self.comp_iter(g.iter)?;
            }
            self.target(g.target)?;
            for cond in g.ifs.iter() {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let is_async = self.scope().is_coroutine;
        self.cur = prev;
        if is_async && !matches!(node.kind, ExprKind::GeneratorExp(..)) {
            self.async_comprehension(node.loc)?;
        }
        Ok(())
    }

    /// A comprehension's iterable expression, where a walrus may not appear.
    fn comp_iter(&mut self, e: &Expr) -> Result<(), ScopeError> {
        self.scope().comp_iter_expr += 1;
        let r = self.expr(e);
        self.scope().comp_iter_expr -= 1;
        r
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        let (weight, next) = parser_weight(e);
        if weight > 0 && self.chain_next != e as *const Expr as usize {
            let mut total = 0;
            let mut cur = Some(e);
            while let Some(x) = cur {
                let (w, next) = parser_weight(x);
                total += w;
                cur = next;
            }
            self.parser_check(total, e.loc)?;
        }
        self.depth += 1;
        self.parser_depth += weight;
        if self.depth > MAX_COMPILE_DEPTH {
            return Err(self.recursion_error(e.loc));
        }
        let saved = self.chain_next;
        self.chain_next = next.map_or(0, |n| n as *const Expr as usize);
        let r = self.expr_inner(e);
        self.chain_next = saved;
        self.depth -= 1;
        self.parser_depth -= weight;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Const(_) => {}
            ExprKind::FString(parts) => self.fparts(parts)?,
            ExprKind::BinOp(l, _, r) => {
                self.expr(l)?;
                self.expr(r)?;
            }
            ExprKind::UnaryOp(_, x) | ExprKind::Starred(x) => self.expr(x)?,
            ExprKind::Await(x) => {
                self.await_expr(e.loc)?;
                self.expr(x)?;
            }
            ExprKind::BoolOp(_, xs)
            | ExprKind::Tuple(xs)
            | ExprKind::List(xs)
            | ExprKind::Set(xs) => {
                for x in xs.iter() {
                    self.expr(x)?;
                }
            }
            ExprKind::Compare(first, rest) => {
                if let Some(w) = crate::syntax_warnings::compare(first, rest) {
                    self.t.warnings.push((w, e.loc));
                }
                self.expr(first)?;
                for (_, x) in rest.iter() {
                    self.expr(x)?;
                }
            }
            ExprKind::Call { func, args } => {
                if let Some(w) = crate::syntax_warnings::call(func) {
                    self.t.warnings.push((w, e.loc));
                }
                self.expr(func)?;
                for a in args.iter() {
                    self.arg(a)?;
                }
            }
            ExprKind::Attribute(x, _) => self.expr(x)?,
            ExprKind::Subscript(x, i) => {
                if self.store_target != e as *const Expr as usize {
                    if let Some(w) = crate::syntax_warnings::subscript(x, i) {
                        self.t.warnings.push((w, e.loc));
                    }
                }
                self.expr(x)?;
                self.expr(i)?;
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items.iter() {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::IfExp(t, b, o) => {
                self.expr(t)?;
                self.expr(b)?;
                self.expr(o)?;
            }
            ExprKind::Lambda(params, body) => {
                self.param_defaults(params)?;
                let prev = self.push(e, ScopeKind::Function);
                self.params(params);
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::ListComp(elt, gens)
            | ExprKind::SetComp(elt, gens)
            | ExprKind::GeneratorExp(elt, gens) => self.comprehension(e, gens, &[*elt])?,
            ExprKind::DictComp(k, v, gens) => self.comprehension(e, gens, &[*k, *v])?,
            ExprKind::Yield(v) => {
                if self.scope().kind != ScopeKind::Function {
                    return Err(("'yield' outside function".into(), e.loc));
                }
                if self.scope().comprehension {
                    let what = self.scope().comp_what;
                    return Err((format!("'yield' inside {what}"), e.loc));
                }
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                if self.scope().kind != ScopeKind::Function {
                    return Err(("'yield' outside function".into(), e.loc));
                }
                if self.scope().comprehension {
                    let what = self.scope().comp_what;
                    return Err((format!("'yield' inside {what}"), e.loc));
                }
                if self.scope().is_coroutine && !self.scope().comprehension {
                    return Err(("'yield from' inside async function".into(), e.loc));
                }
                self.scope().is_generator = true;
                self.expr(v)?;
            }
            ExprKind::NamedExpr(t, v) => {
                if self.scope().comp_iter_expr > 0 {
                    return Err((
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        e.loc,
                    ));
                }
                self.expr(v)?;
                match t.kind {
                    ExprKind::Name(n) if self.scope().comprehension => {
                        let mut sc = Some(self.cur);
                        while let Some(i) = sc.filter(|&i| self.t.scopes[i].comprehension) {
                            if self.t.scopes[i].iter_vars.iter().any(|v| v == n) {
                                return Err((
                                    format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                                    e.loc,
                                ));
                            }
                            sc = self.t.scopes[i].parent;
                        }
                        self.walrus_in_comp(n, e.loc)?
                    }
                    _ => self.target(t)?,
                }
            }
        }
        Ok(())
    }

    /// `(n := v)` inside a comprehension binds `n` in the nearest enclosing scope that is not
    /// a comprehension (PEP 572): a global there at module level, otherwise a nonlocal.
    fn walrus_in_comp(&mut self, n: &str, loc: Loc) -> Result<(), ScopeError> {
        let n = &*self.t.scopes[self.cur].mangle(n).into_owned();
        let mut owner = self.cur;
        while self.t.scopes[owner].comprehension {
            match self.t.scopes[owner].parent {
                Some(p) => owner = p,
                None => break,
            }
        }
        if self.t.scopes[owner].kind == ScopeKind::Class {
            return Err((
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                loc,
            ));
        }
        let owner_sym = self.t.scopes[owner].sym(n);
        owner_sym.bound = true;
        // A name the owner declares `global` stays global in the comprehension too.
        let declared_global = owner_sym.global;
        let module = self.t.scopes[owner].kind != ScopeKind::Function || declared_global;
        let mut s = self.cur;
        while s != owner {
            let sym = self.t.scopes[s].sym(n);
            sym.used = true;
            if module {
                sym.global = true;
            } else {
                sym.nonlocal = true;
            }
            match self.t.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), ScopeError> {
        for p in parts {
            if let FPart::Field { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(spec) = spec {
                    self.fparts(spec)?;
                }
            }
        }
        Ok(())
    }

    /// Resolves free variables bottom-up once every scope is known.
    fn finish(&mut self) -> Result<(), ScopeError> {
        let n = self.t.scopes.len();
        // Children have larger indices than their parents, so walk from the end.
        for id in (1..n).rev() {
            let names: Vec<(String, Sym)> = {
                let s = &self.t.scopes[id];
                s.order.iter().map(|k| (k.clone(), s.syms[k])).collect()
            };
            let kind = self.t.scopes[id].kind;
            for (name, sym) in names {
                // Nonlocal names and names used but never bound here come from outside.
                let wants_outer = sym.nonlocal || (!sym.global && !sym.bound && sym.used);
                if !wants_outer {
                    continue;
                }
                match self.find_enclosing(id, &name) {
                    Some(owner) => self.capture_path(id, owner, &name),
                    // `nonlocal __class__` in a method names the class body's implicit cell.
                    None if sym.nonlocal
                        && name == "__class__"
                        && kind == ScopeKind::Function
                        && self.enclosing_class(id).is_some() =>
                    {
                        self.t.scopes[id].uses_class_cell = true;
                    }
                    None if sym.nonlocal => {
                        return Err((
                            format!("no binding for nonlocal '{name}' found"),
                            Loc::default(),
                        ))
                    }
                    None => {}
                }
            }
            // super() / __class__ inside a method: a free variable from the class body's cell.
            if self.t.scopes[id].uses_class_cell && kind == ScopeKind::Function {
                if let Some(cls) = self.enclosing_class(id) {
                    self.t.scopes[cls].needs_class_cell = true;
                    self.add_free_chain(id, cls, "__class__");
                }
            }
        }
        Ok(())
    }

    fn enclosing_class(&self, id: usize) -> Option<usize> {
        let mut p = self.t.scopes[id].parent;
        while let Some(pid) = p {
            match self.t.scopes[pid].kind {
                ScopeKind::Class => return Some(pid),
                ScopeKind::Module => return None,
                ScopeKind::Function => p = self.t.scopes[pid].parent,
            }
        }
        None
    }

    /// The nearest enclosing function scope that binds `name` locally (class scopes are skipped).
    fn find_enclosing(&self, id: usize, name: &str) -> Option<usize> {
        let mut p = self.t.scopes[id].parent;
        while let Some(pid) = p {
            let s = &self.t.scopes[pid];
            if s.kind == ScopeKind::Module {
                return None;
            }
            if s.kind == ScopeKind::Function {
                if let Some(sym) = s.syms.get(name) {
                    if sym.global {
                        return None;
                    }
                    if sym.bound && !sym.nonlocal {
                        return Some(pid);
                    }
                    if sym.nonlocal || s.frees.iter().any(|f| f == name) {
                        // Keep walking: the owner is further out.
                    }
                }
            }
            p = s.parent;
        }
        None
    }

    fn capture_path(&mut self, id: usize, owner: usize, name: &str) {
        if !self.t.scopes[owner].is_captured(name) {
            self.t.scopes[owner].captured.push(name.to_string());
        }
        self.add_free_chain(id, owner, name);
    }

    /// Marks `name` free in `id` and every scope between it and `owner`.
    fn add_free_chain(&mut self, id: usize, owner: usize, name: &str) {
        let mut s = id;
        while s != owner {
            let scope = &mut self.t.scopes[s];
            if !scope.frees.iter().any(|f| f == name) {
                scope.frees.push(name.to_string());
            }
            match scope.parent {
                Some(p) => s = p,
                None => break,
            }
        }
    }
}

/// The plain names an assignment target binds (through tuples, lists and stars).
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => out.push(n.to_string()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items.iter() {
                target_names(i, out);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}
