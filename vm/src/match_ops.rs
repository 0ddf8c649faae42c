//! Handlers of the `match` statement's ops (PEP 634); see `compiler/src/compile_match.rs`.

use super::Inst;
use super::{r, set, H, NEXT};
use crate::dict::Dict;
use crate::heap::Gc;
use crate::interp::St;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

/// Length of `v` if it is a sequence for `match`: tuples, lists, ranges and their subclasses.
/// Strings and bytes are not, nor (as in CPython without `collections.abc`) other classes.
fn sequence_len(v: Value) -> Option<usize> {
    let Value::Obj(g) = builtin_base(v) else {
        return None;
    };
    match g.obj() {
        Obj::Tuple(t) => Some(t.len()),
        Obj::List(l) => Some(l.borrow().len()),
        Obj::Range(a, b, c) => Some(crate::ops::range_len(*a, *b, *c) as usize),
        _ => None,
    }
}

fn mapping_dict(v: Value) -> Option<Gc> {
    match builtin_base(v) {
        Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)) => Some(g),
        _ => None,
    }
}

fn tuple_items(v: Value) -> Vec<Value> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Whether `v` is an instance of the `collections.abc` class `abc` (`Sequence`, `Mapping`):
/// CPython's match flags such classes, their subclasses and what they register.
fn is_abc_instance(vm: &mut Vm, v: Value, abc: &str) -> PyResult<bool> {
    let Value::Obj(g) = v else {
        return Ok(false);
    };
    if matches!(
        g.obj(),
        Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Tuple(_) | Obj::List(_)
    ) {
        return Ok(false);
    }
    let key = vm.new_str("collections.abc");
    let Some(m) = vm.dict_getitem_opt(Value::Obj(vm.modules), key)? else {
        return Ok(false);
    };
    let cls = vm.getattr_str(m, abc)?;
    let b = vm.builtins_module();
    let isinstance = vm.getattr_str(Value::Obj(b), "isinstance")?;
    let r = vm.call_value(isinstance, &[v, cls], &[])?;
    vm.truthy(r)
}

/// Whether `v` is an `array.array` (a sequence to `match`, as CPython flags the type).
fn is_array(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let cls = vm.type_of(v);
    if vm.class_name(cls) != "array" {
        return Ok(false);
    }
    let m = vm.getattr_str(Value::Obj(cls), "__module__")?;
    Ok(crate::excgroup::str_value(m).as_deref() == Some("array"))
}

/// `sequence_len`, and for other objects the length of a `collections.abc.Sequence`
/// (strings, bytes and bytearrays are never sequences here).
fn sequence_len_any(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if let Some(n) = sequence_len(v) {
        return Ok(Some(n));
    }
    let view = match builtin_base(v) {
        Value::Obj(g) => match g.obj() {
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => return Ok(None),
            o => matches!(o, Obj::MemoryView(_)),
        },
        _ => return Ok(None),
    };
    if !view && !is_array(vm, v)? && !is_abc_instance(vm, v, "Sequence")? {
        return Ok(None);
    }
    let b = vm.builtins_module();
    let len = vm.getattr_str(Value::Obj(b), "len")?;
    let n = vm.call_value(len, &[v], &[])?;
    vm.len_result(n).map(Some)
}

#[inline(never)]
pub fn match_sequence(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let subj = r(vm, st, i.b());
    let ok = match sequence_len_any(vm, subj)? {
        Some(n) if i.d() == 0 => n == i.c(),
        Some(n) => n >= i.c(),
        None => false,
    };
    set(vm, st, i.a(), Value::Bool(ok));
    NEXT
}

#[inline(never)]
pub fn match_mapping(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let subj = r(vm, st, i.b());
    let ok = mapping_dict(subj).is_some() || is_abc_instance(vm, subj, "Mapping")?;
    set(vm, st, i.a(), Value::Bool(ok));
    NEXT
}

#[inline(never)]
pub fn match_keys(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let subj = r(vm, st, i.b());
    let ktuple = r(vm, st, i.c());
    let keys = tuple_items(ktuple);
    let found = match_keys_values(vm, subj, ktuple, &keys)?;
    let (vals, ok) = match found {
        Some(v) => (vm.new_tuple(v), true),
        None => (Value::None, false),
    };
    set(vm, st, i.a(), vals);
    set(vm, st, i.a() + 1, Value::Bool(ok));
    NEXT
}

/// The values of `keys` in the mapping `subj`, or `None` when one is missing. An exact dict is
/// read directly; a subclass through its `get` method, with the (fresh) keys tuple itself as
/// the default that marks a missing key.
fn match_keys_values(
    vm: &mut Vm,
    subj: Value,
    ktuple: Value,
    keys: &[Value],
) -> PyResult<Option<Vec<Value>>> {
    // (MATCH_MAPPING checked the subject is a mapping.)
    if let Some(d) = mapping_dict(subj) {
        if let Obj::Dict(dd) = d.obj() {
            if dd.borrow().len() < keys.len() {
                return Ok(None);
            }
        }
    }
    for (j, k) in keys.iter().enumerate() {
        for prev in &keys[..j] {
            if vm.eq(*prev, *k)? {
                let kr = vm.repr(*k)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({kr})")));
            }
        }
    }
    let exact = vm.type_of(subj).ptr_eq(vm.types.dict);
    let get = if exact {
        None
    } else {
        Some(vm.getattr_str(subj, "get")?)
    };
    let mut out = Vec::with_capacity(keys.len());
    for &k in keys {
        let v = match get {
            None => vm.dict_getitem_opt(subj, k)?,
            Some(get) => {
                let v = vm.call_value(get, &[k, ktuple], &[])?;
                (!v.is(&ktuple)).then_some(v)
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

#[inline(never)]
pub fn dict_without(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let subj = r(vm, st, i.b());
    let keys = tuple_items(r(vm, st, i.c()));
    let items = match mapping_dict(subj) {
        Some(d) => vm.mapping_items(Value::Obj(d))?,
        None => vm.mapping_items(subj)?,
    };
    let out = vm.new_dict(Dict::new());
    for (k, v) in items {
        vm.dict_setitem(out, k, v)?;
    }
    for k in keys {
        vm.dict_remove(out, k)?;
    }
    set(vm, st, i.a(), out);
    NEXT
}

/// Builtin classes whose single positional sub-pattern matches the subject itself.
fn matches_self(vm: &Vm, cls: Gc) -> bool {
    let t = &vm.types;
    [
        t.bool_,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str_,
        t.tuple,
    ]
    .iter()
    .any(|c| c.ptr_eq(cls))
}

/// `getattr(v, name)`, or `None` when that raises AttributeError.
fn attr_or_none(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    let Value::Obj(n) = name else {
        return Ok(None);
    };
    match vm.getattr(v, n) {
        Ok(x) => Ok(Some(x)),
        Err(e) => {
            if vm.raised_is("AttributeError") {
                vm.take_raised();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

#[inline(never)]
pub fn match_class(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let b = i.b();
    let (subj, cls, kw) = (r(vm, st, b), r(vm, st, b + 1), r(vm, st, b + 2));
    let found = match_class_attrs(vm, subj, cls, i.c(), kw)?;
    let (vals, ok) = match found {
        Some(v) => (vm.new_tuple(v), true),
        None => (Value::None, false),
    };
    set(vm, st, i.a(), vals);
    set(vm, st, i.a() + 1, Value::Bool(ok));
    NEXT
}

fn match_class_attrs(
    vm: &mut Vm,
    subj: Value,
    cls: Value,
    npos: usize,
    kw: Value,
) -> PyResult<Option<Vec<Value>>> {
    let cls = match cls {
        Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => g,
        _ => return Err(vm.type_error("called match pattern must be a type")),
    };
    if !vm.isinstance(subj, cls) {
        return Ok(None);
    }
    let cname = vm.class_name(cls);
    let kw_names = tuple_items(kw);
    let mut out = Vec::with_capacity(npos + kw_names.len());
    let mut seen: Vec<Value> = Vec::new();
    if npos > 0 {
        let key = vm.new_str("__match_args__");
        let match_args = attr_or_none(vm, Value::Obj(cls), key)?;
        match match_args {
            None if matches_self(vm, cls) => {
                if npos > 1 {
                    return Err(vm.type_error(format!(
                        "{cname}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subj);
            }
            _ => {
                let names = match match_args {
                    None => Vec::new(),
                    Some(Value::Obj(g)) if matches!(g.obj(), Obj::Tuple(_)) => {
                        tuple_items(Value::Obj(g))
                    }
                    Some(other) => {
                        let t = vm.type_name(other);
                        return Err(vm.type_error(format!(
                            "{cname}.__match_args__ must be a tuple (got {t})"
                        )));
                    }
                };
                if npos > names.len() {
                    let s = if names.len() == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{cname}() accepts {} positional sub-pattern{s} ({npos} given)",
                        names.len()
                    )));
                }
                for &name in &names[..npos] {
                    if crate::excgroup::str_value(name).is_none() {
                        let t = vm.type_name(name);
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {t})"
                        )));
                    }
                    seen.push(name);
                    match attr_or_none(vm, subj, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
    }
    for name in kw_names {
        for &s in &seen {
            if vm.eq(s, name)? {
                let n = vm.str_of(name)?;
                return Err(vm.type_error(format!(
                    "{cname}() got multiple sub-patterns for attribute '{n}'"
                )));
            }
        }
        match attr_or_none(vm, subj, name)? {
            Some(v) => out.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}
