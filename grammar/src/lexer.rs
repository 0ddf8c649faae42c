//! Raw tokens via `logos`. Layout (NEWLINE/INDENT/DEDENT), positions and token values are
//! resolved by `indent.rs`; this file only recognises spans.

use logos::Logos;

/// Why the raw lexer stopped. Resolved into a `SyntaxError` (with positions) by the caller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RawError {
    /// A character that starts no token.
    #[default]
    BadChar,
    /// Single-quoted string without its closing quote; the span ends where it was detected.
    Unterminated,
    UnterminatedTriple,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\n]*")]
#[logos(skip r"\\\n")]
pub enum Raw {
    #[token("\n")]
    Newline,
    /// Identifiers (ASCII fast path, non-ASCII continued by hand in `name_tail`).
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", name_tail)]
    #[regex(r"[^\x00-\x7F]", name_tail)]
    Name,
    #[regex(r"[0-9](_?[0-9])*")]
    DecInt,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    HexInt,
    #[regex(r"0[oO](_?[0-7])+")]
    OctInt,
    #[regex(r"0[bB](_?[01])+")]
    BinInt,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imag,
    /// Prefix and opening quote; `string_body` scans to the closing quote.
    #[regex(r#"([rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?["']"#, string_body)]
    Str,
    #[regex(r"\*\*=|//=|>>=|<<=|->|:=|\.\.\.|[-+*/%@&|^=<>!]=|\*\*|//|<<|>>")]
    #[regex(r"[-+*/%@&|^~<>()\[\]{},:.;=]")]
    Op,
}

/// NFKC normalisation of non-ASCII identifiers (PEP 3131: `ﬁ` and `fi` are one name). The
/// runtime owns the Unicode tables and installs it; without it names stay as written.
static NORMALIZE_NAME: std::sync::OnceLock<fn(&str) -> String> = std::sync::OnceLock::new();

pub fn set_identifier_normalizer(f: fn(&str) -> String) {
    let _ = NORMALIZE_NAME.set(f);
}

/// A non-ASCII identifier's normal form (cold: ASCII names never get here).
#[cold]
pub fn normalize_name(name: &str) -> std::borrow::Cow<'_, str> {
    match NORMALIZE_NAME.get() {
        Some(f) => std::borrow::Cow::Owned(f(name)),
        None => std::borrow::Cow::Borrowed(name),
    }
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

pub fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Extends an identifier over non-ASCII letters; `std`'s Alphabetic/Numeric properties stand in
/// for XID_Start/XID_Continue.
fn name_tail(lex: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    let first = lex.slice().chars().next().unwrap_or(' ');
    if !is_id_start(first) {
        return Err(RawError::BadChar);
    }
    let extra: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| is_id_continue(c))
        .map(char::len_utf8)
        .sum();
    lex.bump(extra);
    Ok(())
}

/// Scans a string literal's body after the opening quote.
fn string_body(lex: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(());
            }
            if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return Ok(());
            }
        } else if b == b'\n' && !triple {
            lex.bump(i);
            return Err(RawError::Unterminated);
        }
        i += 1;
    }
    lex.bump(rest.len());
    Err(if triple {
        RawError::UnterminatedTriple
    } else {
        RawError::Unterminated
    })
}
