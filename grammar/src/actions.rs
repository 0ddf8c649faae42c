//! Helpers the grammar actions call: arena allocation shorthands and the checks that are easier
//! in Rust than in LR rules (parameter order, call argument order, keyword arguments).

use bumpalo::Bump;

use crate::ast::*;
use crate::indent::error;
use crate::targets::expr_name;
use crate::token::Tok;
use crate::{ErrorKind, SyntaxError};

pub fn ex<'a>(loc: Loc, kind: ExprKind<'a>) -> Expr<'a> {
    Expr { loc, kind }
}

impl Expr<'_> {
    /// The same node with its span ending at `end`.
    pub fn ending(mut self, end: Loc) -> Self {
        self.loc = self.loc.to(end);
        self
    }
}

pub fn st<'a>(loc: Loc, kind: StmtKind<'a>) -> Stmt<'a> {
    Stmt { loc, kind }
}

pub fn bx<'a>(arena: &'a Bump, e: Expr<'a>) -> &'a Expr<'a> {
    arena.alloc(e)
}

pub fn sl<T>(arena: &Bump, v: Vec<T>) -> &[T] {
    arena.alloc_slice_fill_iter(v)
}

pub fn flatten<'a>(arena: &'a Bump, lines: Vec<Vec<Stmt<'a>>>) -> &'a [Stmt<'a>] {
    arena.alloc_slice_fill_iter(lines.into_iter().flatten().collect::<Vec<_>>())
}

fn syn(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    error(ErrorKind::Syntax, msg, loc)
}

/// `if`/`elif`/`else` chain: each `elif` becomes a nested `If` in the previous `orelse`.
pub fn if_chain<'a>(
    arena: &'a Bump,
    loc: Loc,
    test: Expr<'a>,
    body: &'a [Stmt<'a>],
    elifs: Vec<(Loc, Expr<'a>, &'a [Stmt<'a>])>,
    orelse: Option<&'a [Stmt<'a>]>,
) -> Stmt<'a> {
    let mut tail: &'a [Stmt<'a>] = orelse.unwrap_or(&[]);
    for (l, t, b) in elifs.into_iter().rev() {
        let s = st(
            l,
            StmtKind::If {
                test: bx(arena, t),
                body: b,
                orelse: tail,
            },
        );
        tail = std::slice::from_ref(arena.alloc(s));
    }
    st(
        loc,
        StmtKind::If {
            test: bx(arena, test),
            body,
            orelse: tail,
        },
    )
}

/// One comma-separated element of a `def` or `lambda` parameter list, before validation.
pub enum ParamItem<'a> {
    Plain(Param<'a>),
    /// `*args` (or bare `*` when `None`), with a default only to report it.
    Star(Loc, Option<Param<'a>>),
    DoubleStar(Param<'a>),
    Slash(Loc),
}

/// Orders parameter items into `Params`, with CPython's messages for misplaced ones.
pub fn params<'a>(
    arena: &'a Bump,
    items: Vec<ParamItem<'a>>,
    close: Loc,
) -> Result<&'a Params<'a>, SyntaxError> {
    let mut posonly = Vec::new();
    let mut args: Vec<Param<'a>> = Vec::new();
    let mut kwonly = Vec::new();
    let mut vararg = None;
    let mut kwarg: Option<&'a str> = None;
    let (mut vararg_annotation, mut kwarg_annotation) = (None, None);
    let mut seen_star: Option<Loc> = None;
    let mut seen_slash = false;
    let mut seen_default = false;
    // A set: 100,000 parameters made a list's membership test quadratic.
    let mut names: std::collections::HashSet<&'a str> = std::collections::HashSet::new();
    let mut dup = |name: &'a str, loc: Loc| {
        if names.contains(name) {
            return Err(syn(
                format!("duplicate argument '{name}' in function definition"),
                loc,
            ));
        }
        names.insert(name);
        Ok(())
    };
    let count = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if kwarg.is_some() {
            let loc = match &item {
                ParamItem::Plain(p) | ParamItem::DoubleStar(p) => p.loc,
                ParamItem::Star(l, _) | ParamItem::Slash(l) => *l,
            };
            return Err(syn("arguments cannot follow var-keyword argument", loc));
        }
        match item {
            ParamItem::Plain(p) => {
                dup(p.name, p.loc)?;
                if seen_star.is_some() {
                    kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(syn("non-default argument follows default argument", p.loc));
                    }
                    args.push(p);
                }
            }
            ParamItem::Slash(loc) => {
                if seen_star.is_some() {
                    return Err(syn("/ must be ahead of *", loc));
                }
                if seen_slash {
                    return Err(syn("/ may appear only once", loc));
                }
                if args.is_empty() {
                    // CPython names the mistake only when parameters follow (`def f(/, a)`);
                    // a lone `/` is plain invalid syntax. (A lambda always says "invalid
                    // syntax": its rule maps this message.)
                    if i + 1 == count {
                        return Err(syn("invalid syntax", loc));
                    }
                    return Err(syn("at least one argument must precede /", loc));
                }
                seen_slash = true;
                posonly = std::mem::take(&mut args);
            }
            ParamItem::Star(loc, p) => {
                if seen_star.is_some() {
                    // CPython names the repetition only when the second star has a name.
                    let msg = match p {
                        Some(_) => "* argument may appear only once",
                        None => "invalid syntax",
                    };
                    return Err(syn(msg, loc));
                }
                seen_star = Some(loc);
                if let Some(p) = p {
                    if let Some(d) = p.default {
                        return Err(syn(
                            "var-positional argument cannot have default value",
                            d.loc,
                        ));
                    }
                    dup(p.name, p.loc)?;
                    vararg = Some(p.name);
                    vararg_annotation = p.annotation;
                }
            }
            ParamItem::DoubleStar(p) => {
                if let Some(d) = p.default {
                    return Err(syn("var-keyword argument cannot have default value", d.loc));
                }
                if let (Some(loc), None, true) = (seen_star, vararg, kwonly.is_empty()) {
                    return Err(syn("named arguments must follow bare *", loc));
                }
                dup(p.name, p.loc)?;
                kwarg = Some(p.name);
                kwarg_annotation = p.annotation;
            }
        }
    }
    if let (Some(loc), None, true) = (seen_star, vararg, kwonly.is_empty()) {
        let _ = close;
        return Err(syn("named arguments must follow bare *", loc));
    }
    Ok(arena.alloc(Params {
        posonly: sl(arena, posonly),
        args: sl(arena, args),
        vararg,
        kwonly: sl(arena, kwonly),
        kwarg,
        vararg_annotation,
        kwarg_annotation,
    }))
}

/// One call argument before validation.
pub enum ArgItem<'a> {
    Pos(Expr<'a>),
    /// A bare generator expression argument, `f(x for x in y)`.
    Gen(Expr<'a>),
    /// `lhs = value`; `lhs` must be a plain name.
    Kw(Expr<'a>, Expr<'a>),
    /// `*value` and where its star is.
    Star(Expr<'a>, Loc),
    DoubleStar(Expr<'a>),
}

/// Checks argument order and keyword names (CPython's messages) and builds the argument list.
/// `close` is the closing parenthesis, where CPython reports a misplaced positional argument.
pub fn args<'a>(
    arena: &'a Bump,
    items: Vec<ArgItem<'a>>,
    trailing_comma: bool,
    close: Loc,
) -> Result<&'a [Arg<'a>], SyntaxError> {
    let n = items.len();
    let mut out = Vec::with_capacity(n);
    let mut seen_kw = false;
    let mut seen_dstar = false;
    // A set: a call may have 100,000 keywords (a list made the check quadratic).
    let mut kw_names: std::collections::HashSet<&'a str> = std::collections::HashSet::new();
    for item in items {
        match item {
            ArgItem::Gen(e) => {
                if n > 1 || trailing_comma {
                    return Err(syn("Generator expression must be parenthesized", e.loc));
                }
                out.push(Arg::Positional(e));
            }
            ArgItem::Pos(e) => {
                if seen_dstar {
                    return Err(syn(
                        "positional argument follows keyword argument unpacking",
                        close,
                    ));
                }
                if seen_kw {
                    return Err(syn("positional argument follows keyword argument", close));
                }
                out.push(Arg::Positional(e));
            }
            ArgItem::Star(e, star) => {
                if seen_dstar {
                    return Err(syn(
                        "iterable argument unpacking follows keyword argument unpacking",
                        star,
                    ));
                }
                out.push(Arg::Star(e));
            }
            ArgItem::Kw(k, v) => {
                let ExprKind::Name(name) = k.kind else {
                    let msg = match k.kind {
                        ExprKind::Const(Const::True | Const::False | Const::None) => {
                            format!("cannot assign to {}", expr_name(&k))
                        }
                        _ => "expression cannot contain assignment, perhaps you meant \"==\"?"
                            .to_string(),
                    };
                    return Err(syn(msg, k.loc));
                };
                if !kw_names.insert(name) {
                    return Err(syn(format!("keyword argument repeated: {name}"), k.loc));
                }
                seen_kw = true;
                out.push(Arg::Keyword(name, v));
            }
            ArgItem::DoubleStar(e) => {
                seen_dstar = true;
                out.push(Arg::DoubleStar(e));
            }
        }
    }
    Ok(sl(arena, out))
}

/// `class A(x for x in y)`: bases are call arguments, but a bare generator is not allowed.
pub fn bases<'a>(
    arena: &'a Bump,
    items: Vec<ArgItem<'a>>,
    trailing_comma: bool,
    close: Loc,
) -> Result<&'a [Arg<'a>], SyntaxError> {
    if let Some(ArgItem::Gen(g)) = items.iter().find(|i| matches!(i, ArgItem::Gen(_))) {
        return Err(syn("invalid syntax", g.loc));
    }
    args(arena, items, trailing_comma, close)
}

/// A starred expression is only valid inside a tuple, list, set or call.
pub fn no_bare_star(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(syn("can't use starred expression here", e.loc));
    }
    Ok(())
}

/// `async for` / `async with`: the plain statement wrapped in `StmtKind::Async`.
pub fn async_stmt<'a>(arena: &'a Bump, a: Option<Tok>, s: Stmt<'a>) -> Stmt<'a> {
    match a {
        Some(_) => Stmt {
            loc: s.loc,
            kind: StmtKind::Async(arena.alloc(s)),
        },
        None => s,
    }
}

/// `(*x)` alone in parentheses is not an expression.
pub fn no_star<'a>(e: Expr<'a>) -> Result<Expr<'a>, SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(syn("cannot use starred expression here", e.loc));
    }
    Ok(e)
}
