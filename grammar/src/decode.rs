//! Source bytes to text, per PEP 263: a UTF-8 byte order mark, a `coding` cookie on the first
//! or second line, and CPython's SyntaxError texts for what cannot be decoded.

use crate::charmaps::{CHARMAPS, NAMES};
use crate::{ErrorKind, SyntaxError};
use std::borrow::Cow;

/// Where the bytes come from, which decides some of CPython's messages.
#[derive(Clone, Copy)]
pub enum Origin<'p> {
    /// The script named on the command line (its path as CPython prints it).
    Script(&'p str),
    /// An imported module, or bytes given to `exec`/`eval`/`compile`.
    Other,
}

/// Decodes a program's bytes; never panics.
pub fn decode_source<'b>(bytes: &'b [u8], origin: Origin) -> Result<Cow<'b, str>, SyntaxError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &bytes[3..] } else { bytes };
    let declared = cookie(body).map(|raw| normal_name(&raw));
    if bom {
        if let Some(name) = declared.as_deref().filter(|n| *n != "utf-8") {
            return Err(err(format!("encoding problem: {name} with BOM"), 0));
        }
    }
    let Some(name) = declared else {
        return utf8(body, origin, false);
    };
    let key: String = name
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect();
    match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => utf8(body, origin, true),
        "iso88591" | "latin1" | "latin" | "l1" | "cp819" | "8859" | "iso8859" => {
            Ok(Cow::Owned(body.iter().map(|&b| b as char).collect()))
        }
        "ascii" | "usascii" | "646" => match body.iter().position(|b| !b.is_ascii()) {
            Some(p) => Err(err(
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)",
                    body[p]
                ),
                line_of(body, p),
            )),
            // ASCII is valid UTF-8.
            None => Ok(Cow::Owned(String::from_utf8_lossy(body).into_owned())),
        },
        "cp1252" | "windows1252" | "1252" => cp1252(body),
        _ if charmap_for(&name).is_some() => charmap(body, &name, origin),
        _ if ascii_subset_codec(&key).is_some() => match ascii_subset_len(ascii_subset_codec(&key).unwrap_or(""), body) {
            n if n == body.len() => Ok(Cow::Owned(String::from_utf8_lossy(body).into_owned())),
            p => Err(err(
                format!(
                    "encoding problem: {name} (Kestrel decodes only the ASCII text of this \
                     codec; byte 0x{:02x} in position {p})",
                    body[p]
                ),
                line_of(body, p),
            )),
        },
        _ => Err(err(
            match origin {
                Origin::Script(_) => format!("encoding problem: {name}"),
                Origin::Other => format!("unknown encoding: {name}"),
            },
            0,
        )),
    }
}

/// East Asian multi-byte codecs (keys as `decode_source` makes them: lower case, no `-`, `_`
/// or spaces) whose tables Kestrel lacks, but which read ASCII bytes as ASCII: text in their
/// ASCII subset decodes exactly; anything else is an error, never a guess. Returns CPython's
/// name of the codec.
pub fn ascii_subset_codec(key: &str) -> Option<&'static str> {
    Some(match key {
        "gbk" | "cp936" | "ms936" | "936" => "gbk",
        "gb2312" | "chinese" | "euccn" | "eucgb2312cn" | "gb231280" | "gb23121980"
        | "csiso58gb231280" | "isoir58" => "gb2312",
        "gb18030" | "gb180302000" => "gb18030",
        "big5" | "big5tw" | "csbig5" => "big5",
        "cp950" | "ms950" => "cp950",
        "big5hkscs" | "hkscs" => "big5hkscs",
        "shiftjis" | "sjis" | "csshiftjis" => "shift_jis",
        "cp932" | "ms932" | "mskanji" | "mscp932" => "cp932",
        "shiftjis2004" | "shiftjisx0213" | "sjis2004" | "sjisx0213" => "shift_jis_2004",
        "eucjp" | "ujis" | "uxjis" => "euc_jp",
        "eucjis2004" | "eucjisx0213" | "jisx0213" => "euc_jis_2004",
        "euckr" | "ksc5601" | "ksx1001" | "ksc56011987" | "ksx10011992" => "euc_kr",
        "cp949" | "uhc" | "ms949" => "cp949",
        "johab" | "cp1361" | "ms1361" => "johab",
        "iso2022jp" | "csiso2022jp" => "iso2022_jp",
        "iso2022jp1" => "iso2022_jp_1",
        "iso2022jp2" => "iso2022_jp_2",
        "iso2022jp2004" => "iso2022_jp_2004",
        "iso2022jp3" => "iso2022_jp_3",
        "iso2022jpext" => "iso2022_jp_ext",
        "iso2022kr" | "csiso2022kr" => "iso2022_kr",
        "hz" | "hzgb" | "hzgb2312" => "hz",
        _ => return None,
    })
}

/// How many leading bytes of `bytes` the ASCII-subset codec `codec` (as `ascii_subset_codec`
/// names it) reads as plain ASCII: the ISO-2022 codecs switch on ESC, SO and SI, HZ on `~`.
pub fn ascii_subset_len(codec: &str, bytes: &[u8]) -> usize {
    let special = |b: u8| match codec {
        c if c.starts_with("iso2022") => matches!(b, 0x1b | 0x0e | 0x0f),
        "hz" => b == b'~',
        _ => false,
    };
    bytes
        .iter()
        .position(|&b| !b.is_ascii() || special(b))
        .unwrap_or(bytes.len())
}

/// A file's text must hold no NUL (CPython's check for scripts and imported modules).
pub fn check_nul(text: &str) -> Result<(), SyntaxError> {
    match text.find('\0') {
        Some(p) => Err(err(
            "source code cannot contain null bytes".into(),
            line_of(text.as_bytes(), p),
        )),
        None => Ok(()),
    }
}

fn err(msg: String, line: u32) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::Syntax,
        msg,
        line,
        col: 0,
    }
}

fn line_of(bytes: &[u8], pos: usize) -> u32 {
    1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32
}

/// The encoding a `coding[:=]name` comment on line 1 or 2 declares (line 2 only after a
/// comment or blank line 1).
fn cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let first = trim_space(first);
    if !(first.is_empty() || first.starts_with(b"#")) {
        return None;
    }
    cookie_in(lines.next()?)
}

fn trim_space(line: &[u8]) -> &[u8] {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
        .unwrap_or(line.len());
    &line[start..]
}

fn cookie_in(line: &[u8]) -> Option<String> {
    let line = trim_space(line);
    if !line.starts_with(b"#") {
        return None;
    }
    let at = line.windows(6).position(|w| w == b"coding")?;
    let rest = &line[at + 6..];
    if !matches!(rest.first(), Some(b':' | b'=')) {
        // A later "coding" may still be the cookie.
        return cookie_in_tail(&line[at + 6..]);
    }
    let rest = &rest[1..];
    let start = rest
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(rest.len());
    let name: Vec<u8> = rest[start..]
        .iter()
        .copied()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .collect();
    (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
}

fn cookie_in_tail(rest: &[u8]) -> Option<String> {
    let mut line = b"#".to_vec();
    line.extend_from_slice(rest);
    cookie_in(&line)
}

/// CPython's normalisation of the names it knows best.
fn normal_name(raw: &str) -> String {
    let s: String = raw
        .chars()
        .take(12)
        .map(|c| match c {
            '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if s == "utf-8" || s.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for l in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if s == l || s.starts_with(&format!("{l}-")) {
            return "iso-8859-1".into();
        }
    }
    raw.to_string()
}

fn utf8<'b>(body: &'b [u8], origin: Origin, declared: bool) -> Result<Cow<'b, str>, SyntaxError> {
    let e = match std::str::from_utf8(body) {
        Ok(s) => return Ok(Cow::Borrowed(s)),
        Err(e) => e,
    };
    let p = e.valid_up_to();
    let b = body[p];
    let line = line_of(body, p);
    if let (Origin::Script(path), false) = (origin, declared) {
        return Err(err(
            format!(
                "Non-UTF-8 code starting with '\\x{b:02x}' in file {path} on line {line}, but no \
                 encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            line,
        ));
    }
    // A sequence cut short by the end of the string literal (CPython decodes each literal)
    // or of the data is "unexpected end of data".
    let len = e.error_len().unwrap_or(body.len() - p);
    let cut = matches!(body.get(p + len), None | Some(b'"' | b'\'' | b'\n'));
    let reason = match e.error_len() {
        _ if cut && (0xC2..=0xF4).contains(&b) => "unexpected end of data",
        None => "unexpected end of data",
        Some(_) if (0xC2..=0xF4).contains(&b) => "invalid continuation byte",
        Some(_) => "invalid start byte",
    };
    // CPython reports the position within the string literal being decoded, or the line.
    let line_start = body[..p]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1);
    let start = body[line_start..p]
        .iter()
        .rposition(|&c| c == b'"' || c == b'\'')
        .map_or(line_start, |q| line_start + q + 1);
    let at = p - start;
    let what = match (reason, len) {
        ("unexpected end of data", 2..) => format!("bytes in position {at}-{}", at + len - 1),
        _ => format!("byte 0x{b:02x} in position {at}"),
    };
    Err(err(
        format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}"),
        line,
    ))
}

/// Windows-1252: Latin-1 but for 0x80..0x9F.
fn cp1252(body: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    let mut out = String::with_capacity(body.len());
    for (p, &b) in body.iter().enumerate() {
        let c = match b {
            0x80..=0x9F => match HIGH[(b - 0x80) as usize] {
                0 => {
                    return Err(err(
                        format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {p}: character maps to <undefined>"
                        ),
                        line_of(body, p),
                    ))
                }
                u => char::from_u32(u as u32).unwrap_or('\u{FFFD}'),
            },
            _ => b as char,
        };
        out.push(c);
    }
    Ok(Cow::Owned(out))
}

/// The single-byte codec `codecs.lookup` finds under `name` (lower case, runs of other
/// characters than letters, digits and '.' as one '_', as `encodings.normalize_encoding`).
fn charmap_for(name: &str) -> Option<&'static [u16; 128]> {
    charmap_index(name).map(charmap_table)
}

/// The upper 128 bytes of code page `i` (0: undefined); the lower half is ASCII.
pub fn charmap_table(i: u8) -> &'static [u16; 128] {
    &CHARMAPS[i as usize].1
}

/// The index of the single-byte code page named `name` (the runtime's codecs use it too).
pub fn charmap_index(name: &str) -> Option<u8> {
    let mut key = String::new();
    let mut gap = false;
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() || c == '.' {
            if gap && !key.is_empty() {
                key.push('_');
            }
            key.push(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    let i = NAMES.binary_search_by(|(n, _)| n.cmp(&key.as_str())).ok()?;
    Some(NAMES[i].1)
}

/// Decodes with a single-byte code page (ASCII below 0x80); an undefined byte is CPython's
/// "encoding problem" for a script, the codec's error for other sources.
fn charmap<'b>(body: &'b [u8], name: &str, origin: Origin) -> Result<Cow<'b, str>, SyntaxError> {
    let Some(high) = charmap_for(name) else {
        return Err(err(format!("unknown encoding: {name}"), 0));
    };
    let mut out = String::with_capacity(body.len());
    for (p, &b) in body.iter().enumerate() {
        let c = match b {
            0..=0x7f => b as char,
            _ => match char::from_u32(high[(b - 0x80) as usize] as u32).filter(|&c| c != '\0') {
                Some(c) => c,
                None => {
                    let msg = match origin {
                        Origin::Script(_) => format!("encoding problem: {name}"),
                        Origin::Other => format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {p}: character maps to <undefined>"
                        ),
                    };
                    return Err(err(
                        msg,
                        if matches!(origin, Origin::Script(_)) {
                            0
                        } else {
                            line_of(body, p)
                        },
                    ));
                }
            },
        };
        out.push(c);
    }
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(b: &[u8]) -> Result<String, String> {
        decode_source(b, Origin::Other)
            .map(|s| s.into_owned())
            .map_err(|e| e.msg)
    }

    #[test]
    fn cookies_and_boms() {
        assert_eq!(
            dec(b"# coding: latin-1\nx = '\xe9'").unwrap(),
            "# coding: latin-1\nx = 'é'"
        );
        assert_eq!(
            dec(b"#!py\n# -*- coding: cp1252 -*-\n'\x80'").unwrap(),
            "#!py\n# -*- coding: cp1252 -*-\n'€'"
        );
        assert_eq!(dec(b"\xEF\xBB\xBFx").unwrap(), "x");
        assert_eq!(
            dec(b"# coding: xyz\n").unwrap_err(),
            "unknown encoding: xyz"
        );
        assert_eq!(
            dec(b"\xEF\xBB\xBF# coding: latin-1\n").unwrap_err(),
            "encoding problem: iso-8859-1 with BOM"
        );
        // A cookie on line 2 counts only after a comment line.
        assert!(dec(b"x = 1\n# coding: xyz\n").is_ok());
        assert_eq!(
            dec(b"print('a\xff')").unwrap_err(),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
    }
}
