//! `from __future__ import ...`: which features exist, and where the import may stand.

use crate::CompileError;
use kestrel_grammar::ast::*;

/// Features CPython 3.11 accepts; all but `annotations` are already the default behaviour.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks every `from __future__ import` in a module: each must come before any other
/// statement (a docstring aside) and name a known feature.
pub fn check(body: &[Stmt]) -> Result<(), CompileError> {
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some("__future__"),
                names,
                level: 0,
            } if at_start => {
                for a in names.iter() {
                    match a.name {
                        "braces" => return Err(error("not a chance", s.loc)),
                        n if FEATURES.contains(&n) => {}
                        n => {
                            return Err(error(&format!("future feature {n} is not defined"), s.loc))
                        }
                    }
                }
            }
            StmtKind::Expr(Expr {
                kind: ExprKind::Const(Const::Str(_)),
                ..
            }) if i == 0 => {}
            _ => {
                at_start = false;
                late_future(std::slice::from_ref(s))?;
            }
        }
    }
    Ok(())
}

/// A future import anywhere after the start, including nested blocks.
fn late_future(body: &[Stmt]) -> Result<(), CompileError> {
    for s in body {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some("__future__"),
                level: 0,
                ..
            } => {
                return Err(error(
                    "from __future__ imports must occur at the beginning of the file",
                    s.loc,
                ))
            }
            StmtKind::FunctionDef(f) => late_future(f.body)?,
            StmtKind::ClassDef(c) => late_future(c.body)?,
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                late_future(body)?;
                late_future(orelse)?;
            }
            StmtKind::With { body, .. } => late_future(body)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                late_future(body)?;
                for h in handlers.iter() {
                    late_future(h.body)?;
                }
                late_future(orelse)?;
                late_future(finalbody)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn error(msg: &str, loc: Loc) -> CompileError {
    CompileError {
        msg: msg.to_string(),
        line: loc.line,
        col: loc.col,
    }
}
