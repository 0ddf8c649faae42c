//! Instruction semantics, one plain function per opcode (named as in the op table). Each takes
//! the VM, the hot state and the instruction word; the dispatch loop is a thin wrapper.
//!
//! Registers are read and written through `r`/`set`, which index the register stack relative to
//! the frame base. Anything that may push a frame or grow the stack re-derives positions from
//! `st.base` afterwards (no pointer into the stack survives a call).

use crate::heap::Gc;
use crate::interp::{Ctl, St};
use crate::object::CLASS_EPOCH;
use crate::object::*;
use crate::ops::Cmp;
use crate::value::Value;
use crate::vm::FrameKind;
use crate::Vm;
use kestrel_compiler::opcodes::{BinKind, Inst as RawInst, Op};
// The operand decoding this copy of the handlers is compiled for: narrow here, and again
// with `WideInst` in `wide.rs` for instructions behind a `WIDE` prefix.
use super::operands::{Inst, NO_OPERAND, RK_FLAG};

/// A dead-temporaries operand: the first dead register, or none.
#[inline(always)]
fn dead_from(x: usize) -> Option<usize> {
    (x != NO_OPERAND).then_some(x)
}
pub use crate::wide::wide;

type H = Result<Ctl, Raised>;

#[path = "match_ops.rs"]
mod match_ops;
pub use match_ops::*;
#[path = "excstar_ops.rs"]
mod excstar_ops;
pub use excstar_ops::*;
#[path = "specialized.rs"]
mod specialized;
pub use specialized::*;
#[path = "specialized_setattr.rs"]
mod specialized_setattr;
pub use specialized_setattr::*;
#[path = "specialized_class_attr.rs"]
mod specialized_class_attr;
pub use specialized_class_attr::*;
#[path = "specialized_compare.rs"]
mod specialized_compare;
pub use specialized_compare::*;
#[path = "specialized_calls.rs"]
mod specialized_calls;
pub use specialized_calls::*;
#[path = "specialized_methods.rs"]
mod specialized_methods;
pub use specialized_methods::*;

use crate::quicken::{specialize, tick};

/// A specialized form's guard holds for its site but not for this execution: the generic
/// form's work runs once, without deoptimizing. A narrow instruction leaves that to its
/// dispatch loop (`Ctl::Slow`, which keeps guard-only handlers free of calls); a wide one
/// (run inside the `WIDE` prefix's handler) does it here.
#[inline(always)]
fn slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if crate::wide::Operands::narrow(i).is_some() {
        return Ok(Ctl::Slow);
    }
    run_slow(vm, st, i)
}

/// The generic form's work for specialized instruction `i` (`Ctl::Slow`), without its
/// adaptive counting: the site stays as it is. Also an unspecialized instruction's uncommon
/// case (an overflow, an operand of another type, a cache miss, a RETURN from a frame other
/// than a plain function's), for the same reason.
#[cold]
#[inline(never)]
pub fn run_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match i.op_unchecked().generic() {
        Op::Call => call_generic(vm, st, i),
        Op::CallMethod => call_method_generic(vm, st, i),
        Op::GetAttr => get_attr_slow(vm, st, i),
        Op::LoadMethod => specialized_methods::load_method_other(vm, st, i),
        Op::SetAttr => set_attr_work(vm, st, i),
        Op::BinaryOp => arith_slow(vm, st, i, BinKind::from_u8(i.d())),
        Op::InplaceOp => inplace_slow(vm, st, i),
        Op::Add => arith_slow(vm, st, i, BinKind::Add),
        Op::Sub => arith_slow(vm, st, i, BinKind::Sub),
        Op::Mul => arith_slow(vm, st, i, BinKind::Mul),
        Op::TrueDiv => arith_slow(vm, st, i, BinKind::TrueDiv),
        Op::FloorDiv => arith_slow(vm, st, i, BinKind::FloorDiv),
        Op::Mod => arith_slow(vm, st, i, BinKind::Mod),
        Op::Eq => compare_slow(vm, st, i, Cmp::Eq),
        Op::Ne => compare_slow(vm, st, i, Cmp::Ne),
        Op::Lt => compare_slow(vm, st, i, Cmp::Lt),
        Op::Le => compare_slow(vm, st, i, Cmp::Le),
        Op::Gt => compare_slow(vm, st, i, Cmp::Gt),
        Op::Ge => compare_slow(vm, st, i, Cmp::Ge),
        Op::JumpIfTrue => jump_if_slow(vm, st, i, true),
        Op::JumpIfFalse => jump_if_slow(vm, st, i, false),
        Op::JumpIfNotLt => fused_jump_slow(vm, st, i, Cmp::Lt),
        Op::JumpIfNotLe => fused_jump_slow(vm, st, i, Cmp::Le),
        Op::JumpIfNotGt => fused_jump_slow(vm, st, i, Cmp::Gt),
        Op::JumpIfNotGe => fused_jump_slow(vm, st, i, Cmp::Ge),
        Op::JumpIfNotEq => fused_jump_slow(vm, st, i, Cmp::Eq),
        Op::JumpIfNotNe => fused_jump_slow(vm, st, i, Cmp::Ne),
        Op::AddInt => add_int_slow(vm, st, i),
        Op::LoadGlobal => load_global_miss(vm, st, i),
        Op::GetItem => get_item_slow(vm, st, i),
        Op::SetItem => set_item_slow(vm, st, i),
        Op::Unpack => unpack_slow(vm, st, i),
        Op::Neg => neg_slow(vm, st, i),
        Op::Not => not_slow(vm, st, i),
        Op::Return => {
            let v = r(vm, st, i.a());
            vm.do_return(st, v)
        }
        Op::ReturnNone => vm.do_return(st, Value::None),
        _ => crate::quicken::deopt_now(vm, st, i),
    }
}

/// The object in register `i`, if it holds one. Only the tag and the pointer are used, so
/// they are read as the two words they were stored as (a whole-value copy is one 16-byte
/// load, which waits for a just-made pair of stores to retire).
#[inline(always)]
fn r_obj(vm: &Vm, st: &St, i: usize) -> Option<Gc> {
    match r(vm, st, i) {
        Value::Obj(g) => Some(g),
        _ => None,
    }
}

/// Ends an instruction that is a safepoint (a loop's back edge or step) once its effect is
/// done, `at` being `st.ip` when it started: when one is due, a narrow instruction asks its
/// loop to run it (`Ctl::Safepoint`, which keeps the handler free of calls); a wide one runs
/// it here. Either way what it raises belongs to this instruction.
#[inline(always)]
fn next_at_safepoint(vm: &mut Vm, st: &mut St, i: Inst, at: *const RawInst) -> H {
    if vm.safepoint_due() {
        if crate::wide::Operands::narrow(i).is_some() {
            return Ok(Ctl::Safepoint);
        }
        crate::interp::run_safepoint(vm, st, at)?;
    }
    NEXT
}

#[inline(always)]
fn r(vm: &Vm, st: &St, i: usize) -> Value {
    debug_assert!(st.base + i < vm.stack.len());
    // SAFETY: the compiler only names registers below the frame's `nregs`, and the frame's
    // window `base..base + nregs` lies within the stack's length while the frame runs; `fp`
    // stays valid because the stack never reallocates.
    unsafe { *st.fp.add(i) }
}

#[inline(always)]
fn set(vm: &mut Vm, st: &St, i: usize, v: Value) {
    debug_assert!(st.base + i < vm.stack.len());
    let _ = vm;
    // SAFETY: as in `r`.
    unsafe { *st.fp.add(i) = v }
}

/// An RK operand: a constant when flagged with `RK_FLAG`, else a register.
#[inline(always)]
fn rk(vm: &Vm, st: &St, x: usize) -> Value {
    if x & RK_FLAG != 0 {
        k(st, x & !RK_FLAG)
    } else {
        r(vm, st, x)
    }
}

#[inline(always)]
fn k(st: &St, i: usize) -> Value {
    // SAFETY: `consts` points at the materialized constant table of the running code object,
    // which has one entry per compile-time constant; the compiler only emits indices into it.
    unsafe { *st.consts.add(i) }
}

#[inline(always)]
fn k_name(st: &St, i: usize) -> Gc {
    match k(st, i) {
        Value::Obj(g) => g,
        _ => unreachable_name(),
    }
}

#[cold]
fn unreachable_name() -> Gc {
    panic!("name constant is not a string")
}

#[inline(always)]
fn jump_by(st: &mut St, off: i32) {
    st.jump(off);
}

const NEXT: H = Ok(Ctl::Next);

pub fn nop(_: &mut Vm, _: &mut St, _: Inst) -> H {
    NEXT
}

#[inline(always)]
pub fn move_(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.b());
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn load_const(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = k(st, i.bx());
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn load_int(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    set(vm, st, i.a(), Value::Int(i.sbx() as i64));
    NEXT
}

#[inline(always)]
pub fn load_none(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    set(vm, st, i.a(), Value::None);
    NEXT
}

#[inline(always)]
pub fn load_bool(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    set(vm, st, i.a(), Value::Bool(i.b() != 0));
    NEXT
}

fn current_code(vm: &Vm) -> &'static kestrel_compiler::CodeObject {
    vm.frames.last().map(|f| f.code).expect("running frame")
}

#[cold]
fn unbound_local(vm: &mut Vm, var: usize) -> Raised {
    let name = current_code(vm).varnames.get(var).copied().unwrap_or("?");
    vm.raise_msg(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[inline(always)]
pub fn check_bound(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if r(vm, st, i.a()).is_empty() {
        return Err(unbound_local(vm, i.b()));
    }
    NEXT
}

#[inline(never)]
pub fn clear_local(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    // B: a local's name index; NO_OPERAND - 1: a loop's iterator; NO_OPERAND: an `except`
    // name.
    if i.b() < NO_OPERAND - 1 && r(vm, st, i.a()).is_empty() {
        return Err(unbound_local(vm, i.b()));
    }
    let old = r(vm, st, i.a());
    set(vm, st, i.a(), Value::Empty);
    if i.b() != NO_OPERAND {
        vm.prompt_after_delete(st.base, dead_from(i.c()), Some(old));
    }
    NEXT
}

fn frame_globals(vm: &Vm) -> Gc {
    vm.frames.last().map(|f| f.globals).expect("running frame")
}

/// `LOAD_GLOBAL`'s two cache slots hold either
/// - a module global: (entry index and namespace epoch packed, the globals dict). A hit is the
///   frame's globals still being that dict and no namespace having gained or lost a key since
///   (so the entry is where it was); the value is read live, so rebinding the global needs no
///   invalidation;
/// - a builtin: (value, namespace epoch), valid while no namespace gained or lost a key (a new
///   global could shadow it) and no builtin changed.
#[inline(always)]
pub fn load_global(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let c = i.c();
    if let Some(e) = cached_global_entry(st, c) {
        // SAFETY: see `cached_global_entry`.
        let v = unsafe { (*e).value };
        set(vm, st, i.a(), v);
        return NEXT;
    }
    match k(st, c + 1) {
        Value::Int(e) if e as u64 == crate::dict::namespace_epoch() => {
            let v = k(st, c);
            set(vm, st, i.a(), v);
            return NEXT;
        }
        _ => {}
    }
    slow(vm, st, i)
}

/// A cached module-global entry index takes the low bits of its slot; the rest hold the low
/// bits of the namespace epoch (a false match needs 2^39 key changes between two runs of the
/// same instruction).
const GLOBAL_INDEX_BITS: u32 = 24;
const GLOBAL_INDEX_MASK: u64 = (1 << GLOBAL_INDEX_BITS) - 1;
const GLOBAL_EPOCH_MASK: u64 = (1 << (63 - GLOBAL_INDEX_BITS)) - 1;

/// The module-global entry a `LOAD_GLOBAL`/`STORE_GLOBAL` cache at `c` names, if the cache
/// holds an entry index that is still valid: the frame's globals are the cached dict, and no
/// namespace gained or lost a key since (same epoch), so the entry vector is unchanged in shape
/// and the index in bounds. The pointer may be read or written until the instruction ends:
/// nothing holds a borrow of the globals dict while an instruction starts.
#[inline(always)]
fn cached_global_entry(st: &St, c: usize) -> Option<*mut crate::dict::Entry> {
    let Value::Obj(d) = k(st, c + 1) else {
        return None;
    };
    if !d.ptr_eq(st.globals) {
        return None;
    }
    let (Value::Int(packed), Obj::Dict(dict)) = (k(st, c), d.obj()) else {
        return None;
    };
    if (packed as u64) >> GLOBAL_INDEX_BITS != crate::dict::namespace_epoch() & GLOBAL_EPOCH_MASK {
        return None;
    }
    let idx = (packed as u64 & GLOBAL_INDEX_MASK) as usize;
    // SAFETY: as documented above; `as_ptr` gives the dict without taking a borrow.
    unsafe {
        let entries = &mut (*dict.as_ptr()).entries;
        debug_assert!(idx < entries.len());
        Some(entries.as_mut_ptr().add(idx))
    }
}

/// The cache slots naming entry `idx` of globals dict `g` (None if the index is too big to pack).
fn global_index_cache(idx: usize, g: Gc) -> Option<[Value; 2]> {
    let epoch = crate::dict::namespace_epoch() & GLOBAL_EPOCH_MASK;
    ((idx as u64) <= GLOBAL_INDEX_MASK).then_some([
        Value::Int((epoch << GLOBAL_INDEX_BITS | idx as u64) as i64),
        Value::Obj(g),
    ])
}

/// Writes an instruction's two cache slots at `c`.
fn write_cache(st: &St, c: usize, slots: [Value; 2]) {
    // SAFETY: slots C and C+1 are the cache slots appended to this code object's constant
    // table (`Vm::consts_for`); the table is owned by the VM and `consts` came from
    // `as_mut_ptr`, so writing through it is allowed.
    unsafe {
        *(st.consts as *mut Value).add(c) = slots[0];
        *(st.consts as *mut Value).add(c + 1) = slots[1];
    }
}

#[inline(never)]
fn load_global_miss(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let c = i.c();
    let name = k_name(st, i.b());
    let g = frame_globals(vm);
    let found = match (g.obj(), name.obj()) {
        (Obj::Dict(d), Obj::Str(s)) => {
            let d = d.borrow();
            d.find_str(name, crate::strs::str_hash(s))
                .map(|idx| (idx, d.entries[idx].value))
        }
        _ => None,
    };
    let (v, cache) = match found {
        Some((idx, v)) => (
            exposing(vm, v),
            global_index_cache(idx, g).unwrap_or([Value::Empty, Value::Empty]),
        ),
        None => {
            let epoch = crate::dict::namespace_epoch();
            match vm.builtin_lookup(name) {
                // Looking a builtin up may make it (and bump the epoch): cache the epoch from
                // before only if nothing changed meanwhile.
                Some(v) if crate::dict::namespace_epoch() == epoch => {
                    (v, [v, Value::Int(epoch as i64)])
                }
                Some(v) => (v, [Value::Empty, Value::Empty]),
                None => (vm.missing_builtin(name)?, [Value::Empty, Value::Empty]),
            }
        }
    };
    write_cache(st, c, cache);
    set(vm, st, i.a(), v);
    NEXT
}

/// A value about to reach Python code: if it is the builtins dict itself (`__builtins__`),
/// the builtins made on first use are all made now, so the dict looks complete.
fn exposing(vm: &Vm, v: Value) -> Value {
    if matches!(v, Value::Obj(g) if g.ptr_eq(vm.builtins)) {
        vm.complete_builtins();
    }
    v
}

#[cold]
fn name_error(vm: &mut Vm, name: Gc) -> Raised {
    let n = crate::strs::as_str(name)
        .map(|s| s.s.to_string())
        .unwrap_or_default();
    vm.raise_msg("NameError", format!("name '{n}' is not defined"))
}

/// `STORE_GLOBAL`'s cache is a module global's (entry index and namespace epoch, globals
/// dict), as `LOAD_GLOBAL`'s: a hit rebinds the entry's value in place.
#[inline(always)]
pub fn store_global(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.a());
    if let Some(e) = cached_global_entry(st, i.c()) {
        // SAFETY: see `cached_global_entry`. Only dicts whose values no other cache holds are
        // cached for stores (see the miss path).
        let old = unsafe { std::mem::replace(&mut (*e).value, v) };
        if let Value::Obj(_) = old {
            if vm.prompt.watch {
                vm.prompt_after_rebind(Some(old));
            }
        }
        return NEXT;
    }
    store_global_miss(vm, st, i)
}

#[inline(never)]
fn store_global_miss(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.a());
    let name = k_name(st, i.b());
    let g = frame_globals(vm);
    let old = vm.prompt_watching().then(|| vm.dict_get_str(g, name));
    vm.dict_set_str(g, name, v);
    vm.prompt_after_rebind(old.flatten());
    let found = match (g.obj(), name.obj()) {
        (Obj::Dict(d), Obj::Str(s)) => {
            let d = d.borrow();
            if d.values_cached {
                None
            } else {
                d.find_str(name, crate::strs::str_hash(s))
            }
        }
        _ => None,
    };
    if let Some(cache) = found.and_then(|idx| global_index_cache(idx, g)) {
        write_cache(st, i.c(), cache);
    }
    NEXT
}

#[inline(never)]
pub fn delete_global(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let name = k_name(st, i.bx());
    let g = frame_globals(vm);
    if !vm.dict_del_str(g, name) {
        return Err(name_error(vm, name));
    }
    vm.prompt_after_delete(st.base, dead_from(i.a()), None);
    NEXT
}

fn frame_locals(vm: &Vm) -> Gc {
    let f = vm.frames.last().expect("running frame");
    f.locals.unwrap_or(f.globals)
}

#[inline(never)]
pub fn load_name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let name = k_name(st, i.bx());
    let l = frame_locals(vm);
    if !matches!(l.obj(), Obj::Dict(_)) {
        let v = vm.load_name_mapping(l, name)?;
        set(vm, st, i.a(), v);
        return NEXT;
    }
    let v = match vm.dict_get_str(l, name) {
        Some(v) => exposing(vm, v),
        None => match vm.dict_get_str(frame_globals(vm), name) {
            Some(v) => exposing(vm, v),
            None => match vm.builtin_lookup(name) {
                Some(v) => v,
                None => vm.missing_builtin(name)?,
            },
        },
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn store_name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let name = k_name(st, i.bx());
    let l = frame_locals(vm);
    let v = r(vm, st, i.a());
    if matches!(l.obj(), Obj::Dict(_)) {
        let old = vm.prompt_watching().then(|| vm.dict_get_str(l, name));
        vm.dict_set_str(l, name, v);
        vm.prompt_after_rebind(old.flatten());
    } else {
        vm.setitem(Value::Obj(l), Value::Obj(name), v)?;
    }
    NEXT
}

#[inline(never)]
pub fn delete_name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let name = k_name(st, i.bx());
    let l = frame_locals(vm);
    if !matches!(l.obj(), Obj::Dict(_)) {
        if vm.delitem(Value::Obj(l), Value::Obj(name)).is_err() {
            if !vm.raised_is("KeyError") {
                return Err(Raised);
            }
            vm.raised = Value::Empty;
            return Err(name_error(vm, name));
        }
        return NEXT;
    }
    if !vm.dict_del_str(l, name) {
        return Err(name_error(vm, name));
    }
    vm.prompt_after_delete(st.base, dead_from(i.a()), None);
    NEXT
}

#[inline(never)]
pub fn make_cell(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.a());
    let c = vm.alloc(Obj::Cell(std::cell::Cell::new(v)));
    set(vm, st, i.a(), Value::Obj(c));
    NEXT
}

fn cell_of(v: Value) -> Option<&'static std::cell::Cell<Value>> {
    match v {
        Value::Obj(g) => match g.obj() {
            // SAFETY: the cell object is held in a register for as long as the reference is used.
            Obj::Cell(c) => Some(unsafe { &*(c as *const std::cell::Cell<Value>) }),
            _ => None,
        },
        _ => None,
    }
}

#[inline(always)]
pub fn load_deref(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = cell_of(r(vm, st, i.b()))
        .map(|c| c.get())
        .unwrap_or(Value::Empty);
    if v.is_empty() {
        return Err(unbound_deref(vm, i));
    }
    set(vm, st, i.a(), v);
    NEXT
}

/// The NameError/UnboundLocalError of `LOAD_DEREF` on an empty cell.
#[cold]
#[inline(never)]
fn unbound_deref(vm: &mut Vm, i: Inst) -> Raised {
    {
        let code = current_code(vm);
        let reg = i.b();
        let name = code.varnames.get(reg).copied().unwrap_or("variable");
        let msg = if i.c() == 1 {
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
        } else {
            format!("cannot access local variable '{name}' where it is not associated with a value")
        };
        let cls = if i.c() == 1 {
            "NameError"
        } else {
            "UnboundLocalError"
        };
        vm.raise_msg(cls, msg)
    }
}

#[inline(always)]
pub fn store_deref(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.b());
    if let Some(c) = cell_of(r(vm, st, i.a())) {
        c.set(v);
    }
    NEXT
}

#[inline(never)]
pub fn delete_deref(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if let Some(c) = cell_of(r(vm, st, i.a())) {
        let old = c.replace(Value::Empty);
        vm.prompt_after_delete(st.base, None, Some(old));
    }
    NEXT
}

#[inline(always)]
pub fn get_attr(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    match cached_instance_attr(vm, st, i) {
        Some(v) => {
            set(vm, st, i.a(), v);
            NEXT
        }
        None => get_attr_slow(vm, st, i),
    }
}

/// `GET_ATTR`'s inline cache: same class, same class epoch (so still no data descriptors),
/// and the attribute at the remembered position of the instance dict. None on a miss, and
/// when it cannot tell without a call (another class whose cached flags are stale).
#[inline(always)]
pub(super) fn cached_instance_attr(vm: &Vm, st: &St, i: Inst) -> Option<Value> {
    let o = r(vm, st, i.b());
    let c = i.c();
    if let (Value::Obj(g), Value::Obj(cached), Value::Int(epoch), Value::Int(idx)) =
        (o, k(st, c + 1), k(st, c + 2), k(st, c + 3))
    {
        if let Obj::Instance(inst) = g.obj() {
            // Another class is fine too when it has no data descriptors either (sibling
            // classes often keep the attribute at the same position).
            let cls = inst.class.get();
            let plain = epoch as u64 == class_version()
                && (cls.ptr_eq(cached)
                    || match cls.obj() {
                        Obj::Class(cc) => match vm.class_flags_known(cc) {
                            Some(f) => f & SLOW_GETATTR == 0,
                            None => return None,
                        },
                        _ => false,
                    });
            if plain {
                if idx < 0 {
                    // Inline position j = -1 - idx: the cached class's key j is the name
                    // (shared keys never move); another class's key j must be checked.
                    let j = (-1 - idx) as usize;
                    let v = inst.inline_value(j);
                    if !v.is_empty()
                        && (cls.ptr_eq(cached)
                            || matches!(cls.obj(), Obj::Class(cc) if matches!(cc.shared_keys.get(j).and_then(|k| k.get()), Some(kg) if kg.ptr_eq(k_name(st, c)))))
                    {
                        return Some(v);
                    }
                } else if let Some(Ok(d)) = inst.ext_dict().map(|d| d.try_borrow()) {
                    if let Some(e) = d.entries.get(idx as usize) {
                        if matches!(e.key, Value::Obj(kg) if kg.ptr_eq(k_name(st, c))) {
                            return Some(e.value);
                        }
                    }
                }
            }
        }
    }
    None
}

#[inline(never)]
fn get_attr_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let name = k_name(st, c);
    if let Some((v, cls, idx)) = plain_instance_attr(vm, o, name) {
        // SAFETY: c+1..c+4 are this instruction's cache slots in the VM-owned constant table
        // (`Vm::consts_for`), writable through `consts`.
        unsafe {
            let p = st.consts as *mut Value;
            *p.add(c + 1) = Value::Obj(cls);
            *p.add(c + 2) = Value::Int(class_version() as i64);
            *p.add(c + 3) = Value::Int(idx);
        }
        set(vm, st, i.a(), v);
        return NEXT;
    }
    // `GET_ATTR_INSTANCE` on an object without the attribute in its dict: the site no longer
    // reads instance attributes, so it goes back to the generic form (which may specialize
    // otherwise).
    if i.op_unchecked() == Op::GetAttrInstance {
        return crate::quicken::deopt_now(vm, st, i);
    }
    let v = vm.getattr(o, name)?;
    set(vm, st, i.a(), v);
    NEXT
}

/// `CLASS_VERSION`: moves with class changes but not at collections, for caches whose class
/// the constant table keeps alive (`GET_ATTR`'s instance cache).
#[inline(always)]
fn class_version() -> u64 {
    crate::object::CLASS_VERSION.load(std::sync::atomic::Ordering::Relaxed)
}

#[inline(always)]
fn class_epoch() -> u64 {
    CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// `o.name` when `o` is an instance holding `name` and its class has no data descriptors:
/// the value, the class and the entry's position in the instance dict (or -1 - j for inline
/// position j).
#[inline(always)]
fn plain_instance_attr(vm: &Vm, o: Value, name: Gc) -> Option<(Value, Gc, i64)> {
    let Value::Obj(g) = o else { return None };
    let Obj::Instance(inst) = g.obj() else {
        return None;
    };
    let cls = inst.class.get();
    let Obj::Class(c) = cls.obj() else {
        return None;
    };
    if vm.class_flags(c) & SLOW_GETATTR != 0 {
        return None;
    }
    let p = crate::strs::as_str(name)?;
    let Some(d) = inst.ext_dict() else {
        let j = inst.inline_index(name)?;
        return Some((inst.inline_value(j), cls, -1 - j as i64));
    };
    let d = d.try_borrow().ok()?;
    let hash = crate::strs::str_hash(p);
    let idx = d.find(
        hash,
        |k| matches!(k, Value::Obj(kg) if kg.ptr_eq(name) || crate::strs::str_eq(*kg, name)),
    )?;
    Some((d.entries[idx].value, cls, idx as i64))
}

#[inline(never)]
pub fn set_attr(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    set_attr_work(vm, st, i)
}

/// `SET_ATTR`'s work without its adaptive counting (also `SET_ATTR_INSTANCE`'s `Ctl::Slow`).
#[inline(always)]
fn set_attr_work(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let name = k_name(st, i.b());
    let v = r(vm, st, i.c());
    // Fast path: an instance of a class without properties or a Python `__setattr__` (not an
    // exception, whose `__cause__` etc. are not dict entries).
    if let Value::Obj(g) = o {
        if let Obj::Instance(inst) = g.obj() {
            let cls = inst.class.get();
            if inst.exc().is_some() {
                return set_attr_slow(vm, st, i);
            }
            if let Obj::Class(c) = cls.obj() {
                let flags = vm.class_flags(c);
                if flags & (HAS_DATA_DESCRIPTOR | CUSTOM_SETATTR) == 0 {
                    if inst.is_inline() {
                        // An attribute it has, or (no slots to check) a new one it can take
                        // inline; anything else goes the general way.
                        let stored = match inst.inline_index(name) {
                            Some(j) => {
                                inst.set_inline_value(j, v);
                                true
                            }
                            None => {
                                flags & HAS_SLOTS == 0
                                    && crate::strs::as_str(name)
                                        .is_some_and(|p| !matches!(&*p.s, "__class__" | "__dict__"))
                                    && inst.try_set_inline(name, v).is_some()
                            }
                        };
                        if stored {
                            return NEXT;
                        }
                    } else if let (Some(p), Some(Ok(mut d))) = (
                        crate::strs::as_str(name),
                        inst.ext_dict().map(|d| d.try_borrow_mut()),
                    ) {
                        let hash = crate::strs::str_hash(p);
                        match d.find(hash, move |k| matches!(k, Value::Obj(kg) if kg.ptr_eq(name) || crate::strs::str_eq(*kg, name))) {
                            Some(j) => {
                                d.set_at(j, v);
                                return NEXT;
                            }
                            // A new attribute of a slotted instance must be checked first.
                            None if flags & HAS_SLOTS == 0
                                && !d.aliased
                                && !matches!(&*p.s, "__class__" | "__dict__") =>
                            {
                                d.insert_new(hash, Value::Obj(name), v);
                                c.note_instance_attrs(d.len());
                                return NEXT;
                            }
                            None => {}
                        }
                    }
                }
            }
        }
    }
    set_attr_slow(vm, st, i)
}

/// `SET_ATTR` through the full protocol (out of line: see `arith_slow`).
#[inline(never)]
fn set_attr_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let name = k_name(st, i.b());
    let v = r(vm, st, i.c());
    vm.setattr(o, name, v)?;
    NEXT
}

#[inline(never)]
pub fn del_attr(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let name = k_name(st, i.b());
    vm.delattr(o, name)?;
    vm.prompt_after_delete(st.base, dead_from(i.c()), None);
    NEXT
}

#[inline(always)]
pub fn load_method(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    let o = r(vm, st, i.b());
    let c = i.c();
    // Inline cache: the receiver's class and epoch match, and (for instances) the instance
    // dict does not shadow the method.
    if let (Value::Obj(cached), Value::Int(epoch)) = (k(st, c + 1), k(st, c + 2)) {
        if vm.type_of(o).ptr_eq(cached) && epoch as u64 == class_epoch() {
            let shadowed = match o {
                Value::Obj(g) => match g.obj() {
                    Obj::Instance(inst) => {
                        let name = k_name(st, c);
                        match inst.ext_dict() {
                            None => inst.inline_index(name).is_some(),
                            Some(d) => {
                                let d = d.borrow();
                                d.aliased
                                    || d.entries
                                        .iter()
                                        .any(|e| matches!(e.key, Value::Obj(kg) if kg.ptr_eq(name)))
                            }
                        }
                    }
                    _ => false,
                },
                _ => false,
            };
            if !shadowed {
                let f = k(st, c + 3);
                set(vm, st, i.a(), f);
                set(vm, st, i.a() + 1, o);
                return NEXT;
            }
        }
    }
    load_method_slow(vm, st, i)
}

#[inline(never)]
pub(crate) fn load_method_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let name = k_name(st, c);
    let (f, this) = vm.load_method(o, name)?;
    let plain_receiver = !matches!(o, Value::Obj(g)
        if matches!(g.obj(), Obj::Class(_) | Obj::Module(..) | Obj::Super(..)));
    // SAFETY: `ip` is one past the instruction being executed, which lies in the code.
    let generic =
        unsafe { (*st.ip.sub(1)).op_byte() } == kestrel_compiler::opcodes::Op::LoadMethod as u8;
    // (A site that just specialized keeps the cache its specialized form wrote.)
    if !this.is_empty() && plain_receiver && generic {
        // A method found on the class (not the instance): remember it for this class.
        let cls = vm.type_of(o);
        // SAFETY: as in `get_attr_slow`.
        unsafe {
            let p = st.consts as *mut Value;
            *p.add(c + 1) = Value::Obj(cls);
            *p.add(c + 2) = Value::Int(class_epoch() as i64);
            *p.add(c + 3) = f;
        }
    }
    set(vm, st, i.a(), f);
    set(vm, st, i.a() + 1, this);
    NEXT
}

/// `super().name` for a call (zero-argument `super` in a method): when R[A] is the builtin
/// `super` and R[A+2] an instance, the function or builtin method found after the class R[A+1]
/// in the MRO of R[A+2]'s type, with R[A+2] as its self; no super object is made. Anything
/// else (a class as first argument, a descriptor, a missing name) makes the super object and
/// looks the method up on it as `LOAD_METHOD` does; a shadowed `super` is called with no
/// arguments, as in CPython, and the method looked up on what it returns.
#[inline(never)]
pub fn load_super_method(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let (sup, start, this) = (r(vm, st, a), r(vm, st, a + 1), r(vm, st, a + 2));
    let name = k_name(st, i.c());
    if let (Value::Obj(s), Value::Obj(start)) = (sup, start) {
        if s.ptr_eq(vm.types.super_) && matches!(start.obj(), Obj::Class(_)) {
            if let Some(f) = vm.super_method(start, this, name) {
                set(vm, st, a, f);
                set(vm, st, a + 1, this);
                return NEXT;
            }
        }
    }
    // A `super` that is not the builtin is called as the source wrote it: `super()` with no
    // arguments, `super(C, x)` (B = 1) with its two.
    let args: &[Value] = match sup {
        _ if i.b() == 1 => &[start, this],
        Value::Obj(s) if s.ptr_eq(vm.types.super_) => &[start, this],
        _ => &[],
    };
    let o = vm.call_value(sup, args, &[])?;
    set(vm, st, a, o);
    let (f, this) = vm.load_method(o, name)?;
    set(vm, st, a, f);
    set(vm, st, a + 1, this);
    NEXT
}

#[inline(always)]
pub fn get_item(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    let o = r(vm, st, i.b());
    let key = rk(vm, st, i.c());
    // Fast path: list[int].
    if let (Value::Obj(g), Value::Int(idx)) = (o, key) {
        if let Obj::List(l) = g.obj() {
            let l = l.borrow();
            let n = l.len() as i64;
            let j = if idx < 0 { idx + n } else { idx };
            if j >= 0 && j < n {
                let v = l[j as usize];
                drop(l);
                set(vm, st, i.a(), v);
                return NEXT;
            }
        }
    }
    slow(vm, st, i)
}

/// `GET_ITEM` through the full protocol (out of line: see `arith_slow`).
#[inline(never)]
fn get_item_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let key = rk(vm, st, i.c());
    let v = vm.getitem(o, key)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn set_item(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let key = r(vm, st, i.b());
    let v = r(vm, st, i.c());
    if let (Value::Obj(g), Value::Int(idx)) = (o, key) {
        if let Obj::List(l) = g.obj() {
            if let Ok(mut l) = l.try_borrow_mut() {
                let n = l.len() as i64;
                let j = if idx < 0 { idx + n } else { idx };
                if j >= 0 && j < n {
                    l[j as usize] = v;
                    return NEXT;
                }
            }
        }
    }
    slow(vm, st, i)
}

/// `SET_ITEM` through the full protocol (out of line: see `arith_slow`).
#[inline(never)]
fn set_item_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let key = r(vm, st, i.b());
    let v = r(vm, st, i.c());
    match o {
        // An exact dict (`counts[w] = n`): straight to the dict.
        Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)) => vm.dict_setitem(o, key, v)?,
        _ => vm.setitem(o, key, v)?,
    }
    NEXT
}

#[inline(never)]
pub fn del_item(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let key = r(vm, st, i.b());
    vm.delitem(o, key)?;
    vm.prompt_after_delete(st.base, dead_from(i.c()), None);
    NEXT
}

#[inline(never)]
pub fn build_slice(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let b = i.b();
    let (lo, hi) = (r(vm, st, b), r(vm, st, b + 1));
    let step = if i.c() == 3 {
        r(vm, st, b + 2)
    } else {
        Value::None
    };
    let s = vm.alloc(Obj::Slice(lo, hi, step));
    set(vm, st, i.a(), Value::Obj(s));
    NEXT
}

#[inline(never)]
pub fn get_slice(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.b());
    let c = i.c();
    let parts = [r(vm, st, c), r(vm, st, c + 1), r(vm, st, c + 2)];
    let v = vm.get_slice(o, parts)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn set_slice(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let o = r(vm, st, i.a());
    let b = i.b();
    let parts = [r(vm, st, b), r(vm, st, b + 1), r(vm, st, b + 2)];
    let v = r(vm, st, i.c());
    vm.set_slice(o, parts, v)?;
    NEXT
}

/// The general path of the arithmetic ops: `R[A] := RK[B] <kind> RK[C]` through the full
/// protocol. Out of line (and reading its operands again) so that no value crosses into it by
/// reference: the threaded chain functions keep their tail calls only while no local's address
/// escapes them.
#[cold]
#[inline(never)]
fn arith_slow(vm: &mut Vm, st: &mut St, i: Inst, kind: BinKind) -> H {
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = vm.binary_op(kind, a, b)?;
    set(vm, st, i.a(), v);
    NEXT
}

macro_rules! arith {
    ($name:ident, $int:expr, $float:expr, $adaptive:expr) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            if $adaptive && tick(st) {
                specialize(vm, st, i);
            }
            let a = rk(vm, st, i.b());
            let b = rk(vm, st, i.c());
            let v = match (a, b) {
                (Value::Int(x), Value::Int(y)) => match $int(x, y) {
                    Some(v) => Value::Int(v),
                    None => return slow(vm, st, i),
                },
                (Value::Float(x), Value::Float(y)) => Value::Float($float(x, y)),
                // An int with a float: the int converted as `float(x)` does (both round to
                // nearest, ties to even), then the float operation.
                (Value::Int(x), Value::Float(y)) => Value::Float($float(x as f64, y)),
                (Value::Float(x), Value::Int(y)) => Value::Float($float(x, y as f64)),
                _ => return slow(vm, st, i),
            };
            set(vm, st, i.a(), v);
            NEXT
        }
    };
}
arith!(add, |x: i64, y| x.checked_add(y), |x: f64, y| x + y, true);
arith!(sub, |x: i64, y| x.checked_sub(y), |x: f64, y| x - y, false);
arith!(mul, |x: i64, y| x.checked_mul(y), |x: f64, y| x * y, false);

#[inline(always)]
pub fn true_div(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = match (a, b) {
        (Value::Float(x), Value::Float(y)) if y != 0.0 => Value::Float(x / y),
        // An int with a float converts the int as `float(x)` does (see `arith!`).
        (Value::Int(x), Value::Float(y)) if y != 0.0 => Value::Float(x as f64 / y),
        (Value::Float(x), Value::Int(y)) if y != 0 => Value::Float(x / y as f64),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn floor_div(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = match (a, b) {
        (Value::Int(x), Value::Int(y)) if y > 0 => Value::Int(x.div_euclid(y)),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn mod_(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = match (a, b) {
        (Value::Int(x), Value::Int(y)) if y > 0 => Value::Int(x.rem_euclid(y)),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn binary_op(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = vm.binary_op(BinKind::from_u8(i.d()), a, b)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn inplace_op(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    let a = r(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let kind = BinKind::from_u8(i.d());
    let v = match (kind, a, b) {
        (BinKind::Add, Value::Int(x), Value::Int(y)) if x.checked_add(y).is_some() => {
            Value::Int(x + y)
        }
        (BinKind::Sub, Value::Int(x), Value::Int(y)) if x.checked_sub(y).is_some() => {
            Value::Int(x - y)
        }
        (BinKind::Add, Value::Float(x), Value::Float(y)) => Value::Float(x + y),
        (BinKind::Sub, Value::Float(x), Value::Float(y)) => Value::Float(x - y),
        (BinKind::Mul, Value::Float(x), Value::Float(y)) => Value::Float(x * y),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

/// `INPLACE_OP` through the full protocol (out of line: see `arith_slow`).
#[cold]
#[inline(never)]
fn inplace_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = vm.inplace_op(BinKind::from_u8(i.d()), a, b)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn add_int(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let imm = i.sc();
    let v = match a {
        Value::Int(x) => match x.checked_add(imm) {
            Some(v) => Value::Int(v),
            None => return slow(vm, st, i),
        },
        Value::Float(x) => Value::Float(x + imm as f64),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

/// `ADD_INT` through the full protocol (out of line: see `arith_slow`).
#[cold]
#[inline(never)]
fn add_int_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let imm = i.sc();
    let v = if imm < 0 {
        vm.binary_op(BinKind::Sub, a, Value::Int(-imm))?
    } else {
        vm.binary_op(BinKind::Add, a, Value::Int(imm))?
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn neg(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let v = match a {
        Value::Int(x) if x != i64::MIN => Value::Int(-x),
        Value::Float(x) => Value::Float(-x),
        _ => return slow(vm, st, i),
    };
    set(vm, st, i.a(), v);
    NEXT
}

#[cold]
#[inline(never)]
fn neg_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let v = vm.unary_neg(a)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn pos(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let v = vm.unary_pos(a)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(never)]
pub fn invert(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let v = vm.unary_invert(a)?;
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn not(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let t = match quick_truth(r(vm, st, i.b())) {
        Some(t) => t,
        None => return slow(vm, st, i),
    };
    set(vm, st, i.a(), Value::Bool(!t));
    NEXT
}

#[inline(never)]
fn not_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = r(vm, st, i.b());
    let t = vm.truthy(a)?;
    set(vm, st, i.a(), Value::Bool(!t));
    NEXT
}

macro_rules! compare {
    ($name:ident, $cmp:tt) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            let a = rk(vm, st, i.b());
            let b = rk(vm, st, i.c());
            let v = match (a, b) {
                (Value::Int(x), Value::Int(y)) => Value::Bool(x $cmp y),
                (Value::Float(x), Value::Float(y)) => Value::Bool(x $cmp y),
                _ => return slow(vm, st, i),
            };
            set(vm, st, i.a(), v);
            NEXT
        }
    };
}
/// A comparison through the full protocol (out of line: see `arith_slow`).
#[inline(never)]
fn compare_slow(vm: &mut Vm, st: &mut St, i: Inst, op: crate::ops::Cmp) -> H {
    let a = rk(vm, st, i.b());
    let b = rk(vm, st, i.c());
    let v = vm.compare(op, a, b)?;
    set(vm, st, i.a(), v);
    NEXT
}

compare!(eq, ==);
compare!(ne, !=);
compare!(lt, <);
compare!(le, <=);
compare!(gt, >);
compare!(ge, >=);

#[inline(always)]
pub fn is(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = rk(vm, st, i.b()).is(&rk(vm, st, i.c()));
    set(vm, st, i.a(), Value::Bool(v));
    NEXT
}

#[inline(always)]
pub fn is_not(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = rk(vm, st, i.b()).is(&rk(vm, st, i.c()));
    set(vm, st, i.a(), Value::Bool(!v));
    NEXT
}

#[inline(never)]
pub fn in_(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (a, b) = (rk(vm, st, i.b()), rk(vm, st, i.c()));
    let v = vm.contains(b, a)?;
    set(vm, st, i.a(), Value::Bool(v));
    NEXT
}

#[inline(never)]
pub fn not_in(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (a, b) = (rk(vm, st, i.b()), rk(vm, st, i.c()));
    let v = vm.contains(b, a)?;
    set(vm, st, i.a(), Value::Bool(!v));
    NEXT
}

#[inline(always)]
pub fn jump(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let off = i.sbx();
    let at = st.ip;
    jump_by(st, off);
    if off < 0 {
        return next_at_safepoint(vm, st, i, at);
    }
    NEXT
}

#[inline(always)]
fn truth(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::None => Ok(false),
        Value::Int(i) => Ok(i != 0),
        _ => vm.truthy(v),
    }
}

/// The truth of a value when it needs no method call.
#[inline(always)]
fn quick_truth(v: Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        Value::None => Some(false),
        Value::Int(i) => Some(i != 0),
        _ => None,
    }
}

#[inline(always)]
pub fn jump_if_true(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match quick_truth(r(vm, st, i.a())) {
        Some(true) => jump_by(st, i.sbx()),
        Some(false) => {}
        None => return slow(vm, st, i),
    }
    NEXT
}

#[inline(always)]
pub fn jump_if_false(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match quick_truth(r(vm, st, i.a())) {
        Some(false) => jump_by(st, i.sbx()),
        Some(true) => {}
        None => return slow(vm, st, i),
    }
    NEXT
}

/// `JUMP_IF_TRUE`/`JUMP_IF_FALSE` on a value whose truth needs `__bool__`/`__len__` (out of
/// line: see `arith_slow`).
#[inline(never)]
fn jump_if_slow(vm: &mut Vm, st: &mut St, i: Inst, when: bool) -> H {
    let v = r(vm, st, i.a());
    if vm.truthy(v)? == when {
        jump_by(st, i.sbx());
    }
    NEXT
}

macro_rules! fused_jump {
    ($name:ident, $cmp:tt, $adaptive:expr) => {
        #[inline(always)]
        pub fn $name(vm: &mut Vm, st: &mut St, i: Inst) -> H {
            if $adaptive && tick(st) {
                specialize(vm, st, i);
            }
            let (a, b) = (rk(vm, st, i.a()), rk(vm, st, i.b()));
            let holds = match (a, b) {
                (Value::Int(x), Value::Int(y)) => x $cmp y,
                (Value::Float(x), Value::Float(y)) => x $cmp y,
                _ => return slow(vm, st, i),
            };
            if !holds {
                jump_by(st, i.sc() as i32);
            }
            NEXT
        }
    };
}
/// A compare-and-branch through the full comparison protocol (out of line: see `arith_slow`).
#[inline(never)]
fn fused_jump_slow(vm: &mut Vm, st: &mut St, i: Inst, op: crate::ops::Cmp) -> H {
    let (a, b) = (rk(vm, st, i.a()), rk(vm, st, i.b()));
    // Two sets of members that compare natively (`fp <= free` in meteor_contest): the subset
    // test, without the general comparison's dispatch on the operand types.
    if let (Value::Obj(ga), Value::Obj(gb)) = (a, b) {
        if let (Obj::Set(..), Obj::Set(..)) = (ga.obj(), gb.obj()) {
            if let Some(holds) = crate::dictops::set_compare_native(op, ga, gb) {
                if !holds {
                    jump_by(st, i.sc() as i32);
                }
                return NEXT;
            }
        }
    }
    let v = vm.compare(op, a, b)?;
    if !truth(vm, v)? {
        jump_by(st, i.sc() as i32);
    }
    NEXT
}

fused_jump!(jump_if_not_lt, <, true);
fused_jump!(jump_if_not_le, <=, false);
fused_jump!(jump_if_not_gt, >, false);
fused_jump!(jump_if_not_ge, >=, false);
fused_jump!(jump_if_not_eq, ==, true);
fused_jump!(jump_if_not_ne, !=, true);

#[inline(never)]
pub fn get_iter(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.b());
    let it = vm.get_iter(v)?;
    set(vm, st, i.a(), it);
    NEXT
}

#[inline(always)]
pub fn for_iter(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    for_iter_into(vm, st, i.a(), i.a() + 1, i.sbx())
}

#[inline(always)]
pub fn for_iter_to(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    for_iter_into(vm, st, i.a(), i.b(), i.sc() as i32)
}

/// R[dst] := next(R[it]), or jump by `off` when the iterator is exhausted.
#[inline(always)]
fn for_iter_into(vm: &mut Vm, st: &mut St, it_reg: usize, dst: usize, off: i32) -> H {
    let it = r(vm, st, it_reg);
    // Fast paths: range and list iterators.
    if let Value::Obj(g) = it {
        if let Obj::Iter(cell) = g.obj() {
            let mut k = cell.borrow_mut();
            match &mut *k {
                IterKind::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.wrapping_add(*step);
                        drop(k);
                        set(vm, st, dst, Value::Int(n));
                    } else {
                        drop(k);
                        jump_by(st, off);
                    }
                    vm.safepoint()?;
                    return NEXT;
                }
                IterKind::Seq {
                    seq: Value::Obj(s),
                    index,
                } => {
                    if let Obj::List(l) = s.obj() {
                        let l = l.borrow();
                        if *index < l.len() {
                            let v = l[*index];
                            *index += 1;
                            drop(l);
                            drop(k);
                            set(vm, st, dst, v);
                        } else {
                            drop(l);
                            drop(k);
                            jump_by(st, off);
                        }
                        vm.safepoint()?;
                        return NEXT;
                    }
                }
                _ => {}
            }
        }
    }
    for_iter_slow(vm, st, it_reg, dst, off)
}

/// `FOR_ITER` on any iterator (out of line: see `arith_slow`).
#[inline(never)]
fn for_iter_slow(vm: &mut Vm, st: &mut St, it_reg: usize, dst: usize, off: i32) -> H {
    let it = r(vm, st, it_reg);
    if let Value::Obj(g) = it {
        if matches!(g.obj(), Obj::Generator(gen) if gen.kind == GenKind::Generator) {
            // Resumed in this loop (`gen_inloop.rs`): its yield lands in `dst`.
            vm.safepoint()?;
            if vm.gen_enter(st, g, Value::None, st.base + dst)? {
                return NEXT;
            }
        }
    }
    match vm.next(it)? {
        Some(v) => set(vm, st, dst, v),
        None => jump_by(st, off),
    }
    vm.safepoint()?;
    NEXT
}

#[inline(always)]
pub fn call(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    call_generic(vm, st, i)
}

/// `CALL`'s work for any callee (the generic form, and the specialized ones' `Ctl::Slow`).
#[inline(always)]
fn call_generic(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let f = r(vm, st, a);
    let at = st.base + a + 1;
    vm.call_at(st, f, at, i.b(), st.base + a)?;
    NEXT
}

#[inline(never)]
pub fn call_kw(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (a, mut npos, nkw) = (i.a(), i.b(), i.c());
    let mut f = r(vm, st, a);
    let names = r(vm, st, a + npos + nkw + 1);
    if let Some((this, func)) = bound_python_method(f) {
        // `obj.m(x, k=v)`: the receiver goes in front of the arguments (they move up over the
        // names register, read above), so that they bind in place as for a plain function.
        // The bound method stays in R[A] until the result replaces it.
        for j in (1..=npos + nkw).rev() {
            let v = r(vm, st, a + j);
            set(vm, st, a + 1 + j, v);
        }
        set(vm, st, a + 1, this);
        f = func;
        npos += 1;
    }
    if vm.call_kw_in_place(st, f, names, st.base + a, (npos, nkw), FrameKind::Normal)? {
        return NEXT;
    }
    if let Value::Obj(cls) = f {
        if matches!(cls.obj(), Obj::Class(_))
            && vm.call_kw_class(st, cls, names, st.base + a, npos, nkw)?
        {
            return NEXT;
        }
    }
    let args: Vec<Value> = (0..npos).map(|j| r(vm, st, a + 1 + j)).collect();
    let mut kw = Vec::with_capacity(nkw);
    if let Value::Obj(g) = names {
        if let Obj::Tuple(ns) = g.obj() {
            for (j, n) in ns.iter().enumerate() {
                kw.push((*n, r(vm, st, a + 1 + npos + j)));
            }
        }
    }
    let ret = st.base + a;
    vm.call_general(st, f, args, kw, ret)?;
    NEXT
}

/// The receiver and function of a bound method of a Python function.
#[inline(always)]
fn bound_python_method(f: Value) -> Option<(Value, Value)> {
    let Value::Obj(g) = f else {
        return None;
    };
    match g.obj() {
        Obj::BoundMethod(this, func @ Value::Obj(fg)) if matches!(fg.obj(), Obj::Function(_)) => {
            Some((*this, *func))
        }
        _ => None,
    }
}

#[inline(always)]
pub fn call_method(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if tick(st) {
        specialize(vm, st, i);
    }
    call_method_generic(vm, st, i)
}

/// `CALL_METHOD`'s work for any callee (as `call_generic`).
#[inline(always)]
fn call_method_generic(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let f = r(vm, st, a);
    let this = r(vm, st, a + 1);
    if this.is_empty() {
        vm.call_at(st, f, st.base + a + 2, i.b(), st.base + a)?;
    } else {
        vm.call_at(st, f, st.base + a + 1, i.b() + 1, st.base + a)?;
    }
    NEXT
}

#[inline(never)]
pub fn call_ex(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let f = r(vm, st, a);
    let args = match r(vm, st, a + 1) {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut kw = Vec::new();
    if i.b() != 0 {
        if let Value::Obj(g) = r(vm, st, a + 2) {
            if let Obj::Dict(d) = g.obj() {
                for e in d.borrow().iter() {
                    kw.push((e.key, e.value));
                }
            }
        }
    }
    let ret = st.base + a;
    vm.call_general(st, f, args, kw, ret)?;
    NEXT
}

#[inline(always)]
pub fn return_(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.a());
    if vm.return_plain(st, v) {
        return NEXT;
    }
    slow(vm, st, i)
}

#[inline(always)]
pub fn return_none(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if vm.return_plain(st, Value::None) {
        return NEXT;
    }
    slow(vm, st, i)
}

fn regs_slice(vm: &Vm, st: &St, b: usize, c: usize) -> Vec<Value> {
    vm.stack[st.base + b..st.base + b + c].to_vec()
}

#[inline(never)]
pub fn build_tuple(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (b, c) = (st.base + i.b(), i.c());
    let t = if c <= crate::tupledata::INLINE_ITEMS {
        let mut items = [Value::Empty; crate::tupledata::INLINE_ITEMS];
        items[..c].copy_from_slice(&vm.stack[b..b + c]);
        vm.new_tuple_from(&items[..c])
    } else {
        let items = regs_slice(vm, st, i.b(), c);
        vm.new_tuple(items)
    };
    set(vm, st, i.a(), t);
    NEXT
}

// Out of line, as its neighbours: inlined into its chain function (opt-level 2, the test
// profile) the allocation's temporaries turned the chain's tail call into a real call, and
// every list display grew the native stack.
#[inline(never)]
pub fn build_list(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let items = regs_slice(vm, st, i.b(), i.c());
    let l = vm.new_list(items);
    set(vm, st, i.a(), l);
    NEXT
}

#[inline(never)]
pub fn build_set(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let items = regs_slice(vm, st, i.b(), i.c());
    let s = vm.new_set_from(crate::dict::Dict::new_set_with_capacity(i.c()), false);
    for v in items {
        vm.set_add(s, v)?;
    }
    set(vm, st, i.a(), s);
    NEXT
}

#[inline(never)]
pub fn build_dict(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let items = regs_slice(vm, st, i.b(), 2 * i.c());
    let d = vm.new_dict(crate::dict::Dict::with_capacity(i.c()));
    for pair in items.chunks(2) {
        vm.dict_setitem(d, pair[0], pair[1])?;
    }
    set(vm, st, i.a(), d);
    NEXT
}

#[inline(never)]
pub fn build_string(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if i.c() == 1 {
        // One part (`f'{x:{w}}'`) is already the result: strings are immutable, and a copy
        // would double the peak memory of a huge padded field.
        let v = r(vm, st, i.b());
        if matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Str(_))) {
            set(vm, st, i.a(), v);
            return NEXT;
        }
    }
    let mut total = 0usize;
    for j in 0..i.c() {
        if let Value::Obj(g) = r(vm, st, i.b() + j) {
            if let Some(p) = crate::strs::as_str(g) {
                total = total.saturating_add(p.s.len());
            }
        }
    }
    // Checked: parts of huge widths may add up past what can be had (MemoryError, no abort).
    let mut s = vm.try_string(total)?;
    for j in 0..i.c() {
        if let Value::Obj(g) = r(vm, st, i.b() + j) {
            if let Some(p) = crate::strs::as_str(g) {
                s.push_str(&p.s);
            }
        }
    }
    let v = vm.new_string(s);
    set(vm, st, i.a(), v);
    NEXT
}

#[inline(always)]
pub fn list_append(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (l, v) = (r(vm, st, i.a()), r(vm, st, i.b()));
    if let Value::Obj(g) = l {
        if let Obj::List(items) = g.obj() {
            items.borrow_mut().push(v);
        }
    }
    NEXT
}

#[inline(never)]
pub fn list_extend(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (l, v) = (r(vm, st, i.a()), r(vm, st, i.b()));
    if i.c() != 0 && !vm.is_iterable_type(v) {
        if i.c() == 2 {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("Value after * must be an iterable, not {t}")));
        }
        // A call's lone `*x`: the callee sits just below its argument list.
        let func = r(vm, st, i.a().wrapping_sub(1));
        return Err(vm.call_unpack_error(func, v, "*", "an iterable"));
    }
    let items = vm.collect_iter(v)?;
    if let Value::Obj(g) = l {
        if let Obj::List(dst) = g.obj() {
            dst.borrow_mut().extend(items);
        }
    }
    NEXT
}

#[inline(never)]
pub fn set_add(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (s, v) = (r(vm, st, i.a()), r(vm, st, i.b()));
    vm.set_add(s, v)?;
    NEXT
}

#[inline(never)]
pub fn set_update(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (s, v) = (r(vm, st, i.a()), r(vm, st, i.b()));
    if let Value::Obj(g) = s {
        if i.c() == 1 {
            vm.set_update_display(g, v)?;
        } else {
            vm.set_update_from(g, v)?;
        }
    }
    NEXT
}

#[inline(never)]
pub fn dict_set(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (d, key, v) = (r(vm, st, i.a()), r(vm, st, i.b()), r(vm, st, i.c()));
    vm.dict_setitem(d, key, v)?;
    NEXT
}

#[inline(never)]
pub fn dict_update(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let (d, src) = (r(vm, st, i.a()), r(vm, st, i.b()));
    let is_dict = matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_)));
    if i.c() == 1 && !is_dict && vm.lookup_special(src, "keys").is_none() {
        let func = r(vm, st, i.a().wrapping_sub(2));
        return Err(vm.call_unpack_error(func, src, "**", "a mapping"));
    }
    let pairs = vm.mapping_items(src)?;
    for (key, v) in pairs {
        if i.c() == 1 && crate::strs::as_str_value(key).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        if i.c() == 1 && vm.dict_getitem_opt(d, key)?.is_some() {
            // A call's keyword dict sits two registers above its callee.
            let func = r(vm, st, i.a().wrapping_sub(2));
            return Err(vm.duplicate_kwarg_error(func, key));
        }
        vm.dict_setitem(d, key, v)?;
    }
    NEXT
}

#[inline(never)]
pub fn list_to_tuple(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let l = r(vm, st, i.b());
    let items = vm.collect_iter(l)?;
    let t = vm.new_tuple(items);
    set(vm, st, i.a(), t);
    NEXT
}

pub fn unpack(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let src = r(vm, st, i.b());
    let n = i.c();
    // A tuple or list of exactly the size: items copied straight into the registers (the
    // source register may be among them, but the object is held here).
    if let Value::Obj(g) = src {
        match g.obj() {
            Obj::Tuple(t) if t.len() == n => {
                for (j, v) in t.iter().enumerate() {
                    set(vm, st, i.a() + j, *v);
                }
                return NEXT;
            }
            Obj::List(l) => {
                if let Ok(l) = l.try_borrow() {
                    if l.len() == n {
                        for (j, v) in l.iter().enumerate() {
                            set(vm, st, i.a() + j, *v);
                        }
                        return NEXT;
                    }
                }
            }
            _ => {}
        }
    }
    slow(vm, st, i)
}

/// `unpack` of anything else: any iterable, collected, then checked for its size.
#[inline(never)]
fn unpack_slow(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let items = unpack_exact(vm, r(vm, st, i.b()), i.c())?;
    for (j, v) in items.into_iter().enumerate() {
        set(vm, st, i.a() + j, v);
    }
    NEXT
}

#[inline(never)]
pub fn unpack_tuple(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let items = unpack_exact(vm, r(vm, st, i.b()), i.c())?;
    let t = vm.new_tuple(items);
    set(vm, st, i.a(), t);
    NEXT
}

/// The items of `src`, which must be exactly `n` (CPython's unpacking errors otherwise).
fn unpack_exact(vm: &mut Vm, src: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match src {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => Some(t.to_vec()),
            Obj::List(l) => Some(l.borrow().clone()),
            _ => None,
        },
        _ => None,
    };
    let items = match items {
        Some(v) => v,
        None => {
            if vm.lookup_special(src, "__iter__").is_none()
                && vm.lookup_special(src, "__getitem__").is_none()
                && !vm.is_iterable_builtin(src)
            {
                let t = vm.type_name(src);
                return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
            }
            vm.unpack_items(src, n)?
        }
    };
    if items.len() != n {
        return Err(if items.len() > n {
            vm.value_error(format!("too many values to unpack (expected {n})"))
        } else {
            vm.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))
        });
    }
    Ok(items)
}

#[inline(never)]
pub fn unpack_ex(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let src = r(vm, st, i.b());
    let (before, after) = (i.c(), i.d() as usize);
    let is_seq = matches!(src, Value::Obj(g) if matches!(g.obj(), Obj::Tuple(_) | Obj::List(_)));
    if !is_seq
        && vm.lookup_special(src, "__iter__").is_none()
        && vm.lookup_special(src, "__getitem__").is_none()
        && !vm.is_iterable_builtin(src)
    {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
    }
    let items = vm.collect_iter(src)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid = items.len() - after;
    for (j, v) in items[..before].iter().enumerate() {
        set(vm, st, i.a() + j, *v);
    }
    let rest = vm.new_list(items[before..mid].to_vec());
    set(vm, st, i.a() + before, rest);
    for j in 0..after {
        set(vm, st, i.a() + before + 1 + j, items[mid + j]);
    }
    NEXT
}

#[inline(never)]
pub fn format_value(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.b());
    let v = match i.d() {
        1 => {
            let s = vm.str_of(v)?;
            vm.new_string(s)
        }
        2 => {
            let s = vm.repr(v)?;
            vm.new_string(s)
        }
        3 => {
            let s = vm.repr(v)?;
            let s = crate::repr::ascii_escape(&s);
            vm.new_string(s)
        }
        _ => v,
    };
    let spec = if i.c() == i.a() {
        String::new()
    } else {
        vm.str_of(r(vm, st, i.c()))?
    };
    let s = vm.format(v, &spec)?;
    let s = vm.new_string(s);
    set(vm, st, i.a(), s);
    NEXT
}

#[inline(never)]
pub fn make_function(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let code = vm.frames.last().map(|f| f.code).expect("running frame");
    let inner = match code.consts.get(i.b()) {
        Some(kestrel_compiler::Const::Code(c)) => *c,
        _ => return Err(vm.raise_msg("SystemError", "bad code constant")),
    };
    let d = i.d();
    let c = i.c();
    let defaults = if d & 1 != 0 {
        match r(vm, st, c) {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let kwdefaults = if d & 2 != 0 {
        r(vm, st, c + 1)
    } else {
        Value::None
    };
    let closure = if d & 4 != 0 {
        match r(vm, st, c + 2) {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let globals = frame_globals(vm);
    let f = vm.new_function(inner, globals, defaults, kwdefaults, closure);
    if d & 8 != 0 {
        if let Value::Obj(fg) = f {
            if let Obj::Function(func) = fg.obj() {
                func.annotations.set(r(vm, st, c + 3));
            }
        }
    }
    set(vm, st, i.a(), f);
    NEXT
}

#[inline(never)]
pub fn build_class(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let a = i.a();
    let body = r(vm, st, a);
    let name = r(vm, st, a + 1);
    let bases = r(vm, st, a + 2);
    let kw = if i.b() != 0 {
        r(vm, st, a + 3)
    } else {
        Value::None
    };
    let cls = vm.build_class(body, name, bases, kw)?;
    set(vm, st, a, cls);
    NEXT
}

#[inline(never)]
pub fn raise(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    match i.c() {
        0 => {
            let h = vm.handled;
            if h.is_none() {
                return Err(vm.raise_msg("RuntimeError", "No active exception to reraise"));
            }
            vm.raised = h;
            vm.skip_tb_once = true;
            Err(Raised)
        }
        _ => {
            let e = r(vm, st, i.a());
            let exc = vm.make_exception(e)?;
            if i.c() == 2 {
                let cause = r(vm, st, i.b());
                let cause = if cause.is_none() {
                    Value::None
                } else {
                    let base = vm.exc_class("BaseException");
                    let ok = match cause {
                        Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => {
                            vm.is_subclass(g, base)
                        }
                        _ => vm.isinstance(cause, base),
                    };
                    if !ok {
                        let msg = "exception causes must derive from BaseException";
                        return Err(vm.type_error(msg));
                    }
                    vm.make_exception(cause)?
                };
                if let Some(d) = Vm::exc_data(exc) {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
            }
            Err(vm.raise(exc))
        }
    }
}

#[inline(never)]
pub fn reraise(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    vm.raised = r(vm, st, i.a());
    // The traceback already holds this frame's entry from the first pass.
    vm.skip_tb_once = true;
    Err(Raised)
}

#[inline(never)]
pub fn enter_handler(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let exc = vm.take_raised();
    let prev = vm.handled;
    set(vm, st, i.a(), prev);
    set(vm, st, i.a() + 1, exc);
    vm.handled = exc;
    NEXT
}

#[inline(never)]
pub fn pop_handler(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    vm.handled = r(vm, st, i.a());
    NEXT
}

#[inline(never)]
pub fn exc_match(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let e = r(vm, st, i.b());
    let t = r(vm, st, i.c());
    let m = vm.exception_matches(e, t)?;
    set(vm, st, i.a(), Value::Bool(m));
    NEXT
}

#[inline(never)]
pub fn raise_assert(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let args = if i.c() != 0 {
        vec![r(vm, st, i.b())]
    } else {
        vec![]
    };
    Err(vm.raise_with("AssertionError", args))
}

#[inline(never)]
pub fn with_enter(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let mgr = r(vm, st, i.b());
    let enter = vm.names.enter;
    let exit = vm.names.exit;
    let cls = vm.type_of(mgr);
    let (en, ex) = (vm.class_lookup(cls, enter), vm.class_lookup(cls, exit));
    let (Some(en), Some(ex)) = (en, ex) else {
        let t = vm.type_name(mgr);
        let missed = if en.is_some() {
            " (missed __exit__ method)"
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "'{t}' object does not support the context manager protocol{missed}"
        )));
    };
    let bound_exit = vm.bind(ex, mgr)?;
    set(vm, st, i.a(), bound_exit);
    let entered = vm.call_value(en, &[mgr], &[])?;
    set(vm, st, i.a() + 1, entered);
    NEXT
}

#[inline(never)]
pub fn with_exit(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let exit = r(vm, st, i.a());
    let args = if i.a() == i.b() {
        vec![Value::None, Value::None, Value::None]
    } else {
        let e = r(vm, st, i.b());
        let t = Value::Obj(vm.type_of(e));
        let tb = vm.exc_traceback(e)?;
        vec![t, e, tb]
    };
    let res = vm.call_value(exit, &args, &[])?;
    let t = vm.truthy(res)?;
    set(vm, st, i.a(), Value::Bool(t));
    NEXT
}

#[inline(never)]
pub fn yield_(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.b());
    vm.gen_yield(st, v, i.a(), st.pc())
}

#[inline(never)]
pub fn yield_from(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    // Only the object is read here: the register was just written (by the `await`'s
    // ASYNC or a call), and reading the whole value at once stalls on those two stores.
    if let Some(g) = r_obj(vm, st, i.b()) {
        // A safepoint, as a call has: a recursion of awaits (no loops, and calls of coroutine
        // functions push no frame) has no other. What is sent waits in the rooted `gen_sent`.
        vm.safepoint()?;
        // A generator or coroutine delegate runs in this loop (`gen_inloop.rs`).
        let sent = std::mem::replace(&mut vm.gen_sent, Value::Empty);
        if vm.gen_enter(st, g, sent, st.base + i.a())? {
            return NEXT;
        }
        vm.gen_sent = sent;
    }
    let it = r(vm, st, i.b());
    match vm.next_or_return(it)? {
        Ok(v) => {
            // Resume at this same instruction (and its prefix) to pull the next item.
            vm.gen_yield(st, v, usize::MAX, st.pc() - Inst::WORDS)
        }
        Err(ret) => {
            set(vm, st, i.a(), ret);
            NEXT
        }
    }
}

#[inline(never)]
pub fn async_op(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    if let Some(g) = r_obj(vm, st, i.b()).filter(|g| crate::coro::awaitable_fast(i.d(), *g)) {
        set(vm, st, i.a(), Value::Obj(g));
        return NEXT;
    }
    let (b, c) = (r(vm, st, i.b()), r(vm, st, i.c()));
    let (v, next) = crate::coro::async_step(vm, i.d(), b, c, i.b() == i.c())?;
    set(vm, st, i.a(), v);
    if let Some(n) = next {
        set(vm, st, i.a() + 1, n);
    }
    NEXT
}

#[inline(never)]
pub fn import(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let name = k_name(st, i.bx());
    let name = crate::strs::as_str(name)
        .map(|s| s.s.to_string())
        .unwrap_or_default();
    let m = vm.import_stmt(&name)?;
    set(vm, st, i.a(), m);
    NEXT
}

#[inline(never)]
pub fn import_from(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let m = r(vm, st, i.b());
    let name = k_name(st, i.c());
    match vm.getattr(m, name) {
        Ok(v) => {
            set(vm, st, i.a(), v);
            NEXT
        }
        Err(_) if vm.raised_is("AttributeError") => {
            vm.raised = Value::Empty;
            let v = vm.import_from_missing(m, name)?;
            set(vm, st, i.a(), v);
            NEXT
        }
        Err(e) => Err(e),
    }
}

#[inline(never)]
pub fn import_star(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let m = r(vm, st, i.a());
    let l = frame_locals(vm);
    vm.import_star_into(m, l)?;
    NEXT
}

#[inline(never)]
pub fn print_expr(vm: &mut Vm, st: &mut St, i: Inst) -> H {
    let v = r(vm, st, i.a());
    if let Some(hook) = vm.display_hook_needed() {
        // The program replaced sys.displayhook or sys.stdout: the hook writes there.
        vm.call_value(hook, &[v], &[])?;
        return NEXT;
    }
    if !v.is_none() {
        let s = vm.repr(v)?;
        vm.out.write(&s);
        vm.out.write("\n");
        vm.out.flush();
        // As `sys.displayhook`: the last echoed value is `builtins._`.
        let k = vm.intern("_");
        vm.dict_set_str(vm.builtins, k, v);
    }
    NEXT
}
