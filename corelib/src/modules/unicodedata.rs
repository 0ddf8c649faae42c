//! `unicodedata`: the Unicode character database of CPython 3.11 (Unicode 14.0.0).
//!
//! Properties, numeric values, decompositions and NFC's primary composites come from tables
//! generated out of CPython 3.11 itself (`corelib/tools/gen_unicodedata.py`), so answers match
//! the oracle exactly, also for characters a newer Unicode assigned. Names come from the
//! `unicode_names2` crate (the table `\N{...}` escapes use), limited to characters assigned in
//! Unicode 14.0; names never change once given, so the newer crate agrees on those.
//! Not provided: `ucd_3_2_0` (the Unicode 3.2 database IDNA uses) and named sequences in
//! `lookup`.

#[rustfmt::skip]
mod tables;

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use tables::*;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("unicodedata", unicodedata_module);
    kestrel_compiler::set_identifier_normalizer(nfkc_name);
}

/// Identifiers are compared in NFKC (PEP 3131); the parser calls this for non-ASCII names.
fn nfkc_name(name: &str) -> String {
    normalize_str("NFKC", name).unwrap_or_else(|| name.to_string())
}

fn unicodedata_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = crate::modules::native_module(
        vm,
        "unicodedata",
        &[
            ("name", name),
            ("lookup", lookup),
            ("category", category),
            ("bidirectional", bidirectional),
            ("combining", combining),
            ("east_asian_width", east_asian_width),
            ("mirrored", mirrored),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("decomposition", decomposition),
            ("normalize", normalize),
            ("is_normalized", is_normalized),
        ],
    );
    let v = vm.new_str("14.0.0");
    let d = kestrel_vm::Vm::module_dict(m);
    let k = vm.intern("unidata_version");
    vm.dict_set_str(d, k, v);
    Ok(m)
}

/// The one-character argument; `numbered` functions (those with a default) say "argument 1".
fn char_arg(vm: &mut Vm, fname: &str, v: Value, numbered: bool) -> PyResult<char> {
    if let Some(s) = as_str(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    let t = vm.type_name(v);
    let which = if numbered { "argument 1" } else { "argument" };
    Err(vm.type_error(format!(
        "{fname}() {which} must be a unicode character, not {t}"
    )))
}

/// The value of the run of `table` holding `cp`.
fn run_value(table: &[(u32, u32, u8)], cp: u32) -> Option<u8> {
    let i = table.partition_point(|&(_, end, _)| end < cp);
    match table.get(i) {
        Some(&(start, _, v)) if start <= cp => Some(v),
        _ => None,
    }
}

fn category_of(c: char) -> &'static str {
    // The table covers every code point.
    CATEGORY_NAMES[run_value(CATEGORY, c as u32).unwrap_or(2) as usize]
}

fn ccc(c: char) -> u8 {
    run_value(COMBINING, c as u32).unwrap_or(0)
}

fn one(vm: &mut Vm, fname: &str, args: &[Value], kw: Kwargs) -> PyResult<char> {
    no_kwargs(vm, fname, kw)?;
    arity(vm, fname, args, 1, 1)?;
    char_arg(vm, fname, args[0], false)
}

fn category(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "category", args, kw)?;
    Ok(vm.new_str(category_of(c)))
}

fn bidirectional(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "bidirectional", args, kw)?;
    let s = run_value(BIDI, c as u32).map_or("", |i| BIDI_NAMES[i as usize]);
    Ok(vm.new_str(s))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "east_asian_width", args, kw)?;
    let s = run_value(EAW, c as u32).map_or("N", |i| EAW_NAMES[i as usize]);
    Ok(vm.new_str(s))
}

fn combining(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "combining", args, kw)?;
    Ok(Value::Int(ccc(c) as i64))
}

fn mirrored(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "mirrored", args, kw)?;
    let cp = c as u32;
    let i = MIRRORED.partition_point(|&(_, end)| end < cp);
    let yes = MIRRORED.get(i).is_some_and(|&(start, _)| start <= cp);
    Ok(Value::Int(yes as i64))
}

fn decomposition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = one(vm, "decomposition", args, kw)?;
    Ok(vm.new_str(decomposition_of(c).unwrap_or("")))
}

fn decomposition_of(c: char) -> Option<&'static str> {
    let cp = c as u32;
    DECOMPOSITION
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| DECOMPOSITION[i].1)
}

/// (decimal, digit, numeric) of a character with a numeric value.
fn numeric_entry(c: char) -> Option<(u8, u8, f64)> {
    let cp = c as u32;
    NUMERIC
        .binary_search_by_key(&cp, |&(k, ..)| k)
        .ok()
        .map(|i| (NUMERIC[i].1, NUMERIC[i].2, NUMERIC[i].3))
}

/// `decimal`, `digit` and `numeric`: the value, else the default, else ValueError(`missing`).
fn numeric_value(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
    pick: fn((u8, u8, f64)) -> Option<Value>,
    missing: &str,
) -> PyResult<Value> {
    no_kwargs(vm, fname, kw)?;
    arity(vm, fname, args, 1, 2)?;
    let c = char_arg(vm, fname, args[0], true)?;
    if let Some(v) = numeric_entry(c).and_then(pick) {
        return Ok(v);
    }
    match args.get(1) {
        Some(&d) => Ok(d),
        None => Err(vm.value_error(missing)),
    }
}

fn small(v: u8) -> Option<Value> {
    (v != 255).then_some(Value::Int(v as i64))
}

fn decimal(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    numeric_value(vm, "decimal", args, kw, |e| small(e.0), "not a decimal")
}

fn digit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    numeric_value(vm, "digit", args, kw, |e| small(e.1), "not a digit")
}

fn numeric(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    numeric_value(
        vm,
        "numeric",
        args,
        kw,
        |e| Some(Value::Float(e.2)),
        "not a numeric character",
    )
}

/// Tangut ideographs: their names are derived from the code point, which CPython 3.11 does
/// not do (it knows no name for them).
const UNNAMED_TANGUT: [(u32, u32); 2] = [(0x17000, 0x187F7), (0x18D00, 0x18D08)];

/// Names CPython 3.11 builds from the code point, which its `lookup` only accepts exactly in
/// upper case (other names are matched without regard to case).
const ALGORITHMIC_PREFIXES: [&str; 2] = ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"];

/// The character's name in Unicode 14.0, if it has one.
fn name_of(c: char) -> Option<String> {
    if matches!(category_of(c), "Cn" | "Cc" | "Cs" | "Co") {
        return None;
    }
    let cp = c as u32;
    if UNNAMED_TANGUT.iter().any(|&(a, b)| (a..=b).contains(&cp)) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

fn name(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "name", kw)?;
    arity(vm, "name", args, 1, 2)?;
    let c = char_arg(vm, "name", args[0], true)?;
    match name_of(c) {
        Some(n) => Ok(vm.new_string(n)),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.value_error("no such name")),
        },
    }
}

/// The character a name (or alias) stands for in Unicode 14.0.
pub fn char_named(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if ALGORITHMIC_PREFIXES.iter().any(|p| upper.starts_with(p)) && upper != name {
        return None;
    }
    let c = unicode_names2::character(&upper)?;
    // A name the crate knows from a later Unicode is unknown to 3.11.
    (name_of(c).is_some() || matches!(category_of(c), "Cc")).then_some(c)
}

fn lookup(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "lookup", kw)?;
    arity(vm, "lookup", args, 1, 1)?;
    let text = match as_str(args[0]) {
        Some(s) => s.to_string(),
        None => match vm.buffer(args[0])? {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                let t = vm.type_name(args[0]);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
            }
        },
    };
    if text.len() > 256 {
        return Err(vm.raise_msg("KeyError", "name too long"));
    }
    match char_named(&text) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => Err(vm.raise_msg("KeyError", format!("undefined character name '{text}'"))),
    }
}

// Normalization (UAX #15): full decomposition, canonical ordering, then for the C forms
// canonical composition.

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Appends the full decomposition of `c` (canonical only unless `compat`).
fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].iter().filter_map(|&x| char::from_u32(x)));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    let Some(d) = decomposition_of(c) else {
        out.push(c);
        return;
    };
    if d.starts_with('<') && !compat {
        out.push(c);
        return;
    }
    for part in d.split(' ').filter(|p| !p.starts_with('<')) {
        match u32::from_str_radix(part, 16).ok().and_then(char::from_u32) {
            Some(x) => decompose_into(x, compat, out),
            None => out.push(c),
        }
    }
}

/// Sorts each run of non-starters by combining class, keeping equal classes in order.
fn canonical_order(s: &mut [char]) {
    let mut i = 0;
    while i < s.len() {
        if ccc(s[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && ccc(s[i]) != 0 {
            i += 1;
        }
        s[start..i].sort_by_key(|&c| ccc(c));
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    COMPOSITION
        .binary_search_by_key(&(a, b), |&(x, y, _)| (x, y))
        .ok()
        .and_then(|i| char::from_u32(COMPOSITION[i].2))
}

/// Canonical composition of a decomposed, canonically ordered sequence.
fn compose(s: Vec<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    let mut starter: Option<usize> = None;
    // Combining class of the last character kept after the starter (None: adjacent).
    let mut last: Option<u8> = None;
    for c in s {
        let cc = ccc(c);
        if let Some(si) = starter {
            let unblocked = match last {
                None => true,
                Some(l) => l != 0 && l < cc,
            };
            if unblocked {
                if let Some(x) = compose_pair(out[si], c) {
                    out[si] = x;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(c);
    }
    out
}

fn normalize_str(form: &str, s: &str) -> Option<String> {
    let (compat, composed) = match form {
        "NFC" => (false, true),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (true, false),
        _ => return None,
    };
    if s.is_ascii() {
        return Some(s.to_string());
    }
    let mut d = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, compat, &mut d);
    }
    canonical_order(&mut d);
    let d = if composed { compose(d) } else { d };
    Some(d.into_iter().collect())
}

fn form_args<'a>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<(&'a str, &'a str)> {
    no_kwargs(vm, fname, kw)?;
    arity(vm, fname, args, 2, 2)?;
    let form = str_arg(vm, args[0], &format!("{fname}() argument 1"))?;
    let s = str_arg(vm, args[1], &format!("{fname}() argument 2"))?;
    Ok((form, s))
}

fn normalize(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (form, s) = form_args(vm, "normalize", args, kw)?;
    match normalize_str(form, s) {
        Some(n) => Ok(vm.new_string(n)),
        None => Err(vm.value_error("invalid normalization form")),
    }
}

fn is_normalized(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (form, s) = form_args(vm, "is_normalized", args, kw)?;
    match normalize_str(form, s) {
        Some(n) => Ok(Value::Bool(n == s)),
        None => Err(vm.value_error("invalid normalization form")),
    }
}
