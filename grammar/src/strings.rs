//! String and bytes literals: prefix handling, escape decoding, and implicit concatenation of
//! adjacent literals (`"a" "b"`, `"a" f"{b}"`).

use bumpalo::Bump;

use crate::ast::{Const, Expr, ExprKind, FPart, Loc};
use crate::indent::error;
use crate::token::StrTok;
use crate::{ErrorKind, SyntaxError};

#[derive(Clone, Copy, Debug, Default)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fmt: bool,
}

/// Splits a literal's text into prefix flags, the body between the quotes, and the body's byte
/// offset in `text`.
pub fn split(text: &str) -> (Prefix, &str, usize) {
    let mut p = Prefix::default();
    let qpos = text.find(['\'', '"']).unwrap_or(0);
    for c in text[..qpos].chars() {
        match c.to_ascii_lowercase() {
            'r' => p.raw = true,
            'b' => p.bytes = true,
            'f' => p.fmt = true,
            _ => {}
        }
    }
    let rest = &text[qpos..];
    let q = rest.as_bytes().first().copied().unwrap_or(b'"');
    let triple = rest.len() >= 6 && rest.as_bytes()[1] == q && rest.as_bytes()[2] == q;
    let ql = if triple { 3 } else { 1 };
    let body = rest.get(ql..rest.len().saturating_sub(ql)).unwrap_or("");
    (p, body, qpos + ql)
}

fn unicode_err(loc: Loc, from: usize, to: usize, what: &str) -> SyntaxError {
    error(
        ErrorKind::Syntax,
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"),
        loc,
    )
}

fn hex_value(s: &str, n: usize) -> Option<u32> {
    let digits = s.get(..n)?;
    if digits.len() != n || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Decodes the escapes of a (non-raw) str literal body.
pub fn decode_str(body: &str, loc: Loc) -> Result<String, SyntaxError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let after = i + 1 + e.len_utf8();
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let Some(v) = hex_value(&body[after..], n) else {
                    let end = body[after..]
                        .bytes()
                        .take(n)
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    return Err(unicode_err(loc, i, i + 1 + end, name));
                };
                for _ in 0..n {
                    chars.next();
                }
                if v > 0x10FFFF {
                    return Err(unicode_err(loc, i, i + 1 + n, "illegal Unicode character"));
                }
                // Lone surrogates cannot live in a Rust string: an error, not a silently
                // different character (CPython accepts them).
                let Some(ch) = char::from_u32(v) else {
                    return Err(unicode_err(
                        loc,
                        i,
                        i + 1 + n,
                        "lone surrogates are not supported (Kestrel strings cannot hold them)",
                    ));
                };
                out.push(ch);
            }
            'N' => {
                if let Some(rest) = body[after..].strip_prefix('{') {
                    if let Some(close) = rest.find('}') {
                        if let Some(ch) = unicode_names2::character(&rest[..close]) {
                            out.push(ch);
                            // Skip `{NAME}`.
                            for (j, _) in chars.by_ref() {
                                if j == after + 1 + close {
                                    break;
                                }
                            }
                            continue;
                        }
                    }
                }
                let end = body[after..]
                    .find('}')
                    .map_or(body.len(), |p| after + p + 1);
                let what = if body[after..].starts_with('{') {
                    "unknown Unicode character name"
                } else {
                    "malformed \\N character escape"
                };
                return Err(unicode_err(loc, i, end.saturating_sub(1), what));
            }
            other => {
                // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes a bytes literal body (raw or not).
pub fn decode_bytes(body: &str, raw: bool, loc: Loc) -> Result<Vec<u8>, SyntaxError> {
    if !body.is_ascii() {
        return Err(error(
            ErrorKind::Syntax,
            "bytes can only contain ASCII literal characters",
            loc,
        ));
    }
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' || i >= b.len() {
            out.push(c);
            continue;
        }
        let e = b[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + (b[i] - b'0') as u32;
                        i += 1;
                    } else {
                        break;
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let Some(v) = hex_value(&body[i..], 2) else {
                    return Err(error(
                        ErrorKind::Syntax,
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        loc,
                    ));
                };
                out.push(v as u8);
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Joins adjacent literals into one constant or f-string node located at `loc`.
pub fn concat<'a>(arena: &'a Bump, loc: Loc, toks: &[StrTok<'a>]) -> Result<Expr<'a>, SyntaxError> {
    let first = split(toks[0].text).0;
    let mut has_f = false;
    for t in toks {
        let p = split(t.text).0;
        if p.bytes != first.bytes {
            return Err(error(
                ErrorKind::Syntax,
                "cannot mix bytes and nonbytes literals",
                loc,
            ));
        }
        has_f |= p.fmt;
    }
    let kind = if first.bytes {
        let mut out = Vec::new();
        for t in toks {
            let (p, body, _) = split(t.text);
            out.extend(decode_bytes(body, p.raw, t.loc)?);
        }
        ExprKind::Const(Const::Bytes(arena.alloc_slice_copy(&out)))
    } else if !has_f {
        let mut out = String::new();
        for t in toks {
            let (p, body, _) = split(t.text);
            if p.raw {
                out.push_str(body);
            } else {
                out.push_str(&decode_str(body, t.loc)?);
            }
        }
        ExprKind::Const(Const::Str(arena.alloc_str(&out)))
    } else {
        let mut parts = FParts::default();
        for t in toks {
            let (p, body, _) = split(t.text);
            if p.fmt {
                crate::fstring::parse(arena, *t, &mut parts)?;
            } else if p.raw {
                parts.lit.push_str(body);
            } else {
                parts.lit.push_str(&decode_str(body, t.loc)?);
            }
        }
        ExprKind::FString(parts.finish(arena))
    };
    Ok(Expr { loc, kind })
}

/// f-string parts under construction; adjacent literal text is merged into one piece.
#[derive(Default)]
pub struct FParts<'a> {
    pub parts: Vec<FPart<'a>>,
    pub lit: String,
}

impl<'a> FParts<'a> {
    pub fn flush(&mut self, arena: &'a Bump) {
        if !self.lit.is_empty() {
            self.parts.push(FPart::Literal(arena.alloc_str(&self.lit)));
            self.lit.clear();
        }
    }

    pub fn finish(mut self, arena: &'a Bump) -> &'a [FPart<'a>] {
        self.flush(arena);
        arena.alloc_slice_fill_iter(self.parts)
    }
}
