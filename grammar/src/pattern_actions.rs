//! Grammar actions for `match` patterns: building pattern nodes and CPython's syntax errors
//! for patterns that the grammar alone accepts.

use bumpalo::Bump;

use crate::actions::{bx, ex, sl};
use crate::ast::*;
use crate::indent::error;
use crate::{ErrorKind, SyntaxError};

fn syn(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    error(ErrorKind::Syntax, msg, loc)
}

pub enum MapItem<'a> {
    Pair(Expr<'a>, Pattern<'a>),
    /// A dotted-name key (a bare name is not allowed).
    Name(Loc, Vec<(Loc, &'a str)>, Pattern<'a>),
    Rest(Loc, &'a str),
}

pub enum ClassArg<'a> {
    Pos(Pattern<'a>),
    Kw(Loc, &'a str, Pattern<'a>),
}

/// `except*:` with no class.
pub fn no_star_types(loc: Loc) -> SyntaxError {
    syn("expected one or more exception types", loc)
}

pub fn capture_target(n: &str, loc: Loc) -> Result<(), SyntaxError> {
    if n == "_" {
        return Err(syn("cannot use '_' as a target", loc));
    }
    Ok(())
}

/// `a.b.c` as an expression.
pub fn name_or_attr<'a>(loc: Loc, parts: &[(Loc, &'a str)], arena: &'a Bump) -> Expr<'a> {
    let mut e = ex(loc, ExprKind::Name(parts[0].1));
    for &(_, n) in &parts[1..] {
        e = ex(loc, ExprKind::Attribute(bx(arena, e), n));
    }
    e
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value pattern.
pub fn name_pattern<'a>(arena: &'a Bump, loc: Loc, parts: Vec<(Loc, &'a str)>) -> Pattern<'a> {
    let kind = match parts.as_slice() {
        [(_, "_")] => PatternKind::As(None, None),
        [(_, n)] => PatternKind::As(None, Some(n)),
        _ => PatternKind::Value(bx(arena, name_or_attr(loc, &parts, arena))),
    };
    Pattern { loc, kind }
}

fn is_imag(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Const(Const::Imag(_)))
}

fn signed_is_imag(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::UnaryOp(_, inner) => is_imag(inner),
        _ => is_imag(e),
    }
}

pub fn literal_pattern<'a>(arena: &'a Bump, e: Expr<'a>) -> Result<Pattern<'a>, SyntaxError> {
    let loc = e.loc;
    match &e.kind {
        ExprKind::Const(Const::None | Const::True | Const::False) => {
            return Ok(Pattern {
                loc,
                kind: PatternKind::Singleton(bx(arena, e)),
            })
        }
        ExprKind::FString(_) => {
            return Err(syn(
                "patterns may only match literals and attribute lookups",
                loc,
            ))
        }
        ExprKind::BinOp(a, _, b) => {
            if signed_is_imag(a) {
                return Err(syn("real number required in complex literal", a.loc));
            }
            if !is_imag(b) {
                return Err(syn("imaginary number required in complex literal", b.loc));
            }
        }
        _ => {}
    }
    Ok(Pattern {
        loc,
        kind: PatternKind::Value(bx(arena, e)),
    })
}

pub fn seq_pattern<'a>(
    arena: &'a Bump,
    loc: Loc,
    items: Vec<Pattern<'a>>,
) -> Result<Pattern<'a>, SyntaxError> {
    let stars = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::Star(_)))
        .count();
    if stars > 1 {
        return Err(syn("multiple starred names in sequence pattern", loc));
    }
    Ok(Pattern {
        loc,
        kind: PatternKind::Sequence(sl(arena, items)),
    })
}

/// A literal key as text, to find duplicates (`{"a": x, "a": y}`) at compile time.
fn key_repr(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Const(Const::Str(s)) => Some(format!("'{s}'")),
        ExprKind::Const(Const::Int(i)) => Some(i.to_string()),
        ExprKind::Const(Const::None) => Some("None".into()),
        _ => None,
    }
}

pub fn mapping_pattern<'a>(
    arena: &'a Bump,
    loc: Loc,
    items: Vec<MapItem<'a>>,
) -> Result<Pattern<'a>, SyntaxError> {
    let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
    let mut seen: Vec<String> = Vec::new();
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            MapItem::Pair(k, p) => {
                if let Some(r) = key_repr(&k) {
                    if seen.contains(&r) {
                        return Err(syn(
                            format!("mapping pattern checks duplicate key ({r})"),
                            k.loc,
                        ));
                    }
                    seen.push(r);
                }
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Name(l, parts, p) => {
                if parts.len() < 2 {
                    return Err(syn("invalid syntax", l));
                }
                keys.push(name_or_attr(l, &parts, arena));
                patterns.push(p);
            }
            MapItem::Rest(l, name) => {
                if i + 1 != n || name == "_" {
                    return Err(syn("invalid syntax", l));
                }
                rest = Some(name);
            }
        }
    }
    Ok(Pattern {
        loc,
        kind: PatternKind::Mapping {
            keys: sl(arena, keys),
            patterns: sl(arena, patterns),
            rest,
        },
    })
}

pub fn class_pattern<'a>(
    arena: &'a Bump,
    loc: Loc,
    cls: &'a Expr<'a>,
    items: Vec<ClassArg<'a>>,
) -> Result<Pattern<'a>, SyntaxError> {
    let (mut args, mut kw_names, mut kw_patterns) = (Vec::new(), Vec::new(), Vec::new());
    for item in items {
        match item {
            ClassArg::Pos(p) => {
                if !kw_names.is_empty() {
                    return Err(syn("positional patterns follow keyword patterns", p.loc));
                }
                args.push(p);
            }
            ClassArg::Kw(l, n, p) => {
                if kw_names.contains(&n) {
                    return Err(syn(
                        format!("attribute name repeated in class pattern: {n}"),
                        l,
                    ));
                }
                kw_names.push(n);
                kw_patterns.push(p);
            }
        }
    }
    Ok(Pattern {
        loc,
        kind: PatternKind::Class {
            cls,
            args: sl(arena, args),
            kw_names: sl(arena, kw_names),
            kw_patterns: sl(arena, kw_patterns),
        },
    })
}
