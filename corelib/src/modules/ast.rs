//! `_kestrel_ast`: the parser's tree as plain data for the `ast` module. `parse(source, mode)`
//! runs the same parser the compiler uses and returns each node as a tuple
//! `(class_name, lineno, col_offset, end_lineno, end_col_offset, *fields)` with the fields in
//! CPython's `_fields` order; nodes without a position (operators, contexts, `arguments`,
//! `comprehension`, ...) carry `None` there. `_ast.py` turns the tuples into node objects.
//! Tuples stand only for nodes (no constant the parser makes is a tuple), so the Python side
//! needs no schema. Columns are converted to UTF-8 byte offsets as in CPython.
//!
//! Nothing here calls back into Python, so the values made along the way need no rooting.

use crate::args::*;
use kestrel_grammar::ast::{
    Arg, BinOp, BoolOp, CmpOp, Comprehension, Const, ExceptHandler, Expr, ExprKind, FPart,
    FunctionDef, Loc, MatchCase, Param, Params, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
};
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_ast", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_ast",
        &[("parse", parse)],
    ))
}

/// `parse(source, mode, filename)`: the tree of `source` as nested tuples.
fn parse(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "parse", args, 3, 3)?;
    no_kwargs(vm, "parse", kw)?;
    let src = str_arg(vm, args[0], "parse() argument 1")?.to_string();
    let mode = str_arg(vm, args[1], "parse() argument 2")?.to_string();
    let filename = str_arg(vm, args[2], "parse() argument 3")?.to_string();
    let arena = bumpalo::Bump::new();
    let module = match kestrel_grammar::parse_module(&src, &arena) {
        Ok(m) => m,
        Err(e) => return Err(vm.raise_syntax_error_src(&e, &filename, Some(&src))),
    };
    let mut cv = Conv::new(vm, &src);
    match mode.as_str() {
        "eval" => {
            let bad = match module.body {
                [s] if matches!(s.kind, StmtKind::Expr(_)) => None,
                [] => Some(Loc::at(1, 0)),
                [s] => Some(s.loc),
                [_, s, ..] => Some(s.loc),
            };
            if let Some(loc) = bad {
                let e = kestrel_grammar::SyntaxError {
                    kind: kestrel_grammar::ErrorKind::Syntax,
                    msg: "invalid syntax".into(),
                    line: loc.line,
                    col: loc.col,
                };
                return Err(cv.vm.raise_syntax_error_src(&e, &filename, Some(&src)));
            }
            let StmtKind::Expr(e) = module.body[0].kind else {
                unreachable!()
            };
            let body = cv.expr(e, Ctx::Load);
            Ok(cv.bare("Expression", vec![body]))
        }
        "single" => {
            let body = cv.stmts(module.body);
            Ok(cv.bare("Interactive", vec![body]))
        }
        _ => {
            let body = cv.stmts(module.body);
            let ignores = cv.vm.new_list(Vec::new());
            Ok(cv.bare("Module", vec![body, ignores]))
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Load,
    Store,
    Del,
}

struct Conv<'v> {
    vm: &'v mut Vm,
    /// Each line's text (without its newline), for character-to-byte column conversion and
    /// for finding the `*`/`**`/`name=` in front of call arguments.
    lines: Vec<&'v str>,
}

impl<'v> Conv<'v> {
    fn new(vm: &'v mut Vm, src: &'v str) -> Conv<'v> {
        let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
        // The parser's lines: universal newlines (a lone `\r` also ends a line).
        let lines = src.split('\n').map(|l| l.trim_end_matches('\r')).collect();
        Conv { vm, lines }
    }

    fn line(&self, n: u32) -> &str {
        self.lines
            .get((n as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }

    /// The UTF-8 byte offset of character column `col` on line `line`.
    fn byte_col(&self, line: u32, col: u32) -> i64 {
        let text = self.line(line);
        if text.is_ascii() {
            return col as i64;
        }
        let n: usize = text.chars().take(col as usize).map(char::len_utf8).sum();
        n as i64 + col.saturating_sub(text.chars().count() as u32) as i64
    }

    fn s(&mut self, s: &str) -> Value {
        Value::Obj(self.vm.intern(s))
    }

    fn opt_s(&mut self, s: Option<&str>) -> Value {
        s.map_or(Value::None, |s| self.s(s))
    }

    /// A node with a position.
    fn node(&mut self, name: &str, loc: Loc, fields: Vec<Value>) -> Value {
        let mut v = Vec::with_capacity(fields.len() + 5);
        v.push(self.s(name));
        v.push(Value::Int(loc.line as i64));
        v.push(Value::Int(self.byte_col(loc.line, loc.col)));
        if loc.end_line == 0 {
            v.extend([Value::None, Value::None]);
        } else {
            v.push(Value::Int(loc.end_line as i64));
            v.push(Value::Int(self.byte_col(loc.end_line, loc.end_col)));
        }
        v.extend(fields);
        self.vm.new_tuple(v)
    }

    /// A node without a position.
    fn bare(&mut self, name: &str, fields: Vec<Value>) -> Value {
        let mut v = Vec::with_capacity(fields.len() + 5);
        v.push(self.s(name));
        v.extend([Value::None; 4]);
        v.extend(fields);
        self.vm.new_tuple(v)
    }

    fn list(&mut self, v: Vec<Value>) -> Value {
        self.vm.new_list(v)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Value {
        let v = body.iter().map(|s| self.stmt(s)).collect();
        self.list(v)
    }

    fn exprs(&mut self, es: &[Expr], ctx: Ctx) -> Value {
        let v = es.iter().map(|e| self.expr(e, ctx)).collect();
        self.list(v)
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> Value {
        e.map_or(Value::None, |e| self.expr(e, Ctx::Load))
    }

    /// A compound statement ends where its last nested statement ends.
    fn stmt_end(s: &Stmt) -> Loc {
        let last = |b: &[Stmt]| b.last().map(Self::stmt_end);
        let end = match &s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => last(orelse).or_else(|| last(body)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => last(finalbody)
                .or_else(|| last(orelse))
                .or_else(|| handlers.last().and_then(|h| last(h.body)))
                .or_else(|| last(body)),
            StmtKind::With { body, .. } => last(body),
            StmtKind::Async(inner) => Some(Self::stmt_end(inner)),
            StmtKind::FunctionDef(f) => last(f.body),
            StmtKind::ClassDef(c) => last(c.body),
            StmtKind::Match { cases, .. } => cases.last().and_then(|c| last(c.body)),
            _ => None,
        };
        match end {
            Some(e) => s.loc.to(Loc::at(e.end_line, e.end_col)),
            None => s.loc,
        }
    }

    fn stmt(&mut self, s: &Stmt) -> Value {
        let loc = Self::stmt_end(s);
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e, Ctx::Load);
                self.node("Expr", loc, vec![v])
            }
            StmtKind::Assign { targets, value } => {
                let t = self.exprs(targets, Ctx::Store);
                let v = self.expr(value, Ctx::Load);
                self.node("Assign", loc, vec![t, v, Value::None])
            }
            StmtKind::AugAssign { target, op, value } => {
                let t = self.expr(target, Ctx::Store);
                let o = self.binop(*op);
                let v = self.expr(value, Ctx::Load);
                self.node("AugAssign", loc, vec![t, o, v])
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                // `simple`: a bare name target (CPython also clears it for `(x): int`).
                let simple = matches!(target.kind, ExprKind::Name(_))
                    && self.char_at(target.loc.line, target.loc.col.wrapping_sub(1)) != Some('(');
                let t = self.expr(target, Ctx::Store);
                let a = self.expr(annotation, Ctx::Load);
                let v = self.opt_expr(*value);
                self.node("AnnAssign", loc, vec![t, a, v, Value::Int(simple as i64)])
            }
            StmtKind::Pass => self.node("Pass", loc, vec![]),
            StmtKind::Break => self.node("Break", loc, vec![]),
            StmtKind::Continue => self.node("Continue", loc, vec![]),
            StmtKind::Return(v) => {
                let v = self.opt_expr(*v);
                self.node("Return", loc, vec![v])
            }
            StmtKind::Delete(ts) => {
                let t = self.exprs(ts, Ctx::Del);
                self.node("Delete", loc, vec![t])
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let v = names.iter().map(|n| self.s(n)).collect();
                let l = self.list(v);
                let kind = match s.kind {
                    StmtKind::Global(_) => "Global",
                    _ => "Nonlocal",
                };
                self.node(kind, loc, vec![l])
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.opt_expr(*exc);
                let c = self.opt_expr(*cause);
                self.node("Raise", loc, vec![e, c])
            }
            StmtKind::Assert { test, msg } => {
                let t = self.expr(test, Ctx::Load);
                let m = self.opt_expr(*msg);
                self.node("Assert", loc, vec![t, m])
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                let t = self.expr(test, Ctx::Load);
                let b = self.stmts(body);
                let o = self.stmts(orelse);
                let kind = match s.kind {
                    StmtKind::If { .. } => "If",
                    _ => "While",
                };
                self.node(kind, loc, vec![t, b, o])
            }
            StmtKind::For { .. } => self.for_stmt(s, loc, "For"),
            StmtKind::With { .. } => self.with_stmt(s, loc, "With"),
            StmtKind::Async(inner) => match inner.kind {
                StmtKind::For { .. } => self.for_stmt(inner, loc, "AsyncFor"),
                _ => self.with_stmt(inner, loc, "AsyncWith"),
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let b = self.stmts(body);
                let hs = handlers.iter().map(|h| self.handler(h)).collect();
                let h = self.list(hs);
                let o = self.stmts(orelse);
                let f = self.stmts(finalbody);
                let kind = match handlers.first() {
                    Some(h) if h.star => "TryStar",
                    _ => "Try",
                };
                self.node(kind, loc, vec![b, h, o, f])
            }
            StmtKind::FunctionDef(f) => self.funcdef(f, loc),
            StmtKind::ClassDef(c) => {
                let name = self.s(c.name);
                let (bases, keywords) = self.call_args(c.bases);
                let body = self.stmts(c.body);
                let decos = self.exprs(c.decorators, Ctx::Load);
                self.node("ClassDef", loc, vec![name, bases, keywords, body, decos])
            }
            StmtKind::Import(names) => {
                let a = self.aliases(names, s.loc);
                self.node("Import", loc, vec![a])
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let m = self.opt_s(*module);
                let a = self.aliases(names, s.loc);
                self.node("ImportFrom", loc, vec![m, a, Value::Int(*level as i64)])
            }
            StmtKind::Match { subject, cases } => {
                let subj = self.expr(subject, Ctx::Load);
                let cs = cases.iter().map(|c| self.match_case(c)).collect();
                let c = self.list(cs);
                self.node("Match", loc, vec![subj, c])
            }
        }
    }

    fn for_stmt(&mut self, s: &Stmt, loc: Loc, kind: &str) -> Value {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } = &s.kind
        else {
            unreachable!()
        };
        let t = self.expr(target, Ctx::Store);
        let i = self.expr(iter, Ctx::Load);
        let b = self.stmts(body);
        let o = self.stmts(orelse);
        self.node(kind, loc, vec![t, i, b, o, Value::None])
    }

    fn with_stmt(&mut self, s: &Stmt, loc: Loc, kind: &str) -> Value {
        let StmtKind::With { items, body } = &s.kind else {
            unreachable!()
        };
        let its = items
            .iter()
            .map(|w| {
                let c = self.expr(w.context, Ctx::Load);
                let t = w.target.map_or(Value::None, |t| self.expr(t, Ctx::Store));
                self.bare("withitem", vec![c, t])
            })
            .collect();
        let i = self.list(its);
        let b = self.stmts(body);
        self.node(kind, loc, vec![i, b, Value::None])
    }

    fn handler(&mut self, h: &ExceptHandler) -> Value {
        let end = h.body.last().map(Self::stmt_end).unwrap_or(h.loc);
        let loc = h.loc.to(Loc::at(end.end_line, end.end_col));
        let t = self.opt_expr(h.typ);
        let n = self.opt_s(h.name);
        let b = self.stmts(h.body);
        self.node("ExceptHandler", loc, vec![t, n, b])
    }

    fn funcdef(&mut self, f: &FunctionDef, loc: Loc) -> Value {
        let name = self.s(f.name);
        let args = self.params(f.params, f.loc);
        let body = self.stmts(f.body);
        let decos = self.exprs(f.decorators, Ctx::Load);
        let ret = self.opt_expr(f.returns);
        let kind = if f.is_async {
            "AsyncFunctionDef"
        } else {
            "FunctionDef"
        };
        self.node(kind, loc, vec![name, args, body, decos, ret, Value::None])
    }

    /// Import aliases, placed by finding each one's text after the statement's `import`.
    fn aliases(&mut self, names: &[kestrel_grammar::ast::Alias], stmt: Loc) -> Value {
        let mut cur = self.find_word(Loc::at(stmt.line, stmt.col), "import", stmt);
        let v = names
            .iter()
            .map(|a| {
                let n = self.s(a.name);
                let asn = self.opt_s(a.asname);
                let first = a.name.split('.').next().unwrap_or(a.name);
                let start = cur.and_then(|c| self.find_word(c, first, stmt));
                let last = a
                    .asname
                    .unwrap_or_else(|| a.name.rsplit('.').next().unwrap_or(a.name));
                let end = start.and_then(|st| {
                    let after = Loc::at(st.line, st.col + 1);
                    match a.asname {
                        Some(_) => self
                            .find_word(after, "as", stmt)
                            .and_then(|asl| self.find_word(asl, last, stmt)),
                        None if a.name.contains('.') => self.find_word(after, last, stmt),
                        None => Some(st),
                    }
                });
                match (start, end) {
                    (Some(st), Some(en)) => {
                        let en = Loc::at(en.line, en.col + last.chars().count() as u32);
                        cur = Some(en);
                        self.node("alias", st.to(en), vec![n, asn])
                    }
                    _ => self.bare("alias", vec![n, asn]),
                }
            })
            .collect();
        self.list(v)
    }

    /// The start of the next whole word `word` (or the `*` of a star import) at or after
    /// `from`, within the statement's span.
    fn find_word(&self, from: Loc, word: &str, within: Loc) -> Option<Loc> {
        let last_line = if within.end_line == 0 {
            from.line
        } else {
            within.end_line
        };
        let mut line = from.line;
        let mut col = from.col as usize;
        while line <= last_line {
            let chars: Vec<char> = self.line(line).chars().collect();
            let w: Vec<char> = word.chars().collect();
            let ident = |c: char| c.is_alphanumeric() || c == '_';
            while col + w.len() <= chars.len() {
                if chars[col] == '#' {
                    break;
                }
                if chars[col..col + w.len()] == w[..]
                    && (col == 0 || !ident(chars[col - 1]) || !ident(w[0]))
                    && chars
                        .get(col + w.len())
                        .is_none_or(|c| !ident(*c) || !ident(w[0]))
                {
                    return Some(Loc::at(line, col as u32));
                }
                col += 1;
            }
            line += 1;
            col = 0;
        }
        None
    }

    fn arg(&mut self, p: &Param) -> Value {
        let end = match p.annotation {
            Some(a) => Loc::at(a.loc.end_line, a.loc.end_col),
            None => Loc::at(p.loc.line, p.loc.col + p.name.chars().count() as u32),
        };
        let name = self.s(p.name);
        let ann = self.opt_expr(p.annotation);
        self.node("arg", p.loc.to(end), vec![name, ann, Value::None])
    }

    /// `*args`/`**kwargs` keep only their name in the parser's tree: they are found in the
    /// source after `from` (the end of the parameters before them).
    fn name_arg(&mut self, name: Option<&str>, ann: Option<&Expr>, from: Option<Loc>) -> Value {
        let Some(n) = name else {
            return Value::None;
        };
        let start = from.and_then(|f| {
            let span = Loc::at(f.line, 0).to(Loc::at(f.line + 50, 0));
            self.find_word(f, n, span)
        });
        let nv = self.s(n);
        let a = self.opt_expr(ann);
        match start {
            Some(st) => {
                let end = match ann {
                    Some(e) => end_of(e.loc),
                    None => Loc::at(st.line, st.col + n.chars().count() as u32),
                };
                self.node("arg", st.to(end), vec![nv, a, Value::None])
            }
            None => self.bare("arg", vec![nv, a, Value::None]),
        }
    }

    /// Where the parameters after `ps` start to be looked for: past `ps`' last one.
    fn after_params(ps: &[&[Param]], from: Loc) -> Loc {
        let mut at = from;
        for p in ps.iter().flat_map(|p| p.iter()) {
            let end = p
                .default
                .or(p.annotation)
                .map(|e| end_of(e.loc))
                .unwrap_or(Loc::at(
                    p.loc.line,
                    p.loc.col + p.name.chars().count() as u32,
                ));
            if (end.line, end.col) > (at.line, at.col) {
                at = end;
            }
        }
        at
    }

    /// The parameters of a `def` or `lambda` starting at `start`.
    fn params(&mut self, p: &Params, start: Loc) -> Value {
        let posonly = p.posonly.iter().map(|a| self.arg(a)).collect();
        let posonly = self.list(posonly);
        let args = p.args.iter().map(|a| self.arg(a)).collect();
        let args = self.list(args);
        let star_from = Self::after_params(&[p.posonly, p.args], start);
        let vararg = self.name_arg(p.vararg, p.vararg_annotation, Some(star_from));
        let kwonly = p.kwonly.iter().map(|a| self.arg(a)).collect();
        let kwonly = self.list(kwonly);
        let kw_defaults = p.kwonly.iter().map(|a| self.opt_expr(a.default)).collect();
        let kw_defaults = self.list(kw_defaults);
        let mut kw_from = Self::after_params(&[p.posonly, p.args, p.kwonly], start);
        if let Some(a) = p.vararg_annotation {
            kw_from = Self::after_params(&[], end_of(a.loc)).max_by_line(kw_from);
        }
        let kwarg = self.name_arg(p.kwarg, p.kwarg_annotation, Some(kw_from));
        let defaults = p
            .posonly
            .iter()
            .chain(p.args)
            .filter_map(|a| a.default)
            .map(|d| self.expr(d, Ctx::Load))
            .collect();
        let defaults = self.list(defaults);
        self.bare(
            "arguments",
            vec![posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults],
        )
    }

    /// Whether the span is one parenthesized whole: it starts with `(` whose matching `)`
    /// (brackets counted, strings not looked into) ends it.
    fn parenthesized(&self, loc: Loc) -> bool {
        if self.char_at(loc.line, loc.col) != Some('(') || loc.end_line == 0 {
            return false;
        }
        let mut depth = 0i32;
        let (mut line, mut col) = (loc.line, loc.col);
        while line <= loc.end_line {
            for c in self.line(line).chars().skip(col as usize) {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    _ => {}
                }
                col += 1;
                if depth == 0 {
                    return line == loc.end_line && col == loc.end_col;
                }
            }
            line += 1;
            col = 0;
        }
        false
    }

    fn char_at(&self, line: u32, col: u32) -> Option<char> {
        self.line(line).chars().nth(col as usize)
    }

    /// The position just before `loc`, skipping spaces (and line breaks) backwards.
    fn skip_back(&self, mut line: u32, mut col: u32) -> (u32, u32) {
        loop {
            if col == 0 {
                if line <= 1 {
                    return (line, 0);
                }
                line -= 1;
                col = self.line(line).trim_end_matches('\\').chars().count() as u32;
                continue;
            }
            match self.char_at(line, col - 1) {
                Some(c) if c.is_whitespace() => col -= 1,
                _ => return (line, col),
            }
        }
    }

    /// Where a call argument's prefix (`*`, `**` or `name=`) starts, found in the source
    /// before the value.
    fn prefix_start(&self, value: Loc, prefix: &str) -> Loc {
        let (line, col) = self.skip_back(value.line, value.col);
        let n = prefix.chars().count() as u32;
        if col < n {
            return value;
        }
        let text: String = self
            .line(line)
            .chars()
            .skip((col - n) as usize)
            .take(n as usize)
            .collect();
        if text != prefix {
            return value;
        }
        Loc::at(line, col - n)
    }

    fn keyword_start(&self, value: Loc, name: &str) -> Loc {
        let eq = self.prefix_start(value, "=");
        if eq == value {
            return value;
        }
        let start = self.prefix_start(eq, name);
        if start == eq {
            return value;
        }
        start
    }

    /// Call (or class) arguments: the positional ones and the keywords.
    fn call_args(&mut self, args: &[Arg]) -> (Value, Value) {
        let mut pos = Vec::new();
        let mut kws = Vec::new();
        for a in args {
            match a {
                Arg::Positional(e) => pos.push(self.expr(e, Ctx::Load)),
                Arg::Star(e) => {
                    let loc = self.prefix_start(e.loc, "*").to(end_of(e.loc));
                    let v = self.expr(e, Ctx::Load);
                    let ctx = self.ctx(Ctx::Load);
                    pos.push(self.node("Starred", loc, vec![v, ctx]));
                }
                Arg::Keyword(name, e) => {
                    let loc = self.keyword_start(e.loc, name).to(end_of(e.loc));
                    let n = self.s(name);
                    let v = self.expr(e, Ctx::Load);
                    kws.push(self.node("keyword", loc, vec![n, v]));
                }
                Arg::DoubleStar(e) => {
                    let loc = self.prefix_start(e.loc, "**").to(end_of(e.loc));
                    let v = self.expr(e, Ctx::Load);
                    kws.push(self.node("keyword", loc, vec![Value::None, v]));
                }
            }
        }
        (self.list(pos), self.list(kws))
    }

    fn ctx(&mut self, c: Ctx) -> Value {
        let name = match c {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        };
        self.bare(name, vec![])
    }

    fn binop(&mut self, op: BinOp) -> Value {
        let name = match op {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mul => "Mult",
            BinOp::MatMul => "MatMult",
            BinOp::Div => "Div",
            BinOp::FloorDiv => "FloorDiv",
            BinOp::Mod => "Mod",
            BinOp::Pow => "Pow",
            BinOp::LShift => "LShift",
            BinOp::RShift => "RShift",
            BinOp::BitOr => "BitOr",
            BinOp::BitXor => "BitXor",
            BinOp::BitAnd => "BitAnd",
        };
        self.bare(name, vec![])
    }

    fn constant(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::True => Value::Bool(true),
            Const::False => Value::Bool(false),
            Const::Ellipsis => Value::Obj(self.vm.none_singletons.1),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(s) => {
                let (digits, radix) = match s.get(..2) {
                    Some("0x") => (&s[2..], 16),
                    Some("0o") => (&s[2..], 8),
                    Some("0b") => (&s[2..], 2),
                    _ => (&s[..], 10),
                };
                let b =
                    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
                self.vm.new_bigint(b)
            }
            Const::Float(f) => Value::Float(*f),
            Const::Imag(f) => self.vm.new_complex(0.0, *f),
            Const::Str(s) => self.vm.new_str(s),
            Const::Bytes(b) => self.vm.new_bytes(b.to_vec()),
        }
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) -> Value {
        let loc = e.loc;
        match &e.kind {
            ExprKind::Name(n) => {
                let n = self.s(n);
                let c = self.ctx(ctx);
                self.node("Name", loc, vec![n, c])
            }
            ExprKind::Const(c) => {
                let v = self.constant(c);
                self.node("Constant", loc, vec![v, Value::None])
            }
            ExprKind::FString(parts) => self.joined(parts, loc),
            ExprKind::BinOp(l, op, r) => {
                let l = self.expr(l, Ctx::Load);
                let o = self.binop(*op);
                let r = self.expr(r, Ctx::Load);
                self.node("BinOp", loc, vec![l, o, r])
            }
            ExprKind::UnaryOp(op, x) => {
                let name = match op {
                    UnaryOp::Not => "Not",
                    UnaryOp::Neg => "USub",
                    UnaryOp::Pos => "UAdd",
                    UnaryOp::Invert => "Invert",
                };
                let o = self.bare(name, vec![]);
                let x = self.expr(x, Ctx::Load);
                self.node("UnaryOp", loc, vec![o, x])
            }
            ExprKind::BoolOp(op, vals) => {
                let name = match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                };
                let o = self.bare(name, vec![]);
                let v = self.exprs(vals, Ctx::Load);
                self.node("BoolOp", loc, vec![o, v])
            }
            ExprKind::Compare(first, rest) => {
                let l = self.expr(first, Ctx::Load);
                let mut ops = Vec::new();
                let mut cmps = Vec::new();
                for (op, x) in rest.iter() {
                    let name = match op {
                        CmpOp::Eq => "Eq",
                        CmpOp::NotEq => "NotEq",
                        CmpOp::Lt => "Lt",
                        CmpOp::LtE => "LtE",
                        CmpOp::Gt => "Gt",
                        CmpOp::GtE => "GtE",
                        CmpOp::Is => "Is",
                        CmpOp::IsNot => "IsNot",
                        CmpOp::In => "In",
                        CmpOp::NotIn => "NotIn",
                    };
                    ops.push(self.bare(name, vec![]));
                    cmps.push(self.expr(x, Ctx::Load));
                }
                let ops = self.list(ops);
                let cmps = self.list(cmps);
                self.node("Compare", loc, vec![l, ops, cmps])
            }
            ExprKind::Call { func, args } => {
                let f = self.expr(func, Ctx::Load);
                let (a, k) = match args {
                    [Arg::Positional(
                        g @ Expr {
                            kind: ExprKind::GeneratorExp(..),
                            ..
                        },
                    )] if !self.parenthesized(g.loc) => {
                        // `f(x for x in y)`: the generator's span is the call's parentheses.
                        let open = self.find_word(end_of(func.loc), "(", loc);
                        let gl = match open {
                            Some(o) => o.to(end_of(loc)),
                            None => g.loc,
                        };
                        let gv = self.expr(
                            &Expr {
                                loc: gl,
                                kind: clone_genexp(&g.kind),
                            },
                            Ctx::Load,
                        );
                        let a = self.list(vec![gv]);
                        let k = self.list(vec![]);
                        (a, k)
                    }
                    _ => self.call_args(args),
                };
                self.node("Call", loc, vec![f, a, k])
            }
            ExprKind::Attribute(v, attr) => {
                let v = self.expr(v, Ctx::Load);
                let a = self.s(attr);
                let c = self.ctx(ctx);
                self.node("Attribute", loc, vec![v, a, c])
            }
            ExprKind::Subscript(v, s) => {
                let v = self.expr(v, Ctx::Load);
                let s = self.expr(s, Ctx::Load);
                let c = self.ctx(ctx);
                self.node("Subscript", loc, vec![v, s, c])
            }
            ExprKind::Slice(lo, hi, step) => {
                let lo = self.opt_expr(*lo);
                let hi = self.opt_expr(*hi);
                let st = self.opt_expr(*step);
                self.node("Slice", loc, vec![lo, hi, st])
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                let v = self.exprs(es, ctx);
                let c = self.ctx(ctx);
                let kind = match e.kind {
                    ExprKind::Tuple(_) => "Tuple",
                    _ => "List",
                };
                self.node(kind, loc, vec![v, c])
            }
            ExprKind::Set(es) => {
                let v = self.exprs(es, Ctx::Load);
                self.node("Set", loc, vec![v])
            }
            ExprKind::Dict(items) => {
                let mut ks = Vec::new();
                let mut vs = Vec::new();
                for (k, v) in items.iter() {
                    ks.push(self.opt_expr(k.as_ref()));
                    vs.push(self.expr(v, Ctx::Load));
                }
                let ks = self.list(ks);
                let vs = self.list(vs);
                self.node("Dict", loc, vec![ks, vs])
            }
            ExprKind::Starred(inner) => {
                // The parser leaves a starred target's end unset: it is its value's end.
                let loc = match loc.end_line {
                    0 => loc.to(end_of(inner.loc)),
                    _ => loc,
                };
                let v = self.expr(inner, ctx);
                let c = self.ctx(ctx);
                self.node("Starred", loc, vec![v, c])
            }
            ExprKind::IfExp(test, body, orelse) => {
                let t = self.expr(test, Ctx::Load);
                let b = self.expr(body, Ctx::Load);
                let o = self.expr(orelse, Ctx::Load);
                self.node("IfExp", loc, vec![t, b, o])
            }
            ExprKind::Lambda(params, body) => {
                let a = self.params(params, loc);
                let b = self.expr(body, Ctx::Load);
                self.node("Lambda", loc, vec![a, b])
            }
            ExprKind::ListComp(elt, gens)
            | ExprKind::SetComp(elt, gens)
            | ExprKind::GeneratorExp(elt, gens) => {
                let el = self.expr(elt, Ctx::Load);
                let g = self.comprehensions(gens);
                let kind = match e.kind {
                    ExprKind::ListComp(..) => "ListComp",
                    ExprKind::SetComp(..) => "SetComp",
                    _ => "GeneratorExp",
                };
                self.node(kind, loc, vec![el, g])
            }
            ExprKind::DictComp(k, v, gens) => {
                let k = self.expr(k, Ctx::Load);
                let v = self.expr(v, Ctx::Load);
                let g = self.comprehensions(gens);
                self.node("DictComp", loc, vec![k, v, g])
            }
            ExprKind::Yield(v) => {
                let v = self.opt_expr(*v);
                self.node("Yield", loc, vec![v])
            }
            ExprKind::YieldFrom(v) => {
                let v = self.expr(v, Ctx::Load);
                self.node("YieldFrom", loc, vec![v])
            }
            ExprKind::Await(v) => {
                let v = self.expr(v, Ctx::Load);
                self.node("Await", loc, vec![v])
            }
            ExprKind::NamedExpr(t, v) => {
                let t = self.expr(t, Ctx::Store);
                let v = self.expr(v, Ctx::Load);
                self.node("NamedExpr", loc, vec![t, v])
            }
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> Value {
        let v = gens
            .iter()
            .map(|g| {
                let t = self.expr(g.target, Ctx::Store);
                let i = self.expr(g.iter, Ctx::Load);
                let ifs = self.exprs(g.ifs, Ctx::Load);
                self.bare(
                    "comprehension",
                    vec![t, i, ifs, Value::Int(g.is_async as i64)],
                )
            })
            .collect();
        self.list(v)
    }

    /// An f-string: `JoinedStr` of `Constant` pieces (adjacent ones merged, `x=` debug text
    /// included) and `FormattedValue`s, all placed at the whole string as CPython 3.11 does.
    fn joined(&mut self, parts: &[FPart], loc: Loc) -> Value {
        let mut values = Vec::new();
        let mut text = String::new();
        for p in parts {
            match p {
                FPart::Literal(s) => text.push_str(s),
                FPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        text.push_str(d);
                    }
                    if !text.is_empty() {
                        let s = self.vm.new_str(&std::mem::take(&mut text));
                        values.push(self.node("Constant", loc, vec![s, Value::None]));
                    }
                    let v = self.expr(expr, Ctx::Load);
                    let conv = match conversion {
                        Some(c) => *c as i64,
                        None if debug_text.is_some() && spec.is_none() => 'r' as i64,
                        None => -1,
                    };
                    let spec = match spec {
                        Some(sp) => self.joined(sp, loc),
                        None => Value::None,
                    };
                    values.push(self.node("FormattedValue", loc, vec![v, Value::Int(conv), spec]));
                }
            }
        }
        if !text.is_empty() {
            let s = self.vm.new_str(&text);
            values.push(self.node("Constant", loc, vec![s, Value::None]));
        }
        let l = self.list(values);
        self.node("JoinedStr", loc, vec![l])
    }

    fn match_case(&mut self, c: &MatchCase) -> Value {
        let p = self.pattern(&c.pattern);
        let g = self.opt_expr(c.guard);
        let b = self.stmts(c.body);
        self.bare("match_case", vec![p, g, b])
    }

    fn patterns(&mut self, ps: &[Pattern]) -> Value {
        let v = ps.iter().map(|p| self.pattern(p)).collect();
        self.list(v)
    }

    fn pattern(&mut self, p: &Pattern) -> Value {
        let loc = p.loc;
        match &p.kind {
            PatternKind::Value(e) => {
                let v = self.expr(e, Ctx::Load);
                self.node("MatchValue", loc, vec![v])
            }
            PatternKind::Singleton(e) => {
                let v = match &e.kind {
                    ExprKind::Const(c) => self.constant(c),
                    _ => Value::None,
                };
                self.node("MatchSingleton", loc, vec![v])
            }
            PatternKind::Sequence(ps) => {
                let v = self.patterns(ps);
                self.node("MatchSequence", loc, vec![v])
            }
            PatternKind::Star(name) => {
                let n = self.opt_s(*name);
                self.node("MatchStar", loc, vec![n])
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let k = self.exprs(keys, Ctx::Load);
                let ps = self.patterns(patterns);
                let r = self.opt_s(*rest);
                self.node("MatchMapping", loc, vec![k, ps, r])
            }
            PatternKind::Class {
                cls,
                args,
                kw_names,
                kw_patterns,
            } => {
                let c = self.expr(cls, Ctx::Load);
                let a = self.patterns(args);
                let names = kw_names.iter().map(|n| self.s(n)).collect();
                let n = self.list(names);
                let kp = self.patterns(kw_patterns);
                self.node("MatchClass", loc, vec![c, a, n, kp])
            }
            PatternKind::As(pat, name) => {
                let pv = pat.map_or(Value::None, |p| self.pattern(p));
                let n = self.opt_s(*name);
                self.node("MatchAs", loc, vec![pv, n])
            }
            PatternKind::Or(ps) => {
                let v = self.patterns(ps);
                self.node("MatchOr", loc, vec![v])
            }
        }
    }
}

/// The end of a span as a start-only position (for `Loc::to`).
fn end_of(l: Loc) -> Loc {
    Loc::at(l.end_line, l.end_col)
}

/// A generator expression's kind again (its parts are arena references), to place it anew.
fn clone_genexp<'a>(k: &ExprKind<'a>) -> ExprKind<'a> {
    match k {
        ExprKind::GeneratorExp(e, g) => ExprKind::GeneratorExp(e, g),
        _ => unreachable!(),
    }
}

trait LaterOf {
    fn max_by_line(self, other: Loc) -> Loc;
}

impl LaterOf for Loc {
    fn max_by_line(self, other: Loc) -> Loc {
        if (self.line, self.col) >= (other.line, other.col) {
            self
        } else {
            other
        }
    }
}
