//! `LOAD_METHOD` specialized (see `quicken.rs`), and the `CALL_METHOD` forms for a callee
//! without a receiver (`module.f(x)`). The site's cache, K[C+1..C+4] after the name, holds:
//! - `LOAD_METHOD_INSTANCE`: the instance's class, the class version, the method. The class and
//!   version guard the lookup (no `__getattribute__`, the same function along the MRO); the
//!   instance dict's key bits (`Dict::may_hold_hash`) show in one test that the instance does
//!   not shadow the method (a possible hit is searched out of line: `Ctl::Slow`).
//! - `LOAD_METHOD_TYPE`: a builtin type, the class version, the method (`s.lower`, `d.get`).
//! - `LOAD_METHOD_MODULE`: the module, the namespace epoch, the attribute's index in the
//!   module dict (valid while no namespace gains or loses a key, as `LOAD_GLOBAL`'s cache).
//!
//! The class forms guard on `CLASS_VERSION`, which collections do not move (the cached class
//! and method are kept alive by the constant table), so a collection does not unsettle them.

use super::specialized::call_py_short;
use super::*;
use crate::quicken::deopt;
use kestrel_compiler::opcodes::Op;

/// A function or builtin method: what `LOAD_METHOD` returns unbound with its receiver.
fn method_like(v: Value) -> bool {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Function(_) => true,
            Obj::Native(nf) => nf.method,
            _ => false,
        },
        _ => false,
    }
}

/// Checks that the `LOAD_METHOD` being executed can take a specialized form for its receiver
/// and fills its cache; or says why not. Runs no Python code.
pub(crate) fn load_method_site(vm: &mut Vm, st: &St, i: Inst) -> Result<Op, &'static str> {
    let o = r(vm, st, i.b());
    let c = i.c();
    let name = k_name(st, c);
    let Some(p) = crate::strs::as_str(name) else {
        return Err("other object");
    };
    let recv = match o {
        Value::Obj(g) => Some(g),
        _ => None,
    };
    let instance = match recv.as_ref().map(|g| g.obj()) {
        Some(Obj::Module(d, _)) => return module_site(st, o, *d, c, name),
        Some(Obj::Class(_)) => return class_site(vm, st, o, c, name),
        Some(Obj::Super(..)) => return Err("super object"),
        Some(Obj::Instance(inst)) => Some(inst),
        _ => None,
    };
    let cls = vm.type_of(o);
    let Obj::Class(cc) = cls.obj() else {
        return Err("other object");
    };
    // The name's hash, which the specialized form reads without computing it.
    let hash = crate::strs::str_hash(p);
    let op = match instance {
        Some(inst) => {
            if vm.class_flags(cc) & CUSTOM_GETATTRIBUTE != 0 {
                return Err("class with __getattribute__");
            }
            match inst.ext_dict() {
                // Inline attributes are named by the class's shared keys, which only change
                // with `CLASS_VERSION`, which the site checks.
                None => {
                    if cc.shared_index(name).is_some() {
                        return Err("instance attribute shadows the method");
                    }
                }
                Some(d) => {
                    let Ok(d) = d.try_borrow() else {
                        return Err("instance dict in use");
                    };
                    if d.aliased {
                        return Err("__dict__ set to another dict");
                    }
                    if d.find_str(name, hash).is_some() {
                        return Err("instance attribute shadows the method");
                    }
                }
            }
            Op::LoadMethodInstance
        }
        None if plain_type(vm, o).is_some_and(|t| t.ptr_eq(cls)) => Op::LoadMethodType,
        None => return Err("other receiver type"),
    };
    let (f, op) = match vm.class_lookup(cls, name) {
        Some(f) if method_like(f) => (f, op),
        // A staticmethod or classmethod of a Python function, reached through an instance.
        Some(Value::Obj(d)) if op == Op::LoadMethodInstance => match d.obj() {
            Obj::StaticMethod(f) if python_function(*f) => (*f, Op::LoadMethodInstanceStatic),
            Obj::ClassMethod(f) if python_function(*f) => (*f, Op::LoadMethodInstanceClassmethod),
            _ => return Err("not a method (descriptor or missing)"),
        },
        _ => return Err("not a method (descriptor or missing)"),
    };
    // The staticmethod and classmethod forms keep the version complemented: the generic
    // form's inline cache (class, epoch, method) must never take their function for a
    // method to bind to the instance.
    let version = match op {
        Op::LoadMethodInstanceStatic | Op::LoadMethodInstanceClassmethod => {
            !(class_version() as i64)
        }
        _ => class_version() as i64,
    };
    write_method_cache(st, c, [Value::Obj(cls), Value::Int(version), f]);
    Ok(op)
}

/// A Python function: what a staticmethod or classmethod must wrap for the specialized forms
/// (another wrapped object may have a `__get__` of its own to run).
fn python_function(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Function(_)))
}

/// `Cls.name` for a function or staticmethod in the class (metaclass `type`, not a dunder,
/// whose data descriptors on `type` would come first): the function.
fn class_site(vm: &mut Vm, st: &St, o: Value, c: usize, name: Gc) -> Result<Op, &'static str> {
    let Value::Obj(cls) = o else {
        return Err("other object");
    };
    let Obj::Class(cc) = cls.obj() else {
        return Err("other object");
    };
    if cc.meta.get().is_some() {
        return Err("class with a metaclass");
    }
    if crate::strs::as_str(name).is_none_or(|p| p.s.starts_with("__")) {
        return Err("class dunder attribute");
    }
    let (f, op) = match vm.class_lookup(cls, name) {
        Some(Value::Obj(a)) => match a.obj() {
            Obj::Function(_) => (Value::Obj(a), Op::LoadMethodClass),
            Obj::StaticMethod(inner) => (*inner, Op::LoadMethodClass),
            Obj::ClassMethod(inner) if python_function(*inner) => {
                (*inner, Op::LoadMethodClassClassmethod)
            }
            _ => return Err("class attribute not a function, staticmethod or classmethod"),
        },
        _ => return Err("class attribute not a function, staticmethod or classmethod"),
    };
    write_method_cache(st, c, [o, Value::Int(class_version() as i64), f]);
    Ok(op)
}

/// `Cls.make(x)` for a classmethod `make` found on the class: the function, with the class
/// as its receiver.
#[inline(always)]
pub fn load_method_class_classmethod(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(version)) =
        (r(vm, st, i.b()), k(st, c + 1), k(st, c + 2))
    else {
        return deopt(vm, st, i);
    };
    if !g.ptr_eq(cached) || version as u64 != class_version() {
        return deopt(vm, st, i);
    }
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, Value::Obj(g));
    NEXT
}

/// `module.name`: the entry's index in the module dict, when the dict is a namespace (whose
/// key changes move the namespace epoch).
fn module_site(st: &St, m: Value, d: Gc, c: usize, name: Gc) -> Result<Op, &'static str> {
    let Obj::Dict(dict) = d.obj() else {
        return Err("module without a dict");
    };
    let Ok(dict) = dict.try_borrow() else {
        return Err("module dict in use");
    };
    if !dict.namespace {
        return Err("module dict not a namespace");
    }
    let Some(p) = crate::strs::as_str(name) else {
        return Err("other object");
    };
    let Some(idx) = dict.find_str(name, crate::strs::str_hash(p)) else {
        return Err("module attribute not in its dict");
    };
    let epoch = crate::dict::namespace_epoch() as i64;
    write_method_cache(st, c, [m, Value::Int(epoch), Value::Int(idx as i64)]);
    Ok(Op::LoadMethodModule)
}

fn write_method_cache(st: &St, c: usize, slots: [Value; 3]) {
    // SAFETY: C+1..C+4 are this instruction's cache slots in the VM-owned constant table
    // (`Vm::consts_for`), writable through `consts`.
    unsafe {
        let p = st.consts as *mut Value;
        *p.add(c + 1) = slots[0];
        *p.add(c + 2) = slots[1];
        *p.add(c + 3) = slots[2];
    }
}

/// The type of a receiver `LOAD_METHOD_TYPE` covers: the common builtin values, decided
/// without a call (anything else stays generic).
#[inline(always)]
fn plain_type(vm: &Vm, o: Value) -> Option<Gc> {
    let t = &vm.types;
    Some(match o {
        Value::Obj(g) => match g.obj() {
            Obj::Str(_) => t.str_,
            Obj::List(_) => t.list,
            Obj::Dict(_) => t.dict,
            Obj::Tuple(_) => t.tuple,
            Obj::Set(_, false) => t.set,
            Obj::Bytes(_) => t.bytes,
            _ => return None,
        },
        Value::Int(_) => t.int,
        Value::Float(_) => t.float,
        _ => return None,
    })
}

// The specialized forms make no call on their paths (a failed guard answers `Ctl::Deopt`),
// so their threaded chain functions stay leaves. A changed class version deoptimizes: it
// moves only when a class changes, not at collections.

#[inline(always)]
pub fn load_method_instance(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(version)) = (o, k(st, c + 1), k(st, c + 2))
    else {
        return deopt(vm, st, i);
    };
    let Obj::Instance(inst) = g.obj() else {
        return deopt(vm, st, i);
    };
    if !inst.class.get().ptr_eq(cached) || version as u64 != class_version() {
        // Another class (a polymorphic site), or a class changed somewhere: looked up
        // again out of line (`load_method_other`), without deoptimizing.
        return slow(vm, st, i);
    }
    // The name's hash is set: the specializer computed it.
    let hash = match k_name(st, c).obj() {
        Obj::Str(s) => s.hash.get(),
        _ => 0,
    };
    // An aliased dict or a dict in use takes the generic form; one that may hold the name
    // (a key-bit collision) is searched out of line, from the loop (`Ctl::Slow`, so this
    // form makes no call and its threaded chain function stays a leaf: `load_method_other`
    // searches it). An inline instance holds only its class's shared keys, which the site
    // checked.
    match inst.ext_dict().map(|d| d.try_borrow()) {
        None => {}
        Some(Ok(d)) if hash != 0 && !d.aliased => {
            if d.may_hold_hash(hash) {
                return slow(vm, st, i);
            }
        }
        _ => return deopt(vm, st, i),
    }
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, o);
    NEXT
}

/// `LOAD_METHOD_INSTANCE` on an instance of another class than the cached one, or after a
/// class changed (`Ctl::Slow`): a method found on the instance's class through its lookup
/// cache, not shadowed by the instance dict, is loaded and becomes the site's cache (the
/// class and the current version); anything else takes the generic work. A site whose
/// receivers alternate between classes so pays one class lookup per miss and never
/// deoptimizes into the generic form's single-entry cache.
pub(crate) fn load_method_other(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let name = k_name(st, c);
    if let Some(f) = instance_method(vm, o, name) {
        if i.op_unchecked() == Op::LoadMethodInstance {
            write_method_cache(
                st,
                c,
                [
                    Value::Obj(vm.type_of(o)),
                    Value::Int(class_version() as i64),
                    f,
                ],
            );
        }
        set(vm, st, i.a(), f);
        set(vm, st, i.a() + 1, o);
        return NEXT;
    }
    load_method_slow(vm, st, i)
}

/// The method `o.name` loads when `o` is an instance of a class without
/// `__getattribute__`, the class's attribute is a function or builtin method, and the
/// instance dict (not replaced) does not hold the name; else None.
fn instance_method(vm: &Vm, o: Value, name: Gc) -> Option<Value> {
    let Value::Obj(g) = o else { return None };
    let Obj::Instance(inst) = g.obj() else {
        return None;
    };
    let cls = inst.class.get();
    let Obj::Class(cc) = cls.obj() else {
        return None;
    };
    if vm.class_flags(cc) & CUSTOM_GETATTRIBUTE != 0 {
        return None;
    }
    let f = vm.class_lookup(cls, name)?;
    if !method_like(f) {
        return None;
    }
    let hash = crate::strs::str_hash(crate::strs::as_str(name)?);
    match inst.ext_dict() {
        // An inline instance holds only its class's shared keys.
        None => {
            let shadowed = cc.shared_keys.iter().any(|k| {
                k.get()
                    .is_some_and(|kg| kg.ptr_eq(name) || crate::strs::str_eq(kg, name))
            });
            (!shadowed).then_some(f)
        }
        Some(d) => {
            let d = d.try_borrow().ok()?;
            (!d.aliased && !holds_name(&d, name, hash)).then_some(f)
        }
    }
}

/// `o.f(x)` for a staticmethod `f` of `o`'s class: the function, without a receiver.
#[inline(always)]
pub fn load_method_instance_static(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if !instance_site_holds(vm, st, i) {
        return deopt(vm, st, i);
    }
    let c = i.c();
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, Value::Empty);
    NEXT
}

/// `o.make(x)` for a classmethod `make` of `o`'s class: the function, with the class (the
/// guarded one, `o`'s exact class) as its receiver.
#[inline(always)]
pub fn load_method_instance_classmethod(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if !instance_site_holds(vm, st, i) {
        return deopt(vm, st, i);
    }
    let c = i.c();
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, k(st, c + 1));
    NEXT
}

/// The guards of the staticmethod and classmethod forms of `LOAD_METHOD_INSTANCE`: R[B] is
/// an instance of the cached class at the cached class version, and its dict cannot hold
/// the name.
#[inline(always)]
fn instance_site_holds(vm: &Vm, st: &St, i: Inst) -> bool {
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(version)) =
        (r(vm, st, i.b()), k(st, c + 1), k(st, c + 2))
    else {
        return false;
    };
    let Obj::Instance(inst) = g.obj() else {
        return false;
    };
    // The version is stored complemented (see `load_method_site`).
    if !inst.class.get().ptr_eq(cached) || !version as u64 != class_version() {
        return false;
    }
    let hash = match k_name(st, c).obj() {
        Obj::Str(s) => s.hash.get(),
        _ => 0,
    };
    let Some(d) = inst.ext_dict() else {
        return true;
    };
    let Ok(d) = d.try_borrow() else {
        return false;
    };
    hash != 0 && !d.aliased && !holds_name(&d, k_name(st, c), hash)
}

/// Whether an instance dict holds `name`: its key bits answer no for most names in one test;
/// a possible hit (another key with the same bit: one in eight for each key) is settled by
/// a search, out of line, so a site does not keep deoptimizing over a collision.
#[inline(always)]
fn holds_name(d: &crate::dict::Dict, name: Gc, hash: u64) -> bool {
    d.may_hold_hash(hash) && search_name(d, name, hash)
}

#[inline(never)]
fn search_name(d: &crate::dict::Dict, name: Gc, hash: u64) -> bool {
    d.find_str(name, hash).is_some()
}

#[inline(always)]
pub fn load_method_type(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let (Value::Obj(cached), Value::Int(version)) = (k(st, c + 1), k(st, c + 2)) else {
        return deopt(vm, st, i);
    };
    match plain_type(vm, o) {
        Some(t) if t.ptr_eq(cached) && version as u64 == class_version() => {}
        _ => return deopt(vm, st, i),
    }
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, o);
    NEXT
}

#[inline(always)]
pub fn load_method_class(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(version)) =
        (r(vm, st, i.b()), k(st, c + 1), k(st, c + 2))
    else {
        return deopt(vm, st, i);
    };
    if !g.ptr_eq(cached) || version as u64 != class_version() {
        return deopt(vm, st, i);
    }
    set(vm, st, i.a(), k(st, c + 3));
    set(vm, st, i.a() + 1, Value::Empty);
    NEXT
}

#[inline(always)]
pub fn load_method_module(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(epoch), Value::Int(idx)) =
        (o, k(st, c + 1), k(st, c + 2), k(st, c + 3))
    else {
        return deopt(vm, st, i);
    };
    if !g.ptr_eq(cached) {
        return deopt(vm, st, i);
    }
    if epoch as u64 != crate::dict::namespace_epoch() {
        return load_method_module_recheck(vm, st, i);
    }
    let Obj::Module(d, _) = g.obj() else {
        return deopt(vm, st, i);
    };
    let Obj::Dict(dict) = d.obj() else {
        return deopt(vm, st, i);
    };
    // SAFETY: `as_ptr` reads the dict without a borrow, as `LOAD_GLOBAL`'s cache does: no
    // borrow of a module dict is held while an instruction starts, and the namespace epoch
    // is unchanged since the index was taken, so the entry vector has the same shape.
    let v = unsafe {
        let entries = &(*dict.as_ptr()).entries;
        debug_assert!((idx as usize) < entries.len());
        entries.get_unchecked(idx as usize).value
    };
    set(vm, st, i.a(), v);
    set(vm, st, i.a() + 1, Value::Empty);
    NEXT
}

/// A namespace gained or lost a key somewhere: find the attribute's index again.
#[cold]
#[inline(never)]
fn load_method_module_recheck(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match load_method_site(vm, st, i) {
        Ok(Op::LoadMethodModule) => load_method_module(vm, st, i),
        _ => deopt(vm, st, i),
    }
}

/// `module.f(args)`: a simple Python function taking exactly B positionals, called without
/// a receiver (its arguments start at R[A+2]).
#[inline(always)]
pub fn call_method_fn(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let n = i.b();
    let (Value::Obj(g), Value::Empty) = (r(vm, st, a), r(vm, st, a + 1)) else {
        return deopt(vm, st, i);
    };
    let at = st.base + a + 2;
    match g.obj() {
        Obj::Function(f) if f.simple && f.code.argcount as usize == n => {}
        Obj::Function(f) if f.simple => return call_py_short(vm, st, i, g, at, n),
        _ => return deopt(vm, st, i),
    }
    vm.push_simple(st, g, at, n, st.base + a, FrameKind::Normal)?;
    NEXT
}

/// `math.sqrt(x)`: a builtin function called without a receiver (out of line: the native's
/// result comes back through memory, see `call_native`).
#[inline(never)]
pub fn call_method_native_fn(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let (Value::Obj(g), Value::Empty) = (r(vm, st, a), r(vm, st, a + 1)) else {
        return deopt(vm, st, i);
    };
    let f = match g.obj() {
        Obj::Native(nf) if nf.bound.is_empty() && !nf.method => nf.f,
        _ => return deopt(vm, st, i),
    };
    vm.call_native_in_place(f, st.base + a + 2, i.b(), st.base + a)?;
    NEXT
}
