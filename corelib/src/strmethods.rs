//! Methods of `str`.

use crate::args::*;
use kestrel_vm::object::Obj;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

#[inline]
fn this<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a str> {
    match args.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn opt_str<'a>(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_str(*v) {
            Some(s) => Ok(Some(s)),
            None => {
                let t = vm.type_name(*v);
                Err(vm.type_error(if what.ends_with(" not") {
                    format!("{what} {t}")
                } else {
                    format!("{what} arg must be None or str")
                }))
            }
        },
    }
}

/// Python's `str.isspace` for one character: Unicode White_Space plus the ASCII separators
/// U+001C..U+001F, which Python counts as whitespace and Rust does not.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        c.is_whitespace()
    }
}

fn strs(vm: &mut Vm, v: Vec<String>) -> Value {
    let items = v.into_iter().map(|s| vm.new_string(s)).collect();
    vm.new_list(items)
}

/// The receiver, `sep` and `maxsplit` of split/rsplit (an empty `sep` is an error).
fn split_args<'a>(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<(&'a str, Option<&'a str>, i64)> {
    let s = this(vm, args)?;
    let sep_v = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let sep = opt_str(vm, sep_v.as_ref(), "must be str or None, not")?;
    // Both arguments are converted before the separator is checked (as CPython's parser).
    let max = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        Some(v) => as_ssize(vm, v, "")?,
        None => -1,
    };
    if sep == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    Ok((s, sep, max))
}

pub fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 2, "split", false)?;
    let (s, sep, max) = split_args(vm, args, kw)?;
    // The parts become str objects straight from slices of `s` (no `String` per part); an
    // ASCII receiver's parts are ASCII, so their character counts need no scan.
    let ascii = str_chars(args[0], s) == s.len();
    let part = |vm: &mut Vm, items: &mut Vec<Value>, p: &str| {
        items.push(if ascii {
            vm.new_ascii_str(p)
        } else {
            vm.new_str(p)
        })
    };
    let mut items = Vec::new();
    let limit = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        None if ascii => {
            let b = s.as_bytes();
            // Counted first, so the list is allocated once at its size: growing a big list
            // step by step faults in every intermediate copy.
            let (mut words, mut after_space) = (0, true);
            for &c in b {
                let space = is_ascii_space(c);
                words += (after_space && !space) as usize;
                after_space = space;
            }
            vm.try_reserve(&mut items, words.min(limit.saturating_add(1)))?;
            let (mut i, mut n) = (0, 0);
            loop {
                while i < b.len() && is_ascii_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if n == limit {
                    part(vm, &mut items, &s[i..]);
                    break;
                }
                let start = i;
                while i < b.len() && !is_ascii_space(b[i]) {
                    i += 1;
                }
                part(vm, &mut items, &s[start..i]);
                n += 1;
            }
        }
        None => {
            let mut rest = s.trim_start_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if n == limit {
                    part(vm, &mut items, rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                part(vm, &mut items, &rest[..end]);
                n += 1;
                rest = rest[end..].trim_start_matches(is_space);
            }
        }
        Some(sep) => {
            for p in s.splitn(limit.saturating_add(1), sep) {
                part(vm, &mut items, p);
            }
        }
    }
    Ok(vm.new_list(items))
}

/// `is_space` for one byte of ASCII text.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f)
}

pub fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 2, "rsplit", false)?;
    let (s, sep, max) = split_args(vm, args, kw)?;
    let mut parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(is_space)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_space);
            }
            out
        }
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).map(String::from).collect()
            }
        }
    };
    parts.reverse();
    Ok(strs(vm, parts))
}

pub fn join(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "join", &args[1..], 1, 1)?;
    let sep = this(vm, args)?;
    // A list or tuple is read in place (no copy of its items: joining a million strings
    // held a second 16 MB vector); anything else is collected first.
    let out = match args[1] {
        Value::Obj(g) => match g.obj() {
            Obj::List(l) => match l.try_borrow() {
                Ok(items) => Some(join_slice(vm, sep, items.as_slice())),
                Err(_) => None,
            },
            Obj::Tuple(t) => Some(join_slice(vm, sep, t)),
            _ => None,
        },
        _ => None,
    };
    let out = match out {
        Some(out) => out?,
        None => {
            let items = join_items(vm, args[1])?;
            join_slice(vm, sep, &items)?
        }
    };
    Ok(vm.new_string(out))
}

/// `sep.join(items)`'s text; runs no Python code.
fn join_slice(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult<String> {
    // The result's length first: one checked allocation (a huge join is a MemoryError).
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match as_str(*it) {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                let t = vm.type_name(*it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    let mut out = vm.try_string(total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(*it).unwrap_or(""));
    }
    Ok(out)
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let chars = opt_str(vm, args.get(1), "strip")?;
    let r = match chars {
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
            r
        }
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            let mut r = s;
            if left {
                r = r.trim_start_matches(f);
            }
            if right {
                r = r.trim_end_matches(f);
            }
            r
        }
    };
    Ok(vm.new_str(r))
}

pub fn strip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "strip", &args[1..], 0, 1)?;
    strip_impl(vm, args, true, true)
}
pub fn lstrip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "lstrip", &args[1..], 0, 1)?;
    strip_impl(vm, args, true, false)
}
pub fn rstrip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "rstrip", &args[1..], 0, 1)?;
    strip_impl(vm, args, false, true)
}

pub fn replace(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "replace", &args[1..], 2, 3)?;
    let s = this(vm, args)?;
    let old = str_arg(vm, args[1], "replace() argument 1")?;
    let new = str_arg(vm, args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => as_ssize(vm, *v, "")?,
        None => -1,
    };
    if new.len() > old.len() {
        // The result's size before building it: at most one match per byte of `s` (plus
        // one for an empty `old`), each growing it by the difference.
        let grow = new.len() - old.len();
        let bound = (s.len() / old.len().max(1) + 1).saturating_mul(grow);
        if bound >= 1 << 20 {
            let found = if old.is_empty() {
                s.chars().count() + 1
            } else {
                s.matches(old).count()
            };
            let found = if count < 0 {
                found
            } else {
                found.min(count as usize)
            };
            let total = found
                .checked_mul(grow)
                .and_then(|g| g.checked_add(s.len()))
                .filter(|&t| t <= isize::MAX as usize)
                .ok_or_else(|| vm.raise_msg("OverflowError", "replace string is too long"))?;
            vm.check_alloc(total)?;
        }
    }
    let r = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_string(r))
}

/// Char-index range [start, end) from optional slice-like arguments, as byte offsets.
fn bounds(vm: &mut Vm, this: Value, s: &str, args: &[Value]) -> PyResult<(usize, usize)> {
    if args.iter().all(|v| v.is_none()) {
        return Ok((0, s.len()));
    }
    let n = str_chars(this, s) as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    // A start past the end matches nothing, not even "" (CPython's `start > len` check).
    let start = match args.first() {
        Some(v) if !v.is_none() => {
            let i = as_int(vm, *v, "")?;
            if i > n {
                return Ok((usize::MAX, 0));
            }
            norm(i)
        }
        _ => 0,
    };
    let end = match args.get(1) {
        Some(v) if !v.is_none() => norm(as_int(vm, *v, "")?),
        _ => n,
    };
    let ascii = n as usize == s.len();
    let off = |ci: i64| {
        if ascii {
            return (ci as usize).min(s.len());
        }
        s.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(s.len())
    };
    if start > end {
        return Ok((usize::MAX, 0));
    }
    Ok((off(start), off(end)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    if s.is_ascii() {
        return byte as i64;
    }
    s[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, args: &[Value], rev: bool, name: &str) -> PyResult<i64> {
    parse_arity(vm, name, &args[1..], 1, 3)?;
    let s = this(vm, args)?;
    let sub = str_arg(vm, args[1], "must be str, not")?;
    let (a, b) = bounds(vm, args[0], s, &args[2..])?;
    if a == usize::MAX || a > b {
        return Ok(-1);
    }
    let hay = &s[a..b];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(i) if str_chars(args[0], s) == s.len() => (a + i) as i64,
        Some(i) => char_index(s, a + i),
        None => -1,
    })
}

pub fn find(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false, "find")?))
}
pub fn rfind(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true, "rfind")?))
}
pub fn index(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match find_impl(vm, args, false, "index")? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
pub fn rindex(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match find_impl(vm, args, true, "rindex")? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub fn count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    parse_arity(vm, "count", &args[1..], 1, 3)?;
    let s = this(vm, args)?;
    let sub = str_arg(vm, args[1], "must be str, not")?;
    let (a, b) = bounds(vm, args[0], s, &args[2..])?;
    if a == usize::MAX {
        return Ok(Value::Int(0));
    }
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], start: bool) -> PyResult<Value> {
    parse_arity(
        vm,
        if start { "startswith" } else { "endswith" },
        &args[1..],
        1,
        3,
    )?;
    let s = this(vm, args)?;
    let (a, b) = bounds(vm, args[0], s, &args[2..])?;
    // A start past the end matches nothing, but the prefixes are still type-checked.
    let hay = if a == usize::MAX {
        None
    } else {
        Some(&s[a..b])
    };
    let is_tuple = matches!(args[1], Value::Obj(g) if matches!(g.obj(), kestrel_vm::Obj::Tuple(_)));
    let cands: Vec<Value> = if is_tuple {
        vm.collect_iter(args[1])?
    } else {
        vec![args[1]]
    };
    for c in cands {
        let Some(p) = as_str(c) else {
            let t = vm.type_name(c);
            let w = if start { "startswith" } else { "endswith" };
            return Err(vm.type_error(if is_tuple {
                format!("tuple for {w} must only contain str, not {t}")
            } else {
                format!("{w} first arg must be str or a tuple of str, not {t}")
            }));
        };
        let Some(hay) = hay else { continue };
        if (start && hay.starts_with(p)) || (!start && hay.ends_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn startswith(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(vm, args, true)
}
pub fn endswith(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(vm, args, false)
}

fn map_str(vm: &mut Vm, args: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args)?;
    let r = f(s);
    Ok(vm.new_string(r))
}

/// An ASCII case mapping: the receiver itself when no byte changes (strings are immutable,
/// so only identity could tell, and the receiver's cached hash comes along), else a copy.
fn ascii_case(vm: &mut Vm, args: &[Value], s: &str, upper: bool) -> Value {
    let changes = |b: &u8| {
        if upper {
            b.is_ascii_lowercase()
        } else {
            b.is_ascii_uppercase()
        }
    };
    if !s.bytes().any(|b| changes(&b)) {
        return kestrel_vm::object::builtin_base(args[0]);
    }
    let r = if upper {
        s.to_ascii_uppercase()
    } else {
        s.to_ascii_lowercase()
    };
    vm.new_ascii_str(&r)
}

pub fn upper(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "str.upper")?;
    let s = this(vm, args)?;
    // ASCII by the object's character count: no scan.
    if str_chars(args[0], s) == s.len() {
        return Ok(ascii_case(vm, args, s, true));
    }
    map_str(vm, args, |s| {
        if s.is_ascii() {
            s.to_ascii_uppercase()
        } else {
            s.to_uppercase()
        }
    })
}
pub fn lower(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "str.lower")?;
    let s = this(vm, args)?;
    // ASCII by the object's character count: no scan.
    if str_chars(args[0], s) == s.len() {
        return Ok(ascii_case(vm, args, s, false));
    }
    map_str(vm, args, |s| {
        if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        }
    })
}
pub fn swapcase(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_str(vm, args, |s| {
        s.chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}
pub fn title(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_str(vm, args, |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}
pub fn capitalize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_str(vm, args, |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(f) => f
                .to_uppercase()
                .chain(cs.flat_map(|c| c.to_lowercase()))
                .collect(),
            None => String::new(),
        }
    })
}

fn pred(vm: &mut Vm, args: &[Value], f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(f(s)))
}

pub fn isdigit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c.is_numeric())
    })
}
pub fn isalpha(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}
pub fn isalnum(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}
pub fn isspace(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "str.isspace")?;
    pred(vm, args, |s| !s.is_empty() && s.chars().all(is_space))
}
pub fn isupper(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "str.isupper")?;
    pred(vm, args, |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}
pub fn islower(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "str.islower")?;
    pred(vm, args, |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}
pub fn isidentifier(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pred(vm, args, |s| {
        let mut cs = s.chars();
        matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric())
    })
}
pub fn istitle(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pred(vm, args, |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn justify(vm: &mut Vm, args: &[Value], how: char) -> PyResult<Value> {
    let name = match how {
        '<' => "ljust",
        '>' => "rjust",
        _ => "center",
    };
    arity(vm, name, &args[1..], 1, 2)?;
    let s = this(vm, args)?;
    let w = as_ssize(vm, args[1], "")?;
    let fill = match args.get(2) {
        Some(v) => {
            let f = str_arg(vm, *v, "fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if w <= n {
        return Ok(kestrel_vm::object::builtin_base(args[0]));
    }
    let pad = (w - n) as usize;
    let left = match how {
        '<' => 0,
        '>' => pad,
        // CPython centers with the extra char on the right when the pad is odd and width even.
        _ => pad / 2 + (pad & w as usize & 1),
    };
    let mut r = vm.try_string(s.len() + pad * fill.len_utf8())?;
    r.extend(std::iter::repeat_n(fill, left));
    r.push_str(s);
    r.extend(std::iter::repeat_n(fill, pad - left));
    Ok(vm.new_string(r))
}

pub fn center(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, '^')
}
pub fn ljust(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, '<')
}
pub fn rjust(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, '>')
}

pub fn zfill(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "str.zfill", &args[1..], 1, 1)?;
    let s = this(vm, args)?;
    let w = as_ssize(vm, args[1], "")?;
    let n = s.chars().count() as i64;
    if w <= n {
        return Ok(kestrel_vm::object::builtin_base(args[0]));
    }
    // One buffer of the final size: a copy more could fail where CPython's one block fits.
    let zeros = (w - n) as usize;
    let mut r = vm.try_string(s.len() + zeros)?;
    let rest = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            r.push(c);
            &s[1..]
        }
        _ => s,
    };
    let mut bytes = r.into_bytes();
    bytes.resize(bytes.len() + zeros, b'0');
    bytes.extend_from_slice(rest.as_bytes());
    // Valid: ASCII zeros between whole UTF-8 pieces.
    let r = String::from_utf8(bytes).expect("zero padding keeps UTF-8 valid");
    Ok(vm.new_string(r))
}

fn partition_impl(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    arity(
        vm,
        if rev {
            "str.rpartition"
        } else {
            "str.partition"
        },
        &args[1..],
        1,
        1,
    )?;
    let s = this(vm, args)?;
    let sep = str_arg(vm, args[1], "must be str, not")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

pub fn partition(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
pub fn rpartition(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

pub fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 1, "splitlines", false)?;
    let s = this(vm, args)?;
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => as_c_int(vm, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cs = s.chars().peekable();
    while let Some(c) = cs.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && cs.peek() == Some(&'\n') {
                cs.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(strs(vm, out))
}

pub fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let cs: Vec<char> = s.chars().collect();
    let mut numbering = Numbering::Unset;
    let out = format_fields(vm, &cs, &args[1..], kw, &mut numbering, 2)?;
    Ok(vm.new_string(out))
}

/// One replacement field of a format string, as scanned (not yet looked up).
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
}

/// Scans the field starting after its `{` at `cs[i]`, the way CPython's parser does (so the
/// same malformed strings get the same errors); returns it and the index after its `}`.
fn scan_field(vm: &mut Vm, cs: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let start = i;
    let mut stop = None;
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while i < cs.len() && cs[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if stop.is_some() { i - 1 } else { i };
    let mut field = Field {
        name: cs[start..name_end].iter().collect(),
        conv: None,
        spec: String::new(),
    };
    match stop {
        Some('}') => return Ok((field, i)),
        None => return Err(vm.value_error("expected '}' before end of string")),
        _ => {}
    }
    if stop == Some('!') {
        let Some(&c) = cs.get(i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conv = Some(c);
        i += 1;
        if let Some(&c) = cs.get(i) {
            i += 1;
            if c == '}' {
                return Ok((field, i));
            }
            if c != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if c == '{' {
            count += 1;
        } else if c == '}' {
            count -= 1;
            if count == 0 {
                field.spec = cs[spec_start..i - 1].iter().collect();
                return Ok((field, i));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// How `str.format` fields pick their positional argument: CPython forbids mixing `{}` with
/// `{0}` in one call, including fields nested in format specs.
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

/// Expands the replacement fields of `cs`; `depth` is how many levels of nested fields may
/// still appear in a spec.
fn format_fields(
    vm: &mut Vm,
    cs: &[char],
    pos: &[Value],
    kw: Kwargs,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    // Like CPython's build_string: a spec nested too deep fails even if it has no fields.
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == cs.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let (field, next) = scan_field(vm, cs, i + 1)?;
            i = next;
            let name = field.name.as_str();
            let conv = field.conv;
            let spec = field.spec.as_str();
            let (head, rest) = match name.find(['.', '[']) {
                Some(p) => (&name[..p], &name[p..]),
                None => (name, ""),
            };
            let mut v = if head.is_empty() {
                let n = match numbering {
                    Numbering::Manual => {
                        return Err(vm.value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        ))
                    }
                    Numbering::Unset => 0,
                    Numbering::Auto(n) => *n,
                };
                *numbering = Numbering::Auto(n + 1);
                positional(vm, pos, n)?
            } else if let Some(n) = field_integer(vm, head)? {
                if let Numbering::Auto(_) = numbering {
                    return Err(vm.value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                *numbering = Numbering::Manual;
                positional(vm, pos, n)?
            } else {
                match kwarg(vm, kw, head) {
                    Some(v) => v,
                    None => {
                        let k = vm.new_str(head);
                        return Err(vm.raise_with("KeyError", vec![k]));
                    }
                }
            };
            let mut r = rest;
            while !r.is_empty() {
                if let Some(stripped) = r.strip_prefix('.') {
                    let end = stripped.find(['.', '[']).unwrap_or(stripped.len());
                    if end == 0 {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    v = vm.getattr_str(v, &stripped[..end])?;
                    r = &stripped[end..];
                } else if let Some(stripped) = r.strip_prefix('[') {
                    let Some(end) = stripped.find(']') else {
                        return Err(vm.value_error("Missing ']' in format string"));
                    };
                    let key = &stripped[..end];
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match field_integer(vm, key)? {
                        Some(n) => Value::Int(n as i64),
                        None => vm.new_str(key),
                    };
                    v = vm.getitem(v, k)?;
                    r = &stripped[end + 1..];
                } else {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            let v = match conv {
                // CPython reads a NUL conversion character as "no conversion".
                None | Some('\0') => v,
                Some('r') => {
                    let s = vm.repr(v)?;
                    vm.new_string(s)
                }
                Some('s') => {
                    let s = vm.str_of(v)?;
                    vm.new_string(s)
                }
                Some('a') => {
                    let s = vm.repr(v)?;
                    vm.new_string(kestrel_vm::repr::ascii_escape(&s))
                }
                Some(ch) => return Err(unknown_conversion(vm, ch)),
            };
            // Nested fields in the spec are expanded after the conversion (as CPython does:
            // a failing `__repr__` wins over a missing nested field).
            let spec = if spec.contains('{') {
                let sc: Vec<char> = spec.chars().collect();
                format_fields(vm, &sc, pos, kw, numbering, depth - 1)?
            } else {
                spec.to_string()
            };
            let piece = vm.format(v, &spec)?;
            if out.is_empty() {
                // The first field becomes the result: no second copy of a huge padding.
                out = piece;
            } else {
                out.try_reserve(piece.len())
                    .map_err(|_| vm.memory_error())?;
                out.push_str(&piece);
            }
        } else if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// A field name (or `[index]`) that is all Unicode decimal digits is an integer, as in
/// CPython; `None` means it is a name (or key). Past `isize::MAX` it is an error.
fn field_integer(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::types::str::decimal_value(c) else {
            return Ok(None);
        };
        match n.checked_mul(10).and_then(|m| m.checked_add(d as usize)) {
            Some(m) if m <= isize::MAX as usize => n = m,
            _ => return Err(vm.value_error("Too many decimal digits in format string")),
        }
    }
    Ok(Some(n))
}

/// CPython names a printable ASCII conversion character as is, any other by its code.
#[cold]
fn unknown_conversion(vm: &mut Vm, ch: char) -> kestrel_vm::Raised {
    let code = ch as u32;
    if code > 32 && code < 127 {
        vm.value_error(format!("Unknown conversion specifier {ch}"))
    } else {
        vm.value_error(format!("Unknown conversion specifier \\x{code:x}"))
    }
}

fn positional(vm: &mut Vm, pos: &[Value], n: usize) -> PyResult<Value> {
    match pos.get(n) {
        Some(v) => Ok(*v),
        None => Err(vm.raise_msg(
            "IndexError",
            format!("Replacement index {n} out of range for positional args tuple"),
        )),
    }
}

pub fn encode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let b = s.as_bytes().to_vec().into_boxed_slice();
    Ok(Value::Obj(vm.alloc(kestrel_vm::Obj::Bytes(b))))
}

pub fn expandtabs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 1, "expandtabs", false)?;
    let s = this(vm, args)?;
    let ts = match args.get(1) {
        Some(v) => as_int(vm, *v, "")?.max(0) as usize,
        None => 8,
    };
    if ts > i32::MAX as usize {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    }
    // The result's length first: a big tab size over many tabs is refused before building.
    let mut len = 0usize;
    let mut col = 0usize;
    for c in s.chars() {
        let add = match c {
            '\t' if ts > 0 => ts - col % ts,
            '\t' => 0,
            _ => 1,
        };
        col = if matches!(c, '\n' | '\r') {
            0
        } else {
            col + add
        };
        len = len.saturating_add(add);
    }
    if len > isize::MAX as usize {
        return Err(vm.raise_msg("OverflowError", "result too long"));
    }
    let mut out = vm.try_string(len.saturating_add(s.len()))?;
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

pub fn removeprefix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "removeprefix", &args[1..], 1, 1)?;
    let s = this(vm, args)?;
    let p = str_arg(vm, args[1], "removeprefix()")?;
    Ok(vm.new_str(s.strip_prefix(p).unwrap_or(s)))
}

pub fn removesuffix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "removesuffix", &args[1..], 1, 1)?;
    let s = this(vm, args)?;
    let p = str_arg(vm, args[1], "removesuffix()")?;
    Ok(vm.new_str(s.strip_suffix(p).unwrap_or(s)))
}

pub fn len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Int(s.chars().count() as i64))
}
