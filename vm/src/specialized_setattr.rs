//! `SET_ATTR` on instances, specialized (see `quicken.rs`). The site's cache, K[B+1..B+4]
//! after the name in K[B], holds the instance's class, the class epoch, and the position of
//! the attribute in the instance dict (low 32 bits) with `MAY_INSERT` set when the site may
//! also add the attribute. The class and epoch guard everything the generic path checks per
//! store: no Python `__setattr__`, no data descriptor for this name, a slot name when the
//! class has `__slots__`, not an exception instance (exceptions share no class with others).

use super::*;
use crate::object::{Kind, CUSTOM_SETATTR, HAS_DATA_DESCRIPTOR, HAS_SLOTS};
use crate::quicken::deopt;
use kestrel_compiler::opcodes::Op;

/// Cache bit: the attribute may be added when the instance lacks it.
const MAY_INSERT: i64 = 1 << 32;
/// Cache bit: the position is inline position j, the class's shared key j being the name.
const INLINE: i64 = 1 << 33;
const POS_MASK: i64 = 0xffff_ffff;

/// Checks that the `SET_ATTR` being executed can take the specialized form for the instance
/// it stores to, and fills its cache; or says why not.
pub(crate) fn set_attr_site(vm: &mut Vm, st: &St, i: Inst) -> Result<Op, &'static str> {
    let Value::Obj(g) = r(vm, st, i.a()) else {
        return Err("not an instance");
    };
    let Obj::Instance(inst) = g.obj() else {
        return Err(match g.obj() {
            Obj::Class(_) => "class attribute",
            Obj::Module(..) => "module attribute",
            _ => "not an instance",
        });
    };
    let cls = inst.class.get();
    let Obj::Class(c) = cls.obj() else {
        return Err("not an instance");
    };
    if inst.exc().is_some() || c.kind.get() == Kind::Exception {
        return Err("exception instance");
    }
    let name = k_name(st, i.b());
    let Some(p) = crate::strs::as_str(name) else {
        return Err("not an instance");
    };
    if matches!(&*p.s, "__class__" | "__dict__") {
        return Err("__class__ or __dict__");
    }
    let flags = vm.class_flags(c);
    if flags & CUSTOM_SETATTR != 0 {
        return Err("class with __setattr__");
    }
    if flags & HAS_DATA_DESCRIPTOR != 0 {
        if let Some(a) = vm.class_lookup(cls, name) {
            if vm.is_data_descriptor(a) {
                return Err("data descriptor (property)");
            }
        }
    }
    let may_insert = flags & HAS_SLOTS == 0 || vm.is_slot(cls, name);
    let may = if may_insert { MAY_INSERT } else { 0 };
    let Some(d) = inst.ext_dict() else {
        let payload = match c.shared_index(name) {
            Some(j) => j as i64 | INLINE | may,
            None => may,
        };
        write_set_attr_cache(st, i.b(), cls, payload);
        return Ok(Op::SetAttrInstance);
    };
    let Ok(d) = d.try_borrow() else {
        return Err("instance dict in use");
    };
    if d.aliased {
        return Err("__dict__ set to another dict");
    }
    let hash = crate::strs::str_hash(p);
    let pos = d
        .find(
            hash,
            |k| matches!(k, Value::Obj(kg) if kg.ptr_eq(name) || crate::strs::str_eq(*kg, name)),
        )
        .unwrap_or(d.entries.len());
    drop(d);
    let payload = (pos as i64 & POS_MASK) | may;
    write_set_attr_cache(st, i.b(), cls, payload);
    Ok(Op::SetAttrInstance)
}

fn write_set_attr_cache(st: &St, b: usize, cls: Gc, payload: i64) {
    // SAFETY: B+1..B+4 are this instruction's cache slots in the VM-owned constant table
    // (`Vm::consts_for`), writable through `consts`.
    unsafe {
        let p = st.consts as *mut Value;
        *p.add(b + 1) = Value::Obj(cls);
        *p.add(b + 2) = Value::Int(class_epoch() as i64);
        *p.add(b + 3) = Value::Int(payload);
    }
}

/// Updates the cached dict position (the class and epoch stay).
#[inline(always)]
fn write_set_attr_pos(st: &St, b: usize, payload: i64, pos: usize) {
    // SAFETY: as in `write_set_attr_cache`.
    unsafe {
        *(st.consts as *mut Value).add(b + 3) =
            Value::Int((payload & !POS_MASK) | (pos as i64 & POS_MASK));
    }
}

#[inline(always)]
pub fn set_attr_instance(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let b = i.b();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(epoch), Value::Int(payload)) =
        (r(vm, st, i.a()), k(st, b + 1), k(st, b + 2), k(st, b + 3))
    else {
        return deopt(vm, st, i);
    };
    let Obj::Instance(inst) = g.obj() else {
        return deopt(vm, st, i);
    };
    if !inst.class.get().ptr_eq(cached) {
        // Another class (a polymorphic site): the generic work, without deoptimizing.
        return slow(vm, st, i);
    }
    if epoch as u64 != class_epoch() {
        return set_attr_recheck(vm, st, i);
    }
    let name = k_name(st, b);
    let at = (payload & POS_MASK) as usize;
    if payload & INLINE != 0 {
        if inst.set_inline_at(at, r(vm, st, i.c())) {
            return NEXT;
        }
    } else if let Some(Ok(mut d)) = inst.ext_dict().map(|d| d.try_borrow_mut()) {
        if matches!(d.entries.get(at), Some(e) if matches!(e.key, Value::Obj(kg) if kg.ptr_eq(name)))
        {
            let v = r(vm, st, i.c());
            d.set_at(at, v);
            return NEXT;
        }
        // `__init__` adding the attribute where the site last added it: appended in place
        // when the name's key bit proves it absent (the name's hash is set: the specializer
        // computed it).
        if at == d.entries.len() && payload & MAY_INSERT != 0 && !d.aliased {
            let hash = match name.obj() {
                Obj::Str(s) => s.hash.get(),
                _ => 0,
            };
            if hash != 0 && d.append_absent_small(hash, Value::Obj(name), r(vm, st, i.c())) {
                let len = d.len();
                drop(d);
                if let Obj::Class(c) = cached.obj() {
                    c.note_instance_attrs(len);
                }
                return NEXT;
            }
        }
    }
    set_attr_elsewhere(vm, st, i)
}

/// The class epoch moved (a class changed somewhere, or a collection ran): the same class
/// may still qualify, so check the site again before giving up on it.
#[cold]
#[inline(never)]
fn set_attr_recheck(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match set_attr_site(vm, st, i) {
        Ok(_) => set_attr_elsewhere(vm, st, i),
        Err(_) => deopt(vm, st, i),
    }
}

/// The guards held but the attribute is not at the cached position: find it (or add it, if
/// the site may), and remember where it is.
#[inline(never)]
fn set_attr_elsewhere(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let b = i.b();
    let (Value::Obj(g), Value::Int(payload)) = (r(vm, st, i.a()), k(st, b + 3)) else {
        return set_attr_slow(vm, st, i);
    };
    let name = k_name(st, b);
    let v = r(vm, st, i.c());
    let (Obj::Instance(inst), Some(p)) = (g.obj(), crate::strs::as_str(name)) else {
        return set_attr_slow(vm, st, i);
    };
    if inst.is_inline() {
        // An attribute it has, or one the site may add and the instance can take inline.
        let j = match inst.inline_index(name) {
            Some(j) => {
                inst.set_inline_value(j, v);
                j
            }
            None if payload & MAY_INSERT != 0 => match inst.try_set_inline(name, v) {
                Some(j) => j,
                None => return set_attr_slow(vm, st, i),
            },
            None => return set_attr_slow(vm, st, i),
        };
        // SAFETY: as in `write_set_attr_cache`.
        unsafe {
            *(st.consts as *mut Value).add(b + 3) =
                Value::Int((payload & MAY_INSERT) | INLINE | j as i64);
        }
        return NEXT;
    }
    let Some(Ok(mut d)) = inst.ext_dict().map(|d| d.try_borrow_mut()) else {
        return set_attr_slow(vm, st, i);
    };
    let hash = crate::strs::str_hash(p);
    // An attribute added (as in `__init__`) whose hash's key bit is clear cannot be present:
    // appended without a search.
    if payload & MAY_INSERT != 0 && !d.aliased && !d.may_hold_hash(hash) {
        let j = d.entries.len();
        d.insert_new(hash, Value::Obj(name), v);
        if let Obj::Class(c) = inst.class.get().obj() {
            c.note_instance_attrs(d.len());
        }
        write_set_attr_pos(st, b, payload, j);
        return NEXT;
    }
    match d.find(
        hash,
        |k| matches!(k, Value::Obj(kg) if kg.ptr_eq(name) || crate::strs::str_eq(*kg, name)),
    ) {
        Some(j) => {
            d.set_at(j, v);
            write_set_attr_pos(st, b, payload & !INLINE, j);
        }
        None if payload & MAY_INSERT != 0 && !d.aliased => {
            let j = d.entries.len();
            d.insert_new(hash, Value::Obj(name), v);
            if let Obj::Class(c) = inst.class.get().obj() {
                c.note_instance_attrs(d.len());
            }
            write_set_attr_pos(st, b, payload & !INLINE, j);
        }
        None => {
            drop(d);
            return set_attr_slow(vm, st, i);
        }
    }
    NEXT
}
