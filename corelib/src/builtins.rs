//! The builtin functions (`print`, `len`, `range`, `sorted`, ...).

use crate::args::*;
use kestrel_vm::object::{IterKind, Kind};
use kestrel_vm::ops::{as_num, num_to_f64, Num};
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The builtin functions, made into objects on first use (`Vm::lazy_builtin`).
static FUNCTIONS: &[(&str, kestrel_vm::object::NativeFnPtr)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("iter", iter),
    ("next", next),
    ("aiter", crate::types::coroutine::aiter),
    ("anext", crate::types::coroutine::anext),
    ("hash", hash),
    ("id", id),
    ("ord", ord),
    ("chr", chr),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("callable", callable),
    ("input", input),
    ("format", format),
    ("bin", bin),
    ("hex", hex),
    ("oct", oct),
    ("ascii", ascii),
    ("globals", crate::dynamic::globals),
    ("vars", crate::dynamic::vars),
    ("locals", crate::dynamic::locals),
    ("dir", crate::dynamic::dir),
    ("exec", crate::dynamic::exec),
    ("eval", crate::dynamic::eval),
    ("compile", crate::dynamic::compile),
    ("__import__", crate::dynamic::import),
    ("breakpoint", crate::dynamic::breakpoint),
    ("open", crate::dynamic::open),
    ("__build_class__", crate::build_class::build_class),
    ("exit", exit),
    ("quit", exit),
];

pub fn install(vm: &mut Vm) {
    vm.builtin_fns = FUNCTIONS;
    let ni = Value::Obj(vm.none_singletons.0);
    vm.set_builtin("NotImplemented", ni);
    let el = Value::Obj(vm.none_singletons.1);
    vm.set_builtin("Ellipsis", el);
    let debug = !kestrel_compiler::OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed);
    vm.set_builtin("__debug__", Value::Bool(debug));
}

pub fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        crate::args::check_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    }
    let sep = match kwarg(vm, kw, "sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be None or a string, not {t}")));
            }
        },
    };
    let end = match kwarg(vm, kw, "end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("end must be None or a string, not {t}")));
            }
        },
    };
    let file = kwarg(vm, kw, "file").filter(|f| !f.is_none());
    let file = match file {
        Some(f) => Some(f),
        None => crate::modules::redirected_stdout(vm),
    };
    if file.is_some_and(|f| f.is_none()) {
        // `sys.stdout = None`: print does nothing, as in CPython.
        return Ok(Value::None);
    }
    if let Some(f) = file {
        // As CPython: one write per piece (each argument, separator and the end).
        let w = vm.getattr_str(f, "write")?;
        vm.extra_roots.push(w);
        let r = print_pieces(vm, w, args, &sep, &end);
        vm.extra_roots.pop();
        r?;
        if let Some(fl) = kwarg(vm, kw, "flush") {
            if vm.truthy(fl)? {
                let fl = vm.getattr_str(f, "flush")?;
                vm.call_value(fl, &[], &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(*a)?);
    }
    out.push_str(&end);
    vm.out.write(&out);
    if kwarg(vm, kw, "flush").is_some_and(|f| matches!(f, Value::Bool(true))) {
        vm.out.flush();
    }
    if let Some(e) = vm.out.error.take() {
        // A closed pipe: BrokenPipeError from the print that found it, as in CPython.
        return Err(crate::modules::io::os_error(vm, &e, None));
    }
    Ok(Value::None)
}

fn print_pieces(vm: &mut Vm, w: Value, args: &[Value], sep: &str, end: &str) -> PyResult<()> {
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep);
            vm.call_value(w, &[s], &[])?;
        }
        let s = vm.str_of(*a)?;
        let s = vm.new_string(s);
        vm.call_value(w, &[s], &[])?;
    }
    let e = vm.new_str(end);
    vm.call_value(w, &[e], &[])?;
    Ok(())
}

pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(g) = v {
        match g.obj() {
            Obj::Str(s) => return Ok(s.chars),
            Obj::List(l) => return Ok(l.borrow().len()),
            Obj::Tuple(t) => return Ok(t.len()),
            Obj::Dict(d) | Obj::Set(d, _) => return Ok(d.borrow().len()),
            Obj::Bytes(b) => return Ok(b.len()),
            Obj::ByteArray(_) | Obj::MemoryView(_) => return vm.bytes_len(g),
            Obj::Range(a, b, c) => return Ok(kestrel_vm::ops::range_len(*a, *b, *c) as usize),
            Obj::BigRange(r) => return vm.big_range_len(r),
            Obj::DictView(d, _) => {
                if let Obj::Dict(d) = d.obj() {
                    return Ok(d.borrow().len());
                }
            }
            Obj::Instance(_) | Obj::Class(_) => {
                let f = vm.lookup_special(v, "__len__");
                if let (None, Obj::Instance(i)) = (f, g.obj()) {
                    if let Some(b) = i.base_value() {
                        return len_of(vm, b);
                    }
                }
                if let Some(f) = f {
                    let r = vm.call_value(f, &[v], &[])?;
                    return vm.len_result(r);
                }
            }
            _ => {}
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "len", kw)?;
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(len_of(vm, args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "repr", kw)?;
    arity(vm, "repr", args, 1, 1)?;
    vm.repr_object(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "ascii", kw)?;
    arity(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    let s = kestrel_vm::repr::ascii_escape(&s);
    Ok(vm.new_string(s))
}

fn class_or_tuple(
    vm: &mut Vm,
    v: Value,
    fname: &str,
    test: &mut dyn FnMut(&mut Vm, kestrel_vm::Gc) -> PyResult<bool>,
) -> PyResult<bool> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Class(_) => test(vm, g),
            Obj::Tuple(t) => {
                for x in t.iter().copied() {
                    if class_or_tuple(vm, x, fname, test)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Obj::GenericAlias(..) => Err(vm.type_error(format!(
                "{fname}() argument 2 cannot be a parameterized generic"
            ))),
            _ => Err(arg2_error(vm, fname)),
        },
        _ => Err(arg2_error(vm, fname)),
    }
}

#[cold]
fn arg2_error(vm: &mut Vm, fname: &str) -> kestrel_vm::Raised {
    let what = if fname == "issubclass" {
        "a class, a tuple of classes"
    } else {
        "a type, a tuple of types"
    };
    vm.type_error(format!("{fname}() arg 2 must be {what}, or a union"))
}

/// `isinstance`/`issubclass` against a class (or classes) whose metaclass overrides
/// `__instancecheck__`/`__subclasscheck__`: the override's answer. None when no class in
/// `cls` has one (the plain check applies).
fn meta_check(vm: &mut Vm, cls: Value, x: Value, hook: &str) -> PyResult<Option<bool>> {
    let Value::Obj(g) = cls else { return Ok(None) };
    match g.obj() {
        Obj::Class(c) => {
            let Some(m) = c.meta.get() else {
                return Ok(None);
            };
            if hook == "__instancecheck__" && vm.type_of(x).ptr_eq(g) {
                return Ok(Some(true));
            }
            let k = vm.intern(hook);
            match vm.class_lookup(m, k) {
                Some(f) if !matches!(f, Value::Obj(fg) if matches!(fg.obj(), Obj::Native(_))) => {
                    let r = vm.call_value(f, &[cls, x], &[])?;
                    Ok(Some(vm.truthy(r)?))
                }
                _ => Ok(None),
            }
        }
        // Any other object with the hook on its class (`types.UnionType`, typing's forms).
        Obj::Instance(_) => {
            let k = vm.intern(hook);
            match vm.lookup_special_gc(cls, k) {
                Some(f) => {
                    let r = vm.call_value(f, &[cls, x], &[])?;
                    Ok(Some(vm.truthy(r)?))
                }
                None => Ok(None),
            }
        }
        Obj::Tuple(t) => {
            let items = t.to_vec();
            let hooked = |c: &Value| {
                matches!(c, Value::Obj(cg) if match cg.obj() {
                    Obj::Class(k) => k.meta.get().is_some(),
                    Obj::Instance(_) => true,
                    _ => false,
                })
            };
            if !items.iter().any(hooked) {
                return Ok(None);
            }
            for c in items {
                let r = match meta_check(vm, c, x, hook)? {
                    Some(r) => r,
                    None => match c {
                        Value::Obj(cg) if matches!(cg.obj(), Obj::Class(_)) => {
                            if hook == "__instancecheck__" {
                                vm.isinstance(x, cg)
                            } else {
                                matches!(x, Value::Obj(xg) if vm.is_subclass(xg, cg))
                            }
                        }
                        _ => meta_check(vm, c, x, hook)?.unwrap_or(false),
                    },
                };
                if r {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "isinstance", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("isinstance expected 2 arguments, got {n}")));
    }
    let x = args[0];
    if let Some(r) = meta_check(vm, args[1], x, "__instancecheck__")? {
        return Ok(Value::Bool(r));
    }
    let r = class_or_tuple(vm, args[1], "isinstance", &mut |vm, c| {
        vm.isinstance_claimed(x, c)
    })?;
    Ok(Value::Bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "issubclass", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("issubclass expected 2 arguments, got {n}")));
    }
    let Value::Obj(c) = args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(c.obj(), Obj::Class(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if let Some(r) = meta_check(vm, args[1], args[0], "__subclasscheck__")? {
        return Ok(Value::Bool(r));
    }
    let r = class_or_tuple(vm, args[1], "issubclass", &mut |vm, b| {
        Ok(vm.is_subclass(c, b))
    })?;
    Ok(Value::Bool(r))
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "abs", kw)?;
    arity(vm, "abs", args, 1, 1)?;
    let v = args[0];
    match as_num(v) {
        Some(Num::Int(i)) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(BigInt::from(i).abs()),
        }),
        Some(Num::Big(b)) => Ok(vm.new_bigint(b.abs())),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        None => {
            if let Some(f) = vm.lookup_special(v, "__abs__") {
                return vm.call_value(f, &[v], &[]);
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
        }
    }
}

/// `min(s)` / `max(s)` of an exact set, frozenset, list or tuple of ints (a set's members in
/// storage order: equal ints are the same value), without collecting them; None otherwise.
fn int_extreme(seq: Value, min: bool) -> Option<i64> {
    fn pick(items: impl Iterator<Item = Value>, min: bool) -> Option<i64> {
        let mut best: Option<i64> = None;
        for v in items {
            let Value::Int(x) = v else { return None };
            best = Some(match best {
                None => x,
                Some(b) if min => b.min(x),
                Some(b) => b.max(x),
            });
        }
        best
    }
    let Value::Obj(g) = seq else { return None };
    match g.obj() {
        Obj::Set(d, _) => {
            let d = d.try_borrow().ok()?;
            pick(d.iter_unordered().map(|e| e.key), min)
        }
        Obj::List(items) => {
            let items = items.try_borrow().ok()?;
            pick(items.iter().copied(), min)
        }
        Obj::Tuple(items) => pick(items.iter().copied(), min),
        _ => None,
    }
}

fn minmax(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    want: kestrel_vm::ops::Cmp,
) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(&*vm.key_str(*k), "key" | "default"))
    {
        let k = vm.key_str(*k);
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kw, "default");
    if default.is_some() && args.len() > 1 {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    if let (None, [seq]) = (key, args) {
        if let Some(best) = int_extreme(*seq, matches!(want, kestrel_vm::ops::Cmp::Lt)) {
            return Ok(Value::Int(best));
        }
    }
    let items = if args.len() == 1 {
        vm.collect_iter(args[0])?
    } else if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_value(k, &[best], &[])?,
        None => best,
    };
    for &x in &items[1..] {
        let kx = match key {
            Some(k) => vm.call_value(k, &[x], &[])?,
            None => x,
        };
        // Ints and floats compare here; anything else through the full protocol.
        let ordered = |o: Option<std::cmp::Ordering>| match want {
            kestrel_vm::ops::Cmp::Lt => o == Some(std::cmp::Ordering::Less),
            _ => o == Some(std::cmp::Ordering::Greater),
        };
        let better = match (kx, best_key) {
            (Value::Int(x), Value::Int(b)) => ordered(Some(x.cmp(&b))),
            (Value::Float(x), Value::Float(b)) => ordered(x.partial_cmp(&b)),
            _ => {
                let r = vm.compare(want, kx, best_key)?;
                vm.truthy(r)?
            }
        };
        if better {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    minmax(vm, args, kw, "min", kestrel_vm::ops::Cmp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    minmax(vm, args, kw, "max", kestrel_vm::ops::Cmp::Gt)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "sum", args, 1, 2)?;
    let acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "start"))
        .unwrap_or(Value::Int(0));
    if as_str(acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // Streamed, with the running total rooted: a long generator is never held whole, and
    // the collector may run while it makes items (`Vm::scan_items`).
    let slot = vm.extra_roots.len();
    vm.extra_roots.push(acc);
    let r = vm.scan_items(args[0], |vm, x| {
        let acc = vm.extra_roots[slot];
        vm.extra_roots[slot] = match (acc, x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(kestrel_compiler::opcodes::BinKind::Add, acc, x)?,
        };
        Ok(false)
    });
    let acc = vm.extra_roots[slot];
    vm.extra_roots.truncate(slot);
    r.map(|_| acc)
}

/// Sorts values in place by Python `<`, with an optional key; stable.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call_value(k, &[*x], &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    let lt = kestrel_vm::ops::Cmp::Lt;
    let less = |vm: &mut Vm, x: Value, y: Value, err: &mut Option<kestrel_vm::Raised>| -> bool {
        if err.is_some() {
            // Keep the first exception raised.
            return false;
        }
        match (x, y) {
            (Value::Int(p), Value::Int(q)) => return p < q,
            (Value::Float(p), Value::Float(q)) => return p < q,
            (Value::Obj(p), Value::Obj(q)) => {
                // Exact strs: UTF-8 byte order is code point order.
                if let (Obj::Str(p), Obj::Str(q)) = (p.obj(), q.obj()) {
                    return p.s.as_bytes() < q.s.as_bytes();
                }
            }
            _ => {}
        }
        match vm.compare(lt, x, y).and_then(|v| vm.truthy(v)) {
            Ok(b) => b,
            Err(e) => {
                *err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        // CPython's algorithm for short lists (a run, then binary insertion), so that user
        // comparisons happen in the same order and the same pair fails first.
        if reverse {
            idx.reverse();
        }
        let mut lt = |a: usize, b: usize| less(vm, keys[a], keys[b], &mut err);
        binary_sort(&mut idx, &mut lt);
        if let Some(e) = err {
            return Err(e);
        }
        if reverse {
            idx.reverse();
        }
        *items = idx.into_iter().map(|i| items[i]).collect();
        return Ok(());
    }
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = (keys[a], keys[b]);
        let strs = match (x, y) {
            (Value::Obj(p), Value::Obj(q)) => match (p.obj(), q.obj()) {
                (Obj::Str(p), Obj::Str(q)) => Some(p.s.as_bytes().cmp(q.s.as_bytes())),
                _ => None,
            },
            _ => None,
        };
        let o = if let Some(o) = strs {
            o
        } else if less(vm, x, y, &mut err) {
            std::cmp::Ordering::Less
        } else if less(vm, y, x, &mut err) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        };
        if reverse {
            o.reverse()
        } else {
            o
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i]).collect();
    *items = sorted;
    Ok(())
}

/// Timsort on one run: the initial ascending (or strictly descending, reversed) run, then
/// binary insertion of the rest. Stops comparing once `lt` has failed (it then returns false).
fn binary_sort(v: &mut [usize], lt: &mut impl FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if lt(v[1], v[0]) {
        while run < n && lt(v[run], v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(v[run], v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
}

/// `sorted()` and `list.sort()` take only `key` and `reverse` by keyword.
pub fn check_sort_kwargs(vm: &mut Vm, kw: Kwargs) -> PyResult<()> {
    for (k, _) in kw.iter() {
        let k = vm.key_str(*k);
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    check_sort_kwargs(vm, kw)?;
    let mut items = vm.collect_iter(args[0])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, key, reverse)?;
    Ok(vm.new_list(items))
}

fn any(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "any", kw)?;
    arity(vm, "any", args, 1, 1)?;
    let mut found = false;
    vm.scan_items(args[0], |vm, x| {
        found = vm.truthy(x)?;
        Ok(found)
    })?;
    Ok(Value::Bool(found))
}

fn all(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "all", kw)?;
    arity(vm, "all", args, 1, 1)?;
    let mut all = true;
    vm.scan_items(args[0], |vm, x| {
        all = vm.truthy(x)?;
        Ok(!all)
    })?;
    Ok(Value::Bool(all))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "iter", kw)?;
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if callable(vm, &args[..1], &[])?.is(&Value::Bool(false)) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterKind::Callable {
            f: args[0],
            sentinel: args[1],
        }));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "next", kw)?;
    arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(it, Value::Obj(g) if match g.obj() {
        Obj::Iter(_) => true,
        Obj::Generator(gen) => gen.kind == kestrel_vm::object::GenKind::Generator,
        _ => false,
    }) || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    }
    match vm.next_rooted(it) {
        Err(e) => match args.get(1) {
            Some(d) if vm.raised_is("StopIteration") => {
                vm.take_raised();
                Ok(*d)
            }
            _ => Err(e),
        },
        r => r,
    }
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "hash", kw)?;
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args[0])?))
}

fn id(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "id", kw)?;
    arity(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(g) => g.addr() as i64,
        Value::Int(i) => i.wrapping_mul(31).wrapping_add(7),
        Value::Float(f) => f.to_bits() as i64,
        Value::Bool(b) => 0x1000 + b as i64,
        _ => 0x2000,
    }))
}

fn ord(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "ord", kw)?;
    arity(vm, "ord", args, 1, 1)?;
    match as_str(args[0]) {
        Some(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => {
                    let n = s.chars().count();
                    Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    )))
                }
            }
        }
        None => {
            let is_seq = matches!(args[0], Value::Obj(g) if matches!(g.obj(), Obj::Bytes(_) | Obj::ByteArray(_)));
            if is_seq {
                let b = vm.buffer(args[0])?.unwrap_or_default();
                if b.len() == 1 {
                    return Ok(Value::Int(b[0] as i64));
                }
                let n = b.len();
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            let t = vm.type_name(args[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
        }
    }
}

fn chr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "chr", kw)?;
    arity(vm, "chr", args, 1, 1)?;
    let i = as_int(vm, args[0], "")?;
    let big = matches!(args[0], Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)));
    if big || i32::try_from(i).is_err() {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    }
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

/// Round half to even at `nd` decimal digits, as CPython does (via correctly rounded repr).
pub fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // Past 323 digits every float is already exact (CPython's NDIGITS_MAX).
    if nd > 323 {
        return x;
    }
    if nd < -308 {
        return 0.0 * x;
    }
    if nd < 0 && (nd < -22 || x.abs() >= 9007199254740992.0) {
        // Past exact powers of ten: a float this large is an integer, rounded exactly.
        if x.abs() < 9007199254740992.0 {
            return 0.0 * x;
        }
        let Some(b) = <BigInt as num_traits::FromPrimitive>::from_f64(x) else {
            return x;
        };
        let p = num_traits::pow(BigInt::from(10), nd.unsigned_abs() as usize);
        let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return (q * p).to_f64().unwrap_or(f64::INFINITY).copysign(x);
    }
    let text = if nd >= 0 {
        format!("{:.*}", nd as usize, x)
    } else {
        let p = 10f64.powi((-nd) as i32);
        let y = x / p;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 {
            2.0 * (y / 2.0).round()
        } else {
            r
        };
        return r * p;
    };
    // Rust's `{:.N}` rounds half to even on the exact binary value, as CPython does.
    text.parse().unwrap_or(x)
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = &merge_kwargs(vm, "round", args, kw, &["number", "ndigits"])?[..];
    // Argument clinic's wording, as CPython's round() has.
    if args.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    if args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(format!("round() takes at most 2 arguments ({n} given)")));
    }
    let nd = args.get(1).copied().filter(|v| !v.is_none());
    let v = args[0];
    match as_num(v) {
        Some(Num::Float(f)) => match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.raise_msg("OverflowError", "cannot convert float infinity to integer")
                    });
                }
                let r = f.round();
                let r = if (f - f.trunc()).abs() == 0.5 {
                    2.0 * (f / 2.0).round()
                } else {
                    r
                };
                Ok(float_to_int(vm, r))
            }
            Some(n) => {
                let n = as_int(vm, n, "")?;
                let r = round_float(f, n);
                if r.is_infinite() && f.is_finite() {
                    return Err(
                        vm.raise_msg("OverflowError", "rounded value too large to represent")
                    );
                }
                Ok(Value::Float(r))
            }
        },
        Some(Num::Int(i)) => match nd {
            Some(n) => {
                let n = as_int(vm, n, "")?;
                Ok(round_int(vm, BigInt::from(i), n).unwrap_or(Value::Int(i)))
            }
            None => Ok(Value::Int(i)),
        },
        Some(Num::Big(b)) => match nd {
            Some(n) => {
                let n = as_int(vm, n, "")?;
                Ok(round_int(vm, b, n).unwrap_or(v))
            }
            None => Ok(v),
        },
        None => {
            if let Some(f) = vm.lookup_special(v, "__round__") {
                let mut a = vec![v];
                if let Some(n) = nd {
                    a.push(n);
                }
                return vm.call_value(f, &a, &[]);
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

/// `round(x, n)` for an int and a negative `n`, half to even; None when `n >= 0` (unchanged).
fn round_int(vm: &mut Vm, x: BigInt, n: i64) -> Option<Value> {
    if n >= 0 {
        return None;
    }
    let digits = x.magnitude().to_str_radix(10).len() as u64;
    if n.unsigned_abs() > digits {
        return Some(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
    let q = num_integer::Integer::div_floor(&x, &p);
    let r = &x - &q * &p;
    let twice = &r * 2;
    let odd = num_integer::Integer::is_odd(&q);
    let q = if twice > p || (twice == p && odd) {
        q + 1
    } else {
        q
    };
    Some(vm.new_bigint(q * p))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        let b = num_bigint::BigInt::from(f as i128);
        let b = if f.abs() >= 1.7e38 {
            // Exact conversion for huge floats via their decimal expansion.
            format!("{f:.0}").parse::<BigInt>().unwrap_or_default()
        } else {
            b
        };
        vm.new_bigint(b)
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "divmod", kw)?;
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if as_num(a).is_some() && as_num(b).is_some() {
        return crate::types::int::divmod_pair(vm, a, b);
    }
    divmod_protocol(vm, a, b)
}

/// `divmod(a, b)` through `__divmod__`/`__rdivmod__`, with the binary operator rules: a
/// right operand of a subclass that overrides the reflected method goes first.
#[cold]
fn divmod_protocol(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let (op, rop) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
    let mut b_tried = false;
    if !ta.ptr_eq(tb) && vm.is_subclass(tb, ta) {
        if let Some(f) = vm.class_lookup(tb, rop) {
            let inherited = vm.class_lookup(ta, rop).is_some_and(|g| g.is(&f));
            if !inherited {
                b_tried = true;
                let r = vm.call_value(f, &[b, a], &[])?;
                if !vm.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(f) = vm.class_lookup(ta, op) {
        let r = vm.call_value(f, &[a, b], &[])?;
        if !vm.is_not_implemented(r) {
            return Ok(r);
        }
    }
    if !b_tried && !ta.ptr_eq(tb) {
        if let Some(f) = vm.class_lookup(tb, rop) {
            let r = vm.call_value(f, &[b, a], &[])?;
            if !vm.is_not_implemented(r) {
                return Ok(r);
            }
        }
    }
    let (x, y) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = &merge_kwargs(vm, "pow", args, kw, &["base", "exp", "mod"])?[..];
    arity(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        use kestrel_vm::object::builtin_base;
        let (Some(b), Some(e), Some(m)) = (
            as_num(builtin_base(args[0])),
            as_num(builtin_base(args[1])),
            as_num(builtin_base(args[2])),
        ) else {
            return pow3_dunder(vm, args);
        };
        if matches!(b, Num::Float(_)) || matches!(e, Num::Float(_)) || matches!(m, Num::Float(_)) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let (b, e, m) = (
            kestrel_vm::ops::to_big(&b),
            kestrel_vm::ops::to_big(&e),
            kestrel_vm::ops::to_big(&m),
        );
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let am = num_traits::Signed::abs(&m);
        let mut b = num_integer::Integer::mod_floor(&b, &am);
        let mut e = e;
        if e.is_negative() {
            // A negative exponent raises the modular inverse.
            let g = num_integer::Integer::extended_gcd(&b, &am);
            if !num_traits::One::is_one(&g.gcd) {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
            b = num_integer::Integer::mod_floor(&g.x, &am);
            e = -e;
        }
        let r = b.modpow(&e, &am);
        let r = if m.is_negative() && !r.is_zero() {
            r - am
        } else {
            r
        };
        return Ok(vm.new_bigint(r));
    }
    vm.binary_op(kestrel_compiler::opcodes::BinKind::Pow, args[0], args[1])
}

/// `pow(b, e, m)` of non-int values: the base's `__pow__(e, m)` (Decimal has one).
#[cold]
fn pow3_dunder(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // CPython tries the operands' `__pow__` slots in order: float's refuses any modulus,
    // complex's once base and exponent convert to complex; an int's declines unless all
    // three are ints.
    let bases = [0, 1, 2].map(|i| kestrel_vm::object::builtin_base(args[i]));
    let is_int = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)))
    };
    let is_complex = |v: &Value| matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Complex(..)));
    let is_real = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    let (b, e) = (&bases[0], &bases[1]);
    for op in &bases {
        if matches!(op, Value::Float(_)) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        if is_complex(op) && (is_real(b) || is_complex(b)) && (is_real(e) || is_complex(e)) {
            return Err(vm.value_error("complex modulo"));
        }
    }
    if let Some(f) = vm.lookup_special(args[0], "__pow__") {
        let r = vm.call_value(f, args, &[])?;
        if !matches!(r, Value::Obj(g) if matches!(g.obj(), Obj::NotImplemented)) {
            return Ok(r);
        }
    }
    let [a, b, c] = [0, 1, 2].map(|i| vm.type_name(args[i]));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'"
    )))
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<kestrel_vm::Gc> {
    match as_str(v) {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "getattr", kw)?;
    arity(vm, "getattr", args, 2, 3)?;
    let n = attr_name(vm, args[1])?;
    if args.len() == 2 {
        return vm.getattr(args[0], n);
    }
    Ok(vm.getattr_opt(args[0], n)?.unwrap_or(args[2]))
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "setattr", kw)?;
    arity(vm, "setattr", args, 3, 3)?;
    let n = attr_name(vm, args[1])?;
    vm.setattr(args[0], n, args[2])?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "delattr", kw)?;
    arity(vm, "delattr", args, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    vm.delattr(args[0], n)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "hasattr", kw)?;
    arity(vm, "hasattr", args, 2, 2)?;
    let n = attr_name(vm, args[1])?;
    Ok(Value::Bool(vm.getattr_opt(args[0], n)?.is_some()))
}

pub(crate) fn callable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "callable", kw)?;
    arity(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let r = match v {
        Value::Obj(g) => match g.obj() {
            Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            Obj::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
            _ => false,
        },
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "input", kw)?;
    arity(vm, "input", args, 0, 1)?;
    if let Some(r) = crate::modules::input_redirected(vm, args.first().copied())? {
        return Ok(r);
    }
    if let Some(p) = args.first() {
        let s = vm.str_of(*p)?;
        vm.out.write(&s);
    }
    vm.out.flush();
    match kestrel_vm::signals::read_stdin_line(vm)? {
        None => Err(vm.raise_msg("EOFError", "EOF when reading a line")),
        Some(bytes) => {
            let mut line = String::from_utf8_lossy(&bytes).into_owned();
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_string(line))
        }
    }
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "format", kw)?;
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => str_arg(vm, *s, "format() argument 2")?.to_string(),
        None => String::new(),
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_string(s))
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let v = args[0];
    let Some(v) = vm.index_value(v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let s = vm.format(v, spec)?;
    Ok(vm.new_string(s))
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "bin", kw)?;
    radix(vm, args, "bin", "#b")
}
fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "hex", kw)?;
    radix(vm, args, "hex", "#x")
}
fn oct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "oct", kw)?;
    radix(vm, args, "oct", "#o")
}

fn exit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let code = args.first().copied().unwrap_or(Value::None);
    let cls = vm.exc_class("SystemExit");
    let e = vm.new_exception(cls, if code.is_none() { vec![] } else { vec![code] });
    Err(vm.raise(e))
}

/// `int`'s and friends' kinds for `type.__call__` on builtins are in `types.rs`.
pub fn kind_of(vm: &Vm, cls: kestrel_vm::Gc) -> Kind {
    let _ = vm;
    match cls.obj() {
        Obj::Class(c) => c.kind.get(),
        _ => Kind::Other,
    }
}

pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match as_num(v) {
        Some(n) => {
            if let Num::Big(b) = &n {
                if b.to_f64().is_none_or(|f| f.is_infinite()) {
                    return Err(vm.raise_msg("OverflowError", "int too large to convert to float"));
                }
            }
            Ok(num_to_f64(&n))
        }
        None => {
            if let Some(f) = vm.lookup_special(v, "__float__") {
                let r = vm.call_value(f, &[v], &[])?;
                if let Value::Float(x) = kestrel_vm::object::builtin_base(r) {
                    return Ok(x);
                }
                let (c, t) = (vm.type_name(v), vm.type_name(r));
                return Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")));
            }
            // Like CPython's PyFloat_AsDouble: an object with only `__index__` converts too.
            if let Some(i) = vm.index_value(v)? {
                return to_f64(vm, i);
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {t}")))
        }
    }
}
