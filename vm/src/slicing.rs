//! `o[lo:hi:step]` and `o[lo:hi:step] = v` (`GET_SLICE`, `SET_SLICE`): lists, tuples and
//! strings sliced by ints or None are copied straight from the parts in registers; anything
//! else gets a slice object and the general subscription protocol, as CPython 3.12's
//! `BINARY_SLICE`/`STORE_SLICE` do.

use crate::items::{SliceIdx, SliceParts};
use crate::object::{Obj, PyResult, PyStr};
use crate::value::Value;
use crate::Vm;

/// The parts as ints when each is an int or None (no `__index__` to call).
fn plain_parts([lo, hi, step]: [Value; 3]) -> Option<SliceParts> {
    let part = |v: Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i)),
        _ => None,
    };
    let step = part(step)?.unwrap_or(1);
    if step == 0 {
        return None; // the general path raises the ValueError
    }
    Some(SliceParts {
        start: part(lo)?,
        stop: part(hi)?,
        step,
    })
}

/// The characters of `s` a fitted slice selects.
pub fn str_slice(vm: &Vm, g: crate::heap::Gc, s: &PyStr, sl: &SliceIdx) -> String {
    if sl.len == 0 {
        return String::new();
    }
    if s.is_ascii() {
        let b = s.s.as_bytes();
        if sl.step == 1 {
            let start = sl.start as usize;
            return s.s[start..start + sl.len].to_string();
        }
        (0..sl.len)
            .map(|i| b[(sl.start + i as i64 * sl.step) as usize] as char)
            .collect()
    } else if sl.step == 1 {
        vm.char_range(g, s, sl.start as usize, sl.len).to_string()
    } else {
        // Only the characters the slice spans, from its lower end.
        let last = sl.start + (sl.len as i64 - 1) * sl.step;
        let (lo, hi) = (sl.start.min(last) as usize, sl.start.max(last) as usize);
        let chars: Vec<char> = vm.char_range(g, s, lo, hi - lo + 1).chars().collect();
        (0..sl.len)
            .map(|i| chars[(sl.start + i as i64 * sl.step) as usize - lo])
            .collect()
    }
}

/// `list[lo:hi:step] = src` for a list or tuple `src` other than the list, read in place
/// (no copy: fannkuch's `perm[:k + 1] = perm[k::-1]`, the sieve's `flags[i*i::i] = [...]`).
/// None when the sizes differ for an extended slice (the general path raises the ValueError)
/// or the source is borrowed elsewhere.
fn set_slice_from(
    l: &std::cell::RefCell<Vec<Value>>,
    p: SliceParts,
    src: crate::heap::Gc,
) -> Option<PyResult<()>> {
    let from = match src.obj() {
        Obj::List(from) => Some(from.try_borrow().ok()?),
        _ => None,
    };
    let items: &[Value] = match (&from, src.obj()) {
        (Some(b), _) => b,
        (None, Obj::Tuple(t)) => &t[..],
        _ => return None,
    };
    let mut list = l.try_borrow_mut().ok()?;
    let s = p.adjust(list.len());
    if s.step == 1 {
        let start = s.start as usize;
        let end = start + s.len;
        if s.len == items.len() {
            list[start..end].copy_from_slice(items);
        } else {
            list.splice(start..end, items.iter().copied());
        }
        return Some(Ok(()));
    }
    if s.len != items.len() {
        return None;
    }
    let mut at = s.start;
    for &it in items {
        list[at as usize] = it;
        at = at.wrapping_add(s.step);
    }
    Some(Ok(()))
}

impl Vm {
    /// `o[lo:hi:step]`.
    pub fn get_slice(&mut self, o: Value, parts: [Value; 3]) -> PyResult<Value> {
        if let (Value::Obj(g), Some(p)) = (o, plain_parts(parts)) {
            match g.obj() {
                Obj::List(l) => {
                    let v = {
                        let items = l.borrow();
                        SliceParts::select(&p.adjust(items.len()), &items)
                    };
                    return Ok(self.new_list(v));
                }
                Obj::Tuple(t) => {
                    let s = p.adjust(t.len());
                    if s.step == 1 && s.len == t.len() {
                        return Ok(o); // tuples are immutable: t[:] is t
                    }
                    let v = SliceParts::select(&s, t);
                    return Ok(self.new_tuple(v));
                }
                Obj::Str(s) => {
                    let sl = p.adjust(s.chars);
                    if sl.len == s.chars && sl.step == 1 {
                        return Ok(o);
                    }
                    let out = str_slice(self, g, s, &sl);
                    return Ok(self.new_string(out));
                }
                _ => {}
            }
        }
        let slice = self.slice_object(parts);
        self.extra_roots.push(slice);
        let r = self.getitem(o, slice);
        self.extra_roots.pop();
        r
    }

    /// `o[lo:hi:step] = v`.
    pub fn set_slice(&mut self, o: Value, parts: [Value; 3], v: Value) -> PyResult<()> {
        if let (Value::Obj(g), Some(p), Value::Obj(src)) = (o, plain_parts(parts), v) {
            if let (Obj::List(l), Obj::List(_) | Obj::Tuple(_)) = (g.obj(), src.obj()) {
                if !std::ptr::eq(g.obj(), src.obj()) {
                    if let Some(done) = set_slice_from(l, p, src) {
                        return done;
                    }
                }
                // A copy of the source first: it is the list itself.
                let items: Vec<Value> = match src.obj() {
                    Obj::List(from) => from.borrow().clone(),
                    Obj::Tuple(t) => t.to_vec(),
                    _ => unreachable!(),
                };
                let mut list = l.borrow_mut();
                let s = p.adjust(list.len());
                if s.step == 1 {
                    let start = s.start as usize;
                    let end = start + s.len;
                    if s.len == items.len() {
                        list[start..end].copy_from_slice(&items);
                    } else {
                        list.splice(start..end, items);
                    }
                    return Ok(());
                }
                if s.len == items.len() {
                    for (k, it) in items.into_iter().enumerate() {
                        list[(s.start + k as i64 * s.step) as usize] = it;
                    }
                    return Ok(());
                }
                // Sizes differ: the general path raises the ValueError.
            }
        }
        let slice = self.slice_object(parts);
        self.extra_roots.push(slice);
        let r = self.setitem(o, slice, v);
        self.extra_roots.pop();
        r
    }

    fn slice_object(&mut self, [lo, hi, step]: [Value; 3]) -> Value {
        Value::Obj(self.alloc(Obj::Slice(lo, hi, step)))
    }
}
