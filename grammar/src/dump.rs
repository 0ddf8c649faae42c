//! Compact S-expression rendering of the AST, for golden tests (ours and the compiler's).
//! `dump` prints one top-level statement per line; `dump_with_locs` adds `@line:col` to every
//! statement and expression node.

use std::fmt::Write;

use crate::ast::*;

pub fn dump(m: &Module) -> String {
    render(m, false)
}

pub fn dump_with_locs(m: &Module) -> String {
    render(m, true)
}

/// Renders one expression (without locations).
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper {
        out: String::new(),
        locs: false,
    };
    d.expr(e);
    d.out
}

fn render(m: &Module, locs: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        locs,
    };
    for s in m.body {
        d.stmt(s);
        d.out.push('\n');
    }
    d.out
}

struct Dumper {
    out: String,
    locs: bool,
}

impl Dumper {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn loc(&mut self, l: Loc) {
        if self.locs {
            let _ = write!(self.out, "@{}:{}", l.line, l.col);
        }
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        for i in items {
            self.w(" ");
            f(self, i);
        }
    }

    fn body(&mut self, b: &[Stmt]) {
        self.w("(");
        for (i, s) in b.iter().enumerate() {
            if i > 0 {
                self.w(" ");
            }
            self.stmt(s);
        }
        self.w(")");
    }

    fn opt(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.w("_"),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Pass => self.w("pass"),
            StmtKind::Break => self.w("break"),
            StmtKind::Continue => self.w("continue"),
            _ => self.stmt_compound(s),
        }
        self.loc(s.loc);
    }

    fn stmt_compound(&mut self, s: &Stmt) {
        self.w("(");
        match &s.kind {
            StmtKind::Expr(e) => {
                self.w("expr ");
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                self.w("=");
                self.list(targets, |d, t| d.expr(t));
                self.w(" ");
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                let _ = write!(self.out, "{}= ", binop(*op));
                self.expr(target);
                self.w(" ");
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.w("ann ");
                self.expr(target);
                self.w(" ");
                self.expr(annotation);
                if let Some(v) = value {
                    self.w(" ");
                    self.expr(v);
                }
            }
            StmtKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(v);
                }
            }
            StmtKind::Delete(t) => {
                self.w("del");
                self.list(t, |d, e| d.expr(e));
            }
            StmtKind::Global(n) | StmtKind::Nonlocal(n) => {
                self.w(if matches!(s.kind, StmtKind::Global(_)) {
                    "global"
                } else {
                    "nonlocal"
                });
                self.list(n, |d, n| d.w(n));
            }
            StmtKind::Raise { exc, cause } => {
                self.w("raise");
                if let Some(e) = exc {
                    self.w(" ");
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.w(" from ");
                    self.expr(c);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.w("assert ");
                self.expr(test);
                if let Some(m) = msg {
                    self.w(" ");
                    self.expr(m);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.w(if matches!(s.kind, StmtKind::If { .. }) {
                    "if "
                } else {
                    "while "
                });
                self.expr(test);
                self.w(" ");
                self.body(body);
                if !orelse.is_empty() {
                    self.w(" else ");
                    self.body(orelse);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.w("for ");
                self.expr(target);
                self.w(" ");
                self.expr(iter);
                self.w(" ");
                self.body(body);
                if !orelse.is_empty() {
                    self.w(" else ");
                    self.body(orelse);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.w("try ");
                self.body(body);
                for h in handlers.iter() {
                    self.w(if h.star { " (except*" } else { " (except" });
                    if let Some(t) = h.typ {
                        self.w(" ");
                        self.expr(t);
                    }
                    if let Some(n) = h.name {
                        let _ = write!(self.out, " as {n}");
                    }
                    self.w(" ");
                    self.body(h.body);
                    self.w(")");
                }
                if !orelse.is_empty() {
                    self.w(" else ");
                    self.body(orelse);
                }
                if !finalbody.is_empty() {
                    self.w(" finally ");
                    self.body(finalbody);
                }
            }
            StmtKind::With { items, body } => {
                self.w("with");
                for i in items.iter() {
                    self.w(" ");
                    self.expr(i.context);
                    if let Some(t) = i.target {
                        self.w(" as ");
                        self.expr(t);
                    }
                }
                self.w(" ");
                self.body(body);
            }
            StmtKind::Async(inner) => {
                self.w("async ");
                self.stmt(inner);
            }
            StmtKind::FunctionDef(f) => {
                self.w(if f.is_async { "async-def " } else { "def " });
                self.w(f.name);
                self.w(" ");
                self.params(f.params);
                if let Some(r) = f.returns {
                    self.w(" -> ");
                    self.expr(r);
                }
                self.w(" ");
                self.body(f.body);
                self.list(f.decorators, |d, e| {
                    d.w("@");
                    d.expr(e);
                });
            }
            StmtKind::ClassDef(c) => {
                self.w("class ");
                self.w(c.name);
                self.w(" (");
                self.args(c.bases);
                self.w(") ");
                self.body(c.body);
                self.list(c.decorators, |d, e| {
                    d.w("@");
                    d.expr(e);
                });
            }
            StmtKind::Import(names) => {
                self.w("import");
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.w("from ");
                for _ in 0..*level {
                    self.w(".");
                }
                self.w(module.unwrap_or(""));
                self.w(" import");
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::Match { subject, cases } => {
                self.w("match ");
                self.expr(subject);
                for c in cases.iter() {
                    self.w(" (case ");
                    self.pattern(&c.pattern);
                    if let Some(g) = c.guard {
                        self.w(" if ");
                        self.expr(g);
                    }
                    self.w(" ");
                    self.body(c.body);
                    self.w(")");
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        self.w(")");
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(ps) => {
                self.w("[");
                self.list(ps, |d, p| d.pattern(p));
                self.w("]");
            }
            PatternKind::Star(n) => {
                let _ = write!(self.out, "*{}", n.unwrap_or("_"));
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.w("{");
                for (k, p) in keys.iter().zip(patterns.iter()) {
                    self.w(" ");
                    self.expr(k);
                    self.w(":");
                    self.pattern(p);
                }
                if let Some(r) = rest {
                    let _ = write!(self.out, " **{r}");
                }
                self.w("}");
            }
            PatternKind::Class {
                cls,
                args,
                kw_names,
                kw_patterns,
            } => {
                self.expr(cls);
                self.w("(");
                self.list(args, |d, p| d.pattern(p));
                for (n, p) in kw_names.iter().zip(kw_patterns.iter()) {
                    let _ = write!(self.out, " {n}=");
                    self.pattern(p);
                }
                self.w(")");
            }
            PatternKind::As(p, n) => {
                if let Some(p) = p {
                    self.pattern(p);
                    self.w(" as ");
                }
                self.w(n.unwrap_or("_"));
            }
            PatternKind::Or(ps) => {
                self.w("(|");
                self.list(ps, |d, p| d.pattern(p));
                self.w(")");
            }
        }
    }

    fn alias(&mut self, a: &Alias) {
        self.w(a.name);
        if let Some(n) = a.asname {
            let _ = write!(self.out, " as {n}");
        }
    }

    fn param(&mut self, p: &Param) {
        if p.default.is_none() && p.annotation.is_none() {
            self.w(p.name);
            return;
        }
        self.w("(");
        self.w(p.name);
        if let Some(a) = p.annotation {
            self.w(" : ");
            self.expr(a);
        }
        if let Some(d) = p.default {
            self.w(" = ");
            self.expr(d);
        }
        self.w(")");
    }

    fn params(&mut self, p: &Params) {
        self.w("(params");
        self.list(p.posonly, |d, p| d.param(p));
        if !p.posonly.is_empty() {
            self.w(" /");
        }
        self.list(p.args, |d, p| d.param(p));
        if let Some(v) = p.vararg {
            let _ = write!(self.out, " *{v}");
        } else if !p.kwonly.is_empty() {
            self.w(" *");
        }
        self.list(p.kwonly, |d, p| d.param(p));
        if let Some(k) = p.kwarg {
            let _ = write!(self.out, " **{k}");
        }
        self.w(")");
    }

    fn args(&mut self, args: &[Arg]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.w(" ");
            }
            match a {
                Arg::Positional(e) => self.expr(e),
                Arg::Star(e) => {
                    self.w("*");
                    self.expr(e);
                }
                Arg::Keyword(k, e) => {
                    let _ = write!(self.out, "{k}=");
                    self.expr(e);
                }
                Arg::DoubleStar(e) => {
                    self.w("**");
                    self.expr(e);
                }
            }
        }
    }

    fn comps(&mut self, cs: &[Comprehension]) {
        for c in cs {
            self.w(if c.is_async { " (async-for " } else { " (for " });
            self.expr(c.target);
            self.w(" ");
            self.expr(c.iter);
            for i in c.ifs {
                self.w(" (if ");
                self.expr(i);
                self.w(")");
            }
            self.w(")");
        }
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            self.w(" ");
            match p {
                FPart::Literal(s) => {
                    let _ = write!(self.out, "{s:?}");
                }
                FPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    self.w("(fv ");
                    self.expr(expr);
                    if let Some(c) = conversion {
                        let _ = write!(self.out, " !{c}");
                    }
                    if let Some(s) = spec {
                        self.w(" (spec");
                        self.fparts(s);
                        self.w(")");
                    }
                    if let Some(t) = debug_text {
                        let _ = write!(self.out, " (debug {t:?})");
                    }
                    self.w(")");
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.w(n),
            ExprKind::Const(c) => self.constant(c),
            ExprKind::FString(parts) => {
                self.w("(f");
                self.fparts(parts);
                self.w(")");
            }
            ExprKind::BinOp(a, op, b) => {
                let _ = write!(self.out, "({} ", binop(*op));
                self.expr(a);
                self.w(" ");
                self.expr(b);
                self.w(")");
            }
            ExprKind::UnaryOp(op, a) => {
                let name = match op {
                    UnaryOp::Not => "not",
                    UnaryOp::Neg => "neg",
                    UnaryOp::Pos => "pos",
                    UnaryOp::Invert => "~",
                };
                let _ = write!(self.out, "({name} ");
                self.expr(a);
                self.w(")");
            }
            ExprKind::BoolOp(op, vs) => {
                self.w(if *op == BoolOp::And { "(and" } else { "(or" });
                self.list(vs, |d, e| d.expr(e));
                self.w(")");
            }
            ExprKind::Compare(a, rest) => {
                self.w("(cmp ");
                self.expr(a);
                for (op, b) in rest.iter() {
                    let _ = write!(self.out, " {} ", cmpop(*op));
                    self.expr(b);
                }
                self.w(")");
            }
            ExprKind::Call { func, args } => {
                self.w("(call ");
                self.expr(func);
                if !args.is_empty() {
                    self.w(" ");
                    self.args(args);
                }
                self.w(")");
            }
            ExprKind::Attribute(v, n) => {
                self.w("(. ");
                self.expr(v);
                let _ = write!(self.out, " {n})");
            }
            ExprKind::Subscript(v, i) => {
                self.w("([] ");
                self.expr(v);
                self.w(" ");
                self.expr(i);
                self.w(")");
            }
            ExprKind::Slice(a, b, c) => {
                self.w("(slice ");
                self.opt(*a);
                self.w(" ");
                self.opt(*b);
                self.w(" ");
                self.opt(*c);
                self.w(")");
            }
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => {
                self.w(match e.kind {
                    ExprKind::Tuple(_) => "(tuple",
                    ExprKind::List(_) => "(list",
                    _ => "(set",
                });
                self.list(v, |d, e| d.expr(e));
                self.w(")");
            }
            ExprKind::Dict(items) => {
                self.w("(dict");
                for (k, v) in items.iter() {
                    match k {
                        Some(k) => {
                            self.w(" (");
                            self.expr(k);
                            self.w(" ");
                            self.expr(v);
                            self.w(")");
                        }
                        None => {
                            self.w(" **");
                            self.expr(v);
                        }
                    }
                }
                self.w(")");
            }
            ExprKind::Starred(v) => {
                self.w("*");
                self.expr(v);
            }
            ExprKind::IfExp(t, b, o) => {
                self.w("(ifexp ");
                self.expr(t);
                self.w(" ");
                self.expr(b);
                self.w(" ");
                self.expr(o);
                self.w(")");
            }
            ExprKind::Lambda(p, b) => {
                self.w("(lambda ");
                self.params(p);
                self.w(" ");
                self.expr(b);
                self.w(")");
            }
            ExprKind::ListComp(elt, cs)
            | ExprKind::SetComp(elt, cs)
            | ExprKind::GeneratorExp(elt, cs) => {
                self.w(match e.kind {
                    ExprKind::ListComp(..) => "(listcomp ",
                    ExprKind::SetComp(..) => "(setcomp ",
                    _ => "(genexp ",
                });
                self.expr(elt);
                self.comps(cs);
                self.w(")");
            }
            ExprKind::DictComp(k, v, cs) => {
                self.w("(dictcomp ");
                self.expr(k);
                self.w(" ");
                self.expr(v);
                self.comps(cs);
                self.w(")");
            }
            ExprKind::Yield(v) => {
                self.w("(yield");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(v);
                }
                self.w(")");
            }
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => {
                self.w(if matches!(e.kind, ExprKind::Await(_)) {
                    "(await "
                } else {
                    "(yield-from "
                });
                self.expr(v);
                self.w(")");
            }
            ExprKind::NamedExpr(t, v) => {
                self.w("(:= ");
                self.expr(t);
                self.w(" ");
                self.expr(v);
                self.w(")");
            }
        }
        self.loc(e.loc);
    }

    fn constant(&mut self, c: &Const) {
        let _ = match c {
            Const::None => write!(self.out, "None"),
            Const::True => write!(self.out, "True"),
            Const::False => write!(self.out, "False"),
            Const::Ellipsis => write!(self.out, "..."),
            Const::Int(v) => write!(self.out, "{v}"),
            Const::BigInt(v) => write!(self.out, "{}", crate::bigint_decimal(v)),
            Const::Float(v) => write!(self.out, "{v:?}"),
            Const::Imag(v) => write!(self.out, "{v:?}j"),
            Const::Str(s) => write!(self.out, "{s:?}"),
            Const::Bytes(b) => write!(self.out, "b\"{}\"", b.escape_ascii()),
        };
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}
