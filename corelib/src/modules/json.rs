//! `_json`: the scanner and encoder under `json` (corelib/lib/json.py), as CPython splits
//! them. `scan` parses one JSON value from a str at a character index and returns it with
//! the index after it; `encode` turns a value into JSON text with every `json.dumps`
//! option. Errors in the input raise the `JSONDecodeError` class the caller passes in, with
//! CPython's messages and character positions.

use crate::args::*;
use kestrel_vm::dict::Dict;
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::Cmp;
use kestrel_vm::repr::float_repr;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Raised, Value, Vm};
use std::fmt::Write;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_json", json_module);
}

fn json_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "_json",
        &[("scan", scan), ("encode", encode)],
    ))
}

// ----- decoding -----

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    err_cls: Value,
    doc: Value,
    depth: usize,
}

fn opt(v: Value) -> Option<Value> {
    if v.is_none() {
        None
    } else {
        Some(v)
    }
}

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)` -> `(value, end)`.
fn scan(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "scan", args, 9, 9)?;
    let s = str_arg(vm, args[0], "scan")?;
    let idx = as_int(vm, args[1], "")?;
    let mut d = Decoder {
        s,
        b: s.as_bytes(),
        strict: vm.truthy(args[2])?,
        object_hook: opt(args[3]),
        pairs_hook: opt(args[4]),
        parse_float: opt(args[5]),
        parse_int: opt(args[6]),
        parse_constant: opt(args[7]),
        err_cls: args[8],
        doc: args[0],
        depth: 0,
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let start = if s.is_ascii() {
        (idx as usize).min(s.len())
    } else {
        s.char_indices()
            .nth(idx as usize)
            .map(|(i, _)| i)
            .unwrap_or(s.len())
    };
    let v = d.value(vm, start)?;
    let (v, end) = v;
    let end = d.char_pos(end) as i64;
    Ok(vm.new_tuple(vec![v, Value::Int(end)]))
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Decoder<'_> {
    fn char_pos(&self, byte: usize) -> usize {
        if self.s.is_ascii() {
            byte
        } else {
            self.s[..byte.min(self.s.len())].chars().count()
        }
    }

    /// Raises `JSONDecodeError(msg, doc, pos)`.
    #[cold]
    fn fail(&self, vm: &mut Vm, msg: &str, at: usize) -> Raised {
        let pos = Value::Int(self.char_pos(at) as i64);
        let m = vm.new_str(msg);
        match vm.call_value(self.err_cls, &[m, self.doc, pos], &[]) {
            Ok(e) => vm.raise(e),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// The value starting exactly at byte `i`, and the byte index after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(self.fail(vm, "Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(vm, i)?;
                Ok((vm.new_string(s), end))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if b[i..].starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if b[i..].starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if b[i..].starts_with(b"NaN") => self.constant(vm, "NaN", i + 3),
            b'I' if b[i..].starts_with(b"Infinity") => self.constant(vm, "Infinity", i + 8),
            b'-' if b[i..].starts_with(b"-Infinity") => self.constant(vm, "-Infinity", i + 9),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(self.fail(vm, "Expecting value", i)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, end: usize) -> PyResult<(Value, usize)> {
        if let Some(f) = self.parse_constant {
            let s = vm.new_str(name);
            return Ok((vm.call_value(f, &[s], &[])?, end));
        }
        let x = match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        };
        Ok((Value::Float(x), end))
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> PyResult<(Value, usize)> {
        self.depth += 1;
        if self.depth > vm.recursion_limit || kestrel_vm::depth::stack_low() {
            let what = if object { "object" } else { "array" };
            return Err(vm.raise_msg(
                "RecursionError",
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            ));
        }
        let r = if object {
            self.object(vm, i)
        } else {
            self.array(vm, i)
        };
        self.depth -= 1;
        r
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        let digits = |mut j: usize| {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Err(self.fail(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let hook = if is_float {
            self.parse_float
        } else {
            self.parse_int
        };
        if let Some(f) = hook {
            let t = vm.new_str(text);
            return Ok((vm.call_value(f, &[t], &[])?, i));
        }
        if is_float {
            let x: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((Value::Float(x), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((Value::Int(n), i));
        }
        match crate::types::parse_int(text, 10) {
            Some(big) => Ok((vm.new_bigint(big), i)),
            None => Err(self.fail(vm, "Expecting value", start)),
        }
    }

    /// The string whose opening quote is at `start`.
    fn string(&mut self, vm: &mut Vm, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start + 1;
        loop {
            // A run of plain characters.
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            let Some(&c) = b.get(i) else {
                return Err(self.fail(vm, "Unterminated string starting at", start));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(self.fail(vm, "Unterminated string starting at", start));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'u' => None,
                        _ => return Err(self.fail(vm, "Invalid \\escape", i)),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    let hi = self.hex4(vm, i + 2, i + 1)?;
                    i += 6;
                    let code = if (0xd800..0xdc00).contains(&hi)
                        && b.get(i) == Some(&b'\\')
                        && b.get(i + 1) == Some(&b'u')
                    {
                        let lo = self.hex4(vm, i + 2, i + 1)?;
                        if (0xdc00..0xe000).contains(&lo) {
                            i += 6;
                            0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)
                        } else {
                            hi
                        }
                    } else {
                        hi
                    };
                    match char::from_u32(code) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(vm.raise_msg(
                                "NotImplementedError",
                                format!(
                                    "lone surrogate \\u{code:04x} in a JSON string (Kestrel strings cannot hold surrogates)"
                                ),
                            ))
                        }
                    }
                }
                _ => return Err(self.fail(vm, "Invalid control character at", i)),
            }
        }
    }

    /// Four hex digits at `i` (the `u` of the escape is at `err_at`).
    fn hex4(&self, vm: &mut Vm, i: usize, err_at: usize) -> PyResult<u32> {
        let digits = self
            .b
            .get(i..i + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        match digits {
            Some(d) => {
                Ok(u32::from_str_radix(std::str::from_utf8(d).unwrap_or("0"), 16).unwrap_or(0))
            }
            None => Err(self.fail(vm, "Invalid \\uXXXX escape", err_at)),
        }
    }

    fn object(&mut self, vm: &mut Vm, open: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(open + 1);
        const NAME: &str = "Expecting property name enclosed in double quotes";
        if self.b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.fail(vm, NAME, i));
                }
                let (k, after) = self.string(vm, i)?;
                let key = vm.new_string(k);
                i = self.skip_ws(after);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.fail(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.value(vm, i)?;
                pairs.push((key, v));
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => {
                        i = self.skip_ws(i + 1);
                    }
                    _ => return Err(self.fail(vm, "Expecting ',' delimiter", i)),
                }
            }
        }
        if let Some(f) = self.pairs_hook {
            let items: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let l = vm.new_list(items);
            return Ok((vm.call_value(f, &[l], &[])?, i));
        }
        let d = vm.new_dict(Dict::with_capacity(pairs.len()));
        for (k, v) in pairs {
            vm.dict_setitem(d, k, v)?;
        }
        if let Some(f) = self.object_hook {
            return Ok((vm.call_value(f, &[d], &[])?, i));
        }
        Ok((d, i))
    }

    fn array(&mut self, vm: &mut Vm, open: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(open + 1);
        if self.b.get(i) == Some(&b']') {
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (v, after) = self.value(vm, i)?;
            items.push(v);
            i = self.skip_ws(after);
            match self.b.get(i) {
                Some(b']') => return Ok((vm.new_list(items), i + 1)),
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(self.fail(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}

// ----- encoding -----

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    /// Addresses of the containers being encoded (circular reference check).
    markers: Vec<usize>,
    /// Containers and `default` results being encoded, against the recursion limit.
    depth: usize,
    out: String,
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)` -> str. `indent` is None or the indent string.
fn encode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "encode", args, 10, 10)?;
    let indent = match opt(args[6]) {
        Some(v) => Some(str_arg(vm, v, "indent")?.to_string()),
        None => None,
    };
    let mut e = Encoder {
        skipkeys: vm.truthy(args[1])?,
        ensure_ascii: vm.truthy(args[2])?,
        check_circular: vm.truthy(args[3])?,
        allow_nan: vm.truthy(args[4])?,
        sort_keys: vm.truthy(args[5])?,
        indent,
        item_sep: str_arg(vm, args[7], "item_separator")?.to_string(),
        key_sep: str_arg(vm, args[8], "key_separator")?.to_string(),
        default: opt(args[9]),
        markers: Vec::new(),
        depth: 0,
        out: String::new(),
    };
    e.value(vm, args[0], 0)?;
    Ok(vm.new_string(e.out))
}

/// A JSON string literal for `s`.
pub fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && c > '~' => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float(&mut self, vm: &mut Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// The text of a scalar (None, bool, int, float, str) or None for anything else.
    fn scalar(&mut self, vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
        Ok(Some(match builtin_base(v) {
            Value::None => "null".into(),
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(x) => self.float(vm, x)?,
            Value::Obj(g) => match g.obj() {
                Obj::BigInt(b) => vm.big_to_decimal(b)?,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, g: Gc) -> PyResult<()> {
        if self.check_circular {
            if self.markers.contains(&g.addr()) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(g.addr());
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn value(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        if matches!(v, Value::Obj(_)) {
            self.depth += 1;
            let r = self.value_obj(vm, v, level);
            self.depth -= 1;
            return r;
        }
        self.value_obj(vm, v, level)
    }

    fn value_obj(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        if self.depth > vm.recursion_limit || kestrel_vm::depth::stack_low() {
            return Err(vm.raise_msg(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if let Some(s) = as_str(v) {
            quote(s, self.ensure_ascii, &mut self.out);
            return Ok(());
        }
        if let Some(t) = self.scalar(vm, v)? {
            self.out.push_str(&t);
            return Ok(());
        }
        let Value::Obj(g) = v else {
            return self.other(vm, v, level);
        };
        let base = builtin_base(v);
        match base {
            Value::Obj(bg) => match bg.obj() {
                Obj::List(l) => {
                    let items = l.borrow().clone();
                    self.array(vm, g, &items, level)
                }
                Obj::Tuple(t) => {
                    let items = t.to_vec();
                    self.array(vm, g, &items, level)
                }
                Obj::Dict(d) => {
                    let pairs: Vec<(Value, Value)> =
                        d.borrow().iter().map(|e| (e.key, e.value)).collect();
                    self.object(vm, g, pairs, level)
                }
                _ => self.other(vm, v, level),
            },
            _ => self.other(vm, v, level),
        }
    }

    fn array(&mut self, vm: &mut Vm, g: Gc, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, g)?;
        self.out.push('[');
        self.newline(level + 1);
        for (n, it) in items.iter().enumerate() {
            if n > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(level + 1);
            }
            self.value(vm, *it, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave();
        Ok(())
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        g: Gc,
        mut pairs: Vec<(Value, Value)>,
        level: usize,
    ) -> PyResult<()> {
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, g)?;
        if self.sort_keys {
            sort_pairs(vm, &mut pairs)?;
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, v) in pairs {
            let key = if let Some(s) = as_str(k) {
                s.to_string()
            } else if let Some(t) = self.scalar(vm, k)? {
                t
            } else if self.skipkeys {
                continue;
            } else {
                let t = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {t}"
                )));
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(level + 1);
            }
            first = false;
            quote(&key, self.ensure_ascii, &mut self.out);
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.value(vm, v, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave();
        Ok(())
    }

    /// An object JSON has no form for: what `default` makes of it.
    fn other(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        let Some(f) = self.default else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("Object of type {t} is not JSON serializable")));
        };
        let marked = match v {
            Value::Obj(g) if self.check_circular => {
                self.enter(vm, g)?;
                true
            }
            _ => false,
        };
        let r = vm.call_value(f, &[v], &[])?;
        self.value(vm, r, level)?;
        if marked {
            self.leave();
        }
        Ok(())
    }
}

/// Sorts dict items by key with `<`, as `sorted(d.items())` would compare the keys.
fn sort_pairs(vm: &mut Vm, pairs: &mut [(Value, Value)]) -> PyResult<()> {
    let mut err: Option<Raised> = None;
    pairs.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let mut less = |x: Value, y: Value| -> PyResult<bool> {
            let r = vm.compare(Cmp::Lt, x, y)?;
            vm.truthy(r)
        };
        match less(a.0, b.0) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match less(b.0, a.0) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
