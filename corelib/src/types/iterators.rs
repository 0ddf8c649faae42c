//! The builtin iterator types: `map`, `zip`, `filter`, `enumerate` and `reversed` (classes
//! that are builtin names, with `__new__` and subclasses) and the iterators of the builtin
//! containers (`list_iterator`, `dict_keyiterator`, ...). All are `Obj::Iter` objects whose
//! type the VM makes on first use (`kestrel_vm::lazytypes`); their methods are here.

use crate::args::*;
use crate::builtins::len_of;
use kestrel_vm::lazytypes::{LazyType, LazyTypeAttrs};
use kestrel_vm::object::{builtin_base, IterKind, NativeFnPtr};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

type Table = &'static [(&'static str, NativeFnPtr)];

const MAP: Table = &[
    ("__iter__", identity),
    ("__next__", next),
    ("__reduce__", reduce),
];
const ZIP: Table = &[
    ("__iter__", identity),
    ("__next__", next),
    ("__reduce__", reduce),
    ("__setstate__", setstate),
];
const REVERSED: Table = &[
    ("__iter__", identity),
    ("__length_hint__", length_hint),
    ("__next__", next),
    ("__reduce__", reduce),
    ("__setstate__", setstate),
];
const SIZED: Table = &[
    ("__iter__", identity),
    ("__length_hint__", length_hint),
    ("__next__", next),
    ("__reduce__", reduce),
];

pub fn install(vm: &mut Vm) {
    vm.lazy_types.attrs = attrs;
}

/// What each lazy type gets when it is made.
fn attrs(t: LazyType) -> LazyTypeAttrs {
    let (methods, new): (Table, Option<(&'static str, NativeFnPtr)>) = match t {
        LazyType::Map => (MAP, Some(("map.__new__", map_new as NativeFnPtr))),
        LazyType::Filter => (MAP, Some(("filter.__new__", filter_new as NativeFnPtr))),
        LazyType::Zip => (ZIP, Some(("zip.__new__", zip_new as NativeFnPtr))),
        LazyType::Enumerate => (
            MAP,
            Some(("enumerate.__new__", enumerate_new as NativeFnPtr)),
        ),
        LazyType::Reversed => (
            REVERSED,
            Some(("reversed.__new__", reversed_new as NativeFnPtr)),
        ),
        LazyType::CallableIterator => (MAP, None),
        LazyType::GetSetDescriptor => (super::getset::GETSET, None),
        LazyType::MethodDescriptor | LazyType::WrapperDescriptor => {
            (super::getset::METHOD_DESCRIPTOR, None)
        }
        LazyType::MethodWrapper => (super::getset::METHOD_WRAPPER, None),
        LazyType::SetIterator
        | LazyType::DictKeyIterator
        | LazyType::DictValueIterator
        | LazyType::DictItemIterator
        | LazyType::DictReverseKeyIterator
        | LazyType::DictReverseValueIterator
        | LazyType::DictReverseItemIterator => (SIZED, None),
        _ => (REVERSED, None),
    };
    let class_methods: Table = match t {
        LazyType::Enumerate => &[("__class_getitem__", super::generic_alias::class_getitem)],
        _ => &[],
    };
    LazyTypeAttrs {
        methods,
        new,
        class_methods,
    }
}

fn identity(_: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

/// The `Obj::Iter` of a builtin iterator or of an instance of a subclass of one.
fn iter_obj(v: Value) -> Option<Gc> {
    match builtin_base(v) {
        Value::Obj(g) if matches!(g.obj(), Obj::Iter(_)) => Some(g),
        _ => None,
    }
}

fn kind_of(g: &Gc) -> &std::cell::RefCell<IterKind> {
    match g.obj() {
        Obj::Iter(k) => k,
        _ => unreachable!("iter_obj checked"),
    }
}

fn receiver(vm: &mut Vm, args: &[Value]) -> PyResult<Gc> {
    match args.first().and_then(|v| iter_obj(*v)) {
        Some(g) => Ok(g),
        None => Err(vm.type_error("descriptor requires an iterator object")),
    }
}

fn next(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = receiver(vm, args)?;
    vm.next_raising(Value::Obj(g))
}

// ----- constructors -----

/// `T.__new__(cls, ...)` for a lazy type: the iterator `make` builds, carried by an instance
/// of `cls` when it is a subclass.
fn new_of(
    vm: &mut Vm,
    t: LazyType,
    args: &[Value],
    make: impl FnOnce(&mut Vm, &[Value]) -> PyResult<Value>,
) -> PyResult<Value> {
    let base = vm.lazy_type(t);
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(c.obj(), Obj::Class(_)) => *c,
        Some(v) => {
            let (b, ty) = (t.name(), vm.type_name(*v));
            return Err(vm.type_error(format!("{b}.__new__(X): X is not a type object ({ty})")));
        }
        None => {
            let b = t.name();
            return Err(vm.type_error(format!("{b}.__new__(): not enough arguments")));
        }
    };
    if !cls.ptr_eq(base) && !vm.is_subclass(cls, base) {
        let (b, c) = (t.name(), vm.class_name(cls));
        return Err(vm.type_error(format!("{b}.__new__({c}): {c} is not a subtype of {b}")));
    }
    let it = make(vm, &args[1..])?;
    if cls.ptr_eq(base) {
        return Ok(it);
    }
    vm.extra_roots.push(it);
    let v = vm.wrap_builtin(cls, it);
    vm.extra_roots.pop();
    Ok(v)
}

/// The iterators of `items`, rooted as they are made (an `__iter__` may collect).
fn iters_of(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<Value>> {
    let held = vm.new_list(Vec::with_capacity(items.len()));
    vm.extra_roots.push(held);
    let r = (|| {
        for a in items {
            let it = vm.get_iter(*a)?;
            if let Some(l) = list_of(held) {
                l.borrow_mut().push(it);
            }
        }
        Ok(list_of(held)
            .map(|l| l.borrow().clone())
            .unwrap_or_default())
    })();
    vm.extra_roots.pop();
    r
}

fn map_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty()
        && args
            .first()
            .is_some_and(|c| is_exactly(vm, *c, LazyType::Map))
    {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    new_of(vm, LazyType::Map, args, |vm, a| {
        if a.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let its = iters_of(vm, &a[1..])?;
        Ok(vm.new_iter(IterKind::Map { f: a[0], its }))
    })
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty()
        && args
            .first()
            .is_some_and(|c| is_exactly(vm, *c, LazyType::Filter))
    {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    new_of(vm, LazyType::Filter, args, |vm, a| {
        if a.len() != 2 {
            let n = a.len();
            return Err(vm.type_error(format!("filter expected 2 arguments, got {n}")));
        }
        let it = vm.get_iter(a[1])?;
        Ok(vm.new_iter(IterKind::Filter { f: a[0], it }))
    })
}

/// CPython refuses keywords to `map`/`filter`/`reversed` only when the class is exactly the
/// builtin (a subclass's `__init__` may take them).
fn is_exactly(vm: &Vm, cls: Value, t: LazyType) -> bool {
    matches!(cls, Value::Obj(c) if c.ptr_eq(vm.lazy_type(t)))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in kw {
        let name = vm.key_str(*k);
        if name != "strict" {
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for zip()")));
        }
        strict = vm.truthy(*v)?;
    }
    new_of(vm, LazyType::Zip, args, |vm, a| {
        let its = iters_of(vm, a)?;
        Ok(vm.new_iter(IterKind::Zip { its, strict }))
    })
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let merged = merge_kwargs(vm, "enumerate", rest, kw, &["iterable", "start"]);
    // CPython's enumerate words every keyword misuse as an invalid keyword, except a
    // missing iterable.
    let merged = match merged {
        Ok(m) => m.into_owned(),
        Err(_) => {
            vm.raised = Value::Empty;
            let names: Vec<String> = kw.iter().map(|(k, _)| vm.key_str(*k)).collect();
            let k = names
                .iter()
                .find(|n| *n != "iterable" && *n != "start")
                .unwrap_or(&names[0]);
            let msg = format!("'{k}' is an invalid keyword argument for enumerate()");
            return Err(vm.type_error(msg));
        }
    };
    if merged.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if merged.len() > 2 {
        let n = merged.len();
        return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({n} given)")));
    }
    let mut a = vec![args[0]];
    a.extend(merged);
    new_of(vm, LazyType::Enumerate, &a, |vm, a| {
        let it = vm.get_iter(a[0])?;
        let start = match a.get(1).copied() {
            Some(s) => {
                vm.extra_roots.push(it);
                let r = vm.index_value(s);
                vm.extra_roots.pop();
                match r? {
                    Some(v) => v,
                    None => {
                        let t = vm.type_name(s);
                        let msg = format!("'{t}' object cannot be interpreted as an integer");
                        return Err(vm.type_error(msg));
                    }
                }
            }
            None => Value::Int(0),
        };
        Ok(vm.new_iter(IterKind::Enumerate { it, count: start }))
    })
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty()
        && args
            .first()
            .is_some_and(|c| is_exactly(vm, *c, LazyType::Reversed))
    {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    new_of(vm, LazyType::Reversed, args, |vm, a| {
        if a.len() != 1 {
            let n = a.len();
            return Err(vm.type_error(format!("reversed expected 1 argument, got {n}")));
        }
        reversed_iter(vm, a[0])
    })
}

/// The iterator `reversed(v)` makes.
pub(crate) fn reversed_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(g) = v {
        let n = match g.obj() {
            Obj::List(l) => Some(l.borrow().len()),
            Obj::Tuple(t) => Some(t.len()),
            Obj::Str(s) => Some(s.chars),
            Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_) => Some(len_of(vm, v)?),
            Obj::Range(a, b, c) => {
                // reversed(range(a, b, s)) iterates range(last, a - s, -s).
                let n = kestrel_vm::ops::range_len(*a, *b, *c);
                if let (Some(stop), Some(last)) = (a.checked_sub(*c), n.checked_sub(1)) {
                    if let Some(start) = last.checked_mul(*c).and_then(|x| x.checked_add(*a)) {
                        return Ok(vm.new_iter(IterKind::Range {
                            next: start,
                            stop,
                            step: -*c,
                        }));
                    }
                }
                let r = kestrel_vm::bigrange::BigRange {
                    start: (*a).into(),
                    stop: (*b).into(),
                    step: (*c).into(),
                };
                return reversed_bigrange(vm, &r);
            }
            Obj::BigRange(r) => return reversed_bigrange(vm, r),
            Obj::Dict(_) => return reversed_dict(vm, v, 0),
            Obj::DictView(_, what) => return reversed_dict(vm, v, *what),
            Obj::Instance(_) => {
                // `__reversed__ = None` (collections.abc.Mapping) refuses; without it, the
                // sequence protocol needs __getitem__ as well as __len__.
                match vm.lookup_special(v, "__reversed__") {
                    Some(Value::None) => None,
                    Some(f) => return vm.call_value(f, &[v], &[]),
                    None if vm.lookup_special(v, "__getitem__").is_none() => None,
                    None if vm.lookup_special(v, "__len__").is_none() => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!("object of type '{t}' has no len()")));
                    }
                    None => Some(len_of(vm, v)?),
                }
            }
            _ => None,
        };
        if let Some(n) = n {
            return Ok(vm.new_iter(IterKind::Reversed {
                seq: v,
                index: n,
                from_dict: None,
            }));
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object is not reversible")))
}

fn reversed_bigrange(vm: &mut Vm, r: &kestrel_vm::bigrange::BigRange) -> PyResult<Value> {
    let n = r.len();
    if n <= 0u8.into() {
        return Ok(vm.new_iter(IterKind::Range {
            next: 0,
            stop: 0,
            step: 1,
        }));
    }
    let last = r.item(&(n - 1u8));
    let rev = kestrel_vm::bigrange::BigRange {
        stop: &r.start - &r.step,
        start: last,
        step: -r.step.clone(),
    };
    let rev = vm.new_range(rev);
    vm.get_iter(rev)
}

/// `reversed(d)`, `reversed(d.values())`, ...: the items, in a list walked backwards.
fn reversed_dict(vm: &mut Vm, v: Value, what: u8) -> PyResult<Value> {
    let items = vm.collect_iter(v)?;
    let n = items.len();
    let l = vm.new_list(items);
    Ok(vm.new_iter(IterKind::Reversed {
        seq: l,
        index: n,
        from_dict: Some(what),
    }))
}

// ----- __length_hint__, __reduce__, __setstate__ -----

pub(crate) fn length_hint(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = receiver(vm, args)?;
    let k = kind_of(&g).borrow();
    let n = match &*k {
        IterKind::Range { next, stop, step } => kestrel_vm::ops::range_len(*next, *stop, *step),
        IterKind::Reversed { index, .. } => *index as i64,
        IterKind::Seq { seq, index } => {
            let (seq, index) = (*seq, *index);
            drop(k);
            return seq_length_hint(vm, seq, index);
        }
        IterKind::Dict {
            dict, index, len, ..
        } => match dict.obj() {
            Obj::Dict(d) | Obj::Set(d, _) => {
                let d = d.borrow();
                if d.len() != *len {
                    0
                } else {
                    let mut n = 0;
                    let mut i = *index;
                    while let Some((_, nx)) = d.entry_from(i) {
                        n += 1;
                        i = nx;
                    }
                    n
                }
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n.max(0)))
}

fn seq_length_hint(vm: &mut Vm, seq: Value, index: usize) -> PyResult<Value> {
    let Value::Obj(s) = seq else {
        return Ok(Value::Int(0));
    };
    let n = match s.obj() {
        // Non-ASCII strings count `index` in bytes.
        Obj::Str(st) if !st.is_ascii() => st.s.get(index..).map_or(0, |r| r.chars().count()),
        Obj::BigRange(r) => {
            let left = r.len() - num_bigint::BigInt::from(index);
            return Ok(vm.new_bigint(left.max(0u8.into())));
        }
        // A sequence-protocol object without `__len__` gives no hint.
        Obj::Instance(_) if vm.lookup_special(seq, "__len__").is_none() => {
            return Ok(Value::Obj(vm.none_singletons.0));
        }
        _ => len_of(vm, seq)?.saturating_sub(index),
    };
    Ok(Value::Int(n as i64))
}

fn builtin_value(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match vm.builtin(name) {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!("{name}() is not available"))),
    }
}

fn reduce(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = receiver(vm, args)?;
    let k = kind_of(&g).borrow();
    // (callable name or the lazy type, its arguments, the state if any)
    enum Ctor {
        Builtin(&'static str),
        Type(LazyType),
        Own,
    }
    let (ctor, items, state): (Ctor, Vec<Value>, Option<Value>) = match &*k {
        IterKind::Range { next, stop, step } => {
            let (a, b, c) = (*next, *stop, *step);
            drop(k);
            let r = Value::Obj(vm.alloc(Obj::Range(a, b, c)));
            (Ctor::Builtin("iter"), vec![r], Some(Value::Int(0)))
        }
        IterKind::Seq { seq, index } => {
            let (seq, mut index) = (*seq, *index);
            drop(k);
            if let Value::Obj(s) = seq {
                if let Obj::Str(st) = s.obj() {
                    if !st.is_ascii() {
                        index = st.s.get(..index).map_or(0, |p| p.chars().count());
                    }
                }
            }
            (
                Ctor::Builtin("iter"),
                vec![seq],
                Some(Value::Int(index as i64)),
            )
        }
        IterKind::Reversed {
            seq,
            index,
            from_dict,
        } => {
            let (seq, index, from_dict) = (*seq, *index, *from_dict);
            drop(k);
            if from_dict.is_some() {
                // The keys left, in the order they will come.
                let items = match seq {
                    Value::Obj(l) => match l.obj() {
                        Obj::List(l) => l.borrow()[..index].iter().rev().copied().collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let l = vm.new_list(items);
                (Ctor::Builtin("iter"), vec![l], None)
            } else {
                let ty = vm.type_of(Value::Obj(g));
                let own = ty.ptr_eq(vm.lazy_type(LazyType::Reversed));
                let ctor = if own {
                    Ctor::Own
                } else {
                    Ctor::Builtin("reversed")
                };
                (ctor, vec![seq], Some(Value::Int(index as i64 - 1)))
            }
        }
        IterKind::Dict { .. } => {
            drop(k);
            let rest = remaining(vm, g)?;
            (Ctor::Builtin("iter"), vec![rest], None)
        }
        IterKind::Enumerate { it, count } => (Ctor::Own, vec![*it, *count], None),
        IterKind::Zip { its, strict } => {
            let state = strict.then_some(Value::Bool(true));
            (Ctor::Own, its.clone(), state)
        }
        IterKind::Map { f, its } => {
            let mut v = vec![*f];
            v.extend(its.iter().copied());
            (Ctor::Own, v, None)
        }
        IterKind::Filter { f, it } => (Ctor::Own, vec![*f, *it], None),
        IterKind::Callable { f, sentinel } => (Ctor::Builtin("iter"), vec![*f, *sentinel], None),
        IterKind::Done(LazyType::Zip) => (Ctor::Type(LazyType::Zip), vec![], None),
        IterKind::Done(_) => {
            drop(k);
            let t = vm.new_tuple(vec![]);
            (Ctor::Builtin("iter"), vec![t], None)
        }
    };
    vm.extra_roots.extend(items.iter().copied());
    let n = items.len();
    let r = (|| {
        let ctor = match ctor {
            Ctor::Builtin(name) => builtin_value(vm, name)?,
            Ctor::Type(t) => Value::Obj(vm.lazy_type(t)),
            Ctor::Own => Value::Obj(vm.type_of(args[0])),
        };
        let a = vm.new_tuple(items);
        let mut out = vec![ctor, a];
        out.extend(state);
        Ok(vm.new_tuple(out))
    })();
    let len = vm.extra_roots.len();
    vm.extra_roots.truncate(len - n);
    r
}

/// A list of what a dict or set iterator has left, without stepping it.
fn remaining(vm: &mut Vm, g: Gc) -> PyResult<Value> {
    let k = kind_of(&g).borrow();
    let IterKind::Dict {
        dict, index, what, ..
    } = &*k
    else {
        return Ok(vm.new_list(vec![]));
    };
    let (dict, mut i, what) = (*dict, *index, *what);
    drop(k);
    let mut entries = Vec::new();
    if let Obj::Dict(d) | Obj::Set(d, _) = dict.obj() {
        let d = d.borrow();
        while let Some((e, nx)) = d.entry_from(i) {
            entries.push((e.key, e.value));
            i = nx;
        }
    }
    let held = vm.new_list(Vec::with_capacity(entries.len()));
    vm.extra_roots.push(held);
    for (key, value) in entries {
        let v = match what {
            0 => key,
            1 => value,
            _ => vm.new_tuple(vec![key, value]),
        };
        if let Some(l) = list_of(held) {
            l.borrow_mut().push(v);
        }
    }
    vm.extra_roots.pop();
    Ok(held)
}

fn setstate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__setstate__", args, 2, 2)?;
    let g = receiver(vm, args)?;
    let state = args[1];
    let is_zip = matches!(&*kind_of(&g).borrow(), IterKind::Zip { .. });
    if is_zip {
        let strict = vm.truthy(state)?;
        if let IterKind::Zip { strict: s, .. } = &mut *kind_of(&g).borrow_mut() {
            *s = strict;
        }
        return Ok(Value::None);
    }
    let want = as_ssize(vm, state, "")?;
    let seq_len = match &*kind_of(&g).borrow() {
        IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => Some(*seq),
        _ => None,
    };
    let len = match seq_len {
        Some(s) => len_of(vm, s).unwrap_or(0) as i64,
        None => 0,
    };
    vm.raised = Value::Empty;
    match &mut *kind_of(&g).borrow_mut() {
        IterKind::Seq { seq, index } => {
            let mut i = want.clamp(0, len) as usize;
            if let Value::Obj(s) = seq {
                if let Obj::Str(st) = s.obj() {
                    if !st.is_ascii() {
                        // Non-ASCII strings count `index` in bytes.
                        i = st.s.char_indices().nth(i).map_or(st.s.len(), |(b, _)| b);
                    }
                }
            }
            *index = i;
        }
        IterKind::Reversed { index, .. } => {
            *index = (want + 1).clamp(0, len) as usize;
        }
        IterKind::Range { next, stop, step } => {
            let left = kestrel_vm::ops::range_len(*next, *stop, *step);
            let k = want.clamp(0, left);
            *next = next.wrapping_add(k.wrapping_mul(*step));
        }
        _ => {}
    }
    Ok(Value::None)
}
