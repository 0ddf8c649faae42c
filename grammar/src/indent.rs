//! Turns raw `logos` spans into parser tokens: keywords, literal values, positions (line and
//! character column), and Python's layout tokens (NEWLINE/INDENT/DEDENT). The whole input is
//! tokenized eagerly; lexing stops at the first error, which is kept beside the tokens so the
//! parser still reports an earlier syntax error first, like CPython.

use bumpalo::Bump;
use logos::Logos;

use crate::ast::Loc;
use crate::lexer::{is_id_continue, Raw, RawError};
use crate::numbers::{parse_float, parse_int, IntValue};
use crate::token::{StrTok, Tok};
use crate::{ErrorKind, SyntaxError};

pub type Spanned<'a> = (Loc, Tok<'a>, Loc);

/// CPython's tokenizer limits.
const MAX_PAREN_DEPTH: usize = 200;
const MAX_INDENT: usize = 100;

pub struct LexError {
    pub err: SyntaxError,
    /// Errors CPython's tokenizer raises as exceptions. After a parser error CPython tokenizes
    /// the rest of the file, and such an error found there is reported instead.
    pub raises: bool,
    /// The innermost bracket still open where lexing stopped.
    pub open: Option<(char, Loc)>,
}

pub struct Lexed<'a> {
    pub toks: Vec<Spanned<'a>>,
    pub err: Option<LexError>,
}

/// Byte offset -> (line, char column), moving forward only.
struct Cursor<'s> {
    src: &'s str,
    off: usize,
    line: u32,
    col: u32,
    line_start: usize,
    base: Loc,
}

impl Cursor<'_> {
    fn advance(&mut self, to: usize) -> Loc {
        let bytes = self.src.as_bytes();
        let to = to.min(bytes.len());
        while self.off < to {
            let b = bytes[self.off];
            self.off += 1;
            if b == b'\n' {
                self.line += 1;
                self.col = 0;
                self.line_start = self.off;
            } else if b & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
        self.loc()
    }

    fn loc(&self) -> Loc {
        if self.line == 1 {
            Loc {
                line: self.base.line,
                col: self.col + self.base.col,
                ..Loc::default()
            }
        } else {
            Loc {
                line: self.line + self.base.line - 1,
                col: self.col,
                ..Loc::default()
            }
        }
    }
}

pub fn error(kind: ErrorKind, msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        line: loc.line,
        col: loc.col,
    }
}

/// Tokenizes `src`. In `fexpr` mode (an f-string replacement field) the text behaves as if
/// inside brackets, and a `FExprStart` marker selects the expression grammar.
pub fn tokenize<'a>(src: &str, arena: &'a Bump, base: Loc, fexpr: bool) -> Lexed<'a> {
    let mut t = Tokenizer {
        src,
        arena,
        cur: Cursor {
            src,
            off: 0,
            line: 1,
            col: 0,
            line_start: 0,
            base,
        },
        toks: Vec::new(),
        brackets: Vec::new(),
        indents: vec![(0, 0)],
        at_bol: true,
        line_toks: 0,
        line_head: [None, None],
        line_first: base,
        last: None,
        need_block: None,
        pending_block: None,
        block_error: None,
        fexpr,
    };
    if fexpr {
        t.toks.push((base, Tok::FExprStart, base));
    }
    let err = t.run().err().map(|mut e| {
        e.open = t.brackets.last().copied();
        e
    });
    let err = match (t.block_error.take(), err) {
        (Some((cut, block)), later) => {
            t.toks.truncate(cut);
            Some(later.filter(|e| e.raises).unwrap_or(block))
        }
        (None, err) => err,
    };
    mark_with_parens(&mut t.toks);
    crate::soft_kw::mark(&mut t.toks);
    Lexed { toks: t.toks, err }
}

struct Tokenizer<'s, 'a> {
    src: &'s str,
    arena: &'a Bump,
    cur: Cursor<'s>,
    toks: Vec<Spanned<'a>>,
    brackets: Vec<(char, Loc)>,
    indents: Vec<(u32, u32)>,
    at_bol: bool,
    line_toks: usize,
    /// First two tokens of the logical line (to name the block a trailing ':' opens).
    line_head: [Option<Tok<'a>>; 2],
    line_first: Loc,
    last: Option<Tok<'a>>,
    /// Set after a line like `if x:` — the next line must be indented: (what, line).
    need_block: Option<(&'static str, u32)>,
    pending_block: Option<LexError>,
    /// A missing block, found at token index `.0`; lexing goes on to look for a tokenizer error.
    block_error: Option<(usize, LexError)>,
    fexpr: bool,
}

impl<'a> Tokenizer<'_, 'a> {
    fn run(&mut self) -> Result<(), LexError> {
        let mut lex = Raw::lexer(self.src);
        while let Some(raw) = lex.next() {
            let span = lex.span();
            let start = self.cur.advance(span.start);
            match raw {
                Err(e) => {
                    if self.at_bol && !self.fexpr && !self.src[span.start..].starts_with('\n') {
                        // The tokenizer fails on this token before the parser could miss a
                        // block; only an indentation error comes first.
                        self.layout(start)?;
                    }
                    return Err(self.raw_error(e, span, start));
                }
                Ok(Raw::Newline) => self.newline(start),
                Ok(raw) => {
                    if self.at_bol && !self.fexpr {
                        self.layout(start)?;
                    }
                    let text = &self.src[span.clone()];
                    let tok = self.value(raw, text, span.end, start)?;
                    self.brackets_for(&tok, start)?;
                    if let Some(mut e) = self.pending_block.take() {
                        // Keep scanning: CPython reports a later tokenizer error instead.
                        if self.block_error.is_none() {
                            e.open = self.brackets.last().copied();
                            self.block_error = Some((self.toks.len(), e));
                        }
                    }
                    let end = self.cur.advance(span.end);
                    self.push(start, tok, end);
                }
            }
        }
        let eof = self.cur.advance(self.src.len());
        if let Some(&(open, loc)) = self.brackets.last() {
            // Only reported when the parser reaches the end (CPython's tokenizer just stops).
            let mut e = tok_err(format!("'{open}' was never closed"), loc);
            e.raises = false;
            return Err(e);
        }
        if self.fexpr {
            return Ok(());
        }
        if !self.at_bol {
            self.toks.push((eof, Tok::Newline, eof));
            self.end_line();
        }
        if let Some((what, line)) = self.need_block.filter(|_| self.block_error.is_none()) {
            return Err(block_err(what, line, eof));
        }
        for _ in 1..self.indents.len() {
            self.toks.push((eof, Tok::Dedent, eof));
        }
        Ok(())
    }

    fn push(&mut self, start: Loc, tok: Tok<'a>, end: Loc) {
        if self.line_toks == 0 {
            self.line_first = start;
        }
        if self.line_toks < 2 {
            self.line_head[self.line_toks] = Some(tok);
        }
        self.line_toks += 1;
        self.last = Some(tok);
        self.at_bol = false;
        self.toks.push((start, tok, end));
    }

    fn newline(&mut self, at: Loc) {
        if self.fexpr || !self.brackets.is_empty() || self.at_bol {
            return;
        }
        let end = Loc {
            line: at.line,
            col: at.col + 1,
            ..Loc::default()
        };
        self.toks.push((at, Tok::Newline, end));
        self.end_line();
    }

    /// A logical line ended: remember whether it opened a block.
    fn end_line(&mut self) {
        if self.last == Some(Tok::Colon) {
            let what = match self.line_head {
                [Some(Tok::Async), Some(t)] | [Some(t), _] => block_name(t),
                _ => None,
            };
            if let Some(what) = what {
                self.need_block = Some((what, self.line_first.line));
            }
        }
        self.at_bol = true;
        self.line_toks = 0;
        self.line_head = [None, None];
        self.last = None;
    }

    /// First token of a logical line: compare its indentation with the stack.
    fn layout(&mut self, at: Loc) -> Result<(), LexError> {
        let prefix = &self.src.as_bytes()[self.cur.line_start..self.cur.off];
        let (mut col, mut alt) = (0u32, 0u32);
        for &b in prefix {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                0x0C => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_err = || LexError {
            err: error(
                ErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                at,
            ),
            raises: false,
            open: None,
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col > top {
            if alt <= top_alt {
                return Err(tab_err());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(LexError {
                    err: error(ErrorKind::Indentation, "too many levels of indentation", at),
                    raises: false,
                    open: None,
                });
            }
            self.need_block = None;
            self.indents.push((col, alt));
            self.toks.push((at, Tok::Indent, at));
            return Ok(());
        }
        if col == top && alt != top_alt {
            return Err(tab_err());
        }
        // A dedent that matches no level is a tokenizer error, found before the parser could
        // complain about a missing block.
        let block = self
            .need_block
            .take()
            .map(|(what, line)| block_err(what, line, at));
        if !self.indents.iter().any(|&(c, _)| c == col) {
            return Err(self.unindent_err(at));
        }
        // Reported once the token itself has lexed cleanly (a tokenizer error comes first).
        self.pending_block = block;
        if col == top {
            return Ok(());
        }
        while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
            self.indents.pop();
            self.toks.push((at, Tok::Dedent, at));
        }
        let &(_, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if alt != top_alt {
            return Err(tab_err());
        }
        Ok(())
    }

    fn unindent_err(&self, at: Loc) -> LexError {
        let line = self.src[self.cur.line_start..]
            .split('\n')
            .next()
            .unwrap_or("");
        let loc = Loc {
            line: at.line,
            col: line.chars().count() as u32,
            ..Loc::default()
        };
        LexError {
            err: error(
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level",
                loc,
            ),
            raises: false,
            open: None,
        }
    }

    fn brackets_for(&mut self, tok: &Tok<'a>, at: Loc) -> Result<(), LexError> {
        let open = match tok {
            Tok::LPar => Some('('),
            Tok::LSqb => Some('['),
            Tok::LBrace => Some('{'),
            _ => None,
        };
        if let Some(open) = open {
            if self.brackets.len() >= MAX_PAREN_DEPTH {
                return Err(tok_err("too many nested parentheses", at));
            }
            self.brackets.push((open, at));
            return Ok(());
        }
        let close = match tok {
            Tok::RPar => ')',
            Tok::RSqb => ']',
            Tok::RBrace => '}',
            _ => return Ok(()),
        };
        let Some((open, oloc)) = self.brackets.pop() else {
            return Err(tok_err(format!("unmatched '{close}'"), at));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if close != expected {
            let mut msg = format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            );
            if oloc.line != at.line {
                msg.push_str(&format!(" on line {}", oloc.line));
            }
            return Err(tok_err(msg, at));
        }
        Ok(())
    }

    /// Converts a raw span into a token with its value.
    fn value(&mut self, raw: Raw, text: &str, end: usize, at: Loc) -> Result<Tok<'a>, LexError> {
        let next = self.src[end..].chars().next();
        let tok = match raw {
            Raw::Name => match Tok::keyword(text) {
                Some(k) => k,
                None if !text.is_ascii() => {
                    Tok::Name(self.arena.alloc_str(&crate::lexer::normalize_name(text)))
                }
                None => Tok::Name(self.arena.alloc_str(text)),
            },
            Raw::DecInt => {
                let b = text.as_bytes();
                if b.len() > 1
                    && b[0] == b'0'
                    && text.bytes().any(|c| c.is_ascii_digit() && c != b'0')
                {
                    return Err(tok_err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        at,
                    ));
                }
                // `0x`, `0b2`: a radix prefix without valid digits. (logos may hand these over as
                // one DecInt span instead of backtracking to `0`.)
                let prefix = match text.as_bytes() {
                    [b'0', p] => Some((*p as char, next)),
                    [b'0'] => next.map(|c| (c, self.src[end + c.len_utf8()..].chars().next())),
                    _ => None,
                };
                if let Some((p @ ('x' | 'X' | 'o' | 'O' | 'b' | 'B'), digit)) = prefix {
                    let kind = match p.to_ascii_lowercase() {
                        'x' => "hexadecimal",
                        'o' => "octal",
                        _ => "binary",
                    };
                    // CPython points at the bad digit, or at the prefix letter.
                    let msg = match digit.filter(|d| d.is_ascii_digit()) {
                        Some(d) if kind != "hexadecimal" => {
                            let at = Loc::at(at.line, at.col + 2);
                            return Err(tok_err(
                                format!("invalid digit '{d}' in {kind} literal"),
                                at,
                            ));
                        }
                        _ => format!("invalid {kind} literal"),
                    };
                    return Err(tok_err(msg, Loc::at(at.line, at.col + 1)));
                }
                if let Some(i) = bad_underscore(text) {
                    let at = Loc::at(at.line, at.col + i as u32);
                    return Err(tok_err("invalid decimal literal", at));
                }
                if !text.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
                    return Err(tok_err("invalid decimal literal", at));
                }
                let digits = text.bytes().filter(|&c| c != b'_').count();
                let limit = crate::int_max_str_digits();
                if limit > 0 && digits > limit && !text.bytes().all(|c| c == b'0' || c == b'_') {
                    return Err(tok_err(
                        format!(
                            "Exceeds the limit ({limit} digits) for integer string conversion: \
                             value has {digits} digits; use sys.set_int_max_str_digits() to \
                             increase the limit - Consider hexadecimal for huge integer literals \
                             to avoid decimal conversion limits."
                        ),
                        at,
                    ));
                }
                self.int_tok(text, 10)
            }
            Raw::HexInt | Raw::OctInt | Raw::BinInt => {
                let (kind, radix) = match raw {
                    Raw::HexInt => ("hexadecimal", 16),
                    Raw::OctInt => ("octal", 8),
                    _ => ("binary", 2),
                };
                // An underscore must sit between digits (or after the prefix).
                if let Some(i) = bad_underscore(&text[2..]) {
                    let at = Loc::at(at.line, at.col + 2 + i as u32);
                    return Err(tok_err(format!("invalid {kind} literal"), at));
                }
                // A decimal digit past an octal or binary literal's digits.
                if let Some(d) = next.filter(|d| d.is_ascii_digit() && radix < 10) {
                    let at = Loc::at(at.line, at.col + text.len() as u32);
                    return Err(tok_err(
                        format!("invalid digit '{d}' in {kind} literal"),
                        at,
                    ));
                }
                self.int_tok(&text[2..], radix)
            }
            Raw::Float | Raw::Imag if bad_underscore(text).is_some() => {
                let i = bad_underscore(text).unwrap_or(0);
                let at = Loc::at(at.line, at.col + i as u32);
                return Err(tok_err("invalid decimal literal", at));
            }
            Raw::Float | Raw::Imag => {
                let digits = text.trim_end_matches(['j', 'J']);
                match parse_float(digits) {
                    Some(v) if raw == Raw::Float => Tok::Float(v),
                    Some(v) => Tok::Imag(v),
                    None => return Err(tok_err("invalid decimal literal", at)),
                }
            }
            Raw::Str => {
                return Ok(Tok::Str(StrTok {
                    text: self.arena.alloc_str(text),
                    loc: at,
                }));
            }
            Raw::Op => return Ok(Tok::operator(text).unwrap_or(Tok::Semi)),
            Raw::Newline => Tok::Newline,
        };
        if !matches!(
            raw,
            Raw::DecInt | Raw::HexInt | Raw::OctInt | Raw::BinInt | Raw::Float | Raw::Imag
        ) {
            return Ok(tok);
        }
        // A number must not run into an identifier (`1abc`); CPython 3.11 still accepts a few
        // keywords glued on (`1if x else y`) with a warning.
        if let Some(c) = next {
            if is_id_continue(c) {
                let rest = &self.src[end..];
                let ok = ["and", "else", "for", "if", "in", "is", "or", "not"]
                    .iter()
                    .any(|k| rest.starts_with(k));
                if !ok {
                    let kind = match raw {
                        Raw::HexInt => "hexadecimal",
                        Raw::OctInt => "octal",
                        Raw::BinInt => "binary",
                        Raw::Imag => "imaginary",
                        _ => "decimal",
                    };
                    // CPython's tokenizer stops on an underscore after a digit (it expects
                    // another digit), and otherwise on the number's last character.
                    let digit_tail = text.ends_with(|d: char| d.is_ascii_hexdigit())
                        && !(raw == Raw::Float && text.ends_with(['e', 'E']));
                    let n = text.chars().count() as u32;
                    let col = match c == '_' && digit_tail {
                        true => at.col + n,
                        false => at.col + n - 1,
                    };
                    return Err(tok_err(
                        format!("invalid {kind} literal"),
                        Loc::at(at.line, col),
                    ));
                }
            }
        }
        Ok(tok)
    }

    fn int_tok(&self, digits: &str, radix: u32) -> Tok<'a> {
        match parse_int(digits, radix) {
            IntValue::Small(v) => Tok::Int(v),
            IntValue::Big(s) => Tok::BigInt(self.arena.alloc_str(&s)),
        }
    }

    fn raw_error(&mut self, e: RawError, span: std::ops::Range<usize>, at: Loc) -> LexError {
        match e {
            RawError::Unterminated | RawError::UnterminatedTriple => {
                let mut end = self.cur.advance(span.end);
                if span.end == self.src.len() && self.src.ends_with('\n') {
                    // CPython counts the last line that has text.
                    end.line -= 1;
                }
                let what = if e == RawError::Unterminated {
                    ""
                } else {
                    "triple-quoted "
                };
                tok_err(
                    format!(
                        "unterminated {what}string literal (detected at line {})",
                        end.line
                    ),
                    at,
                )
            }
            RawError::BadChar => {
                let c = self.src[span.start..].chars().next().unwrap_or('\0');
                let msg = match c {
                    '\\' if span.start + 1 >= self.src.len() => {
                        "unexpected EOF while parsing".to_string()
                    }
                    '\\' => "unexpected character after line continuation character".to_string(),
                    '\0' => "source code cannot contain null bytes".to_string(),
                    c if c.is_control() || is_format_char(c) => {
                        format!("invalid non-printable character U+{:04X}", c as u32)
                    }
                    c if !c.is_ascii() => format!("invalid character '{c}' (U+{:04X})", c as u32),
                    // `$`, `?`, `!` and backquote are plain syntax errors in CPython.
                    _ => {
                        return LexError {
                            err: error(ErrorKind::Syntax, "invalid syntax", at),
                            raises: false,
                            open: None,
                        };
                    }
                };
                if c == '\\' {
                    // Reported only when the parser reaches it (no exception in CPython's
                    // tokenizer).
                    let loc = Loc {
                        line: at.line,
                        col: at.col + 1,
                        ..Loc::default()
                    };
                    return LexError {
                        err: error(ErrorKind::Syntax, msg, loc),
                        raises: false,
                        open: None,
                    };
                }
                tok_err(msg, at)
            }
        }
    }
}

/// Unicode format characters (category Cf) that CPython calls non-printable.
fn is_format_char(c: char) -> bool {
    matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
}

/// The index of the first underscore in a number's digits that is not followed by a digit
/// (`1_`, `1__0`, `0b1_`); the span may hold one when the lexer did not backtrack.
fn bad_underscore(digits: &str) -> Option<usize> {
    let b = digits.as_bytes();
    (0..b.len()).find(|&i| b[i] == b'_' && !b.get(i + 1).is_some_and(|d| d.is_ascii_alphanumeric()))
}

fn tok_err(msg: impl Into<String>, at: Loc) -> LexError {
    LexError {
        err: error(ErrorKind::Syntax, msg, at),
        raises: true,
        open: None,
    }
}

fn block_err(what: &str, line: u32, at: Loc) -> LexError {
    LexError {
        err: error(
            ErrorKind::Indentation,
            format!("expected an indented block after {what} on line {line}"),
            at,
        ),
        raises: false,
        open: None,
    }
}

/// CPython's wording for the block a header line opens.
fn block_name(t: Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        // Soft keywords: a line opening a block can only be a match statement or a case.
        Tok::Name("match") => "'match' statement",
        Tok::Name("case") => "'case' statement",
        _ => return None,
    })
}

/// `with (a as b, c):` is ambiguous with a parenthesized expression for an LR grammar; when the
/// `(` after `with` closes right before the `:`, mark it so the grammar reads with-items.
fn mark_with_parens(toks: &mut [Spanned]) {
    for i in 0..toks.len() {
        if toks[i].1 != Tok::With || toks.get(i + 1).map(|t| t.1) != Some(Tok::LPar) {
            continue;
        }
        let mut depth = 0usize;
        for j in i + 1..toks.len() {
            if toks[j].1.is_opener() {
                depth += 1;
            } else if toks[j].1.is_closer() {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if j > i + 2 && toks.get(j + 1).map(|t| t.1) == Some(Tok::Colon) {
                        toks[i + 1].1 = Tok::WithLPar;
                    }
                    break;
                }
            } else if matches!(toks[j].1, Tok::Newline) {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token kinds as short strings, layout tokens spelled out.
    fn kinds(src: &str) -> String {
        let arena = Bump::new();
        let lexed = tokenize(src, &arena, Loc::at(1, 0), false);
        let mut out: Vec<String> = lexed
            .toks
            .iter()
            .map(|t| match t.1 {
                Tok::Newline => "NL".into(),
                Tok::Indent => "IN".into(),
                Tok::Dedent => "DE".into(),
                Tok::Name(n) => n.into(),
                Tok::Int(v) => v.to_string(),
                Tok::Str(s) => s.text.into(),
                Tok::WithLPar => "W(".into(),
                other => format!("{other:?}"),
            })
            .collect();
        if let Some(e) = lexed.err {
            out.push(format!("ERR {}", e.err.msg));
        }
        out.join(" ")
    }

    #[test]
    fn layout_tokens() {
        assert_eq!(kinds("a\n  b\n\n  c\nd"), "a NL IN b NL c NL DE d NL");
        assert_eq!(kinds("a\n  b\n    c"), "a NL IN b NL IN c NL DE DE");
        assert_eq!(kinds("a = (1,\n  2)\n"), "a Equal LPar 1 Comma 2 RPar NL");
        assert_eq!(kinds("a \\\n  b"), "a b NL");
        assert_eq!(kinds("# c\n  # d\na"), "a NL");
        assert_eq!(kinds("with (a as b): c"), "With W( a As b RPar Colon c NL");
        assert_eq!(
            kinds("with (a)(b): c"),
            "With LPar a RPar LPar b RPar Colon c NL"
        );
        assert_eq!(kinds("rb'x' Rf\"y\" u'z'"), "rb'x' Rf\"y\" u'z' NL");
        assert_eq!(kinds("x := 1 -> ... **= //= >>= <<= @= != <>"), "x ColonEqual 1 RArrow Ellipsis DoubleStarEqual DoubleSlashEqual RightShiftEqual LeftShiftEqual AtEqual NotEqual Less Greater NL");
        assert_eq!(
            kinds("if x:\n  a\n b"),
            "If x Colon NL IN a NL ERR unindent does not match any outer indentation level"
        );
        assert_eq!(
            kinds("if x:\ny"),
            "If x Colon NL ERR expected an indented block after 'if' statement on line 1"
        );
        assert_eq!(
            kinds("(]"),
            "LPar ERR closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(kinds("1abc"), "ERR invalid decimal literal");
        assert_eq!(kinds("1if x else 2"), "1 If x Else 2 NL");
    }
}
