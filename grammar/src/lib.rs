//! Kestrel's front end: a `logos` lexer with an indentation layer, a LALRPOP grammar, and the
//! arena-allocated AST (`ast`). `parse_module` is the one entry point the compiler uses;
//! `dump` renders a tree as compact S-expressions for tests.

pub mod ast;
pub mod decode;
pub mod dump;

mod actions;
mod charmaps;
mod errors;
mod fstring;
mod indent;
mod lexer;
mod numbers;
mod pattern_actions;
mod soft_kw;
mod strings;
mod targets;
mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python
);

use bumpalo::Bump;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use lexer::set_identifier_normalizer;
pub use numbers::bigint_decimal;

/// CPython's limit on decimal int <-> str conversions (`sys.set_int_max_str_digits`; 0: none).
/// It lives here, the lowest crate, because decimal literals are checked against it when parsed;
/// the VM reads and sets the same value. The interpreter is single threaded: an atomic avoids
/// threading it through every parse.
pub static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Which Python exception a syntax error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// Nesting too deep to compile: CPython's RecursionError "maximum recursion depth
    /// exceeded during compilation".
    Recursion,
    /// Nesting too deep for CPython's parser, which raises a bare MemoryError.
    Memory,
}

impl ErrorKind {
    /// The Python exception class this error is raised as.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
            ErrorKind::Memory => "MemoryError",
        }
    }

    /// A SyntaxError or one of its subclasses (raised with position details).
    pub fn is_syntax(self) -> bool {
        matches!(
            self,
            ErrorKind::Syntax | ErrorKind::Indentation | ErrorKind::Tab
        )
    }
}

/// A syntax error with CPython's message, 1-based line and 0-based column (in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = self.kind.class_name();
        write!(
            f,
            "{kind}: {} (line {}, column {})",
            self.msg, self.line, self.col
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole module. Never panics, whatever `src` holds.
pub fn parse_module<'a>(src: &str, arena: &'a Bump) -> Result<ast::Module<'a>, SyntaxError> {
    // A UTF-8 byte order mark is not part of the program.
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    // CPython reads source with universal newlines.
    let normalized;
    let src = if src.contains('\r') {
        normalized = src.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        src
    };
    match run(src, arena, ast::Loc::at(1, 0), false)? {
        Ok(body) => Ok(ast::Module { body }),
        Err(e) => Err(indent::error(ErrorKind::Syntax, "invalid syntax", e.loc)),
    }
}

/// Parses the expression of an f-string replacement field, positioned at `loc`.
pub(crate) fn parse_fexpr<'a>(
    text: &str,
    arena: &'a Bump,
    loc: ast::Loc,
) -> Result<ast::Expr<'a>, SyntaxError> {
    match run(text, arena, loc, true) {
        Ok(Err(e)) => Ok(e),
        Ok(Ok(_)) => Err(indent::error(
            ErrorKind::Syntax,
            "f-string: invalid syntax",
            loc,
        )),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// Re-parses a slice of already lexed tokens as one expression (for error hints).
pub(crate) fn parse_tokens_as_expr<'a>(
    toks: &[indent::Spanned<'a>],
    arena: &'a Bump,
) -> Option<ast::Expr<'a>> {
    let start = toks.first()?.0;
    let stream = std::iter::once((start, token::Tok::FExprStart, start))
        .chain(toks.iter().copied())
        .map(Ok::<_, SyntaxError>);
    match python::TopParser::new().parse(arena, stream) {
        Ok(Err(e)) => Some(e),
        _ => None,
    }
}

type TopResult<'a> = Result<&'a [ast::Stmt<'a>], ast::Expr<'a>>;

fn run<'a>(
    src: &str,
    arena: &'a Bump,
    base: ast::Loc,
    fexpr: bool,
) -> Result<TopResult<'a>, SyntaxError> {
    let lexed = indent::tokenize(src, arena, base, fexpr);
    let toks = lexed.toks;
    let lex_err = lexed.err;
    let stream = toks
        .iter()
        .copied()
        .map(Ok)
        .chain(lex_err.iter().map(|e| Err(e.err.clone())));
    python::TopParser::new()
        .parse(arena, stream)
        .map_err(|e| errors::convert(e, &toks, lex_err.as_ref()))
}
