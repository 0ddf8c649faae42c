//! str methods added beside `strmethods.rs`: encode with codecs, and the Unicode-aware
//! predicates and case mappings.

use super::codecs;
use super::unicode_tables as ut;
use crate::args::*;
use kestrel_vm::{Kwargs, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    vm.unicode_decimal = decimal_value;
    let cls = vm.types.str_;
    let methods: &'static [(&'static str, F)] = &[
        ("encode", encode),
        ("__format__", str_format),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("istitle", istitle),
        ("isupper", isupper),
        ("islower", islower),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format_map", format_map),
        ("isidentifier", isidentifier),
        ("swapcase", swapcase),
        ("expandtabs", expandtabs),
    ];
    vm.add_methods(cls, methods);
}

fn this<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => {
            let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `str.__format__(s, spec)`: its own method (not object's), so it checks its receiver.
fn str_format(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    this(vm, args, "__format__")?;
    arity(vm, "__format__", args, 2, 2)?;
    let spec = str_arg(vm, args[1], "__format__() argument")?;
    if spec.is_empty() {
        // An empty spec is str(self), a subclass's __str__ included.
        let out = vm.str_of(args[0])?;
        return Ok(vm.new_string(out));
    }
    let s = kestrel_vm::object::builtin_base(args[0]);
    let out = vm.format(s, spec)?;
    Ok(vm.new_string(out))
}

fn encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let (enc, errors) = codecs::codec_args(vm, "encode", args, kw, 1)?;
    let b = codecs::encode(vm, s, &enc, &errors)?;
    Ok(vm.new_bytes(b))
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < n {
                std::cmp::Ordering::Less
            } else if a > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(ut::DECIMAL, c))
}

/// The value of a Unicode decimal digit (category Nd): each script's digits are a run of
/// ten code points from zero, and the table's ranges are whole runs.
pub fn decimal_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let n = c as u32;
    let i = ut::DECIMAL.partition_point(|&(_, b)| b < n);
    match ut::DECIMAL.get(i) {
        Some(&(a, _)) if !c.is_ascii() && a <= n => Some((n - a) % 10),
        _ => None,
    }
}

/// Text for int()/float() parsing: Unicode decimal digits become ASCII digits and Unicode
/// whitespace a space, as CPython does before parsing a number.
pub fn numeric_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let t = s
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ if c.is_whitespace() => ' ',
            _ => c,
        })
        .collect();
    std::borrow::Cow::Owned(t)
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(ut::DIGIT, c))
}

pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(ut::NUMERIC, c))
}

pub fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(ut::ALPHA, c))
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(ut::TITLECASE, c)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The title-case form of one character (`ǆ` → `ǅ`, `ß` → `Ss`).
fn push_title(out: &mut String, c: char) {
    match mapped(ut::TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdecimal(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", is_decimal)
}

fn isdigit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", is_digit)
}

fn isnumeric(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", is_numeric)
}

fn isalpha(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalpha", is_alpha)
}

fn isalnum(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |c| {
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "istitle")?;
    arity(vm, "istitle", &args[1..], 0, 0)?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `str.isupper()`/`str.islower()` as CPython's: a titlecase letter (`ǅ`) is cased but
/// neither upper- nor lowercase, so it makes both false; at least one cased letter is needed.
fn case_predicate(vm: &mut Vm, args: &[Value], name: &str, upper: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    let mut cased = false;
    for c in s.chars() {
        let (wanted, other) = if upper {
            (c.is_uppercase(), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase())
        };
        if other || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= wanted;
    }
    Ok(Value::Bool(cased))
}

fn isupper(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    case_predicate(vm, args, "isupper", true)
}

fn islower(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    case_predicate(vm, args, "islower", false)
}

fn casefold(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "casefold")?;
    arity(vm, "casefold", &args[1..], 0, 0)?;
    if s.is_ascii() {
        return Ok(vm.new_string(s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(ut::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    Ok(vm.new_string(out))
}

/// Characters a final-sigma check looks through (apostrophes, periods, combining marks...):
/// an approximation of Unicode's Case_Ignorable.
fn case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{2b0}'..='\u{2ff}').contains(&c)
}

/// Pushes the lower-case form of `cs[i]`: a capital sigma ending a word becomes `ς`.
fn push_lower(out: &mut String, cs: &[char], i: usize) {
    let c = cs[i];
    if c == '\u{3a3}' {
        let before = cs[..i].iter().rev().find(|c| !case_ignorable(**c));
        let after = cs[i + 1..].iter().find(|c| !case_ignorable(**c));
        let final_sigma =
            before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c));
        out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    out.extend(c.to_lowercase());
}

/// Title-cases `s`: a cased character after an uncased one (or only the first character,
/// for capitalize) gets its title-case form; the others are lowered.
fn title_case(s: &str, whole_words: bool) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in cs.iter().enumerate() {
        let upper_here = if whole_words { !prev_cased } else { i == 0 };
        if upper_here {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &cs, i);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn swapcase(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "swapcase")?;
    arity(vm, "swapcase", &args[1..], 0, 0)?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &cs, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(vm.new_string(out))
}

fn isidentifier(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "isidentifier")?;
    arity(vm, "isidentifier", &args[1..], 0, 0)?;
    let mut cs = s.chars();
    let ok = matches!(cs.next(), Some(c) if c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(unicode_ident::is_xid_continue);
    Ok(Value::Bool(ok))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let ts = match args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
        Some(v) => as_int(vm, v, "")?,
        None => 8,
    };
    if i32::try_from(ts).is_err() {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    super::bytes::too_big(vm, (col + n) as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
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

fn title(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "title")?;
    arity(vm, "title", &args[1..], 0, 0)?;
    Ok(vm.new_string(title_case(s, true)))
}

fn capitalize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "capitalize")?;
    arity(vm, "capitalize", &args[1..], 0, 0)?;
    Ok(vm.new_string(title_case(s, false)))
}

/// Whether an explicit start argument lies past the end of `s` (then nothing is found, not
/// even the empty string).
fn start_past_end(vm: &mut Vm, args: &[Value], s: &str) -> PyResult<bool> {
    match args.get(2) {
        None | Some(Value::None) => Ok(false),
        Some(v) => {
            let Some(i) = vm.index_of(*v)? else {
                return Ok(false);
            };
            Ok(i > 0 && i as usize > str_chars(args[0], s))
        }
    }
}

fn search(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    f: F,
    missing: fn(&mut Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    parse_arity(vm, name, &args[1..], 1, 3)?;
    for v in args.iter().skip(2).take(2) {
        if !v.is_none() && vm.index_of(*v)?.is_none() {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
    }
    if args.len() > 2
        && start_past_end(vm, args, s)?
        && args.get(1).and_then(|v| as_str(*v)).is_some()
    {
        return missing(vm);
    }
    f(vm, args, kw)
}

fn find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search(vm, args, kw, "find", crate::strmethods::find, |_| {
        Ok(Value::Int(-1))
    })
}

fn rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search(vm, args, kw, "rfind", crate::strmethods::rfind, |_| {
        Ok(Value::Int(-1))
    })
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search(vm, args, kw, "count", crate::strmethods::count, |_| {
        Ok(Value::Int(0))
    })
}

fn index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search(vm, args, kw, "index", crate::strmethods::index, |vm| {
        Err(vm.value_error("substring not found"))
    })
}

fn rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search(vm, args, kw, "rindex", crate::strmethods::rindex, |vm| {
        Err(vm.value_error("substring not found"))
    })
}

fn affix_arg<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<&'a str> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    match as_str(args[1]) {
        Some(p) => Ok(p),
        None => {
            let t = match args[1] {
                Value::None => "None".to_string(),
                v => vm.type_name(v),
            };
            Err(vm.type_error(format!("{name}() argument must be str, not {t}")))
        }
    }
}

fn removeprefix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "removeprefix")?;
    let p = affix_arg(vm, args, "removeprefix")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(args[0]),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "removesuffix")?;
    let p = affix_arg(vm, args, "removesuffix")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(args[0]),
    }
}

/// The top-level field names of a format string (`{name...}`), in order.
fn field_names(fmt: &str) -> Vec<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '{' if cs.get(i + 1) == Some(&'{') => i += 2,
            '}' if cs.get(i + 1) == Some(&'}') => i += 2,
            '{' => {
                let mut j = i + 1;
                while j < cs.len() && !matches!(cs[j], '.' | '[' | '!' | ':' | '}') {
                    j += 1;
                }
                out.push(cs[i + 1..j].iter().collect());
                // Skip to the matching close brace (nested specs like `{x:{w}}`).
                let mut depth = 1;
                while j < cs.len() && depth > 0 {
                    match cs[j] {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// `str.format_map(mapping)`: each field name is looked up with `mapping[name]` (so
/// `__missing__` and non-dict mappings work) and handed to the formatter as a keyword.
fn format_map(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let m = args[1];
    let mut kw: Vec<(Value, Value)> = Vec::new();
    for name in field_names(s) {
        if name.is_empty() || name.chars().all(|c| c.is_ascii_digit()) {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        let key = vm.intern_value(&name);
        if kw.iter().any(|(k, _)| k.is(&key)) {
            continue;
        }
        let v = vm.getitem(m, key)?;
        kw.push((key, v));
    }
    let n = kw.len();
    vm.extra_roots.extend(kw.iter().map(|(_, v)| *v));
    let r = crate::strmethods::format(vm, &args[..1], &kw);
    let keep = vm.extra_roots.len() - n;
    vm.extra_roots.truncate(keep);
    r
}
