//! f-string bodies (Python 3.11 rules): literal text with `{{`/`}}` escapes and replacement
//! fields `{expr[=][!conv][:spec]}`. Field expressions are parsed by the main grammar through
//! `crate::parse_fexpr`, positioned at their real place in the source.

use bumpalo::Bump;

use crate::ast::{FPart, Loc};
use crate::indent::error;
use crate::strings::{decode_str, split, FParts};
use crate::token::StrTok;
use crate::{ErrorKind, SyntaxError};

/// Appends the parts of one f-string literal token to `out`.
pub fn parse<'a>(
    arena: &'a Bump,
    tok: StrTok<'a>,
    out: &mut FParts<'a>,
) -> Result<(), SyntaxError> {
    let (prefix, body, offset) = split(tok.text);
    let p = FParser {
        arena,
        tok,
        body,
        offset,
        raw: prefix.raw,
    };
    let end = p.parts(0, false, 0, out)?;
    debug_assert_eq!(end, body.len());
    Ok(())
}

struct FParser<'a> {
    arena: &'a Bump,
    tok: StrTok<'a>,
    body: &'a str,
    /// Byte offset of `body` within the token text.
    offset: usize,
    raw: bool,
}

impl<'a> FParser<'a> {
    fn err(&self, msg: &str) -> SyntaxError {
        error(ErrorKind::Syntax, msg, self.tok.loc)
    }

    /// Source position of byte `i` of the body.
    fn loc_at(&self, i: usize) -> Loc {
        let before = &self.tok.text[..self.offset + i];
        let mut loc = self.tok.loc;
        for c in before.chars() {
            if c == '\n' {
                loc.line += 1;
                loc.col = 0;
            } else {
                loc.col += 1;
            }
        }
        loc
    }

    fn literal(&self, out: &mut FParts<'a>, text: &str) -> Result<(), SyntaxError> {
        if self.raw {
            out.lit.push_str(text);
        } else {
            out.lit.push_str(&decode_str(text, self.tok.loc)?);
        }
        Ok(())
    }

    /// Parses literal text and fields from `i`; in a format spec, stops before the `}` that
    /// closes the enclosing field. Returns the index where it stopped.
    fn parts(
        &self,
        mut i: usize,
        in_spec: bool,
        nest: u32,
        out: &mut FParts<'a>,
    ) -> Result<usize, SyntaxError> {
        let b = self.body.as_bytes();
        let mut run = i;
        while i < b.len() {
            match b[i] {
                b'\\'
                    if !self.raw && b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') =>
                {
                    // `\N{NAME}`: the braces belong to the escape.
                    i = self.body[i..].find('}').map_or(b.len(), |p| i + p + 1);
                }
                // A backslash never escapes a brace: `\{x}` is a backslash and a field.
                b'\\' if !self.raw && !matches!(b.get(i + 1), Some(b'{' | b'}')) => i += 2,
                b'{' if !in_spec && b.get(i + 1) == Some(&b'{') => {
                    self.literal(out, &self.body[run..i + 1])?;
                    i += 2;
                    run = i;
                }
                b'}' if in_spec => break,
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    self.literal(out, &self.body[run..i + 1])?;
                    i += 2;
                    run = i;
                }
                b'}' => return Err(self.err("f-string: single '}' is not allowed")),
                b'{' => {
                    self.literal(out, &self.body[run..i])?;
                    if nest >= 2 {
                        return Err(self.err("f-string: expressions nested too deeply"));
                    }
                    i = self.field(i + 1, nest, out)?;
                    run = i;
                }
                _ => i += 1,
            }
        }
        let i = i.min(b.len());
        self.literal(out, &self.body[run..i])?;
        if in_spec && i >= b.len() {
            return Err(self.err("f-string: expecting '}'"));
        }
        Ok(i)
    }

    /// Parses a replacement field starting after its `{`; returns the index after its `}`.
    fn field(&self, start: usize, nest: u32, out: &mut FParts<'a>) -> Result<usize, SyntaxError> {
        let b = self.body.as_bytes();
        let mut i = start;
        let mut depth = 0u32;
        let mut quote: Option<(u8, bool)> = None;
        loop {
            let Some(&c) = b.get(i) else {
                return Err(self.err("f-string: expecting '}'"));
            };
            if c == b'\\' {
                return Err(self.err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
                    quote = None;
                    i += if triple { 3 } else { 1 };
                } else {
                    i += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' => break,
                b')' | b']' => {
                    return Err(self.err(&format!("f-string: unmatched '{}'", c as char)));
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'=' | b'!' | b'<' | b'>' if depth == 0 && b.get(i + 1) == Some(&b'=') => {
                    i += 2;
                    continue;
                }
                b'=' | b'!' if depth == 0 => break,
                b':' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.err("f-string: unterminated string"));
        }
        let expr_text = &self.body[start..i];
        if expr_text.trim().is_empty() {
            return Err(self.err("f-string: empty expression not allowed"));
        }
        let mut debug_text = None;
        if b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            debug_text = Some(&*self.arena.alloc_str(&self.body[start..i]));
        }
        let mut conversion = None;
        if b.get(i) == Some(&b'!') {
            match b.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => {
                    return Err(self
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
                }
            }
            i += 2;
        }
        let mut spec = None;
        if b.get(i) == Some(&b':') {
            let mut sp = FParts::default();
            i = self.parts(i + 1, true, nest + 1, &mut sp)?;
            spec = Some(sp.finish(self.arena));
        }
        if b.get(i) != Some(&b'}') {
            return Err(self.err("f-string: expecting '}'"));
        }
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        let expr = crate::parse_fexpr(expr_text, self.arena, self.loc_at(start))?;
        out.flush(self.arena);
        out.parts.push(FPart::Field {
            expr: self.arena.alloc(expr),
            conversion,
            spec,
            debug_text,
        });
        Ok(i + 1)
    }
}
