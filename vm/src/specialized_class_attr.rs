//! `GET_ATTR` of a class attribute (`Color.RED`, `Strength.REQUIRED`), specialized (see
//! `quicken.rs`): the site's cache, K[C+1..C+4] after the name, holds the class, the class
//! epoch and the attribute's value. Any change to a class dict or MRO moves the epoch, so
//! the value is what the lookup would find while the epoch holds.

use super::*;
use crate::quicken::deopt;
use kestrel_compiler::opcodes::Op;

/// Checks that the `GET_ATTR` being executed reads a plain value from a class (metaclass
/// `type`, no binding descriptor) and fills its cache; or says why not.
pub(crate) fn get_attr_class_site(vm: &mut Vm, st: &St, i: Inst) -> Result<Op, &'static str> {
    let Value::Obj(cls) = r(vm, st, i.b()) else {
        return Err("other object");
    };
    let Obj::Class(c) = cls.obj() else {
        return Err("other object");
    };
    if c.meta.get().is_some() {
        return Err("class with a metaclass");
    }
    let name = k_name(st, i.c());
    if crate::strs::as_str(name).is_none_or(|p| p.s.starts_with("__")) {
        return Err("class dunder attribute");
    }
    let Some(v) = vm.class_lookup(cls, name) else {
        return Err("class attribute from the metaclass");
    };
    if let Value::Obj(a) = v {
        let binds = match a.obj() {
            Obj::ClassMethod(_) | Obj::StaticMethod(_) => true,
            Obj::Instance(d) => vm.class_lookup(d.class.get(), vm.names.get).is_some(),
            _ => false,
        };
        if binds {
            return Err("class attribute with __get__");
        }
    }
    // SAFETY: C+1..C+4 are this instruction's cache slots in the VM-owned constant table
    // (`Vm::consts_for`), writable through `consts`.
    unsafe {
        let p = st.consts as *mut Value;
        *p.add(i.c() + 1) = Value::Obj(cls);
        *p.add(i.c() + 2) = Value::Int(class_epoch() as i64);
        *p.add(i.c() + 3) = v;
    }
    Ok(Op::GetAttrClass)
}

#[inline(always)]
pub fn get_attr_class(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let c = i.c();
    let (Value::Obj(g), Value::Obj(cached), Value::Int(epoch)) =
        (r(vm, st, i.b()), k(st, c + 1), k(st, c + 2))
    else {
        return deopt(vm, st, i);
    };
    if !g.ptr_eq(cached) {
        return deopt(vm, st, i);
    }
    if epoch as u64 != class_epoch() {
        return get_attr_class_recheck(vm, st, i);
    }
    set(vm, st, i.a(), k(st, c + 3));
    NEXT
}

/// The class epoch moved (a class changed, or a collection ran): look again.
#[cold]
#[inline(never)]
fn get_attr_class_recheck(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match get_attr_class_site(vm, st, i) {
        Ok(_) => {
            set(vm, st, i.a(), k(st, i.c() + 3));
            NEXT
        }
        Err(_) => deopt(vm, st, i),
    }
}
