//! Text codecs: `str.encode`, `bytes.decode` and whatever else turns text into bytes (file
//! objects in text mode call `encode`/`decode` here). UTF-8 (and -sig), UTF-16 and UTF-32
//! (plain with a BOM, -le, -be), latin-1, ascii, cp1252 and the single-byte code pages of the
//! source decoder (koi8-r, cp1251, iso8859-*, mac-roman...), under the names CPython accepts,
//! with the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! namereplace and (as far as it can go) surrogateescape/surrogatepass.
//!
//! Limitation: Kestrel strings are UTF-8 `str`, which cannot hold lone surrogates. Decoding
//! with `surrogateescape`/`surrogatepass` works while the input decodes cleanly, but bytes that
//! would need a lone surrogate raise NotImplementedError instead of producing wrong text; on
//! encoding, no string can contain the surrogates those handlers would turn back into bytes,
//! so they act like `strict`.

use kestrel_vm::{PyResult, Raised, Value, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Latin1,
    Ascii,
    Cp1252,
    /// A single-byte code page (koi8-r, cp1251, iso8859-5...): its index in the tables the
    /// source decoder has for coding cookies.
    Charmap(u8),
    UnicodeEscape,
    RawUnicodeEscape,
    /// An East Asian multi-byte codec (CPython's name) whose tables Kestrel lacks: ASCII text
    /// only, anything else a NotImplementedError.
    AsciiSubset(&'static str),
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Cp1252 | Codec::Charmap(_) => "charmap",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::AsciiSubset(name) => name,
        }
    }
}

/// Lower case, every run of characters other than letters, digits and `.` made one `_`
/// (CPython's `encodings.normalize_encoding`).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name stands for.
pub fn lookup(name: &str) -> Option<Codec> {
    Some(match normalize(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" | "ibm819" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        other => match kestrel_compiler::decode::ascii_subset_codec(&other.replace('_', "")) {
            Some(name) => Codec::AsciiSubset(name),
            None => Codec::Charmap(kestrel_compiler::decode::charmap_index(other)?),
        },
    })
}

/// Codecs CPython has that map bytes to bytes or str to str: not for `str.encode`.
const NON_TEXT: &[&str] = &[
    "base64",
    "base_64",
    "base64_codec",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quotedprintable",
    "quoted_printable",
    "quopri_codec",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

fn unknown_codec(vm: &mut Vm, encoding: &str, decoding: bool) -> Raised {
    if NON_TEXT.contains(&normalize(encoding).as_str()) {
        let f = if decoding { "decode" } else { "encode" };
        return vm.raise_msg(
            "LookupError",
            format!(
                "'{encoding}' is not a text encoding; use codecs.{f}() to handle arbitrary codecs"
            ),
        );
    }
    vm.raise_msg("LookupError", format!("unknown encoding: {encoding}"))
}

/// A codec whose tables Kestrel lacks met text outside its ASCII subset.
#[cold]
fn ascii_subset_error(vm: &mut Vm, name: &str, what: &str, pos: usize) -> Raised {
    vm.raise_msg(
        "NotImplementedError",
        format!(
            "Kestrel's '{name}' codec can only {what} ASCII text (position {pos} is outside it)"
        ),
    )
}

/// Checks an encoding name, for callers that want the LookupError before any work.
pub fn check_encoding(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    lookup(encoding).ok_or_else(|| unknown_codec(vm, encoding, false))
}

/// cp1252's bytes 0x80..0x9f (0 = undefined); the rest is latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_encode(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x != 0 && x as u32 == n)
        .map(|i| 0x80 + i as u8)
}

fn raise_unicode_error(
    vm: &mut Vm,
    encode: bool,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Raised {
    let cls = vm.exc_class(if encode {
        "UnicodeEncodeError"
    } else {
        "UnicodeDecodeError"
    });
    let enc = vm.new_str(codec);
    let reason = vm.new_str(reason);
    let e = vm.new_exception(
        cls,
        vec![
            enc,
            object,
            Value::Int(start as i64),
            Value::Int(end as i64),
            reason,
        ],
    );
    vm.raise(e)
}

/// The error handlers the codecs here apply themselves.
const NATIVE_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

/// Another handler name may have been registered with `codecs.register_error`: the `codecs`
/// module then does the work (`_text_encode`/`_text_decode`), calling the handler at each
/// error and these codecs, strictly, for the rest. The function is fetched (importing
/// `codecs`, which may collect) before the data value is made.
#[cold]
fn codecs_function(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let codecs = vm.import_one("codecs")?;
    vm.getattr_str(Value::Obj(codecs), name)
}

#[cold]
fn call_with_handler(
    vm: &mut Vm,
    f: Value,
    data: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    let e = vm.new_str(encoding);
    let r = vm.new_str(errors);
    vm.call_value(f, &[data, e, r], &[])
}

fn bad_handler(vm: &mut Vm, errors: &str) -> Raised {
    vm.raise_msg(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s` encoded with `encoding` (any accepted name) and the `errors` handler.
/// A codec Kestrel has no native code for: the one `codecs.lookup` finds (a registered
/// search function's, or a Python module of the `encodings` package such as `idna`), called
/// through `codecs._registry_encode`/`_registry_decode`, which check what it returns.
#[cold]
fn registry_codec(
    vm: &mut Vm,
    data: Value,
    encoding: &str,
    errors: &str,
    decoding: bool,
) -> PyResult<Value> {
    if NON_TEXT.contains(&normalize(encoding).as_str()) {
        return Err(unknown_codec(vm, encoding, decoding));
    }
    let name = if decoding {
        "_registry_decode"
    } else {
        "_registry_encode"
    };
    let f = codecs_function(vm, name)?;
    call_with_handler(vm, f, data, encoding, errors)
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = lookup(encoding) else {
        let text = vm.new_str(s);
        let v = registry_codec(vm, text, encoding, errors, false)?;
        return match vm.buffer(v)? {
            Some(b) => Ok(b.into_owned()),
            None => Err(vm.type_error("bytes expected")),
        };
    };
    if !NATIVE_HANDLERS.contains(&errors) {
        let f = codecs_function(vm, "_text_encode")?;
        let text = vm.new_str(s);
        let v = call_with_handler(vm, f, text, encoding, errors)?;
        return match vm.buffer(v)? {
            Some(b) => Ok(b.into_owned()),
            None => Err(vm.type_error("bytes expected")),
        };
    }
    let unit = |out: &mut Vec<u8>, n: u32, width: usize, big: bool| {
        let bytes = n.to_le_bytes();
        let b = &bytes[..width];
        if big {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    };
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            out
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                unit(&mut out, u as u32, 2, big);
            }
            out
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                unit(&mut out, c as u32, 4, big);
            }
            out
        }
        Codec::Latin1 => charset_encode(vm, s, codec, errors, |c| u8::try_from(c as u32).ok())?,
        Codec::Ascii => charset_encode(vm, s, codec, errors, |c| c.is_ascii().then_some(c as u8))?,
        Codec::Cp1252 => charset_encode(vm, s, codec, errors, cp1252_encode)?,
        Codec::AsciiSubset(name) => {
            let b = s.as_bytes();
            let n = kestrel_compiler::decode::ascii_subset_len(name, b);
            if n < b.len() {
                return Err(ascii_subset_error(vm, name, "encode", n));
            }
            b.to_vec()
        }
        Codec::Charmap(i) => {
            let high = kestrel_compiler::decode::charmap_table(i);
            charset_encode(vm, s, codec, errors, |c| {
                let n = c as u32;
                if n < 0x80 {
                    return Some(n as u8);
                }
                high.iter()
                    .position(|&x| x != 0 && x as u32 == n)
                    .map(|p| 0x80 + p as u8)
            })?
        }
        Codec::UnicodeEscape => unicode_escape_encode(s, false),
        Codec::RawUnicodeEscape => unicode_escape_encode(s, true),
    })
}

/// Encoding to a one-byte character set: runs of characters the set lacks go to the error
/// handler.
fn charset_encode(
    vm: &mut Vm,
    s: &str,
    codec: Codec,
    errors: &str,
    map: impl Fn(char) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = map(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && map(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = match codec {
                    Codec::Ascii => "ordinal not in range(128)",
                    Codec::Latin1 => "ordinal not in range(256)",
                    _ => "character maps to <undefined>",
                };
                let obj = vm.new_str(s);
                return Err(raise_unicode_error(
                    vm,
                    true,
                    codec.name(),
                    obj,
                    i,
                    j,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(backslash_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..j] {
                    let text = match unicode_names2::name(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => backslash_escape(c),
                    };
                    out.extend_from_slice(text.as_bytes());
                }
            }
            _ => return Err(bad_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

fn backslash_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// A decoding error: the byte range and reason, for the handler.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// The decoder's state: output so far, and the handler applied at each error.
struct Decoder<'a> {
    out: String,
    codec: &'static str,
    errors: &'a str,
    data: &'a [u8],
}

impl Decoder<'_> {
    /// Whether the bad input at `at` could be a surrogate the surrogatepass handler would
    /// decode: UTF-8's three-byte ED A0..BF form, or anything in the UTF-16/32 codecs.
    fn maybe_surrogate(&self, at: usize) -> bool {
        if self.codec.starts_with("utf-16") || self.codec.starts_with("utf-32") {
            return true;
        }
        self.codec.starts_with("utf-8")
            && matches!(
                self.data.get(at..at + 3),
                Some([0xed, 0xa0..=0xbf, 0x80..=0xbf])
            )
    }

    fn error(&mut self, vm: &mut Vm, bad: Bad) -> PyResult<()> {
        // surrogatepass only decodes an encoded surrogate in a UTF codec; any other bad
        // input is re-raised exactly as strict would.
        let errors = if self.errors == "surrogatepass" && !self.maybe_surrogate(bad.start) {
            "strict"
        } else {
            self.errors
        };
        match errors {
            "strict" => {
                let obj = vm.new_bytes(self.data.to_vec());
                Err(raise_unicode_error(
                    vm, false, self.codec, obj, bad.start, bad.end, bad.reason,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[bad.start..bad.end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            "surrogateescape" | "surrogatepass" => Err(vm.raise_msg(
                "NotImplementedError",
                format!(
                    "'{}' error handler: undecodable bytes would need lone surrogates, which Kestrel strings cannot hold",
                    self.errors
                ),
            )),
            "xmlcharrefreplace" | "namereplace" => Err(vm.type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            )),
            _ => Err(bad_handler(vm, self.errors)),
        }
    }
}

/// `data` decoded with `encoding` and the `errors` handler.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = lookup(encoding) else {
        let b = vm.new_bytes(data.to_vec());
        let v = registry_codec(vm, b, encoding, errors, true)?;
        return match crate::args::as_str(v) {
            Some(t) => Ok(t.to_string()),
            None => Err(vm.type_error("str expected")),
        };
    };
    if !NATIVE_HANDLERS.contains(&errors) {
        let f = codecs_function(vm, "_text_decode")?;
        let b = vm.new_bytes(data.to_vec());
        let v = call_with_handler(vm, f, b, encoding, errors)?;
        return match crate::args::as_str(v) {
            Some(t) => Ok(t.to_string()),
            None => Err(vm.type_error("str expected")),
        };
    }
    let mut d = Decoder {
        out: String::with_capacity(data.len()),
        codec: codec.name(),
        errors,
        data,
    };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d, 0)?,
        Codec::Utf8Sig => {
            let skip = if data.starts_with(&[0xef, 0xbb, 0xbf]) {
                3
            } else {
                0
            };
            decode_utf8(vm, &mut d, skip)?
        }
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| b as char)),
        Codec::AsciiSubset(name) => {
            let n = kestrel_compiler::decode::ascii_subset_len(name, data);
            if n < data.len() {
                return Err(ascii_subset_error(vm, name, "decode", n));
            }
            d.out.extend(data.iter().map(|&b| b as char));
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    d.out.push(b as char);
                } else {
                    let bad = Bad {
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    };
                    d.error(vm, bad)?;
                }
            }
        }
        Codec::Cp1252 | Codec::Charmap(_) => {
            let high = match codec {
                Codec::Charmap(i) => Some(kestrel_compiler::decode::charmap_table(i)),
                _ => None,
            };
            for (i, &b) in data.iter().enumerate() {
                let c = match (b, high) {
                    (0x80..=0xff, Some(h)) => {
                        char::from_u32(h[b as usize - 0x80] as u32).filter(|&c| c != '\0')
                    }
                    (0x80..=0x9f, None) => {
                        char::from_u32(CP1252_HIGH[b as usize - 0x80] as u32).filter(|&c| c != '\0')
                    }
                    _ => Some(b as char),
                };
                match c {
                    Some(c) => d.out.push(c),
                    None => {
                        let bad = Bad {
                            start: i,
                            end: i + 1,
                            reason: "character maps to <undefined>",
                        };
                        d.error(vm, bad)?;
                    }
                }
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (big, skip) = match codec {
                Codec::Utf16 if data.starts_with(&[0xfe, 0xff]) => (true, 2),
                Codec::Utf16 if data.starts_with(&[0xff, 0xfe]) => (false, 2),
                _ => (codec == Codec::Utf16Be, 0),
            };
            d.codec = if big { "utf-16-be" } else { "utf-16-le" };
            decode_utf16(vm, &mut d, skip, big)?
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (big, skip) = match codec {
                Codec::Utf32 if data.starts_with(&[0, 0, 0xfe, 0xff]) => (true, 4),
                Codec::Utf32 if data.starts_with(&[0xff, 0xfe, 0, 0]) => (false, 4),
                _ => (codec == Codec::Utf32Be, 0),
            };
            d.codec = if big { "utf-32-be" } else { "utf-32-le" };
            decode_utf32(vm, &mut d, skip, big)?
        }
        Codec::UnicodeEscape => decode_unicode_escape(vm, &mut d, false)?,
        Codec::RawUnicodeEscape => decode_unicode_escape(vm, &mut d, true)?,
    }
    Ok(d.out)
}

fn decode_utf8(vm: &mut Vm, d: &mut Decoder, mut pos: usize) -> PyResult<()> {
    let data = d.data;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let b = data[start];
                        let reason = if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                d.error(vm, Bad { start, end, reason })?;
                pos = end;
            }
        }
    }
    Ok(())
}

fn decode_utf16(vm: &mut Vm, d: &mut Decoder, mut pos: usize, big: bool) -> PyResult<()> {
    let data = d.data;
    let unit = |i: usize| -> u32 {
        let (a, b) = (data[i] as u32, data[i + 1] as u32);
        if big {
            a << 8 | b
        } else {
            b << 8 | a
        }
    };
    while pos < data.len() {
        if pos + 1 >= data.len() {
            d.error(
                vm,
                Bad {
                    start: pos,
                    end: data.len(),
                    reason: "truncated data",
                },
            )?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            d.error(
                vm,
                Bad {
                    start: pos,
                    end: pos + 2,
                    reason: "illegal encoding",
                },
            )?;
            pos += 2;
            continue;
        }
        if pos + 3 >= data.len() {
            d.error(
                vm,
                Bad {
                    start: pos,
                    end: data.len(),
                    reason: "unexpected end of data",
                },
            )?;
            break;
        }
        let lo = unit(pos + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            d.error(
                vm,
                Bad {
                    start: pos,
                    end: pos + 2,
                    reason: "illegal UTF-16 surrogate",
                },
            )?;
            pos += 2;
            continue;
        }
        let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        pos += 4;
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, d: &mut Decoder, mut pos: usize, big: bool) -> PyResult<()> {
    let data = d.data;
    while pos < data.len() {
        if pos + 3 >= data.len() {
            d.error(
                vm,
                Bad {
                    start: pos,
                    end: data.len(),
                    reason: "truncated data",
                },
            )?;
            break;
        }
        let mut b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        if big {
            b.reverse();
        }
        let n = u32::from_le_bytes(b);
        match char::from_u32(n) {
            Some(c) => d.out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&n) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                d.error(
                    vm,
                    Bad {
                        start: pos,
                        end: pos + 4,
                        reason,
                    },
                )?;
            }
        }
        pos += 4;
    }
    Ok(())
}

/// Reads the `encoding` and `errors` arguments of encode/decode-like calls (positional from
/// `args[first..]`, or by keyword), with CPython's type errors.
pub fn codec_args(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: kestrel_vm::Kwargs,
    first: usize,
) -> PyResult<(String, String)> {
    let mut enc = args.get(first).copied();
    let mut err = args.get(first + 1).copied();
    if args.len() > first + 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 arguments ({} given)",
            args.len() - first
        )));
    }
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "encoding" => enc = Some(*v),
            "errors" => err = Some(*v),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let get = |vm: &mut Vm, v: Option<Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match crate::args::as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let t = crate::args::bad_arg_type_name(vm, v);
                    Err(vm.type_error(format!("{fname}() argument '{name}' must be str, not {t}")))
                }
            },
        }
    };
    let e = get(vm, enc, "encoding", "utf-8")?;
    let r = get(vm, err, "errors", "strict")?;
    Ok((e, r))
}

/// `unicode_escape` (ASCII with Python escapes for the rest) and `raw_unicode_escape`
/// (latin-1 as is, only `\\uXXXX`/`\\UXXXXXXXX` for the rest, backslashes untouched).
fn unicode_escape_encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        match c {
            _ if raw && n < 0x100 => out.push(n as u8),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ => out.extend_from_slice(backslash_escape(c).as_bytes()),
        }
    }
    out
}

/// The value of `len` hex digits at `pos`, or the position of the first that is missing.
fn hex_digits(data: &[u8], pos: usize, len: usize) -> Result<u32, usize> {
    let mut v = 0u32;
    for i in pos..pos + len {
        match data.get(i).and_then(|&b| (b as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => return Err(i.min(data.len())),
        }
    }
    Ok(v)
}

/// Decodes `unicode_escape` (every Python string escape) or `raw_unicode_escape` (only
/// `\\u`/`\\U` after an odd run of backslashes); other bytes are latin-1.
fn decode_unicode_escape(vm: &mut Vm, d: &mut Decoder, raw: bool) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        let b = data[pos];
        if b != b'\\' {
            d.out.push(b as char);
            pos += 1;
            continue;
        }
        let start = pos;
        if raw {
            let kind = data.get(pos + 1).copied();
            let len = match kind {
                Some(b'u') => 4,
                Some(b'U') => 8,
                _ => {
                    d.out.push('\\');
                    if kind == Some(b'\\') {
                        d.out.push('\\');
                        pos += 1;
                    }
                    pos += 1;
                    continue;
                }
            };
            let (reason, end) = match hex_digits(data, pos + 2, len) {
                Ok(v) => match char::from_u32(v) {
                    Some(c) => {
                        d.out.push(c);
                        pos += 2 + len;
                        continue;
                    }
                    None => ("\\Uxxxxxxxx out of range", pos + 2 + len),
                },
                Err(at) if len == 4 => ("truncated \\uXXXX escape", at),
                Err(at) => ("truncated \\UXXXXXXXX escape", at),
            };
            d.error(vm, Bad { start, end, reason })?;
            pos = end;
            continue;
        }
        let Some(&kind) = data.get(pos + 1) else {
            let reason = "\\ at end of string";
            d.error(
                vm,
                Bad {
                    start,
                    end: pos + 1,
                    reason,
                },
            )?;
            break;
        };
        pos += 2;
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\u{7}')),
            b'b' => Some(Some('\u{8}')),
            b'f' => Some(Some('\u{c}')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\u{b}')),
            _ => None,
        };
        if let Some(c) = simple {
            d.out.extend(c);
            continue;
        }
        if (b'0'..=b'7').contains(&kind) {
            let mut v = (kind - b'0') as u32;
            for _ in 0..2 {
                match data.get(pos) {
                    Some(&o @ b'0'..=b'7') => {
                        v = v * 8 + (o - b'0') as u32;
                        pos += 1;
                    }
                    _ => break,
                }
            }
            d.out.extend(char::from_u32(v));
            continue;
        }
        let (len, truncated) = match kind {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let close = match data.get(pos) {
                    Some(b'{') => data[pos..].iter().position(|&b| b == b'}'),
                    _ => None,
                };
                let Some(close) = close.filter(|&c| c > 1) else {
                    let reason = "malformed \\N character escape";
                    let end = if data.get(pos) == Some(&b'{') {
                        pos + 1
                    } else {
                        pos
                    };
                    d.error(vm, Bad { start, end, reason })?;
                    pos = end;
                    continue;
                };
                let name = String::from_utf8_lossy(&data[pos + 1..pos + close]);
                let end = pos + close + 1;
                match crate::modules::unicodedata::char_named(&name) {
                    Some(c) => d.out.push(c),
                    None => {
                        let reason = "unknown Unicode character name";
                        d.error(vm, Bad { start, end, reason })?;
                    }
                }
                pos = end;
                continue;
            }
            _ => {
                // An unknown escape stays as written (CPython also warns).
                d.out.push('\\');
                d.out.push(kind as char);
                continue;
            }
        };
        match hex_digits(data, pos, len) {
            Ok(v) => match char::from_u32(v) {
                Some(c) => {
                    d.out.push(c);
                    pos += len;
                }
                None => {
                    let reason = "illegal Unicode character";
                    d.error(
                        vm,
                        Bad {
                            start,
                            end: pos + len,
                            reason,
                        },
                    )?;
                    pos += len;
                }
            },
            Err(at) => {
                d.error(
                    vm,
                    Bad {
                        start,
                        end: at,
                        reason: truncated,
                    },
                )?;
                pos = at;
            }
        }
    }
    Ok(())
}
