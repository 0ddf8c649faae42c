//! `_re`: the regular-expression engine under `re` (corelib/lib/re.py). Patterns are
//! parsed (`parse.rs`), compiled to a program (`compile.rs`) and run by a backtracking
//! matcher with an explicit stack (`exec.rs`). `re.py` holds the Pattern and Match classes
//! and calls `compile`, `match` and `scan` here.

mod chars;
mod compile;
mod exec;
mod parse;

use crate::args::*;
use compile::Program;
use exec::{Found, Matcher};
use kestrel_vm::bytesobj::bytes_like;
use kestrel_vm::dict::Dict;
use kestrel_vm::object::{Extra, Instance};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use std::borrow::Cow;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_re", re_module);
}

fn re_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "_re",
        &[
            ("compile", re_compile),
            ("match", re_match),
            ("scan", re_scan),
            ("findall", re_findall),
            ("split", re_split),
            ("sub", re_sub),
        ],
    ))
}

/// A compiled pattern, held by an opaque object.
struct Compiled {
    prog: Program,
    is_str: bool,
}

impl kestrel_vm::object::NativeData for Compiled {}

/// The subject of a match as code points.
enum Subject<'a> {
    /// An ASCII str: its bytes are its code points.
    Ascii(&'a [u8]),
    Bytes(Cow<'a, [u8]>),
    Chars(Vec<u32>),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Ascii(b) => b.len(),
            Subject::Bytes(b) => b.len(),
            Subject::Chars(v) => v.len(),
        }
    }

    /// The text in `s..e` as a new str or bytes.
    fn slice(&self, vm: &mut Vm, s: usize, e: usize) -> Value {
        match self {
            Subject::Ascii(b) => vm.new_string(String::from_utf8_lossy(&b[s..e]).into_owned()),
            Subject::Bytes(b) => vm.new_bytes(b[s..e].to_vec()),
            Subject::Chars(v) => vm.new_string(
                v[s..e]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect(),
            ),
        }
    }

    /// Appends the text in `s..e` to `out` (which has the subject's type).
    fn push_to(&self, out: &mut Out, s: usize, e: usize) {
        match (self, out) {
            (Subject::Ascii(b), Out::Str(o)) => {
                o.push_str(std::str::from_utf8(&b[s..e]).unwrap_or(""))
            }
            (Subject::Chars(v), Out::Str(o)) => o.extend(
                v[s..e]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            (Subject::Bytes(b), Out::Bytes(o)) => o.extend_from_slice(&b[s..e]),
            _ => {}
        }
    }

    fn search(&self, c: &Compiled, pos: usize, end: usize, mode: i64) -> Option<Found> {
        match self {
            Subject::Ascii(b) => go(&mut Matcher::new(&c.prog, &b[..end]), pos, mode),
            Subject::Bytes(b) => go(&mut Matcher::new(&c.prog, &b[..end]), pos, mode),
            Subject::Chars(v) => go(&mut Matcher::new(&c.prog, &v[..end]), pos, mode),
        }
    }

    fn scan(&self, c: &Compiled, pos: usize, end: usize, limit: usize) -> Vec<Found> {
        self.scan_on(c, pos, end, limit, false)
    }

    fn scan_on(
        &self,
        c: &Compiled,
        pos: usize,
        end: usize,
        limit: usize,
        after_empty: bool,
    ) -> Vec<Found> {
        match self {
            Subject::Ascii(b) => Matcher::new(&c.prog, &b[..end]).scan_on(pos, limit, after_empty),
            Subject::Bytes(b) => Matcher::new(&c.prog, &b[..end]).scan_on(pos, limit, after_empty),
            Subject::Chars(v) => Matcher::new(&c.prog, &v[..end]).scan_on(pos, limit, after_empty),
        }
    }
}

/// compile(pattern, flags, error_class) -> (code, groups, groupindex, flags)
fn re_compile(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "compile", args, 3, 3)?;
    let (src, is_str): (Vec<u32>, bool) = if let Some(s) = as_str(args[0]) {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if let Some(Ok(b)) = bytes_like(args[0]) {
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "first argument must be string or compiled pattern, not {t}"
        )));
    };
    let flags = as_int(vm, args[1], "")?;
    // CPython is here `_compile` -> `sre_compile.compile` -> `sre_parse.parse` -> `_parse_sub`
    // -> `_parse`, two frames per nested group and two below the innermost, from the caller
    // of `re.compile`; Kestrel is in `re.compile` -> `_compile` -> `Pattern.__init__`.
    let caller_depth = vm.frames.len().saturating_sub(3);
    let max_nesting = vm.recursion_limit.saturating_sub(caller_depth + 8) / 2;
    let parsed = parse::parse(&src, is_str, flags as u32, max_nesting)
        .and_then(|p| compile::compile(&p.node, p.groups).map(|prog| (p, prog)));
    let (parsed, prog) = match parsed {
        Ok(x) => x,
        Err(mut e) => {
            // Which of CPython's frames hits the limit, a Python function's (plain message)
            // or a builtin called from one ("while calling a Python object"), depends on the
            // parity of the depth left.
            if e.kind == "RecursionError"
                && vm
                    .recursion_limit
                    .wrapping_sub(caller_depth)
                    .is_multiple_of(2)
            {
                e.msg.push_str(" while calling a Python object");
            }
            return Err(raise_parse_error(vm, e, args[0], args[2]));
        }
    };
    let dict = vm.new_dict(Dict::new());
    for (name, g) in &parsed.names {
        let k = vm.new_str(name);
        vm.dict_setitem(dict, k, Value::Int(*g as i64))?;
    }
    let code = vm.alloc(Obj::Instance(Instance::with_extra(
        vm.types.object,
        Extra::Native(Box::new(Compiled { prog, is_str })),
    )));
    Ok(vm.new_tuple(vec![
        Value::Obj(code),
        Value::Int(parsed.groups as i64 - 1),
        dict,
        Value::Int(parsed.flags as i64),
    ]))
}

#[cold]
fn raise_parse_error(
    vm: &mut Vm,
    e: parse::ParseError,
    pattern: Value,
    error_class: Value,
) -> kestrel_vm::Raised {
    if e.kind != "error" {
        return vm.raise_msg(e.kind, e.msg);
    }
    let msg = vm.new_string(e.msg);
    let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
    match vm.call_value(error_class, &[msg, pattern, pos], &[]) {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

fn compiled(vm: &mut Vm, v: Value) -> PyResult<&'static Compiled> {
    if let Value::Obj(g) = v {
        if let Obj::Instance(i) = g.obj() {
            if let Some(c) = i.native::<Compiled>() {
                // SAFETY: the code object is an argument of the running native call (rooted
                // on the register stack) and its data is never changed or freed while it
                // lives, so the reference stays valid for the call.
                return Ok(unsafe { &*(c as *const Compiled) });
            }
        }
    }
    Err(vm.type_error("expected a compiled pattern"))
}

/// The subject as code points, checked against the pattern's type.
fn subject(vm: &mut Vm, c: &Compiled, v: Value) -> PyResult<Subject<'static>> {
    if let Some(s) = as_str(v) {
        if !c.is_str {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(if s.is_ascii() {
            // `as_str` borrows the string for the call's duration.
            Subject::Ascii(s.as_bytes())
        } else {
            Subject::Chars(s.chars().map(|c| c as u32).collect())
        });
    }
    if let Some(Ok(b)) = bytes_like(v) {
        if c.is_str {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Subject::Bytes(b));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
}

/// (pos, endpos) clamped to the text, as CPython does.
fn bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |x: i64| x.clamp(0, len as i64) as usize;
    let pos = clamp(as_int(vm, args[2], "")?);
    let end = clamp(as_int(vm, args[3], "")?);
    Ok((pos, end))
}

/// A match as a tuple: pos, endpos, lastindex, the text between `gap_from` and the match
/// (or None), start and end of each group (-1 when unset), then each group's text (None
/// when unset). Slicing here keeps non-ASCII text from being re-walked by each
/// Python-level slice.
fn found_tuple(
    vm: &mut Vm,
    subj: &Subject,
    f: &Found,
    (pos, end): (usize, usize),
    gap_from: Option<usize>,
) -> Value {
    const UNSET: usize = usize::MAX;
    let mut items: Vec<Value> = Vec::with_capacity(f.slots.len() * 3 / 2 + 4);
    items.push(Value::Int(pos as i64));
    items.push(Value::Int(end as i64));
    items.push(Value::Int(f.lastindex as i64));
    items.push(match gap_from {
        Some(g) => subj.slice(vm, g, f.slots[0]),
        None => Value::None,
    });
    for &s in &f.slots {
        items.push(Value::Int(if s == UNSET { -1 } else { s as i64 }));
    }
    for pair in f.slots.chunks(2) {
        items.push(if pair[0] == UNSET || pair[1] == UNSET {
            Value::None
        } else {
            subj.slice(vm, pair[0], pair[1])
        });
    }
    vm.new_tuple(items)
}

/// match(code, string, pos, endpos, mode) -> tuple or None; mode 0 match, 1 search,
/// 2 fullmatch.
fn re_match(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "match", args, 5, 5)?;
    let c = compiled(vm, args[0])?;
    let subj = subject(vm, c, args[1])?;
    let mode = as_int(vm, args[4], "")?;
    let (pos, end) = bounds(vm, args, subj.len())?;
    let found = if pos > end {
        None
    } else {
        subj.search(c, pos, end, mode)
    };
    Ok(match found {
        Some(f) => found_tuple(vm, &subj, &f, (pos, end), None),
        None => Value::None,
    })
}

fn go<T: ?Sized + exec::Text>(m: &mut Matcher<T>, pos: usize, mode: i64) -> Option<Found> {
    match mode {
        0 => m.match_at(pos, false),
        2 => m.match_at(pos, true),
        _ => m.search(pos),
    }
}

/// scan(code, string, pos, endpos, limit) -> (list of match tuples, text after the last
/// match); limit 0: all matches.
fn re_scan(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "scan", args, 5, 7)?;
    let c = compiled(vm, args[0])?;
    let subj = subject(vm, c, args[1])?;
    let limit = as_int(vm, args[4], "")?.max(0) as usize;
    let (pos, end) = bounds(vm, args, subj.len())?;
    // A continued scan (finditer takes matches a few at a time): where the previous part
    // stopped, and whether its last match was empty.
    let (from, after_empty) = match args {
        [_, _, _, _, _, from, empty] => {
            let f = as_int(vm, *from, "")?.clamp(pos as i64, subj.len() as i64) as usize;
            (f, vm.truthy(*empty)?)
        }
        _ => (pos, false),
    };
    let found = if from > end {
        Vec::new()
    } else {
        subj.scan_on(c, from, end, limit, after_empty)
    };
    let mut last = pos.min(end);
    let mut items: Vec<Value> = Vec::with_capacity(found.len());
    for f in &found {
        items.push(found_tuple(vm, &subj, f, (pos, end), Some(last)));
        last = f.slots[1];
    }
    let list = vm.new_list(items);
    let tail = subj.slice(vm, last, subj.len());
    Ok(vm.new_tuple(vec![list, tail]))
}

/// findall(code, string, pos, endpos) -> list: the whole matches, the one group's text, or
/// tuples of all groups (unmatched groups give an empty string).
fn re_findall(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "findall", args, 4, 4)?;
    let c = compiled(vm, args[0])?;
    let subj = subject(vm, c, args[1])?;
    let (pos, end) = bounds(vm, args, subj.len())?;
    let found = if pos > end {
        Vec::new()
    } else {
        subj.scan(c, pos, end, 0)
    };
    let groups = c.prog.groups;
    let text = |vm: &mut Vm, f: &Found, g: usize| {
        let (s, e) = (f.slots[2 * g], f.slots[2 * g + 1]);
        if s == usize::MAX || e == usize::MAX {
            subj.slice(vm, 0, 0)
        } else {
            subj.slice(vm, s, e)
        }
    };
    let mut items = Vec::with_capacity(found.len());
    for f in &found {
        items.push(match groups {
            1 => text(vm, f, 0),
            2 => text(vm, f, 1),
            _ => {
                let t: Vec<Value> = (1..groups).map(|g| text(vm, f, g)).collect();
                vm.new_tuple(t)
            }
        });
    }
    Ok(vm.new_list(items))
}

/// The output of a substitution, of the subject's type.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

/// One piece of a parsed replacement template.
enum Piece<'a> {
    Lit(&'a [u8]),
    Group(usize),
}

/// sub(code, string, template, count) -> (result, n), or None when the template does not
/// suit the fast path (re.py then substitutes itself). `template` is a str/bytes or a
/// list of literals and group numbers (re.py's `_compile_template`).
fn re_sub(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "sub", args, 4, 4)?;
    let c = compiled(vm, args[0])?;
    let subj = subject(vm, c, args[1])?;
    let lit = |v: Value| -> Option<&'static [u8]> {
        if c.is_str {
            as_str(v).map(str::as_bytes)
        } else {
            match bytes_like(v) {
                Some(Ok(Cow::Borrowed(b))) => Some(b),
                _ => None,
            }
        }
    };
    let mut pieces = Vec::new();
    if let Some(l) = lit(args[2]) {
        pieces.push(Piece::Lit(l));
    } else if let Some(list) = list_of(args[2]) {
        for &v in list.borrow().iter() {
            match v {
                Value::Int(g) if g >= 0 && (g as usize) < c.prog.groups => {
                    pieces.push(Piece::Group(g as usize))
                }
                _ => match lit(v) {
                    Some(l) => pieces.push(Piece::Lit(l)),
                    None => return Ok(Value::None),
                },
            }
        }
    } else {
        return Ok(Value::None);
    }
    let count = as_int(vm, args[3], "")?.max(0) as usize;
    let len = subj.len();
    let found = subj.scan(c, 0, len, count);
    let mut out = if c.is_str {
        Out::Str(String::with_capacity(len))
    } else {
        Out::Bytes(Vec::with_capacity(len))
    };
    let mut last = 0;
    for f in &found {
        subj.push_to(&mut out, last, f.slots[0]);
        for p in &pieces {
            match *p {
                Piece::Lit(l) => match &mut out {
                    // A str literal's bytes are UTF-8 (checked by `as_str`'s type).
                    Out::Str(o) => o.push_str(std::str::from_utf8(l).unwrap_or("")),
                    Out::Bytes(o) => o.extend_from_slice(l),
                },
                Piece::Group(g) => {
                    let (s, e) = (f.slots[2 * g], f.slots[2 * g + 1]);
                    if s != usize::MAX && e != usize::MAX {
                        subj.push_to(&mut out, s, e);
                    }
                }
            }
        }
        last = f.slots[1];
    }
    subj.push_to(&mut out, last, len);
    let result = match out {
        Out::Str(s) => vm.new_string(s),
        Out::Bytes(b) => vm.new_bytes(b),
    };
    Ok(vm.new_tuple(vec![result, Value::Int(found.len() as i64)]))
}

/// split(code, string, maxsplit) -> list: the text between matches, each match's groups
/// (None when unmatched) after the text before it.
fn re_split(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "split", args, 3, 3)?;
    let c = compiled(vm, args[0])?;
    let subj = subject(vm, c, args[1])?;
    let limit = as_int(vm, args[2], "")?.max(0) as usize;
    let len = subj.len();
    let found = subj.scan(c, 0, len, limit);
    let mut items = Vec::with_capacity(found.len() * c.prog.groups + 1);
    let mut last = 0;
    for f in &found {
        items.push(subj.slice(vm, last, f.slots[0]));
        for g in 1..c.prog.groups {
            let (s, e) = (f.slots[2 * g], f.slots[2 * g + 1]);
            items.push(if s == usize::MAX || e == usize::MAX {
                Value::None
            } else {
                subj.slice(vm, s, e)
            });
        }
        last = f.slots[1];
    }
    items.push(subj.slice(vm, last, len));
    Ok(vm.new_list(items))
}
