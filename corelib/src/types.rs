//! Constructors (`__new__`) and methods of the builtin types.

pub mod bytearray;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod memoryview;
pub mod str;
pub mod unicode_tables;

use crate::args::*;
use crate::builtins::{float_to_int, len_of, sort_values, to_f64};
use kestrel_vm::dict::Dict;
use kestrel_vm::object::*;
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generic_alias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod newargs;
pub mod range;
pub mod reduce;
pub mod set;
pub mod singletons;
pub mod sizeof;
pub mod subclass;
pub mod unicode_error;

type F = kestrel_vm::object::NativeFnPtr;

mod binding;
mod code;
mod getset;
mod instance_dict;
mod mappingproxy;
mod member;
mod method;
mod module;
mod property;
mod protocols;
mod typeobj;

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm| {
        (
            vm.types.object,
            vm.types.type_,
            vm.types.int,
            vm.types.bool_,
            vm.types.float,
            vm.types.str_,
            vm.types.list,
            vm.types.tuple,
            vm.types.dict,
            vm.types.set,
            vm.types.frozenset,
            vm.types.range,
        )
    };
    let (object, type_, int, bool_, float, str_, list, tuple, dict, set, frozenset, range) = t(vm);
    let news: &[(Gc, &'static str, F)] = &[
        (object, "object.__new__", object_new),
        (type_, "type.__new__", typeobj::type_new),
        (int, "int.__new__", int_new),
        (bool_, "bool.__new__", bool_new),
        (float, "float.__new__", float_new),
        (str_, "str.__new__", str_new),
        (list, "list.__new__", list_new),
        (tuple, "tuple.__new__", tuple_new),
        (dict, "dict.__new__", dict_new),
        (set, "set.__new__", set_new),
        (frozenset, "frozenset.__new__", frozenset_new),
        (range, "range.__new__", range_new),
        (vm.types.slice, "slice.__new__", slice_new),
        (
            vm.types.staticmethod,
            "staticmethod.__new__",
            staticmethod_new,
        ),
        (vm.types.classmethod, "classmethod.__new__", classmethod_new),
        (vm.types.super_, "super.__new__", super_new),
    ];
    for (cls, name, f) in news {
        let v = vm.new_native(name, *f);
        vm.class_set(*cls, "__new__", v);
    }
    // Before any lazy type is made (BaseException's descriptors make getset_descriptor).
    iterators::install(vm);
    let base_exc = vm.exc_class("BaseException");
    let v = vm.new_native("BaseException.__new__", object_new);
    vm.class_set(base_exc, "__new__", v);
    vm.add_method(base_exc, "__init__", exc_init);
    vm.add_method(object, "__init__", object_init);
    // The callable is taken by `__new__`; `__init__` accepts it again for subclasses that
    // call `super().__init__(func)` (abc's `abstractclassmethod`).
    for cls in [vm.types.classmethod, vm.types.staticmethod] {
        vm.add_method(cls, "__init__", wrapper_init);
    }
    vm.add_method(object, "__eq__", object_eq);
    vm.add_method(object, "__ne__", object_ne);
    vm.add_method(object, "__hash__", object_hash);
    vm.add_classmethod(object, "__subclasshook__", object_subclasshook);
    vm.add_method(object, "__repr__", object_repr);
    vm.add_method(object, "__str__", object_str);
    vm.add_method(object, "__format__", object_format);
    property::install(vm);
    member::install(vm);
    getset::install(vm);
    mappingproxy::install(vm);
    singletons::install(vm);
    instance_dict::install(vm);
    method::install(vm);
    module::install(vm);
    code::install(vm);
    vm.add_method(vm.types.type_, "mro", type_mro);
    vm.add_method(vm.types.type_, "__subclasses__", type_subclasses);

    let str_methods: &'static [(&'static str, F)] = &[
        ("split", crate::strmethods::split),
        ("rsplit", crate::strmethods::rsplit),
        ("join", crate::strmethods::join),
        ("strip", crate::strmethods::strip),
        ("lstrip", crate::strmethods::lstrip),
        ("rstrip", crate::strmethods::rstrip),
        ("replace", crate::strmethods::replace),
        ("find", crate::strmethods::find),
        ("rfind", crate::strmethods::rfind),
        ("index", crate::strmethods::index),
        ("rindex", crate::strmethods::rindex),
        ("count", crate::strmethods::count),
        ("startswith", crate::strmethods::startswith),
        ("endswith", crate::strmethods::endswith),
        ("upper", crate::strmethods::upper),
        ("lower", crate::strmethods::lower),
        ("casefold", crate::strmethods::lower),
        ("title", crate::strmethods::title),
        ("capitalize", crate::strmethods::capitalize),
        ("swapcase", crate::strmethods::swapcase),
        ("isdigit", crate::strmethods::isdigit),
        ("isdecimal", crate::strmethods::isdigit),
        ("isnumeric", crate::strmethods::isdigit),
        ("isalpha", crate::strmethods::isalpha),
        ("isalnum", crate::strmethods::isalnum),
        ("isspace", crate::strmethods::isspace),
        ("isupper", crate::strmethods::isupper),
        ("islower", crate::strmethods::islower),
        ("isidentifier", crate::strmethods::isidentifier),
        ("istitle", crate::strmethods::istitle),
        ("center", crate::strmethods::center),
        ("ljust", crate::strmethods::ljust),
        ("rjust", crate::strmethods::rjust),
        ("zfill", crate::strmethods::zfill),
        ("partition", crate::strmethods::partition),
        ("rpartition", crate::strmethods::rpartition),
        ("splitlines", crate::strmethods::splitlines),
        ("format", crate::strmethods::format),
        ("encode", crate::strmethods::encode),
        ("expandtabs", crate::strmethods::expandtabs),
        ("removeprefix", crate::strmethods::removeprefix),
        ("removesuffix", crate::strmethods::removesuffix),
        ("__len__", crate::strmethods::len),
        ("__repr__", base_repr),
        ("__str__", str_str),
    ];
    vm.add_methods(str_, str_methods);
    let list_methods: &'static [(&'static str, F)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__init__", list_init),
        ("__repr__", base_repr),
        ("__delitem__", generic_delitem),
        ("__len__", generic_len),
        ("__getitem__", generic_getitem),
        ("__setitem__", generic_setitem),
        ("__contains__", generic_contains),
        ("__iter__", generic_iter),
    ];
    vm.add_methods(list, list_methods);
    vm.add_methods(
        tuple,
        &[
            ("__repr__", base_repr as F),
            ("index", seq_index as F),
            ("count", seq_count),
            ("__len__", generic_len),
            ("__getitem__", generic_getitem),
            ("__contains__", generic_contains),
            ("__iter__", generic_iter),
        ],
    );
    let dict_methods: &'static [(&'static str, F)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("items", dict_items),
        ("keys", dict_keys),
        ("values", dict_values),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__init__", dict_init),
        ("__repr__", base_repr),
        ("__delitem__", generic_delitem),
        ("__len__", generic_len),
        ("__getitem__", generic_getitem),
        ("__setitem__", generic_setitem),
        ("__contains__", generic_contains),
        ("__iter__", generic_iter),
    ];
    vm.add_methods(dict, dict_methods);
    let v = vm.new_native("dict.fromkeys", dict_fromkeys);
    let cm = Value::Obj(vm.alloc(Obj::ClassMethod(v)));
    vm.class_set(dict, "fromkeys", cm);
    let set_methods: &'static [(&'static str, F)] = &[
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("copy", set_copy),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("__len__", generic_len),
        ("__contains__", generic_contains),
        ("__iter__", generic_iter),
    ];
    vm.add_methods(set, set_methods);
    vm.add_methods(
        frozenset,
        &[
            ("union", set_union as F),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symdiff),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("copy", set_copy),
            ("__len__", generic_len),
            ("__contains__", generic_contains),
        ],
    );
    vm.add_method(float, "is_integer", float_is_integer);
    vm.add_method(float, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(float, "hex", float_hex);
    let v = vm.new_native("float.fromhex", float_fromhex);
    let cm = Value::Obj(vm.alloc(Obj::ClassMethod(v)));
    vm.class_set(float, "fromhex", cm);
    let gen = vm.types.generator;
    vm.add_method(gen, "send", gen_send);
    vm.add_method(gen, "__next__", gen_next);
    vm.add_method(gen, "__iter__", identity);
    vm.add_method(gen, "close", gen_close);
    vm.add_method(gen, "throw", coroutine::throw);
    let it = vm.types.iterator;
    vm.add_method(it, "__next__", gen_next);
    vm.add_method(it, "__iter__", identity);
    vm.add_method(it, "__length_hint__", iterators::length_hint);
    typeobj::install(vm);
    crate::dunders::install(vm);
    int::install(vm);
    float::install(vm);
    list::install(vm);
    dict::install(vm);
    range::install(vm);
    newargs::install(vm);
    reduce::install(vm);
    sizeof::install(vm);
    exception::install(vm);
    generic_alias::install(vm);
    set::install(vm);
    crate::strmethods3::install(vm);
    coroutine::install(vm);
    protocols::install(vm);
    binding::install(vm);
}

fn identity(_: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(c)) if matches!(c.obj(), Obj::Class(_)) => {
            vm.check_not_abstract(*c)?;
            if let Obj::Class(k) = c.obj() {
                if k.is_builtin {
                    if let Some(v) = builtin_without_new(vm, *c, args)? {
                        return Ok(v);
                    }
                }
                // The builtin value types have their own __new__ (CPython's tp_new check).
                let builtin_with_new = k.is_builtin
                    && matches!(
                        k.name.borrow().as_str(),
                        "int"
                            | "float"
                            | "complex"
                            | "bool"
                            | "str"
                            | "bytes"
                            | "bytearray"
                            | "tuple"
                            | "list"
                            | "dict"
                            | "set"
                            | "frozenset"
                            | "type"
                    );
                if builtin_with_new
                    || matches!(
                        k.kind.get(),
                        Kind::Value | Kind::List | Kind::Dict | Kind::Set
                    )
                {
                    // The builtin value would be missing: CPython refuses too.
                    let n = vm.class_name(*c);
                    return Err(vm.type_error(format!(
                        "object.__new__({n}) is not safe, use {n}.__new__()"
                    )));
                }
            }
            if args.len() > 1 || !kw.is_empty() {
                object_new_excess_args(vm, *c)?;
            }
            let g = vm.new_instance(*c, &args[1..]);
            Ok(Value::Obj(g))
        }
        Some(v) => {
            let t = vm.type_name(*v);
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({t})")))
        }
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

/// `T()` of a builtin type without a constructor of its own: the singleton of `NoneType`,
/// `NotImplementedType` and `ellipsis`, a TypeError for the types CPython cannot
/// instantiate (iterators, generators, views, ...); None for the others.
#[cold]
fn builtin_without_new(vm: &mut Vm, c: Gc, args: &[Value]) -> PyResult<Option<Value>> {
    let t = &vm.types;
    if c.ptr_eq(t.function) {
        return function::new_from_code(vm, args).map(Some);
    }
    let singleton = if c.ptr_eq(t.none) {
        Some(Value::None)
    } else if c.ptr_eq(t.notimpl) {
        Some(Value::Obj(vm.none_singletons.0))
    } else if c.ptr_eq(t.ellipsis) {
        Some(Value::Obj(vm.none_singletons.1))
    } else {
        None
    };
    if let Some(v) = singleton {
        if args.len() > 1 {
            let n = vm.class_name(c);
            return Err(vm.type_error(format!("{n} takes no arguments")));
        }
        return Ok(Some(v));
    }
    let no_instances = [
        t.generator,
        t.coroutine,
        t.async_generator,
        t.iterator,
        t.dict_keys,
        t.dict_values,
        t.dict_items,
        t.builtin_fn,
        t.coroutine_wrapper,
        t.async_asend,
        t.async_athrow,
        t.anext_awaitable,
    ];
    if no_instances.iter().any(|x| x.ptr_eq(c)) || vm.is_final_lazy_type(c) {
        let n = vm.class_name(c);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    }
    Ok(None)
}

/// `object.__new__(cls, extra)`: an error unless `cls` overrides `__init__` (and not
/// `__new__`), which then takes the arguments.
fn object_new_excess_args(vm: &mut Vm, cls: Gc) -> PyResult<()> {
    if matches!(cls.obj(), Obj::Class(c) if c.kind.get() == Kind::Exception) {
        return Ok(());
    }
    let (new, init) = (vm.intern("__new__"), vm.intern("__init__"));
    let object = vm.types.object;
    let same = |vm: &Vm, name| match (vm.class_lookup(cls, name), vm.class_lookup(object, name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    if !same(vm, new) {
        return Err(
            vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)")
        );
    }
    if same(vm, init) {
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!("{n}() takes no arguments")));
    }
    Ok(())
}

/// `object.__init__(self, *args)`: extra arguments are an error unless the class overrides
/// `__new__` and not `__init__` (CPython's rule).
fn object_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() <= 1 && kw.is_empty() {
        return Ok(Value::None);
    }
    let Some(&this) = args.first() else {
        return Ok(Value::None);
    };
    let cls = vm.type_of(this);
    let object = vm.types.object;
    let (init, new) = (vm.names.init, vm.names.new);
    let same = |vm: &Vm, n| match (vm.class_lookup(cls, n), vm.class_lookup(object, n)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    if !same(vm, init) {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if same(vm, new) {
        let name = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "{name}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(Value::None)
}

fn wrapper_init(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__init__", args, 2, 2)?;
    Ok(Value::None)
}

fn object_eq(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::Obj(vm.none_singletons.0)
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__ne__", args, 2, 2)?;
    // `self.__eq__(other)` inverted, NotImplemented passed through.
    let r = match vm.lookup_special(args[0], "__eq__") {
        Some(f) => vm.call_value(f, &[args[0], args[1]], &[])?,
        None => Value::Obj(vm.none_singletons.0),
    };
    if vm.is_not_implemented(r) {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match args[0] {
        Value::Obj(g) => (g.addr() >> 4) as i64,
        v => vm.hash(v)?,
    }))
}

fn object_repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = args[0];
    let s = match v {
        Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)) => {
            let cls = vm.type_of(v);
            let q = match cls.obj() {
                Obj::Class(c) => c.qualname.borrow().clone(),
                _ => "?".into(),
            };
            let m = vm
                .getattr_str(Value::Obj(cls), "__module__")
                .map(|m| vm.key_str(m))
                .unwrap_or_default();
            format!("<{m}.{q} object at {:#x}>", g.addr())
        }
        // `object.__repr__(5)`: the default repr, not the type's own.
        _ => {
            let t = vm.type_name(v);
            let id = crate::types::int::call_builtin(vm, "id", &[v])?;
            let id = vm.repr(id)?.parse::<u64>().unwrap_or(0);
            format!("<{t} object at {id:#x}>")
        }
    };
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_string(s))
}

fn object_format(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__format__", args, 2, 2)?;
    let spec = vm.str_of(args[1])?;
    if !spec.is_empty() {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    let s = vm.str_of(args[0])?;
    Ok(vm.new_string(s))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        exc_init_keywords(vm, args[0], kw)?;
    }
    unicode_error::check_init(vm, args[0], &args[1..])?;
    if let Some(d) = Vm::exc_data(args[0]) {
        let t = vm.new_tuple(args[1..].to_vec());
        d.borrow_mut().args = t;
    }
    Ok(Value::None)
}

/// The keywords a few exception classes take (stored as attributes); others take none.
#[cold]
fn exc_init_keywords(vm: &mut Vm, exc: Value, kw: Kwargs) -> PyResult<()> {
    let is = |vm: &Vm, c: &str| vm.exc_class_made(c).is_some_and(|k| vm.isinstance(exc, k));
    let (owner, allowed): (&str, &[&str]) = if is(vm, "ImportError") {
        ("ImportError", &["name", "path"])
    } else if is(vm, "AttributeError") {
        ("AttributeError", &["name", "obj"])
    } else if is(vm, "NameError") {
        ("NameError", &["name"])
    } else {
        let t = vm.type_name(exc);
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    };
    check_kwargs(vm, owner, kw, allowed)?;
    for &(k, v) in kw {
        let Value::Obj(name) = k else { continue };
        vm.setattr(exc, name, v)?;
    }
    Ok(())
}

fn type_mro(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        // Named by the class it is bound to: `int.mro()`.
        let c = match args[0] {
            Value::Obj(c) if matches!(c.obj(), Obj::Class(_)) => vm.class_name(c),
            _ => "type".to_string(),
        };
        no_args(vm, args, &format!("{c}.mro"))?;
    }
    let m = vm.getattr_str(args[0], "__mro__")?;
    let items = vm.collect_iter(m)?;
    Ok(vm.new_list(items))
}

/// `cls.__subclasses__()`: the classes that name `cls` as a direct base, oldest first (found
/// by walking the heap, ordered by `Class::born`; classes keep no list of their subclasses).
fn type_subclasses(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' needs a type"));
    };
    vm.complete_builtins();
    let mut subs: Vec<Value> = vm
        .heap
        .objects()
        .filter(|g| match g.obj() {
            Obj::Class(c) => c.bases.borrow().iter().any(|b| b.ptr_eq(cls)),
            _ => false,
        })
        .map(Value::Obj)
        .collect();
    subs.sort_by_key(|v| match v {
        Value::Obj(g) => match g.obj() {
            Obj::Class(c) => c.born,
            _ => 0,
        },
        _ => 0,
    });
    // Builtin exception classes are made on first use; list them in hierarchy order, so the
    // answer does not depend on which were used first.
    subs.sort_by_key(|v| match v {
        Value::Obj(g) => kestrel_vm::exc::builtin_exc_rank(vm, *g),
        _ => usize::MAX,
    });
    Ok(vm.new_list(subs))
}

/// `int(s, base)` of a string with more digits than `sys.get_int_max_str_digits()` allows
/// (bases that are powers of two are exempt, as in CPython).
fn check_digit_limit(vm: &mut Vm, s: &str, base: u32) -> PyResult<()> {
    let limit = kestrel_vm::intlimit::max_str_digits();
    if limit == 0 || s.len() <= limit || matches!(base, 2 | 4 | 8 | 16 | 32) {
        return Ok(());
    }
    let t = s.trim();
    if base == 0
        && t.len() > 2
        && matches!(
            &t.as_bytes()[..2],
            [b'0', b'x' | b'X' | b'o' | b'O' | b'b' | b'B']
        )
    {
        return Ok(());
    }
    let digits = t.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if digits > limit {
        return Err(vm.int_str_limit_error(Some(digits)));
    }
    Ok(())
}

pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let s = crate::types::str::numeric_ascii(s);
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.get(..2).map(|p| p.to_ascii_lowercase());
    let prefixed = |p: &str| lower.as_deref() == Some(p);
    let (base, mut digits) = match base {
        0 | 16 if prefixed("0x") => (16, &body[2..]),
        0 | 8 if prefixed("0o") => (8, &body[2..]),
        0 | 2 if prefixed("0b") => (2, &body[2..]),
        0 => {
            // A decimal literal: no leading zeros unless the value is zero.
            let nonzero = body.bytes().any(|c| c != b'0' && c != b'_');
            if body.len() > 1 && body.starts_with('0') && nonzero {
                return None;
            }
            (10, body)
        }
        b => (b, body),
    };
    // One underscore may follow a base prefix; elsewhere only between digits.
    if digits.len() < body.len() {
        digits = digits.strip_prefix('_').unwrap_or(digits);
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: Vec<u8> = digits.bytes().filter(|&c| c != b'_').collect();
    if !clean.iter().all(|&c| (c as char).is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(&clean, base)?;
    Some(if neg { -v } else { v })
}

/// `float(str)`: an optional sign then `inf`/`infinity`/`nan` (any case) or a decimal literal
/// with single underscores between digits; surrounding whitespace allowed.
pub fn parse_float_text(s: &str) -> Option<f64> {
    let s = crate::types::str::numeric_ascii(s);
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let x = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if !is_float_literal(body.as_bytes()) {
                return None;
            }
            body.replace('_', "").parse::<f64>().ok()?
        }
    };
    Some(if neg { -x } else { x })
}

/// digits [`.` [digits]] | `.` digits, then an optional exponent; digits may have single
/// underscores between them.
fn is_float_literal(b: &[u8]) -> bool {
    // The end of a run of digits starting at `i` (i itself when there is none).
    fn digits(b: &[u8], mut i: usize) -> usize {
        let start = i;
        while i < b.len() {
            let sep = b[i] == b'_' && i > start && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if b[i].is_ascii_digit() || sep {
                i += 1;
            } else {
                break;
            }
        }
        i
    }
    let mut i = digits(b, 0);
    let int_digits = i > 0;
    let mut frac_digits = false;
    if b.get(i) == Some(&b'.') {
        let j = digits(b, i + 1);
        frac_digits = j > i + 1;
        i = j;
    }
    if !int_digits && !frac_digits {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let j = digits(b, i);
        if j == i {
            return false;
        }
        i = j;
    }
    i == b.len()
}

/// The text of a bytes-like argument to `int()`/`float()`, whose digits are ASCII.
fn bytes_text(v: Value) -> Option<String> {
    match kestrel_vm::bytesobj::bytes_like(v)? {
        Ok(data) => Some(data.iter().map(|&b| b as char).collect()),
        Err(_) => None,
    }
}

/// How a rejected literal is shown: a str's repr, or (for any bytes-like argument) the repr
/// of its bytes, as CPython shows them.
fn literal_repr(_vm: &mut Vm, v: Value, s: &str) -> PyResult<String> {
    if as_str(v).is_some() {
        Ok(kestrel_vm::repr::str_repr(s))
    } else {
        let data: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        Ok(kestrel_vm::bytesobj::bytes_repr(&data))
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, int, int_new);
    let args = &args[1..];
    // Clinic counts keywords too: `int('1', 10, base=2)` is three arguments.
    if args.len() + kw.len() > 2 {
        let n = args.len() + kw.len();
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({n} given)")));
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| vm.key_str(*k) != "base") {
        let k = vm.key_str(*k);
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    let base = args.get(1).copied().or_else(|| kwarg(vm, kw, "base"));
    let Some(&v) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = as_int(vm, b, "")?;
        let text;
        let s = match as_str(v) {
            Some(s) => s,
            None => match bytes_text(v) {
                Some(t) => {
                    text = t;
                    text.as_str()
                }
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            },
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        check_digit_limit(vm, s, b as u32)?;
        return match parse_int(s, b as u32) {
            Some(n) => Ok(vm.new_bigint(n)),
            None => {
                let r = literal_repr(vm, v, s)?;
                Err(vm.value_error(format!("invalid literal for int() with base {b}: {r}")))
            }
        };
    }
    match as_num(v) {
        Some(Num::Int(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(_)) => return Ok(v),
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(
                    vm.raise_msg("OverflowError", "cannot convert float infinity to integer")
                );
            }
            return Ok(float_to_int(vm, f.trunc()));
        }
        None => {}
    }
    let text = bytes_text(v);
    if let Some(s) = as_str(v).or(text.as_deref()) {
        check_digit_limit(vm, s, 10)?;
        return match parse_int(s, 10) {
            Some(n) => Ok(vm.new_bigint(n)),
            None => {
                let r = literal_repr(vm, v, s)?;
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_special(v, m) {
            let r = vm.call_value(f, &[v], &[])?;
            return exact_int_result(vm, r, m);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
    )))
}

/// The result of `__int__`/`__index__`/`__trunc__` as an exact int, as `int(x)` gives it:
/// int subclasses lose their class, anything else is a TypeError.
#[cold]
fn exact_int_result(vm: &mut Vm, r: Value, method: &str) -> PyResult<Value> {
    match as_num(kestrel_vm::object::builtin_base(r)) {
        Some(Num::Int(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) => Ok(vm.new_bigint(b)),
        _ if method == "__trunc__" => match vm.lookup_special(r, "__index__") {
            Some(f) => {
                let i = vm.call_value(f, &[r], &[])?;
                exact_int_result(vm, i, "__index__")
            }
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__trunc__ returned non-Integral (type {t})")))
            }
        },
        _ => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("{method} returned non-int (type {t})")))
        }
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = &args[1..];
    reject_kwargs(vm, "bool", kw)?;
    arity(vm, "bool", args, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(*v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, float, float_new);
    let args = &args[1..];
    reject_kwargs(vm, "float", kw)?;
    arity(vm, "float", args, 0, 1)?;
    let Some(&v) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    let text = bytes_text(v);
    if let Some(s) = as_str(v).or(text.as_deref()) {
        let f = parse_float_text(s);
        return match f {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = literal_repr(vm, v, s)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if as_num(v).is_none()
        && vm.lookup_special(v, "__float__").is_none()
        && vm.lookup_special(v, "__index__").is_none()
    {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{t}'"
        )));
    }
    Ok(Value::Float(to_f64(vm, v)?))
}

fn str_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, str_, str_new);
    let mut args = args[1..].to_vec();
    let mut rest = Vec::new();
    for &(k, v) in kw {
        if vm.key_str(k) == "object" {
            if !args.is_empty() {
                return Err(
                    vm.type_error("argument for str() given by name ('object') and position (1)")
                );
            }
            args.push(v);
        } else {
            rest.push((k, v));
        }
    }
    if args.len() > 3 {
        let n = args.len();
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({n} given)")));
    }
    if args.len() > 1 || !rest.is_empty() {
        return bytes::decode_to_str(vm, &args, &rest);
    }
    match args.first() {
        Some(v) => vm.str_object(*v),
        None => Ok(vm.new_str("")),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, list, list_new);
    let args = &args[1..];
    reject_kwargs(vm, "list", kw)?;
    arity(vm, "list", args, 0, 1)?;
    let items = match args.first() {
        Some(v) => collect_with_hint(vm, *v)?,
        None => vec![],
    };
    Ok(vm.new_list(items))
}

/// The items of `v` as `list(v)` takes them: an object of a Python class with `__len__` is
/// asked its length as a size hint after `iter()` (CPython's `PyObject_LengthHint`, a call a
/// program can observe); a TypeError from it is ignored.
fn collect_with_hint(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let is_instance = matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_)));
    if !is_instance {
        return vm.collect_iter(v);
    }
    let Some(len) = vm
        .lookup_special(v, "__len__")
        .filter(|f| !kestrel_vm::object::is_vm_native(*f))
    else {
        return vm.collect_iter(v);
    };
    let it = vm.get_iter(v)?;
    if let Err(e) = vm.call_value(len, &[v], &[]) {
        if !vm.raised_is("TypeError") {
            return Err(e);
        }
        vm.take_raised();
    }
    vm.collect_iter(it)
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, tuple, tuple_new);
    let args = &args[1..];
    reject_kwargs(vm, "tuple", kw)?;
    arity(vm, "tuple", args, 0, 1)?;
    let items = match args.first() {
        Some(v) => {
            if let Value::Obj(g) = v {
                if matches!(g.obj(), Obj::Tuple(_)) {
                    return Ok(*v);
                }
            }
            vm.collect_iter(*v)?
        }
        None => vec![],
    };
    Ok(vm.new_tuple(items))
}

pub(crate) fn dict_fill(vm: &mut Vm, d: Value, src: Option<Value>, kw: Kwargs) -> PyResult<()> {
    if let Some(src) = src {
        let is_mapping = matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)))
            || vm.lookup_special(src, "keys").is_some();
        if is_mapping {
            for (k, v) in vm.mapping_items(src)? {
                vm.dict_setitem(d, k, v)?;
            }
        } else {
            let items = vm.collect_iter(src)?;
            for (i, item) in items.into_iter().enumerate() {
                let pair = vm.collect_iter(item).map_err(|e| {
                    let _ = e;
                    vm.raised = Value::Empty;
                    let t = vm.type_name(item);
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                    .clone_marker(t)
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_setitem(d, pair[0], pair[1])?;
            }
        }
    }
    for (k, v) in kw {
        vm.dict_setitem(d, *k, *v)?;
    }
    Ok(())
}

trait CloneMarker {
    fn clone_marker(self, _t: String) -> Self;
}
impl CloneMarker for kestrel_vm::Raised {
    fn clone_marker(self, _t: String) -> Self {
        self
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, dict, dict_new);
    let args = &args[1..];
    arity(vm, "dict", args, 0, 1)?;
    let d = vm.new_dict(Dict::new());
    dict_fill(vm, d, args.first().copied(), kw)?;
    Ok(d)
}

fn set_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, set, set_new);
    let args = &args[1..];
    reject_kwargs(vm, "set", kw)?;
    arity(vm, "set", args, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::Obj(vm.set_made_from(*v, false)?)),
        None => Ok(vm.new_set(false)),
    }
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::subclass_guard!(vm, args, kw, frozenset, frozenset_new);
    let args = &args[1..];
    reject_kwargs(vm, "frozenset", kw)?;
    arity(vm, "frozenset", args, 0, 1)?;
    match args.first() {
        // An exact frozenset is its own copy.
        Some(v @ Value::Obj(g)) if matches!(g.obj(), Obj::Set(_, true)) => Ok(*v),
        Some(v) => Ok(Value::Obj(vm.set_made_from(*v, true)?)),
        None => Ok(vm.new_set(true)),
    }
}

fn range_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = &args[1..];
    reject_kwargs(vm, "range", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    match small_range(args) {
        Some(Some((a, b, c))) => return Ok(Value::Obj(vm.alloc(Obj::Range(a, b, c)))),
        Some(None) => return Err(vm.value_error("range() arg 3 must not be zero")),
        None => {}
    }
    let mut n = Vec::new();
    for a in args {
        match vm.index_value(*a)?.and_then(as_num) {
            Some(Num::Int(i)) => n.push(BigInt::from(i)),
            Some(Num::Big(b)) => n.push(b),
            _ => {
                let t = vm.type_name(*a);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    let one = BigInt::from(1);
    let (start, stop, step) = match n.len() {
        1 => (BigInt::from(0), n[0].clone(), one),
        2 => (n[0].clone(), n[1].clone(), one),
        _ => (n[0].clone(), n[1].clone(), n[2].clone()),
    };
    if step == BigInt::from(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(kestrel_vm::bigrange::BigRange { start, stop, step }))
}

/// The common `range(...)` of small ints whose length fits a machine word, without going
/// through big-int arithmetic: Some(None) for a zero step, None when it does not apply.
#[inline]
#[allow(clippy::option_option)]
fn small_range(args: &[Value]) -> Option<Option<(i64, i64, i64)>> {
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    let (a, b, c) = match args {
        [stop] => (0, int(stop)?, 1),
        [start, stop] => (int(start)?, int(stop)?, 1),
        [start, stop, step] => (int(start)?, int(stop)?, int(step)?),
        _ => return None,
    };
    if c == 0 {
        return Some(None);
    }
    let (a128, b128, c128) = (a as i128, b as i128, c as i128);
    let len = if c > 0 {
        (b128 - a128 + c128 - 1).div_euclid(c128)
    } else {
        (a128 - b128 - c128 - 1).div_euclid(-c128)
    };
    if len > i64::MAX as i128 {
        return None;
    }
    Some(Some((a, b, c)))
}

fn slice_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "slice", kw)?;
    let args = &args[1..];
    arity(vm, "slice", args, 1, 3)?;
    let (a, b, c) = match args.len() {
        1 => (Value::None, args[0], Value::None),
        2 => (args[0], args[1], Value::None),
        _ => (args[0], args[1], args[2]),
    };
    Ok(Value::Obj(vm.alloc(Obj::Slice(a, b, c))))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "staticmethod", kw)?;
    arity(vm, "staticmethod", &args[1..], 1, 1)?;
    Ok(Value::Obj(vm.alloc(Obj::StaticMethod(args[1]))))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "classmethod", kw)?;
    arity(vm, "classmethod", &args[1..], 1, 1)?;
    Ok(Value::Obj(vm.alloc(Obj::ClassMethod(args[1]))))
}

fn super_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "super", kw)?;
    let args = &args[1..];
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() == 1 && !matches!(args[0], Value::Obj(c) if matches!(c.obj(), Obj::Class(_))) {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
    }
    if args.len() == 1 || (args.len() == 2 && args[1].is_none()) {
        // `super(B)` (and `super(B, None)`): unbound until its `__get__` binds it.
        if let Value::Obj(c) = args[0] {
            return Ok(Value::Obj(vm.alloc(Obj::Super(c, Value::Empty))));
        }
    }
    if args.len() != 2 {
        return Err(vm.raise_msg("RuntimeError", "super(): no arguments"));
    }
    let c = match args[0] {
        Value::Obj(c) if matches!(c.obj(), Obj::Class(_)) => c,
        v => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
        }
    };
    let ok = vm.isinstance(args[1], c)
        || matches!(args[1], Value::Obj(o) if matches!(o.obj(), Obj::Class(_)) && vm.is_subclass(o, c));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Obj(vm.alloc(Obj::Super(c, args[1]))))
}

// ----- sequences -----

// The generic methods act on the builtin object behind an instance of a subclass (its
// `base`), so that `super().__setitem__(k, v)` and inherited methods reach the data instead of
// dispatching back to the instance.
fn generic_len(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(len_of(vm, builtin_base(args[0]))? as i64))
}
fn generic_getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getitem__", args, 2, 2)?;
    let base = builtin_base(args[0]);
    if !base.is(&args[0]) && matches!(base, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_))) {
        // `d[k]` on a dict subclass: a missing key goes to `__missing__` if defined.
        if let Some(v) = vm.dict_getitem_opt(base, args[1])? {
            return Ok(v);
        }
        if let Some(f) = vm.lookup_special(args[0], "__missing__") {
            return vm.call_value(f, &[args[0], args[1]], &[]);
        }
    }
    vm.getitem(base, args[1])
}
fn generic_setitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__setitem__", args, 3, 3)?;
    vm.setitem(builtin_base(args[0]), args[1], args[2])?;
    Ok(Value::None)
}
fn generic_delitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__delitem__", args, 2, 2)?;
    vm.delitem(builtin_base(args[0]), args[1])?;
    Ok(Value::None)
}
fn generic_contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(vm.contains(builtin_base(args[0]), args[1])?))
}
fn generic_iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.get_iter(builtin_base(args[0]))
}
/// `str.__str__`: the exact str value.
fn str_str(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if as_str(args[0]).is_none() {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "descriptor '__str__' requires a 'str' object but received a '{t}'"
        )));
    }
    // The exact str: a str subclass instance's base value.
    Ok(builtin_base(args[0]))
}

fn base_repr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = vm.repr(builtin_base(args[0]))?;
    Ok(vm.new_string(s))
}
/// `list.__init__(self, iterable=())` for instances of list subclasses.
fn list_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "list", kw)?;
    arity(vm, "list", &args[1..], 0, 1)?;
    let l = the_list(vm, args[0], "__init__")?;
    let items = match args.get(1) {
        Some(v) => vm.collect_iter(*v)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items;
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kw)` for instances of dict subclasses.
fn dict_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "dict", &args[1..], 0, 1)?;
    if dict_table(args[0]).is_none() {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    }
    dict_fill(vm, builtin_base(args[0]), args.get(1).copied(), kw)?;
    Ok(Value::None)
}

fn the_list(vm: &mut Vm, v: Value, name: &str) -> PyResult<&'static RefCell<Vec<Value>>> {
    match list_of(v) {
        Some(l) => Ok(l),
        None => Err(not_applicable(vm, name, "list", v)),
    }
}

/// CPython's error for a method of `owner` called on something else.
#[cold]
fn not_applicable(vm: &mut Vm, name: &str, owner: &str, v: Value) -> kestrel_vm::Raised {
    let t = vm.type_name(v);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
    ))
}

fn list_append(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "list.append", &args[1..], 1, 1)?;
    let l = the_list(vm, args[0], "append")?;
    l.borrow_mut().push(args[1]);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "list.extend", &args[1..], 1, 1)?;
    let l = the_list(vm, args[0], "extend")?;
    let items = vm.collect_iter(args[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "insert", &args[1..], 2, 2)?;
    let l = the_list(vm, args[0], "insert")?;
    let i = as_ssize(vm, args[1], "")?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, args[2]);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let l = the_list(vm, args[0], "pop")?;
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(vm.raise_msg("IndexError", "pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => as_ssize(vm, *v, "")?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.raise_msg("IndexError", "pop index out of range"));
    }
    Ok(l.borrow_mut().remove(j as usize))
}

fn list_remove(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "remove", &args[1..], 1, 1)?;
    let l = the_list(vm, args[0], "remove")?;
    let mut i = 0;
    loop {
        let Some(x) = l.borrow().get(i).copied() else {
            break;
        };
        if vm.eq(x, args[1])? {
            if i < l.borrow().len() {
                l.borrow_mut().remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `object.__subclasshook__(subclass)`: no opinion, so `issubclass` decides as usual.
fn object_subclasshook(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Obj(vm.none_singletons.0))
}

/// Item `i` of a list or tuple (or of the builtin base of a subclass), read from the live
/// storage: a comparison may shrink the list under us, as CPython allows.
fn seq_at(v: Value, i: usize) -> Option<Value> {
    if let Some(l) = list_of(v) {
        return l.borrow().get(i).copied();
    }
    match builtin_base(v) {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => t.get(i).copied(),
            _ => None,
        },
        _ => None,
    }
}

fn seq_len(vm: &mut Vm, v: Value, name: &str) -> PyResult<usize> {
    if let Some(l) = list_of(v) {
        return Ok(l.borrow().len());
    }
    match builtin_base(v) {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => Ok(t.len()),
            _ => Err(not_applicable(vm, name, "tuple", v)),
        },
        _ => Err(not_applicable(vm, name, "tuple", v)),
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "index", &args[1..], 1, 3)?;
    let n = seq_len(vm, args[0], "index")? as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    // Bounds convert as CPython's `_PyEval_SliceIndexNotNone` (a big int clamps).
    let bound = |vm: &mut Vm, v: Value| -> PyResult<i64> {
        match vm.index_of(v)? {
            Some(i) => Ok(norm(i)),
            None => {
                Err(vm.type_error("slice indices must be integers or have an __index__ method"))
            }
        }
    };
    let start = match args.get(2) {
        Some(v) => bound(vm, *v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => bound(vm, *v)?,
        None => n,
    };
    let mut i = start;
    while i < stop {
        let Some(x) = seq_at(args[0], i as usize) else {
            break;
        };
        if vm.eq(x, args[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    if list_of(args[0]).is_some() {
        let r = vm.repr(args[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    // CPython names the receiver's type: "list.count() takes exactly one argument".
    let name = match args.first() {
        Some(v) if vm.type_of(*v).ptr_eq(vm.types.tuple) => "tuple.count",
        Some(v) if vm.type_of(*v).ptr_eq(vm.types.list) => "list.count",
        _ => "count",
    };
    arity(vm, name, &args[1..], 1, 1)?;
    seq_len(vm, args[0], "count")?;
    let mut c = 0;
    let mut i = 0;
    while let Some(x) = seq_at(args[0], i) {
        if vm.eq(x, args[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    crate::builtins::check_sort_kwargs(vm, kw)?;
    let l = the_list(vm, args[0], "sort")?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, key, reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "list.reverse")?;
    let l = the_list(vm, args[0], "reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "list.copy")?;
    let l = the_list(vm, args[0], "copy")?;
    let v = l.borrow().clone();
    Ok(vm.new_list(v))
}

fn list_clear(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "list.clear")?;
    let l = the_list(vm, args[0], "clear")?;
    l.borrow_mut().clear();
    Ok(Value::None)
}

// ----- dict -----

fn dict_get(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "get", &args[1..], 1, 2)?;
    Ok(vm
        .dict_getitem_opt(args[0], args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_getitem_opt(args[0], args[1])? {
        return Ok(v);
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_setitem(args[0], args[1], d)?;
    Ok(d)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_remove(args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(vm.raise_with("KeyError", vec![args[1]])),
        },
    }
}

fn dict_table(v: Value) -> Option<&'static RefCell<Dict>> {
    match v {
        Value::Obj(g) => match g.obj() {
            // SAFETY: the dict is an argument of the running native call.
            Obj::Dict(d) | Obj::Set(d, _) => Some(unsafe { &*(d as *const RefCell<Dict>) }),
            Obj::Instance(i) => dict_table(Value::Obj(i.base()?)),
            _ => None,
        },
        _ => None,
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.popitem")?;
    let Some(t) = dict_table(args[0]) else {
        return Ok(Value::None);
    };
    let e = t.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.raise_msg("KeyError", "popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, d: Value, what: u8) -> Value {
    let Value::Obj(g) = builtin_base(d) else {
        return Value::None;
    };
    Value::Obj(vm.alloc(Obj::DictView(g, what)))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.keys")?;
    Ok(view(vm, args[0], 0))
}
fn dict_values(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.values")?;
    Ok(view(vm, args[0], 1))
}
fn dict_items(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.items")?;
    Ok(view(vm, args[0], 2))
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "update", &args[1..], 0, 1)?;
    dict_fill(vm, args[0], args.get(1).copied(), kw)?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.copy")?;
    let d = dict_table(args[0])
        .map(|t| t.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_dict(d))
}

fn dict_clear(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "dict.clear")?;
    if let Some(t) = dict_table(args[0]) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fromkeys", &args[1..], 1, 2)?;
    let v = args.get(2).copied().unwrap_or(Value::None);
    let keys = vm.collect_iter(args[1])?;
    if !args[0].is(&Value::Obj(vm.types.dict)) {
        // A subclass gets an instance of itself, filled through its own `__setitem__`.
        let d = vm.call_value(args[0], &[], &[])?;
        for k in keys {
            vm.setitem(d, k, v)?;
        }
        return Ok(d);
    }
    let d = vm.new_dict(Dict::new());
    for k in keys {
        vm.dict_setitem(d, k, v)?;
    }
    Ok(d)
}

// ----- set -----

fn set_gc(vm: &mut Vm, v: Value, name: &str) -> PyResult<Gc> {
    match builtin_base(v) {
        Value::Obj(g) if matches!(g.obj(), Obj::Set(..)) => Ok(g),
        _ => Err(not_applicable(vm, name, "set", v)),
    }
}

fn set_add(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    set_gc(vm, args[0], "add")?;
    arity(vm, "add", &args[1..], 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "discard", &args[1..], 1, 1)?;
    let s = set_gc(vm, args[0], "discard")?;
    vm.set_discard(s, args[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "remove", &args[1..], 1, 1)?;
    let s = set_gc(vm, args[0], "remove")?;
    if !vm.set_discard(s, args[1])? {
        return Err(vm.raise_with("KeyError", vec![args[1]]));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "set.pop")?;
    let Some(t) = dict_table(args[0]) else {
        return Ok(Value::None);
    };
    let first = t.borrow().first_index();
    match first {
        Some(i) => {
            let e = t.borrow_mut().remove_at(i);
            Ok(e.key)
        }
        None => Err(vm.raise_msg("KeyError", "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "set.clear")?;
    if let Some(t) = dict_table(args[0]) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "set.copy")?;
    let frozen = matches!(args[0], Value::Obj(g) if matches!(g.obj(), Obj::Set(_, true)));
    if frozen {
        // An exact frozenset is its own copy.
        return Ok(args[0]);
    }
    let g = set_gc(vm, args[0], "copy")?;
    let frozen = matches!(g.obj(), Obj::Set(_, true));
    Ok(Value::Obj(vm.set_copy_of(g, frozen)))
}

fn as_set(vm: &mut Vm, v: Value) -> PyResult<Gc> {
    if let Value::Obj(g) = v {
        if matches!(g.obj(), Obj::Set(..)) {
            return Ok(g);
        }
    }
    vm.set_made_from(v, false)
}

/// The set storage of `v` when it is a set or an instance of a subclass.
fn set_arg(v: Value) -> Option<Gc> {
    match builtin_base(v) {
        Value::Obj(g) if matches!(g.obj(), Obj::Set(..)) => Some(g),
        _ => None,
    }
}

use kestrel_compiler::opcodes::BinKind as BK;

/// `s.union(*others)`: a copy of s, each other added in turn (CPython's `set_union`).
fn set_union(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "union")?;
    let frozen = matches!(s.obj(), Obj::Set(_, true));
    let out = vm.set_copy_of(s, frozen);
    for other in &args[1..] {
        if matches!(other, Value::Obj(g) if g.ptr_eq(s)) {
            continue;
        }
        vm.set_update_from(out, *other)?;
    }
    Ok(Value::Obj(out))
}

/// `s.intersection(*others)`: each other intersected with the result so far.
fn set_intersection(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "intersection")?;
    let frozen = matches!(s.obj(), Obj::Set(_, true));
    if args.len() == 1 {
        return Ok(Value::Obj(vm.set_copy_of(s, frozen)));
    }
    let mut acc = s;
    for other in &args[1..] {
        let r = match set_arg(*other) {
            // The result takes s's type (acc is s or a result typed by it).
            Some(o) => vm.set_binop(BK::And, acc, o)?,
            None => vm.set_intersection(acc, *other, frozen)?,
        };
        acc = r.as_obj().expect("set");
    }
    Ok(Value::Obj(acc))
}

/// `s.difference(*others)`: the difference with the first, then the others removed in turn.
fn set_difference(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "difference")?;
    let frozen = matches!(s.obj(), Obj::Set(_, true));
    let Some(first) = args.get(1) else {
        return Ok(Value::Obj(vm.set_copy_of(s, frozen)));
    };
    let r = match set_arg(*first) {
        Some(o) => vm.set_binop(BK::Sub, s, o)?,
        _ => vm.set_difference(s, *first, frozen)?,
    };
    let out = r.as_obj().expect("set");
    for other in &args[2..] {
        vm.set_difference_update(out, *other)?;
    }
    Ok(r)
}

/// `s.symmetric_difference(other)`: a set made of other, updated with s.
fn set_symdiff(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &args[1..], 1, 1)?;
    let s = set_gc(vm, args[0], "symmetric_difference")?;
    if let Some(o) = set_arg(args[1]) {
        return vm.set_binop(BK::Xor, s, o);
    }
    let frozen = matches!(s.obj(), Obj::Set(_, true));
    let out = vm.set_made_from(args[1], frozen)?;
    vm.set_symdiff_update_set(out, s)?;
    Ok(Value::Obj(out))
}

fn set_update(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "update")?;
    for other in &args[1..] {
        vm.set_update_from(s, *other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "intersection_update")?;
    let r = set_intersection(vm, args, kw)?;
    Vm::set_take_table(s, r);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = set_gc(vm, args[0], "difference_update")?;
    for other in &args[1..] {
        vm.set_difference_update(s, *other)?;
    }
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "issubset", &args[1..], 1, 1)?;
    let a = set_gc(vm, args[0], "issubset")?;
    let b = as_set(vm, args[1])?;
    Ok(Value::Bool(vm.set_compare(
        kestrel_vm::ops::Cmp::Le,
        a,
        b,
    )?))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "issuperset", &args[1..], 1, 1)?;
    let a = set_gc(vm, args[0], "issuperset")?;
    let b = as_set(vm, args[1])?;
    Ok(Value::Bool(vm.set_compare(
        kestrel_vm::ops::Cmp::Ge,
        a,
        b,
    )?))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    let a = set_gc(vm, args[0], "isdisjoint")?;
    let b = as_set(vm, args[1])?;
    let r = vm.set_binop(BK::And, a, b)?;
    Ok(Value::Bool(len_of(vm, r)? == 0))
}

// ----- numbers -----

fn float_is_integer(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, args, "float.is_integer")?;
    let f = float::float_self(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn the_float(vm: &mut Vm, v: Value, name: &str) -> PyResult<f64> {
    match builtin_base(v) {
        Value::Float(f) => Ok(f),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// A finite float's exact value as `mant * 2**exp` with an odd (or zero) mantissa.
fn float_parts(f: f64) -> (i64, i64) {
    let bits = f.to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (mut m, mut e) = if bexp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), bexp - 1075)
    };
    if m == 0 {
        return (0, 0);
    }
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    (if f < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "as_integer_ratio", &args[1..], 0, 0)?;
    let f = the_float(vm, args[0], "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let (m, e) = float_parts(f);
    let (n, d) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::from(1))
    } else {
        (BigInt::from(m), BigInt::from(1) << (-e) as usize)
    };
    let n = vm.new_bigint(n);
    let d = vm.new_bigint(d);
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "hex", &args[1..], 0, 0)?;
    let f = the_float(vm, args[0], "hex")?;
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f < 0.0 { "-inf" } else { "inf" }.to_string()
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 != 0 { "-" } else { "" };
        let bexp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        if bexp == 0 && frac == 0 {
            format!("{sign}0x0.0p+0")
        } else if bexp == 0 {
            format!("{sign}0x0.{frac:013x}p-1022")
        } else {
            let e = bexp - 1023;
            let es = if e < 0 { '-' } else { '+' };
            format!("{sign}0x1.{frac:013x}p{es}{}", e.abs())
        }
    };
    Ok(vm.new_string(s))
}

/// Parses Python's hexadecimal float syntax; Err(true) on overflow, Err(false) if malformed.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    use num_bigint::BigUint;
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.find('p') {
        Some(i) => {
            let es = &body[i + 1..];
            let es_digits = es.strip_prefix(['+', '-']).unwrap_or(es);
            if es_digits.is_empty() || !es_digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Saturate: anything this large overflows or underflows anyway.
            let e: i64 = es.parse().unwrap_or(if es.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            });
            (&body[..i], e)
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let all = format!("{int_part}{frac_part}");
    if !all.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(false);
    }
    let mant = BigUint::parse_bytes(all.as_bytes(), 16).unwrap_or_default();
    if mant.bits() == 0 {
        return Ok(sign * 0.0);
    }
    let exp = exp.clamp(-(1 << 40), 1 << 40) - 4 * frac_part.len() as i64;
    let nbits = mant.bits() as i64;
    // The value lies in [2**top, 2**(top+1)).
    let top = nbits - 1 + exp;
    if top > 1023 {
        return Err(true);
    }
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if keep < 0 {
        return Ok(sign * 0.0);
    }
    let drop = nbits - keep;
    let (m, e) = if drop > 0 {
        let d = drop as usize;
        let q: BigUint = &mant >> d;
        let rem: BigUint = &mant - (&q << d);
        let half: BigUint = BigUint::from(1u8) << (d - 1);
        let q = if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        };
        (q, exp + drop)
    } else {
        (mant, exp)
    };
    let m = m.to_u64().unwrap_or(0) as f64;
    let r = crate::modules::ldexp(m, e);
    if r.is_infinite() {
        return Err(true);
    }
    Ok(sign * r)
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fromhex", &args[1..], 1, 1)?;
    let s = str_arg(vm, args[1], "fromhex")?;
    match parse_hex_float(s) {
        Ok(f) => {
            let cls = args[0];
            if let Value::Obj(c) = cls {
                if !c.ptr_eq(vm.types.float) {
                    return vm.call_value(cls, &[Value::Float(f)], &[]);
                }
            }
            Ok(Value::Float(f))
        }
        Err(true) => Err(vm.raise_msg(
            "OverflowError",
            "hexadecimal value too large to represent as a float",
        )),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

pub fn big_to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(f64::INFINITY)
}

// ----- generators -----

fn gen_send(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "send", &args[1..], 1, 1)?;
    let Value::Obj(g) = args[0] else {
        return Ok(Value::None);
    };
    match vm.gen_resume_rooted(g, args[1])? {
        kestrel_vm::gen::GenResult::Yield(v) => Ok(v),
        kestrel_vm::gen::GenResult::Return(v) => {
            let a = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.raise_with("StopIteration", a))
        }
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.next_rooted(args[0])
}

fn gen_close(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Value::Obj(g) = args[0] {
        vm.gen_close(g)?;
    }
    Ok(Value::None)
}

pub fn kind(_: Kind) {}
