//! `bytes` and the methods it shares with `bytearray` (each returns the type of its receiver).

use super::codecs;
use crate::args::*;
use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::bytesobj::find_sub;
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::Cmp;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};
use std::borrow::Cow;

type F = kestrel_vm::object::NativeFnPtr;

/// The methods of both bytes and bytearray.
pub const SHARED: &[(&str, F)] = &[
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("startswith", startswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("join", join),
    ("partition", partition),
    ("rpartition", rpartition),
    ("replace", replace),
    ("translate", translate),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("capitalize", capitalize),
    ("expandtabs", expandtabs),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("lower", lower),
    ("upper", upper),
    ("swapcase", swapcase),
    ("title", title),
    ("zfill", zfill),
    ("hex", hex),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
];

pub fn install(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes, vm.types.bytearray);
    for cls in [bytes, bytearray] {
        vm.add_methods(cls, SHARED);
        // Owned by the class: keyword calls find their signature under its name.
        let v = vm.new_owned_native("fromhex", fromhex, cls);
        let cm = Value::Obj(vm.alloc(Obj::ClassMethod(v)));
        vm.class_set(cls, "fromhex", cm);
        let v = vm.new_owned_native("maketrans", maketrans, cls);
        let sm = Value::Obj(vm.alloc(Obj::StaticMethod(v)));
        vm.class_set(cls, "maketrans", sm);
    }
    vm.add_method(bytes, "__bytes__", bytes_bytes);
    let v = vm.new_native("bytes.__new__", bytes_new);
    vm.class_set(bytes, "__new__", v);
}

/// The receiver's bytes (a bytes or bytearray; anything else is a TypeError).
pub fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Cow<'static, [u8]>> {
    let recv = args.first().copied().unwrap_or(Value::None);
    let ok = matches!(builtin_base(recv), Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_) | Obj::ByteArray(_)));
    if !ok {
        let t = vm.type_name(recv);
        // Slot wrappers (dunders) and method descriptors word it differently.
        return Err(vm.type_error(if name.starts_with("__") {
            format!("descriptor '{name}' requires a 'bytes' object but received a '{t}'")
        } else {
            format!("descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object")
        }));
    }
    Ok(vm.buffer(recv)?.unwrap_or_default())
}

fn result(vm: &mut Vm, args: &[Value], b: Vec<u8>) -> Value {
    vm.new_bytes_like(args[0], b)
}

/// Refuses results too large to build (CPython fails the allocation with MemoryError).
pub fn too_big(vm: &mut Vm, n: usize) -> PyResult<()> {
    vm.check_alloc(n)
}

/// Checks a padded result's size: a bytes object's header must fit too (CPython's
/// "byte string is too large"), then the allocation.
fn padded_size(vm: &mut Vm, args: &[Value], w: usize) -> PyResult<()> {
    let is_bytes = matches!(args[0], Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)));
    if is_bytes && w > isize::MAX as usize - 64 {
        return Err(vm.raise_msg("OverflowError", "byte string is too large"));
    }
    too_big(vm, w)
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
pub fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Cow<'static, [u8]>> {
    match vm.buffer(v)? {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer(v)? {
        return Ok(b.into_owned());
    }
    match vm.index_of(v)? {
        Some(i) => match u8::try_from(i) {
            Ok(b) => Ok(vec![b]),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

/// Optional start/end arguments, clamped like a slice.
fn span(vm: &mut Vm, args: &[Value], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, k: usize, default: i64| -> PyResult<i64> {
        match args.get(k) {
            None | Some(Value::None) => Ok(default),
            Some(v) => match vm.index_of(*v)? {
                Some(x) => Ok(x),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let n = len as i64;
    let clamp = |x: i64| -> usize {
        if x < 0 {
            (x + n).max(0) as usize
        } else {
            x.min(n) as usize
        }
    };
    let s = get(vm, i, 0)?;
    let e = get(vm, i + 1, n)?;
    Ok((clamp(s), clamp(e)))
}

/// Whether an explicit start argument lies past the end (searches then find nothing, not
/// even the empty string).
fn start_past_end(vm: &mut Vm, args: &[Value], i: usize, len: usize) -> PyResult<bool> {
    match args.get(i) {
        None | Some(Value::None) => Ok(false),
        Some(v) => Ok(vm.index_of(*v)?.is_some_and(|x| x > len as i64)),
    }
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - sub.len())
        .rev()
        .find(|&i| &hay[i..i + sub.len()] == sub)
}

fn search(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let sub = needle(vm, args[1])?;
    let (s, e) = span(vm, args, 2, d.len())?;
    if s > e || start_past_end(vm, args, 2, d.len())? {
        return Ok(None);
    }
    let hay = &d[s..e];
    let r = if rev {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub, 0)
    };
    Ok(r.map(|i| i + s))
}

fn find(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "count")?;
    arity(vm, "count", &args[1..], 1, 3)?;
    let sub = needle(vm, args[1])?;
    let (s, e) = span(vm, args, 2, d.len())?;
    if s > e || start_past_end(vm, args, 2, d.len())? {
        return Ok(Value::Int(0));
    }
    let hay = &d[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find_sub(hay, &sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(Value::Int(n))
}

/// startswith/endswith: a bytes-like prefix or a tuple of them.
fn affix(vm: &mut Vm, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let (s, e) = span(vm, args, 2, d.len())?;
    let cands = match args[1] {
        Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_)) => match g.obj() {
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        v => vec![v],
    };
    for c in cands {
        let Some(p) = vm.buffer(c)? else {
            let t = vm.type_name(c);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )));
        };
        if s > e || start_past_end(vm, args, 2, d.len())? {
            continue;
        }
        let hay = &d[s..e];
        let hit = if end {
            hay.ends_with(&p)
        } else {
            hay.starts_with(&p)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn decode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "decode")?;
    let (enc, errors) = codecs::codec_args(vm, "decode", args, kw, 1)?;
    let s = codecs::decode(vm, &d, &enc, &errors)?;
    Ok(vm.new_string(s))
}

fn join(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    arity(vm, "join", &args[1..], 1, 1)?;
    let items = join_items(vm, args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = vm.buffer(*it)? else {
            let t = vm.type_name(*it);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            )));
        };
        // Checked growth: a join of a million megabyte pieces is a MemoryError.
        if out.capacity() - out.len() < sep.len() + b.len() {
            let more = (sep.len() + b.len()).max(out.len());
            vm.try_reserve(&mut out, more)?;
        }
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(result(vm, args, out))
}

fn part(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let sep = bytes_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let at = if rev {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep, 0)
    };
    let parts = match at {
        Some(i) => (d[..i].to_vec(), sep.to_vec(), d[i + sep.len()..].to_vec()),
        None if rev => (vec![], vec![], d.to_vec()),
        None => (d.to_vec(), vec![], vec![]),
    };
    let a = result(vm, args, parts.0);
    vm.extra_roots.push(a);
    let b = result(vm, args, parts.1);
    vm.extra_roots.push(b);
    let c = result(vm, args, parts.2);
    vm.extra_roots.truncate(vm.extra_roots.len() - 2);
    Ok(vm.new_tuple(vec![a, b, c]))
}

fn partition(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    part(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    part(vm, args, "rpartition", true)
}

fn replace(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "replace")?;
    arity(vm, "replace", &args[1..], 2, 3)?;
    let old = bytes_arg(vm, args[1])?;
    let new = bytes_arg(vm, args[2])?;
    let mut n = match args.get(3) {
        Some(v) => as_ssize(vm, *v, "")?,
        None => -1,
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        for (i, b) in d.iter().enumerate() {
            if n != 0 {
                out.extend_from_slice(&new);
                n -= 1;
            }
            out.push(*b);
            let _ = i;
        }
        if n != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(result(vm, args, out));
    }
    let mut i = 0;
    while n != 0 {
        let Some(j) = find_sub(&d, &old, i) else {
            break;
        };
        out.extend_from_slice(&d[i..j]);
        out.extend_from_slice(&new);
        i = j + old.len();
        n -= 1;
    }
    out.extend_from_slice(&d[i..]);
    Ok(result(vm, args, out))
}

fn maketrans(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "maketrans", args, 2, 2)?;
    let from = bytes_arg(vm, args[0])?;
    let to = bytes_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(vm.new_bytes(table))
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "translate")?;
    arity(vm, "translate", &args[1..], 1, 2)?;
    let table = match args[1] {
        Value::None => None,
        v => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match args.get(2).copied().or_else(|| kwarg(vm, kw, "delete")) {
        Some(v) => bytes_arg(vm, v)?.into_owned(),
        None => vec![],
    };
    let out = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(result(vm, args, out))
}

/// The fill byte of center/ljust/rjust.
fn fill_byte(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(usize, u8)> {
    arity(vm, name, &args[1..], 1, 2)?;
    let w = as_ssize(vm, args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match vm.buffer(*v)? {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = vm.type_name(*v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    Ok((w, fill))
}

fn justify(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    let (w, fill) = fill_byte(vm, args, name)?;
    padded_size(vm, args, w)?;
    if w <= d.len() {
        return Ok(result(vm, args, d.to_vec()));
    }
    let pad = w - d.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => pad,
        // CPython's centering puts the odd byte on the left when the width is odd.
        _ => pad / 2 + (pad & w & 1),
    };
    let mut out = vm.try_vec(w)?;
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(w, fill);
    Ok(result(vm, args, out))
}

fn center(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    justify(vm, args, "rjust")
}

const WS: &[u8] = b" \t\n\r\x0b\x0c";

fn do_strip(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 1)?;
    let chars: Vec<u8> = match args.get(1) {
        None | Some(Value::None) => WS.to_vec(),
        Some(v) => bytes_arg(vm, *v)?.into_owned(),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && chars.contains(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&d[e - 1]) {
            e -= 1;
        }
    }
    Ok(result(vm, args, d[s..e].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "strip", &args[1..], 0, 1)?;
    do_strip(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "lstrip", &args[1..], 0, 1)?;
    do_strip(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "rstrip", &args[1..], 0, 1)?;
    do_strip(vm, args, "rstrip", false, true)
}

/// The sep and maxsplit arguments of split/rsplit (positional or keyword).
fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut sep = args.get(1).copied();
    let mut max = args.get(2).copied();
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "sep" => sep = Some(*v),
            "maxsplit" => max = Some(*v),
            o => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{o}'"))
                )
            }
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = bytes_arg(vm, v)?.into_owned();
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match max {
        None => -1,
        Some(v) => as_ssize(vm, v, "")?,
    };
    Ok((sep, max))
}

fn split_pieces(d: &[u8], sep: Option<&[u8]>, max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) if !rev => {
            let mut i = 0;
            while left > 0 {
                let Some(j) = find_sub(d, sep, i) else { break };
                out.push(d[i..j].to_vec());
                i = j + sep.len();
                left -= 1;
            }
            out.push(d[i..].to_vec());
        }
        Some(sep) => {
            let mut e = d.len();
            while left > 0 {
                let Some(j) = rfind_sub(&d[..e], sep) else {
                    break;
                };
                out.push(d[j + sep.len()..e].to_vec());
                e = j;
                left -= 1;
            }
            out.push(d[..e].to_vec());
            out.reverse();
        }
        None if !rev => {
            let mut i = 0;
            loop {
                while i < d.len() && WS.contains(&d[i]) {
                    i += 1;
                }
                if i == d.len() {
                    break;
                }
                if left == 0 {
                    out.push(d[i..].to_vec());
                    break;
                }
                let s = i;
                while i < d.len() && !WS.contains(&d[i]) {
                    i += 1;
                }
                out.push(d[s..i].to_vec());
                left = left.saturating_sub(1);
            }
        }
        None => {
            let mut e = d.len();
            loop {
                while e > 0 && WS.contains(&d[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if left == 0 {
                    out.push(d[..e].to_vec());
                    break;
                }
                let end = e;
                while e > 0 && !WS.contains(&d[e - 1]) {
                    e -= 1;
                }
                out.push(d[e..end].to_vec());
                left = left.saturating_sub(1);
            }
            out.reverse();
        }
    }
    out
}

fn pieces_list(vm: &mut Vm, args: &[Value], pieces: Vec<Vec<u8>>) -> Value {
    let list = vm.new_list(Vec::with_capacity(pieces.len()));
    vm.extra_roots.push(list);
    for p in pieces {
        let v = result(vm, args, p);
        if let Some(l) = list_of(list) {
            l.borrow_mut().push(v);
        }
    }
    vm.extra_roots.pop();
    list
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 2, "split", false)?;
    let d = this(vm, args, "split")?;
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let pieces = split_pieces(&d, sep.as_deref(), max, false);
    Ok(pieces_list(vm, args, pieces))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 2, "rsplit", false)?;
    let d = this(vm, args, "rsplit")?;
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let pieces = split_pieces(&d, sep.as_deref(), max, true);
    Ok(pieces_list(vm, args, pieces))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 1, "splitlines", false)?;
    let d = this(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => as_c_int(vm, v)? != 0,
        None => false,
    };
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut s = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\n' => 1,
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let e = if keep { i + eol } else { i };
        pieces.push(d[s..e].to_vec());
        i += eol;
        s = i;
    }
    if s < d.len() {
        pieces.push(d[s..].to_vec());
    }
    Ok(pieces_list(vm, args, pieces))
}

fn map_bytes(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    let out = f(&d);
    Ok(result(vm, args, out))
}

fn lower(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args_of(vm, args, "lower")?;
    map_bytes(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn upper(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args_of(vm, args, "upper")?;
    map_bytes(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn swapcase(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    at_most(vm, args, 1, 1, "expandtabs", false)?;
    let d = this(vm, args, "expandtabs")?;
    let ts = match args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
        Some(v) => as_int(vm, v, "")?,
        None => 8,
    };
    if i32::try_from(ts).is_err() {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    }
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0i64;
    for &b in d.iter() {
        match b {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    too_big(vm, (col + n) as usize)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(result(vm, args, out))
}

fn zfill(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "zfill")?;
    arity(vm, "zfill", &args[1..], 1, 1)?;
    let w = as_ssize(vm, args[1], "")?.max(0) as usize;
    padded_size(vm, args, w)?;
    if w <= d.len() {
        return Ok(result(vm, args, d.to_vec()));
    }
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => (&d[..1], &d[1..]),
        _ => (&d[..0], &d[..]),
    };
    let mut out = vm.try_vec(w)?;
    out.extend_from_slice(sign);
    out.extend(std::iter::repeat_n(b'0', w - d.len()));
    out.extend_from_slice(rest);
    Ok(result(vm, args, out))
}

fn test(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    Ok(Value::Bool(f(&d)))
}

fn isalnum(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    test(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_alphanumeric())
    })
}

fn isalpha(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    test(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic())
    })
}

fn isascii(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    test(vm, args, "isascii", |d| d.is_ascii())
}

fn isdigit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    test(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_digit())
    })
}

fn isspace(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args_of(vm, args, "isspace")?;
    test(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| WS.contains(b))
    })
}

fn islower(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args_of(vm, args, "islower")?;
    test(vm, args, "islower", |d| {
        d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase())
    })
}

fn isupper(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args_of(vm, args, "isupper")?;
    test(vm, args, "isupper", |d| {
        d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase())
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    test(vm, args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// hex(sep, bytes_per_sep) of any bytes-like data (memoryview.hex too).
pub fn hex_of(vm: &mut Vm, d: &[u8], args: &[Value], kw: Kwargs) -> PyResult<Value> {
    // Empty: `hex(bytes_per_sep=2)`, sep left out (see the VM's `native_sig.rs`).
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let sep = sep.filter(|v| !v.is_empty());
    let per = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "bytes_per_sep"));
    let digits = |b: &[u8]| -> String { b.iter().map(|x| format!("{x:02x}")).collect() };
    let Some(sep) = sep else {
        return Ok(vm.new_string(digits(d)));
    };
    let sep_char = if let Some(s) = as_str(sep) {
        s.to_string()
    } else if let Some(b) = vm.buffer(sep)? {
        b.iter().map(|&x| x as char).collect()
    } else {
        let t = vm.type_name(sep);
        return Err(vm.type_error(format!("sep must be str or bytes, not {t}")));
    };
    if sep_char.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep_char.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(v) => as_int(vm, v, "")?,
        None => 1,
    };
    if i32::try_from(per).is_err() {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    }
    if per == 0 || d.is_empty() {
        return Ok(vm.new_string(digits(d)));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups counted from the right.
        let first = d.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits(&d[..first]));
        }
        g.extend(d[first..].chunks(n).map(digits));
        g
    } else {
        d.chunks(n).map(digits).collect()
    };
    Ok(vm.new_string(groups.join(&sep_char)))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "hex")?;
    arity(vm, "hex", &args[1..], 0, 2)?;
    hex_of(vm, &d, args, kw)
}

fn fromhex(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fromhex", &args[1..], 1, 1)?;
    let Some(s) = as_str(args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == 0x0b {
            i += 1;
            continue;
        }
        let Some(hi) = hexval(b[i]) else {
            let pos = s[..i].chars().count();
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )));
        };
        let Some(lo) = b.get(i + 1).and_then(|c| hexval(*c)) else {
            let pos = s[..(i + 1).min(s.len())].chars().count();
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = args[0];
    if let Value::Obj(g) = cls {
        if g.ptr_eq(vm.types.bytearray) {
            return Ok(vm.new_bytearray(out));
        }
        if !g.ptr_eq(vm.types.bytes) {
            let b = vm.new_bytes(out);
            return vm.call_value(cls, &[b], &[]);
        }
    }
    Ok(vm.new_bytes(out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "removeprefix")?;
    arity(vm, "removeprefix", &args[1..], 1, 1)?;
    let p = bytes_arg(vm, args[1])?;
    let out = d.strip_prefix(&*p).unwrap_or(&d).to_vec();
    Ok(result(vm, args, out))
}

fn removesuffix(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "removesuffix")?;
    arity(vm, "removesuffix", &args[1..], 1, 1)?;
    let p = bytes_arg(vm, args[1])?;
    let out = d.strip_suffix(&*p).unwrap_or(&d).to_vec();
    Ok(result(vm, args, out))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.getitem(builtin_base(args[0]), args[1])
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    let r = vm.contains(builtin_base(args[0]), args[1])?;
    Ok(Value::Bool(r))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.get_iter(builtin_base(args[0]))
}

fn bytes_bytes(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(vm, args, "__bytes__")?;
    Ok(vm.new_bytes(d.into_owned()))
}

/// The data of `bytes(x)` / `bytearray(x)`: a count of zero bytes, a str with an encoding,
/// a bytes-like object, an object with `__bytes__` (bytes only) or an iterable of ints.
pub fn construct_data(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs) -> PyResult<Vec<u8>> {
    let mut src = args.first().copied();
    let mut enc = args.get(1).copied();
    let mut err = args.get(2).copied();
    if args.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    for (k, v) in kw {
        let key = vm.key_str(*k);
        let pos = match key.as_str() {
            "source" => 1,
            "encoding" => 2,
            "errors" => 3,
            _ => 0,
        };
        if pos > 0 && args.len() >= pos {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{key}') and position ({pos})"
            )));
        }
        match key.as_str() {
            "source" => src = Some(*v),
            "encoding" => enc = Some(*v),
            "errors" => err = Some(*v),
            o => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let Some(src) = src else {
        if enc.is_some() || err.is_some() {
            let msg = if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(vec![]);
    };
    if let Some(s) = as_str(src) {
        let Some(e) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let e = match as_str(e) {
            Some(e) => e.to_string(),
            None => {
                let t = crate::args::bad_arg_type_name(vm, e);
                return Err(
                    vm.type_error(format!("{name}() argument 'encoding' must be str, not {t}"))
                );
            }
        };
        let r = match err {
            Some(v) => match as_str(v) {
                Some(r) => r.to_string(),
                None => {
                    let t = crate::args::bad_arg_type_name(vm, v);
                    return Err(
                        vm.type_error(format!("{name}() argument 'errors' must be str, not {t}"))
                    );
                }
            },
            None => "strict".into(),
        };
        return codecs::encode(vm, s, &e, &r);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if err.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if name == "bytes" && matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
        if let Some(f) = vm.lookup_special(src, "__bytes__") {
            let r = vm.call_value(f, &[src], &[])?;
            return match vm.buffer(r)? {
                Some(b) if matches!(r, Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_))) => {
                    Ok(b.into_owned())
                }
                _ => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
                }
            };
        }
    }
    if let Some(b) = vm.buffer(src)? {
        return Ok(b.into_owned());
    }
    let is_int = matches!(src, Value::Int(_) | Value::Bool(_))
        || matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
        || (matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)))
            && vm.lookup_special(src, "__index__").is_some());
    if is_int {
        let big = matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
        let n = vm.index_of(src)?.unwrap_or(0);
        if big {
            return Err(vm.raise_msg(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let mut v = vm.try_vec(n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    let iterable = vm.is_iterable_builtin(src)
        || vm.lookup_special(src, "__iter__").is_some()
        || vm.lookup_special(src, "__getitem__").is_some();
    if !iterable {
        let t = vm.type_name(src);
        return Err(vm.type_error(if name == "bytes" {
            format!("cannot convert '{t}' object to bytes")
        } else {
            format!("cannot convert '{t}' object to bytearray")
        }));
    }
    let items = vm.collect_iter(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Some(i) = vm.index_of(it)? else {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) if name == "bytes" => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args[0];
    let data = construct_data(vm, "bytes", &args[1..], kw)?;
    let b = vm.new_bytes(data);
    if let Value::Obj(g) = cls {
        if !g.ptr_eq(vm.types.bytes) {
            return Ok(subclass_instance(vm, g, b));
        }
    }
    Ok(b)
}

/// An instance of a Python subclass of a builtin type, carrying `base` (the builtin object
/// holding its data) the way instances of list and dict subclasses do.
pub fn subclass_instance(vm: &mut Vm, cls: kestrel_vm::Gc, base: Value) -> Value {
    use kestrel_vm::object::{Extra, Instance};
    let Value::Obj(b) = base else { return base };
    vm.extra_roots.push(base);
    let g = vm.alloc(Obj::Instance(Instance::with_ext(
        cls,
        kestrel_vm::dict::Dict::new(),
        Some(Extra::Base(Value::Obj(b))),
    )));
    vm.extra_roots.pop();
    Value::Obj(g)
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
pub fn decode_to_str(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut obj = args.first().copied();
    for (k, v) in kw {
        if vm.key_str(*k) == "object" {
            obj = Some(*v);
        }
    }
    let kw: Vec<(Value, Value)> = kw
        .iter()
        .filter(|(k, _)| vm.key_str(*k) != "object")
        .copied()
        .collect();
    let (enc, errors) = codecs::codec_args(vm, "str", args, &kw, 1)?;
    let Some(obj) = obj else {
        return Ok(vm.new_str(""));
    };
    if as_str(obj).is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let Some(d) = vm.buffer(obj)? else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {t} found"
        )));
    };
    let s = codecs::decode(vm, &d, &enc, &errors)?;
    Ok(vm.new_string(s))
}

/// A binary dunder over the VM's operator (NotImplemented when the operand does not fit).
fn dunder_op(vm: &mut Vm, args: &[Value], name: &str, kind: BinKind) -> PyResult<Value> {
    this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let other = args[1];
    if kind == BinKind::Mul {
        let is_int = matches!(other, Value::Int(_) | Value::Bool(_))
            || matches!(other, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
        if !is_int {
            as_int(vm, other, "")?;
        }
    }
    vm.binary_op(kind, builtin_base(args[0]), other)
}

fn dunder_add(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_op(vm, args, "__add__", BinKind::Add)
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_op(vm, args, "__mul__", BinKind::Mul)
}

fn dunder_mod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_op(vm, args, "__mod__", BinKind::Mod)
}

/// A comparison dunder: NotImplemented unless the other operand is bytes-like.
fn dunder_cmp(vm: &mut Vm, args: &[Value], name: &str, op: Cmp) -> PyResult<Value> {
    this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    // bytes compares only with bytes (a bytearray answers the reflected call); bytearray
    // with any bytes-like object.
    let is_bytes =
        |v: Value| matches!(builtin_base(v), Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_)));
    let ok = if is_bytes(args[0]) {
        is_bytes(args[1])
    } else {
        vm.buffer(args[1])?.is_some()
    };
    if !ok {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    vm.compare(op, builtin_base(args[0]), builtin_base(args[1]))
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__eq__", Cmp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__ne__", Cmp::Ne)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__lt__", Cmp::Lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__le__", Cmp::Le)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__gt__", Cmp::Gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    dunder_cmp(vm, args, "__ge__", Cmp::Ge)
}
