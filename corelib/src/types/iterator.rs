//! `__length_hint__` of the builtin iterators over sequences, ranges and dicts (what is left
//! to produce). Other builtin iterators (enumerate, zip, ...) have none in CPython: they
//! answer NotImplemented, which `operator.length_hint` treats as "no hint".

use kestrel_vm::object::IterKind;
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.add_method(vm.types.iterator, "__length_hint__", length_hint);
}

fn length_hint(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    crate::args::arity(vm, "__length_hint__", &args[1..], 0, 0)?;
    let Value::Obj(g) = args[0] else {
        return Ok(Value::Obj(vm.none_singletons.0));
    };
    let Obj::Iter(cell) = g.obj() else {
        return Ok(Value::Obj(vm.none_singletons.0));
    };
    // What to measure, read out before anything can run Python code.
    let (seq, index) = {
        let Ok(k) = cell.try_borrow() else {
            return Ok(Value::Int(0));
        };
        match &*k {
            IterKind::Range { next, stop, step } => {
                let (n, s, st) = (*next as i128, *stop as i128, *step as i128);
                let left = if st > 0 && n < s {
                    (s - n + st - 1) / st
                } else if st < 0 && n > s {
                    (n - s - st - 1) / -st
                } else {
                    0
                };
                return Ok(Value::Int(left as i64));
            }
            IterKind::Reversed { index, .. } => return Ok(Value::Int(*index as i64)),
            IterKind::Done => return Ok(Value::Int(0)),
            IterKind::Dict { dict, index, .. } => {
                let mut left = 0i64;
                if let Obj::Dict(d) | Obj::Set(d, _) = dict.obj() {
                    let d = d.borrow();
                    let mut i = *index;
                    while let Some((_, next)) = d.entry_from(i) {
                        left += 1;
                        i = next;
                    }
                }
                return Ok(Value::Int(left));
            }
            IterKind::Seq { seq, index } => (*seq, *index),
            _ => return Ok(Value::Obj(vm.none_singletons.0)),
        }
    };
    let Value::Obj(s) = seq else {
        return Ok(Value::Int(0));
    };
    let len = match s.obj() {
        Obj::List(l) => l.borrow().len(),
        Obj::Tuple(t) => t.len(),
        Obj::Bytes(b) => b.len(),
        Obj::ByteArray(_) | Obj::MemoryView(_) => vm.bytes_len(s)?,
        // Non-ASCII strings are indexed by byte offset: count the characters left.
        Obj::Str(st) if !st.is_ascii() => {
            let left = st.s.get(index..).map_or(0, |r| r.chars().count());
            return Ok(Value::Int(left as i64));
        }
        Obj::Str(st) => st.s.len(),
        _ => {
            // A sequence class: its len() if it has one (which may run Python code).
            if matches!(s.obj(), Obj::Instance(_)) && vm.lookup_special(seq, "__len__").is_none() {
                return Ok(Value::Obj(vm.none_singletons.0));
            }
            let n = crate::builtins::len_of(vm, seq)?;
            return Ok(Value::Int(n.saturating_sub(index) as i64));
        }
    };
    Ok(Value::Int(len.saturating_sub(index) as i64))
}
