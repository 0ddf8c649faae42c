//! Annotations: `__annotations__` of modules and classes (`x: T` statements), of functions
//! (parameter and return annotations, handed to MAKE_FUNCTION), and PEP 563's stringified
//! form under `from __future__ import annotations`.

use super::{Compiler, FnCompiler, R};
use crate::code::Const;
use crate::emit::Reg;
use crate::leak_str;
use crate::opcodes::Op;
use crate::symtable::ScopeKind;
use kestrel_grammar::ast::*;

/// Whether a block (not nested functions or classes) holds an annotated assignment.
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::With { body, .. } => has_annotations(body),
        _ => false,
    })
}

/// Whether a function signature has any annotation.
pub(super) fn has_function_annotations(params: &Params, returns: Option<&Expr>) -> bool {
    returns.is_some()
        || params.vararg_annotation.is_some()
        || params.kwarg_annotation.is_some()
        || params
            .posonly
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonly.iter())
            .any(|p| p.annotation.is_some())
}

/// `from __future__ import annotations` among a module's statements.
pub(super) fn future_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::ImportFrom {
            module: Some("__future__"),
            names,
            ..
        } => names.iter().any(|a| a.name == "annotations"),
        _ => false,
    })
}

impl<'t> Compiler<'t> {
    /// `__annotations__ = {}` at the start of a module or class body that annotates names.
    pub(super) fn setup_annotations<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        body: &'a [Stmt<'a>],
    ) -> R<()> {
        if !has_annotations(body) {
            return Ok(());
        }
        let t = f.e.temp();
        f.e.op(Op::BuildDict, t, t, 0);
        self.store_name(f, "__annotations__", t, Loc::default())?;
        f.e.next_reg -= 1;
        Ok(())
    }

    /// The annotation part of `target: annotation [= value]`: in a module or class body a
    /// simple name's annotation is evaluated and recorded; elsewhere it is not evaluated.
    pub(super) fn ann_assign_annotation<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
    ) -> R<()> {
        if f.kind == ScopeKind::Function {
            return Ok(());
        }
        let ExprKind::Name(name) = target.kind else {
            return Ok(());
        };
        let base = f.e.alloc(3);
        self.annotation_value(f, annotation, base + 2)?;
        self.load_name(f, "__annotations__", Some(base));
        let k = f.e.constant(Const::Str(leak_str(&self.mangle(f, name))));
        f.e.op_bx(Op::LoadConst, base + 1, k);
        f.e.op(Op::SetItem, base, base + 1, base + 2);
        f.e.next_reg = base;
        Ok(())
    }

    /// An annotation's value into `dst`: evaluated, or its source text under PEP 563.
    fn annotation_value<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        annotation: &'a Expr<'a>,
        dst: Reg,
    ) -> R<()> {
        if self.future_annotations.get() {
            let Some(s) = unparse(annotation) else {
                return super::err(
                    "annotation too complex to stringify (from __future__ import annotations)",
                    annotation.loc,
                );
            };
            let k = f.e.constant(Const::Str(leak_str(&s)));
            f.e.op_bx(Op::LoadConst, dst, k);
            return Ok(());
        }
        self.expr_into(f, annotation, dst)
    }

    /// A function's annotations dict into `dst`, if it has any: parameters in order, then
    /// `return`.
    pub(super) fn function_annotations<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        params: &'a Params<'a>,
        returns: Option<&'a Expr<'a>>,
        dst: Reg,
    ) -> R<bool> {
        // CPython's order: positional parameters, *args, keyword-only ones, **kwargs.
        let plain =
            |ps: &'a [Param<'a>]| ps.iter().filter_map(|p| p.annotation.map(|a| (p.name, a)));
        let star = |name: Option<&'a str>, a: Option<&'a Expr<'a>>| name.zip(a);
        let mut items: Vec<(&str, &'a Expr<'a>)> = plain(params.posonly)
            .chain(plain(params.args))
            .chain(star(params.vararg, params.vararg_annotation))
            .chain(plain(params.kwonly))
            .chain(star(params.kwarg, params.kwarg_annotation))
            .collect();
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        let t = f.e.alloc(2 * items.len() as u32);
        for (i, (name, a)) in items.iter().enumerate() {
            let k = f.e.constant(Const::Str(leak_str(&self.mangle(f, name))));
            f.e.op_bx(Op::LoadConst, t + 2 * i as Reg, k);
            self.annotation_value(f, a, t + 2 * i as Reg + 1)?;
        }
        f.e.op(Op::BuildDict, dst, t, items.len() as Reg);
        f.e.next_reg = t;
        Ok(true)
    }
}

/// An annotation expression as source text, as `ast.unparse` writes it; None for forms not
/// handled here.
fn unparse(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Const(c) => match c {
            kestrel_grammar::ast::Const::None => "None".into(),
            kestrel_grammar::ast::Const::True => "True".into(),
            kestrel_grammar::ast::Const::False => "False".into(),
            kestrel_grammar::ast::Const::Ellipsis => "...".into(),
            kestrel_grammar::ast::Const::Int(i) => i.to_string(),
            kestrel_grammar::ast::Const::BigInt(s) => kestrel_grammar::bigint_decimal(s),
            kestrel_grammar::ast::Const::Str(s) => str_repr(s),
            _ => return None,
        },
        ExprKind::Attribute(v, a) => format!("{}.{a}", unparse(v)?),
        ExprKind::Subscript(v, s) => {
            let inner = match &s.kind {
                ExprKind::Tuple(items) if !items.is_empty() => items
                    .iter()
                    .map(unparse)
                    .collect::<Option<Vec<_>>>()?
                    .join(", "),
                _ => unparse(s)?,
            };
            format!("{}[{inner}]", unparse(v)?)
        }
        ExprKind::Tuple(items) => {
            let parts = items.iter().map(unparse).collect::<Option<Vec<_>>>()?;
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ExprKind::List(items) => {
            let parts = items.iter().map(unparse).collect::<Option<Vec<_>>>()?;
            format!("[{}]", parts.join(", "))
        }
        ExprKind::BinOp(a, BinOp::BitOr, b) => format!("{} | {}", unparse(a)?, unparse(b)?),
        ExprKind::FString(parts) => format!("f{}", str_repr(&fstring_body(parts)?)),
        ExprKind::Call { func, args } => {
            let mut parts = Vec::new();
            for a in args.iter() {
                match a {
                    Arg::Positional(x) => parts.push(unparse(x)?),
                    _ => return None,
                }
            }
            format!("{}({})", unparse(func)?, parts.join(", "))
        }
        _ => return None,
    })
}

/// The text between an unparsed f-string's quotes (before its `repr`): literal braces
/// doubled, each field as `{expr!c:spec}`; a `{x=}` field is its text then `{x!r}`.
fn fstring_body(parts: &[FPart]) -> Option<String> {
    let mut out = String::new();
    for p in parts {
        match p {
            FPart::Literal(t) => out.push_str(&t.replace('{', "{{").replace('}', "}}")),
            FPart::Field {
                expr,
                conversion,
                spec,
                debug_text,
            } => {
                let mut conversion = *conversion;
                if let Some(d) = debug_text {
                    out.push_str(&d.replace('{', "{{").replace('}', "}}"));
                    if conversion.is_none() && spec.is_none() {
                        conversion = Some('r');
                    }
                }
                let e = unparse(expr)?;
                out.push('{');
                if e.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&e);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = spec {
                    out.push(':');
                    out.push_str(&fstring_body(spec)?);
                }
                out.push('}');
            }
        }
    }
    Some(out)
}

/// A string constant as Python's `repr` writes it.
fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
