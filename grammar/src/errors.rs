//! Maps LALRPOP's parse errors to CPython 3.11's messages, using the token stream around the
//! failure for CPython's special cases ("expected ':'", "Perhaps you forgot a comma?", ...).

use bumpalo::Bump;
use lalrpop_util::ParseError;

use crate::ast::{Const, ExprKind, Loc};
use crate::indent::{error, LexError, Spanned};
use crate::targets::expr_name;
use crate::token::Tok;
use crate::{ErrorKind, SyntaxError};

pub fn convert<'a>(
    e: ParseError<Loc, Tok<'a>, SyntaxError>,
    toks: &[Spanned<'a>],
    lex: Option<&LexError>,
) -> SyntaxError {
    let from_lexer =
        matches!(&e, ParseError::User { error } if lex.is_some_and(|l| &l.err == error));
    // How far CPython's parser would have read: the failing token, or the end of the input.
    let (err, fetched) = parser_error(e, toks);
    // An unexpected INDENT/DEDENT is reported as is (CPython checks it before re-tokenizing).
    let layout = err.kind == ErrorKind::Indentation;
    match lex {
        Some(l) if !from_lexer && !layout => {
            // After a parser error CPython tokenizes the rest of the file: an error raised by
            // the tokenizer wins, and a bracket left open before the failing line is reported.
            if l.raises {
                return l.err.clone();
            }
            match (l.open, fetched) {
                (Some(_), Fetched::End) => l.err.clone(),
                (Some((open, loc)), Fetched::Line(line)) if loc.line < line => {
                    error(ErrorKind::Syntax, format!("'{open}' was never closed"), loc)
                }
                _ => err,
            }
        }
        _ => err,
    }
}

enum Fetched {
    Line(u32),
    /// The parser needed the token after the last one.
    End,
}

fn parser_error<'a>(
    e: ParseError<Loc, Tok<'a>, SyntaxError>,
    toks: &[Spanned<'a>],
) -> (SyntaxError, Fetched) {
    let generic = |loc: Loc| error(ErrorKind::Syntax, "invalid syntax", loc);
    match e {
        ParseError::User { error } => {
            let line = error.line;
            (error, Fetched::Line(line))
        }
        ParseError::InvalidToken { location } => (generic(location), Fetched::Line(location.line)),
        ParseError::UnrecognizedEof { location, expected } => {
            let expects = |s: &str| expected.iter().any(|e| e.trim_matches('"') == s);
            if expects("except") && expects("finally") && !expects("NAME") {
                let e = error(
                    ErrorKind::Syntax,
                    "expected 'except' or 'finally' block",
                    location,
                );
                return (e, Fetched::End);
            }
            (generic(location), Fetched::End)
        }
        ParseError::ExtraToken { token } => (generic(token.0), Fetched::Line(token.0.line)),
        ParseError::UnrecognizedToken {
            token: (loc, tok, _),
            expected,
        } => {
            let idx = toks
                .iter()
                .position(|t| t.0 == loc && t.1 == tok)
                .unwrap_or(toks.len());
            let expects = |s: &str| expected.iter().any(|e| e.trim_matches('"') == s);
            let err = special(toks, idx, tok, loc, &expects).unwrap_or_else(|| generic(loc));
            // With two expressions side by side, CPython's comma-hint rule parses the whole
            // second one (reading past the failing token) before anything is reported.
            let import = matches!(
                line_head(toks, idx).map(|h| h.1),
                Some(Tok::Import | Tok::From)
            );
            let side_by_side =
                idx > 0 && toks[idx - 1].1.ends_expr() && tok.starts_expr() && !import;
            let end = if side_by_side {
                expr_end_index(toks, idx)
            } else {
                idx
            };
            let fetched = match toks.get(end) {
                None => Fetched::End,
                Some(t) => Fetched::Line(t.0.line),
            };
            (err, fetched)
        }
    }
}

fn special(
    toks: &[Spanned],
    idx: usize,
    tok: Tok,
    loc: Loc,
    expects: &dyn Fn(&str) -> bool,
) -> Option<SyntaxError> {
    let syn = |msg: &str, at: Loc| Some(error(ErrorKind::Syntax, msg, at));
    let before = &toks[..idx.min(toks.len())];
    let prev = before.last();
    let head = line_head(toks, idx);
    let head_tok = head.map(|h| h.1);
    let head_tok = match (head_tok, toks.get(line_head_index(toks, idx) + 1)) {
        (Some(Tok::Async), Some(next)) => Some(next.1),
        (t, _) => t,
    };
    if expects("except") && expects("finally") && !expects("NAME") {
        return syn("expected 'except' or 'finally' block", loc);
    }
    match tok {
        Tok::Indent => {
            let at = Loc {
                line: loc.line,
                col: loc.col.saturating_sub(1),
                ..Loc::default()
            };
            return Some(error(ErrorKind::Indentation, "unexpected indent", at));
        }
        Tok::Dedent => return Some(error(ErrorKind::Indentation, "unexpected unindent", loc)),
        _ => {}
    }
    let opener = enclosing_opener(before);
    if expects(":") && tok != Tok::Colon {
        // Block headers whose ':' CPython's grammar forces (or checks before a NEWLINE).
        let forced = match prev.map(|p| p.1) {
            Some(Tok::Try | Tok::Finally | Tok::Else) => opener.is_none(),
            _ => false,
        };
        let header_end = tok == Tok::Newline && head_tok.is_some_and(is_compound_head);
        let def_end = head_tok == Some(Tok::Def) && opener.is_none();
        if forced || header_end || def_end {
            return syn("expected ':'", loc);
        }
    }
    if expects("(") && before.len() >= 2 && before[before.len() - 2].1 == Tok::Def {
        return syn("expected '('", loc);
    }
    if expects("else") && !expects("NAME") && tok != Tok::Colon {
        // `body if test` without `else`: point at the start of `body`.
        let mut depth = 0i64;
        for i in (0..before.len()).rev() {
            let t = toks[i].1;
            depth += t.is_closer() as i64 - t.is_opener() as i64;
            if depth == 0 && t == Tok::If && i > 0 {
                return syn(
                    "expected 'else' after 'if' expression",
                    expr_start(toks, i - 1, false),
                );
            }
            if depth < 0 {
                break;
            }
        }
        return syn("expected 'else' after 'if' expression", loc);
    }
    let &(ploc, ptok, pend) = prev?;
    // `print "x"`: a Python 2 print statement.
    if let Tok::Name(n @ ("print" | "exec")) = ptok {
        if head.map(|h| h.0) == Some(ploc) && tok.starts_expr() {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            return syn(&msg, ploc);
        }
    }
    if tok == Tok::Equal {
        return misplaced_assign(toks, idx, opener.is_some(), head_tok);
    }
    if tok == Tok::ColonEqual {
        return walrus_target(toks, idx);
    }
    // `from m import a,` (CPython's invalid_import_from_targets).
    if ptok == Tok::Comma
        && tok == Tok::Newline
        && head_tok == Some(Tok::From)
        && opener.is_none()
        && before.iter().any(|t| t.1 == Tok::Import)
    {
        return syn(
            "trailing comma not allowed without surrounding parentheses",
            loc,
        );
    }
    if opener == Some(Tok::LBrace) && matches!(tok, Tok::Comma | Tok::RBrace) {
        if ptok == Tok::Colon {
            return syn("expression expected after dictionary key and ':'", ploc);
        }
        if expects(":") && is_dict(before) {
            let at = Loc {
                line: pend.line,
                col: pend.col.saturating_sub(1),
                ..Loc::default()
            };
            return syn("':' expected after dictionary key", at);
        }
    }
    if opener.is_some()
        && !in_def_params(before)
        && ptok.ends_expr()
        && tok.starts_expr()
        && !matches!(tok, Tok::Not | Tok::Minus | Tok::Plus | Tok::Tilde)
    {
        let start_idx = expr_start_index(toks, idx - 1, false);
        let first = toks[start_idx].1;
        let before_start = start_idx.checked_sub(1).map(|i| toks[i].1);
        // CPython skips `NAME STRING` (a mistyped prefix), soft keywords, and the iterable of
        // a comprehension (after a cut in its grammar).
        let name_string = matches!(first, Tok::Name(_))
            && matches!(toks.get(start_idx + 1).map(|t| t.1), Some(Tok::Str(_)));
        let soft = matches!(first, Tok::Name("match" | "case" | "_"));
        // In `for x in y z` the hint is skipped (a cut in CPython's grammar); in the target
        // (`for x y in z`) it is given.
        let iterable = matches!(before_start, Some(Tok::For | Tok::Async))
            && toks[start_idx..idx].iter().any(|t| t.1 == Tok::In);
        let condition = before_start == Some(Tok::If);
        let import = matches!(head.map(|h| h.1), Some(Tok::Import | Tok::From));
        if !name_string && !soft && !iterable && !condition && !import {
            return syn(
                "invalid syntax. Perhaps you forgot a comma?",
                toks[start_idx].0,
            );
        }
    }
    None
}

/// `=` where only an expression is allowed, as in `if x = 1:` (CPython's
/// `invalid_named_expression`).
fn misplaced_assign(
    toks: &[Spanned],
    idx: usize,
    in_brackets: bool,
    head: Option<Tok>,
) -> Option<SyntaxError> {
    let value_ok = toks
        .get(idx + 1)
        .is_some_and(|t| t.1.starts_expr() && !matches!(t.1, Tok::Not | Tok::Lambda));
    if idx == 0 || !value_ok {
        return None;
    }
    let start = expr_start_index(toks, idx - 1, true);
    let context = start.checked_sub(1).map(|i| toks[i].1);
    let ok_context = match context {
        Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Comma) => in_brackets,
        Some(Tok::If | Tok::Elif | Tok::While) => start >= 1 && head == context,
        Some(Tok::At) => true,
        _ => false,
    };
    if !ok_context {
        return None;
    }
    let arena = Bump::new();
    let target = crate::parse_tokens_as_expr(&toks[start..idx], &arena)?;
    let msg = match target.kind {
        ExprKind::Name(_) => {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
        }
        ExprKind::List(_)
        | ExprKind::Tuple(_)
        | ExprKind::GeneratorExp(..)
        | ExprKind::Const(Const::True | Const::False | Const::None) => return None,
        _ => format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(&target)
        ),
    };
    Some(error(ErrorKind::Syntax, msg, toks[start].0))
}

/// `:=` after something other than a name, as in `(a.b := 1)` (CPython's
/// `invalid_named_expression`).
fn walrus_target(toks: &[Spanned], idx: usize) -> Option<SyntaxError> {
    if idx == 0 {
        return None;
    }
    let start = expr_start_index(toks, idx - 1, false);
    // In a call's arguments (`f(a.b := 1)`) and after a lambda's ':' CPython reports
    // plain invalid syntax.
    let call = start >= 2 && toks[start - 1].1 == Tok::LPar && toks[start - 2].1.ends_expr();
    if call || (start >= 1 && toks[start - 1].1 == Tok::Colon) {
        return None;
    }
    let arena = Bump::new();
    let target = crate::parse_tokens_as_expr(&toks[start..idx], &arena)?;
    if matches!(target.kind, ExprKind::Name(_)) {
        return None;
    }
    let msg = format!(
        "cannot use assignment expressions with {}",
        expr_name(&target)
    );
    Some(error(ErrorKind::Syntax, msg, toks[start].0))
}

fn is_compound_head(t: Tok) -> bool {
    matches!(
        t,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::With
            | Tok::Def
            | Tok::Class
    )
}

/// Index of the first token of the logical line holding token `idx`.
fn line_head_index(toks: &[Spanned], idx: usize) -> usize {
    let mut i = idx.min(toks.len());
    while i > 0
        && !matches!(
            toks[i - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::FExprStart
        )
    {
        i -= 1;
    }
    i
}

fn line_head<'t, 'a>(toks: &'t [Spanned<'a>], idx: usize) -> Option<&'t Spanned<'a>> {
    toks.get(line_head_index(toks, idx))
}

/// The innermost unclosed bracket before the end of `toks` (an f-string field counts as one).
fn enclosing_opener(toks: &[Spanned]) -> Option<Tok<'static>> {
    let mut depth = 0i64;
    for t in toks.iter().rev() {
        depth += t.1.is_closer() as i64 - t.1.is_opener() as i64;
        if depth < 0 {
            return Some(match t.1 {
                Tok::LSqb => Tok::LSqb,
                Tok::LBrace => Tok::LBrace,
                _ => Tok::LPar,
            });
        }
        if t.1 == Tok::FExprStart {
            return Some(Tok::LPar);
        }
    }
    None
}

/// Is the innermost open bracket the parameter list of a `def`?
fn in_def_params(toks: &[Spanned]) -> bool {
    let mut depth = 0i64;
    for (i, t) in toks.iter().enumerate().rev() {
        depth += t.1.is_closer() as i64 - t.1.is_opener() as i64;
        if depth < 0 {
            return i >= 2 && matches!(toks[i - 1].1, Tok::Name(_)) && toks[i - 2].1 == Tok::Def;
        }
    }
    false
}

/// Inside `{...}` (the innermost bracket of `toks`): is it a dict display so far?
fn is_dict(toks: &[Spanned]) -> bool {
    let mut depth = 0i64;
    for t in toks.iter().rev() {
        depth += t.1.is_closer() as i64 - t.1.is_opener() as i64;
        if depth < 0 {
            return false;
        }
        if depth == 0 && matches!(t.1, Tok::Colon | Tok::DoubleStar) {
            return true;
        }
    }
    false
}

fn expr_start(toks: &[Spanned], last: usize, bitwise_or: bool) -> Loc {
    toks[expr_start_index(toks, last, bitwise_or)].0
}

/// First token of the expression ending at token `last`: CPython's `disjunction`, or its
/// `bitwise_or` when `bitwise_or` is set.
fn expr_start_index(toks: &[Spanned], last: usize, bitwise_or: bool) -> usize {
    let mut depth = 0usize;
    let mut i = last;
    loop {
        let t = toks[i].1;
        if t.is_closer() {
            depth += 1;
        } else if t.is_opener() {
            if depth == 0 {
                return i + 1;
            }
            depth -= 1;
        } else if depth == 0 && !inside_expr(t, bitwise_or) {
            return i + 1;
        }
        if i == 0 {
            return 0;
        }
        i -= 1;
    }
}

/// One past the last token of the expression starting at token `first` (operands and
/// operators alternating; bracketed groups skipped whole).
fn expr_end_index(toks: &[Spanned], first: usize) -> usize {
    let mut i = first;
    let mut want_operand = true;
    while i < toks.len() {
        let t = toks[i].1;
        if t.is_opener() {
            if !want_operand && t == Tok::LBrace {
                return i;
            }
            // A group: an operand, or a call/subscript trailer.
            let mut depth = 0usize;
            while i < toks.len() {
                if toks[i].1.is_opener() {
                    depth += 1;
                } else if toks[i].1.is_closer() {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                i += 1;
            }
            want_operand = false;
        } else if want_operand {
            match t {
                Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await => {}
                _ if t.ends_expr() && !t.is_closer() => want_operand = false,
                _ => return i,
            }
        } else {
            match t {
                Tok::Str(_) if matches!(toks[i - 1].1, Tok::Str(_)) => {}
                Tok::Dot | Tok::If | Tok::Else => want_operand = true,
                _ if inside_expr(t, false) && !t.ends_expr() => want_operand = true,
                _ => return i,
            }
        }
        i += 1;
    }
    i
}

fn inside_expr(t: Tok, bitwise_or: bool) -> bool {
    let arith = t.ends_expr()
        || matches!(
            t,
            Tok::Dot
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::DoubleStar
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Amper
                | Tok::VBar
                | Tok::Circumflex
                | Tok::Tilde
                | Tok::Await
        );
    let logic = matches!(
        t,
        Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
            | Tok::Not
            | Tok::And
            | Tok::Or
    );
    arith || (!bitwise_or && logic)
}
