//! Quickening (PEP 659 on registers): every executed code object runs from a writable copy of
//! its instructions, with one adaptive counter per instruction beside it. A generic instruction
//! of a family (`for_each_family!`) counts down its counter; at zero it looks at its operands
//! and rewrites itself in place into the specialized form that fits them (`specialize`). A
//! specialized instruction checks its guards before any effect; when one fails it rewrites
//! itself back to the generic form (`deopt`) and runs that. Sites that keep failing back off
//! exponentially before trying again.
//!
//! The copy is made when a function is first called (like its constant table), so frozen
//! library code is quickened too without costing start-up anything for code that never runs.

use crate::interp::{Ctl, St};
use crate::object::{Obj, Raised};
use crate::value::Value;
use crate::vm::Vm;
use crate::wide::Operands;
use kestrel_compiler::opcodes::{BinKind, Inst, Op};
use kestrel_compiler::CodeObject;

/// A code object's run-time instructions and adaptive counters.
pub struct QuickCode {
    /// The code object this is the quickened copy of.
    pub code: &'static CodeObject,
    pub insts: Box<[Inst]>,
    pub counters: Box<[u16]>,
}

/// The function pointers (as addresses) of the builtins with specialized `CALL` forms, as
/// the specializer found them in `builtins` (0 until then): a site's guard compares its
/// callee's function with these, so a shadowing global or a replaced builtin deoptimizes it.
#[derive(Default)]
pub struct KnownNatives {
    pub len: usize,
    pub isinstance: usize,
}

/// Executions of a generic instruction before its first specialization attempt.
const WARMUP: u16 = 2;
/// Counter layout: the low 12 bits count down, the high 4 hold the backoff exponent.
const COUNT_MASK: u16 = 0x0fff;
const MAX_BACKOFF: u16 = 12;

impl Vm {
    /// The quickened copy of `code`, made on first use and owned by the VM.
    pub fn quick_for(&mut self, code: &'static CodeObject) -> *mut QuickCode {
        let key = code as *const CodeObject as usize;
        if let Some(q) = self.quick_cache.get_mut(&key) {
            return &mut **q;
        }
        let mut q = Box::new(QuickCode {
            code,
            insts: code.code.to_vec().into_boxed_slice(),
            counters: vec![WARMUP; code.code.len()].into_boxed_slice(),
        });
        let p: *mut QuickCode = &mut *q;
        self.quick_cache.insert(key, q);
        p
    }
}

impl Vm {
    /// Every code object that ran, with its quickened instructions, in source order (file,
    /// then first line): what `kestrel --dis-quickened` prints.
    pub fn quickened_code(&self) -> Vec<(&'static CodeObject, &[Inst])> {
        let mut all: Vec<_> = self
            .quick_cache
            .values()
            .map(|q| (q.code, &*q.insts))
            .collect();
        all.sort_by_key(|(c, _)| (c.filename, c.first_line, c.qualname));
        all
    }
}

/// Index of the instruction being executed (the one just fetched).
#[inline(always)]
fn current(st: &St) -> usize {
    st.pc() - 1
}

/// Counts one execution of a generic instruction; true when it is time to specialize it.
#[inline(always)]
pub fn tick(st: &St) -> bool {
    let pc = current(st);
    debug_assert!(pc < st.code_len);
    // SAFETY: `counters` has one entry per instruction of the running code (see
    // `Vm::quick_for`), and `pc` indexes the instruction being executed.
    let c = unsafe { &mut *st.counters.add(pc) };
    if *c & COUNT_MASK == 0 {
        return true;
    }
    *c -= 1;
    false
}

/// Rewrites the instruction being executed into `op`, keeping its operands.
fn rewrite(st: &St, op: Op) {
    let pc = current(st);
    debug_assert!(pc < st.code_len);
    // SAFETY: `code` is the running code's writable copy (`QuickCode::insts`) and `pc`
    // indexes the instruction being executed. Nothing else holds a reference into it.
    unsafe {
        let p = st.code.add(pc);
        *p = (*p).with_op(op);
    }
}

/// Sets the counter of the instruction being executed to wait longer than last time.
fn back_off(st: &St) {
    let pc = current(st);
    // SAFETY: as in `tick`.
    let c = unsafe { &mut *st.counters.add(pc) };
    let exp = ((*c >> 12) + 1).min(MAX_BACKOFF);
    let wait = ((16u32 << exp) - 1).min(COUNT_MASK as u32) as u16;
    *c = (exp << 12) | wait;
}

/// Records the outcome of a specialization attempt of `generic`, and applies it.
fn settle(vm: &mut Vm, st: &St, generic: Op, outcome: Result<Op, &'static str>) {
    match outcome {
        Ok(op) => {
            rewrite(st, op);
            // SAFETY: as in `tick`; a later deopt starts from a short wait again.
            unsafe { *st.counters.add(current(st)) &= !COUNT_MASK };
        }
        Err(_) => back_off(st),
    }
    if let Some(s) = vm.stats.as_deref_mut() {
        s.specialization(generic, outcome);
    }
}

/// A specialized instruction's guard failed: back to the generic form (with backoff), which
/// then runs this execution. A narrow instruction leaves that to its dispatch loop
/// (`Ctl::Deopt`); a wide one (run inside the `WIDE` prefix's handler) does it here.
#[inline(always)]
pub fn deopt<I: Operands>(vm: &mut Vm, st: &mut St, i: I) -> Result<Ctl, Raised> {
    if i.narrow().is_some() {
        return Ok(Ctl::Deopt);
    }
    deopt_now(vm, st, i)
}

/// Rewrites the specialized instruction `i` (being executed) to its generic form and runs
/// that; the generic form never answers `Ctl::Deopt`.
#[cold]
#[inline(never)]
pub fn deopt_now<I: Operands>(vm: &mut Vm, st: &mut St, i: I) -> Result<Ctl, Raised> {
    let op = i.op_unchecked();
    let generic = op.generic();
    rewrite(st, generic);
    back_off(st);
    if let Some(s) = vm.stats.as_deref_mut() {
        s.deopt(op);
    }
    i.with_op(generic).dispatch(vm, st)
}

/// What a dispatch loop does when a narrow handler answers `Ctl::Deopt` or `Ctl::Slow`.
#[cold]
#[inline(never)]
pub fn fall_back(vm: &mut Vm, st: &mut St, i: Inst, why: Ctl) -> Result<Ctl, Raised> {
    match why {
        Ctl::Slow => crate::handlers::run_slow(vm, st, i),
        _ => deopt_now(vm, st, i),
    }
}

/// Register R[x] of the running frame.
#[inline(always)]
fn reg(st: &St, x: usize) -> Value {
    // SAFETY: as `handlers::r`: the compiler only names registers of the frame's window.
    unsafe { *st.fp.add(x) }
}

/// An RK operand (see `opcodes`) of an instruction of form `I`.
#[inline(always)]
fn reg_or_const<I: Operands>(st: &St, x: usize) -> Value {
    if x & I::RK_FLAG != 0 {
        // SAFETY: as `handlers::k`: constant indices are within the code's table.
        unsafe { *st.consts.add(x & !I::RK_FLAG) }
    } else {
        reg(st, x)
    }
}

/// Chooses the specialized form for the instruction being executed from its operands, or
/// says why there is none. Called by a generic instruction whose counter reached zero.
#[cold]
#[inline(never)]
pub fn specialize<I: Operands>(vm: &mut Vm, st: &mut St, i: I) {
    let generic = i.op_unchecked();
    let outcome = choose(vm, st, generic, i);
    settle(vm, st, generic, outcome);
}

fn choose<I: Operands>(vm: &mut Vm, st: &St, generic: Op, i: I) -> Result<Op, &'static str> {
    match generic {
        Op::BinaryOp => numeric(
            reg_or_const::<I>(st, i.b()),
            reg_or_const::<I>(st, i.c()),
            i.d(),
        )
        .map(|int| numeric_form(false, int, i.d())),
        Op::InplaceOp => numeric(reg(st, i.b()), reg_or_const::<I>(st, i.c()), i.d())
            .map(|int| numeric_form(true, int, i.d())),
        Op::Add => {
            let (x, y) = (reg_or_const::<I>(st, i.b()), reg_or_const::<I>(st, i.c()));
            let regs = (i.b() | i.c()) & I::RK_FLAG == 0;
            if let (Value::Int(_), Value::Int(_), true) = (x, y, regs) {
                return Ok(Op::AddIntRegs);
            }
            match (obj_of(&x), obj_of(&y)) {
                (Some(Obj::Str(_)), Some(Obj::Str(_))) => Ok(Op::AddStr),
                (Some(Obj::List(_)), Some(Obj::List(_))) => Ok(Op::AddList),
                _ => Err(operand_kind(x)),
            }
        }
        Op::GetItem => match (obj_of(&reg(st, i.b())), reg_or_const::<I>(st, i.c())) {
            (Some(Obj::List(_)), Value::Int(_)) => Ok(Op::GetItemList),
            (Some(Obj::Tuple(_)), Value::Int(_)) => Ok(Op::GetItemTuple),
            (Some(Obj::Str(_)), Value::Int(_)) => Ok(Op::GetItemStr),
            (Some(Obj::Dict(_)), _) => Ok(Op::GetItemDict),
            _ => Err("other container or index type"),
        },
        Op::ForIter | Op::ForIterTo => {
            let to = generic == Op::ForIterTo;
            match iter_kind(reg(st, i.a())) {
                Some(IterShape::Range) if to => Ok(Op::ForIterToRange),
                Some(IterShape::Range) => Ok(Op::ForIterRange),
                Some(IterShape::List) if to => Ok(Op::ForIterToList),
                Some(IterShape::List) => Ok(Op::ForIterList),
                None => Err("other iterator"),
            }
        }
        Op::Call => match obj_of(&reg(st, i.a())) {
            Some(Obj::Function(f)) if f.simple && binds_in_place(f, i.b()) => Ok(Op::CallPy),
            Some(Obj::Function(_)) => Err("argument count, *args, kw-only or generator"),
            // Unbound builtin methods (`str.upper(x)`) check their receiver on the generic path.
            Some(Obj::Native(nf)) if nf.bound.is_empty() && !nf.method => {
                Ok(native_call_form(vm, reg(st, i.a()), i.b()))
            }
            Some(Obj::Class(_)) => match reg(st, i.a()) {
                Value::Obj(cls) if vm.plain_init_for(cls, i.b() + 1).is_some() => Ok(Op::CallInit),
                _ => Err("class with __new__, a builtin base, or no simple Python __init__"),
            },
            Some(Obj::BoundMethod(..)) => Err("bound method object"),
            _ => Err("other callable"),
        },
        Op::CallMethod => {
            let this = reg(st, i.a() + 1);
            match obj_of(&reg(st, i.a())) {
                Some(Obj::Function(f))
                    if this.is_empty() && f.simple && binds_in_place(f, i.b()) =>
                {
                    Ok(Op::CallMethodFn)
                }
                Some(Obj::Native(nf)) if this.is_empty() && nf.bound.is_empty() && !nf.method => {
                    Ok(Op::CallMethodNativeFn)
                }
                Some(Obj::Function(f))
                    if !this.is_empty() && f.simple && binds_in_place(f, i.b() + 1) =>
                {
                    Ok(Op::CallMethodPy)
                }
                Some(Obj::Function(_)) => Err("argument count, *args, kw-only or generator"),
                Some(Obj::Native(nf)) if nf.method && nf.bound.is_empty() && !this.is_empty() => {
                    Ok(Op::CallMethodNative)
                }
                _ => Err("not a Python function or builtin method"),
            }
        }
        Op::GetAttr => match obj_of(&reg(st, i.b())) {
            Some(Obj::Module(..)) => Ok(Op::GetAttrModule),
            Some(Obj::Instance(_)) => {
                // The generic form fills the cache on its first miss; specialize only once
                // it holds a dict position.
                let c = i.c();
                // SAFETY: as `handlers::k`: the cache slots follow the name constant.
                let slot = unsafe { *st.consts.add(c + 3) };
                if matches!(slot, Value::Int(_)) {
                    Ok(Op::GetAttrInstance)
                } else {
                    Err("instance attribute not in its dict (descriptor, slot or class)")
                }
            }
            Some(Obj::Class(_)) => match i.narrow() {
                Some(n) => crate::handlers::get_attr_class_site(vm, st, n),
                None => Err("wide GET_ATTR on a class"),
            },
            _ => Err("other object"),
        },
        Op::LoadMethod => match i.narrow() {
            Some(n) => crate::handlers::load_method_site(vm, st, n),
            None => Err("wide LOAD_METHOD"),
        },
        Op::SetAttr => match i.narrow() {
            Some(n) => crate::handlers::set_attr_site(vm, st, n),
            None => Err("wide SET_ATTR"),
        },
        Op::JumpIfNotLt => match (reg_or_const::<I>(st, i.a()), reg_or_const::<I>(st, i.b())) {
            (Value::Int(_), Value::Int(_)) => Ok(Op::JumpIfNotLtInt),
            (Value::Float(_), Value::Float(_)) => Ok(Op::JumpIfNotLtFloat),
            _ => Err("mixed or non-numeric operands"),
        },
        Op::JumpIfNotEq | Op::JumpIfNotNe => {
            let eq = generic == Op::JumpIfNotEq;
            let (a, b) = (reg_or_const::<I>(st, i.a()), reg_or_const::<I>(st, i.b()));
            match (a, b, obj_of(&a), obj_of(&b)) {
                (Value::Int(_), Value::Int(_), ..) if eq => Ok(Op::JumpIfNotEqInt),
                (Value::Int(_), Value::Int(_), ..) => Ok(Op::JumpIfNotNeInt),
                (_, _, Some(Obj::Str(_)), Some(Obj::Str(_))) if eq => Ok(Op::JumpIfNotEqStr),
                (_, _, Some(Obj::Str(_)), Some(Obj::Str(_))) => Ok(Op::JumpIfNotNeStr),
                _ if crate::handlers::identity_eq(vm, a) && crate::handlers::identity_eq(vm, b) => {
                    Ok(if eq {
                        Op::JumpIfNotEqIdentity
                    } else {
                        Op::JumpIfNotNeIdentity
                    })
                }
                (Value::Float(_), ..) | (_, Value::Float(_), ..) => {
                    Err("float operands (inline in the generic form)")
                }
                _ => Err("other operands"),
            }
        }
        _ => Err("no specialized forms"),
    }
}

/// Whether a positional call of simple function `f` with `n` arguments binds in place: they
/// are its parameters, or its defaults complete them.
fn binds_in_place(f: &crate::object::Function, n: usize) -> bool {
    f.code.argcount as usize == n || f.positional_defaults_fit(n)
}

/// The `CALL` form for native `f` with `n` arguments: `len`/`isinstance` when `f` is that
/// builtin (the function the builtins namespace holds under its name), else `CALL_NATIVE`.
fn native_call_form(vm: &mut Vm, f: Value, n: usize) -> Op {
    let Some(Obj::Native(nf)) = obj_of(&f) else {
        return Op::CallNative;
    };
    let op = match (nf.name, n) {
        ("len", 1) => Op::CallLen,
        ("isinstance", 2) => Op::CallIsinstance,
        _ => return Op::CallNative,
    };
    let name = vm.intern(nf.name);
    if !matches!(vm.builtin_lookup(name), Some(b) if b.is(&f)) {
        return Op::CallNative;
    }
    let known = &mut vm.known_natives;
    *match op {
        Op::CallLen => &mut known.len,
        _ => &mut known.isinstance,
    } = nf.f as usize;
    op
}

/// For an arithmetic op of kind `d`: Ok(true) for two ints, Ok(false) for two floats.
/// The specialized form of `BINARY_OP` (or `INPLACE_OP`) for int (or float) operands and
/// operator D: one of the operator's own for the commonest in loops, else the int (float)
/// form that dispatches on D.
fn numeric_form(inplace: bool, int: bool, d: u8) -> Op {
    use BinKind::{Add, Mul, Sub};
    match (inplace, int, BinKind::from_u8(d)) {
        (false, true, Add) => Op::BinaryAddInt,
        (false, true, Sub) => Op::BinarySubInt,
        (false, true, Mul) => Op::BinaryMulInt,
        (false, true, _) => Op::BinaryOpInt,
        (false, false, Add) => Op::BinaryAddFloat,
        (false, false, Sub) => Op::BinarySubFloat,
        (false, false, Mul) => Op::BinaryMulFloat,
        (false, false, _) => Op::BinaryOpFloat,
        (true, true, Add) => Op::InplaceAddInt,
        (true, true, Sub) => Op::InplaceSubInt,
        (true, true, _) => Op::InplaceOpInt,
        (true, false, Add) => Op::InplaceAddFloat,
        (true, false, Sub) => Op::InplaceSubFloat,
        (true, false, _) => Op::InplaceOpFloat,
    }
}

fn numeric(a: Value, b: Value, d: u8) -> Result<bool, &'static str> {
    let kind = BinKind::from_u8(d);
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => match kind {
            BinKind::MatMul | BinKind::TrueDiv | BinKind::Pow => Err("int operator not inlined"),
            _ => Ok(true),
        },
        (Value::Float(_), Value::Float(_)) => match kind {
            BinKind::Add | BinKind::Sub | BinKind::Mul | BinKind::TrueDiv => Ok(false),
            _ => Err("float operator not inlined"),
        },
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            Err("mixed int and float")
        }
        (x, _) => Err(operand_kind(x)),
    }
}

fn operand_kind(v: Value) -> &'static str {
    match obj_of(&v) {
        Some(Obj::Str(_)) => "str operand",
        Some(Obj::Instance(_)) => "instance operand",
        Some(_) => "other object operand",
        None => match v {
            Value::Int(_) => "int operand",
            Value::Float(_) => "float operand",
            _ => "other operand",
        },
    }
}

fn obj_of(v: &Value) -> Option<&Obj> {
    match v {
        Value::Obj(g) => Some(g.obj()),
        _ => None,
    }
}

enum IterShape {
    Range,
    List,
}

fn iter_kind(v: Value) -> Option<IterShape> {
    use crate::object::IterKind;
    let Some(Obj::Iter(cell)) = obj_of(&v) else {
        return None;
    };
    let k = cell.try_borrow().ok()?;
    match &*k {
        IterKind::Range { .. } => Some(IterShape::Range),
        IterKind::Seq {
            seq: Value::Obj(s), ..
        } if matches!(s.obj(), Obj::List(_)) => Some(IterShape::List),
        _ => None,
    }
}
