//! The compile-time `SyntaxWarning`s CPython 3.11 gives for likely mistakes: `is` with a
//! literal, calling or subscripting a literal ("perhaps you missed a comma?") and asserting a
//! parenthesized tuple. The symbol-table walk asks these checks about each node (before its
//! children, as CPython's compiler does), and the runtime issues what they find through
//! `warnings.warn_explicit` (`Vm::issue_compile_warnings`).

use kestrel_grammar::ast::*;

/// The type name of the constant `e` folds to, if CPython's AST optimizer makes it a
/// constant: literals, tuples of constants and unary operators on number literals.
fn folded_const(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Const(c) => Some(match c {
            Const::None => "NoneType",
            Const::True | Const::False => "bool",
            Const::Ellipsis => "ellipsis",
            Const::Int(_) | Const::BigInt(_) => "int",
            Const::Float(_) => "float",
            Const::Imag(_) => "complex",
            Const::Str(_) => "str",
            Const::Bytes(_) => "bytes",
        }),
        ExprKind::Tuple(xs) => match xs.iter().all(|x| folded_const(x).is_some()) {
            true => Some("tuple"),
            false => None,
        },
        ExprKind::UnaryOp(op, x) => {
            let t = folded_const(x)?;
            match op {
                UnaryOp::Not => Some("bool"),
                UnaryOp::Neg | UnaryOp::Pos => match t {
                    "bool" => Some("int"),
                    "int" | "float" | "complex" => Some(t),
                    _ => None,
                },
                UnaryOp::Invert => matches!(t, "bool" | "int").then_some("int"),
            }
        }
        _ => None,
    }
}

/// The type `e` is known to have at compile time (CPython's `infer_type`).
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(t) = folded_const(e) {
        return Some(t);
    }
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp(..) => "list",
        ExprKind::Dict(_) | ExprKind::DictComp(..) => "dict",
        ExprKind::Set(_) | ExprKind::SetComp(..) => "set",
        ExprKind::GeneratorExp(..) => "generator",
        ExprKind::Lambda(..) => "function",
        ExprKind::FString(_) => "str",
        ExprKind::Slice(..) => "slice",
        _ => return None,
    })
}

/// An operand of `is` that is a literal (a constant other than None, True, False, `...`).
fn is_literal(e: &Expr) -> bool {
    matches!(folded_const(e), Some(t) if !matches!(t, "NoneType" | "bool" | "ellipsis"))
}

/// The warning for a comparison chain: its first `is`/`is not` with a literal operand.
pub fn compare(first: &Expr, rest: &[(CmpOp, Expr)]) -> Option<String> {
    let mut left = is_literal(first);
    for (op, x) in rest {
        let right = is_literal(x);
        if (left || right) && matches!(op, CmpOp::Is | CmpOp::IsNot) {
            return Some(match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?".into(),
                _ => "\"is not\" with a literal. Did you mean \"!=\"?".into(),
            });
        }
        left = right;
    }
    None
}

/// The warning for calling `func`: a literal, display or comprehension is never callable.
pub fn call(func: &Expr) -> Option<String> {
    let literal = folded_const(func).is_some()
        || matches!(
            func.kind,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::ListComp(..)
                | ExprKind::Dict(_)
                | ExprKind::DictComp(..)
                | ExprKind::Set(_)
                | ExprKind::SetComp(..)
                | ExprKind::GeneratorExp(..)
                | ExprKind::FString(_)
        );
    let t = infer_type(func).filter(|_| literal)?;
    Some(format!(
        "'{t}' object is not callable; perhaps you missed a comma?"
    ))
}

/// The warning for loading `value[index]`: a value that cannot be subscripted, or a
/// sequence literal indexed by something that is not an int or a slice.
pub fn subscript(value: &Expr, index: &Expr) -> Option<String> {
    let unsubscriptable = match folded_const(value) {
        Some(t) => matches!(
            t,
            "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex"
        ),
        None => matches!(
            value.kind,
            ExprKind::Set(_)
                | ExprKind::SetComp(..)
                | ExprKind::GeneratorExp(..)
                | ExprKind::Lambda(..)
        ),
    };
    if unsubscriptable {
        let t = infer_type(value)?;
        return Some(format!(
            "'{t}' object is not subscriptable; perhaps you missed a comma?"
        ));
    }
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool" | "slice") {
        return None;
    }
    let sequence = match folded_const(value) {
        Some(t) => matches!(t, "str" | "bytes" | "tuple"),
        None => matches!(
            value.kind,
            ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp(..) | ExprKind::FString(_)
        ),
    };
    let t = infer_type(value).filter(|_| sequence)?;
    Some(format!(
        "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
    ))
}

/// Whether `assert test` always passes: a non-empty tuple.
pub fn assert_always_true(test: &Expr) -> bool {
    matches!(test.kind, ExprKind::Tuple(xs) if !xs.is_empty())
}

/// The message of `assert_always_true`'s warning.
pub const ASSERT_TUPLE: &str = "assertion is always true, perhaps remove parentheses?";
