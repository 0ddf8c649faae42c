//! Validation of expressions used as assignment, deletion, `for`/`with`/comprehension targets,
//! with CPython 3.11's messages.

use crate::ast::{Const, Expr, ExprKind, Loc};
use crate::indent::error;
use crate::{ErrorKind, SyntaxError};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// `x = ...`, `for x in`, `with ... as x`, comprehension `for x`.
    Store,
    Del,
}

/// CPython's description of an expression kind (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute(..) => "attribute",
        ExprKind::Subscript(..) => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp(..) | ExprKind::BinOp(..) | ExprKind::UnaryOp(..) => "expression",
        ExprKind::GeneratorExp(..) => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Const(Const::None) => "None",
        ExprKind::Const(Const::True) => "True",
        ExprKind::Const(Const::False) => "False",
        ExprKind::Const(Const::Ellipsis) => "ellipsis",
        ExprKind::Const(_) => "literal",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::Slice(..) => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any (`_PyPegen_get_invalid_target`).
pub fn invalid_target<'e, 'a>(e: &'e Expr<'a>, ctx: Ctx) -> Option<&'e Expr<'a>> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().find_map(|i| invalid_target(i, ctx))
        }
        ExprKind::Starred(inner) if ctx == Ctx::Store => invalid_target(inner, ctx),
        _ => Some(e),
    }
}

/// Checks one target; `Err` carries CPython's message at the offending sub-expression.
pub fn check(e: &Expr, ctx: Ctx) -> Result<(), SyntaxError> {
    if let Some(bad) = invalid_target(e, ctx) {
        let verb = if ctx == Ctx::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(error(
            ErrorKind::Syntax,
            format!("cannot {verb} {}", expr_name(bad)),
            bad.loc,
        ));
    }
    if ctx == Ctx::Store {
        check_starred(e, true)?;
    }
    Ok(())
}

/// At most one starred target per tuple/list, and never a bare one.
fn check_starred(e: &Expr, top: bool) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Starred(_) if top => Err(error(
            ErrorKind::Syntax,
            "starred assignment target must be in a list or tuple",
            e.loc,
        )),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 {
                return Err(error(
                    ErrorKind::Syntax,
                    "multiple starred expressions in assignment",
                    e.loc,
                ));
            }
            for i in items.iter() {
                match &i.kind {
                    ExprKind::Starred(inner) => check_starred(inner, false)?,
                    _ => check_starred(i, false)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Is `e` something CPython's `bitwise_or` rule produces (for the "Maybe you meant '=='" hint)?
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp(..)
            | ExprKind::Compare(..)
            | ExprKind::UnaryOp(crate::ast::UnaryOp::Not, _)
            | ExprKind::IfExp(..)
            | ExprKind::Lambda(..)
            | ExprKind::NamedExpr(..)
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// Targets of `t1 = t2 = value` (source order; `value` last in `chain`).
pub fn check_assign(stmt: Loc, targets: &[Expr], value: &Expr) -> Result<(), SyntaxError> {
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && i > 0 {
            return Err(error(
                ErrorKind::Syntax,
                "assignment to yield expression not possible",
                t.loc,
            ));
        }
        if let Err(mut e) = check(t, Ctx::Store) {
            // `1 = x`: CPython suggests `==` when a lone non-display target meets a simple value.
            let first_value = match &value.kind {
                ExprKind::Tuple(items) if !items.is_empty() && items[0].loc == value.loc => {
                    &items[0]
                }
                _ => value,
            };
            // A target starting after the statement does is parenthesized: an atom.
            let hint = targets.len() == 1
                && (t.loc != stmt || is_bitwise_or(t))
                && is_bitwise_or(first_value)
                && !matches!(
                    t.kind,
                    ExprKind::Tuple(_)
                        | ExprKind::List(_)
                        | ExprKind::GeneratorExp(..)
                        | ExprKind::Const(Const::True | Const::False | Const::None)
                );
            if hint {
                e.msg = format!("{} here. Maybe you meant '==' instead of '='?", e.msg);
            }
            return Err(e);
        }
    }
    Ok(())
}

pub fn check_aug(t: &Expr) -> Result<(), SyntaxError> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        _ => Err(error(
            ErrorKind::Syntax,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(t)
            ),
            t.loc,
        )),
    }
}

pub fn check_ann(t: &Expr) -> Result<(), SyntaxError> {
    let msg = match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => return Ok(()),
        ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
        ExprKind::List(_) => "only single target (not list) can be annotated",
        _ => "illegal target for annotation",
    };
    Err(error(ErrorKind::Syntax, msg, t.loc))
}
