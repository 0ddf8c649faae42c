//! The iteration protocol: `iter()` and `next()` for builtin containers, builtin iterator
//! objects, generators and user classes with `__iter__`/`__next__`.

use crate::gen::GenResult;
use crate::lazytypes::LazyType;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

impl Vm {
    /// enumerate's index past i64: continue counting with big ints (`_item` stays referenced
    /// by the caller; adding two ints runs no Python, so nothing can be collected meanwhile).
    #[cold]
    fn enumerate_count_slow(&mut self, c: Value, _item: Value) -> PyResult<Value> {
        self.binary_op(kestrel_compiler::opcodes::BinKind::Add, c, Value::Int(1))
    }
}

impl Vm {
    /// `zip(strict=True)` after argument `ended` (0-based) ran out: it is an error unless it is
    /// the first and every other argument is exhausted too.
    #[cold]
    fn zip_strict_check(&mut self, its: &[Value], ended: usize) -> PyResult<()> {
        let plural = |n: usize| {
            if n == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{n}")
            }
        };
        if ended > 0 {
            return Err(self.value_error(format!(
                "zip() argument {} is shorter than {}",
                ended + 1,
                plural(ended)
            )));
        }
        for (j, it) in its.iter().enumerate().skip(1) {
            if self.next(*it)?.is_some() {
                return Err(self.value_error(format!(
                    "zip() argument {} is longer than {}",
                    j + 1,
                    plural(j)
                )));
            }
        }
        Ok(())
    }
}

impl Vm {
    /// `seq[i]` for `reversed(seq)` of a sequence-protocol object; IndexError or
    /// StopIteration ends the iteration for good.
    #[cold]
    fn reversed_getitem(
        &mut self,
        cell: &RefCell<IterKind>,
        seq: Value,
        i: usize,
    ) -> PyResult<Option<Value>> {
        match self.getitem(seq, Value::Int(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if let IterKind::Reversed { index, .. } = &mut *cell.borrow_mut() {
                    *index = 0;
                }
                if self.raised_is("IndexError") || self.raised_is("StopIteration") {
                    self.raised = Value::Empty;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    pub fn new_iter(&mut self, k: IterKind) -> Value {
        Value::Obj(self.alloc(Obj::Iter(RefCell::new(k))))
    }

    pub fn is_iterable_builtin(&self, v: Value) -> bool {
        match v {
            Value::Obj(g) => match g.obj() {
                Obj::Generator(gen) => gen.kind == GenKind::Generator,
                Obj::Awaitable(_) => true,
                _ => matches!(
                    g.obj(),
                    Obj::Str(_)
                        | Obj::Bytes(_)
                        | Obj::ByteArray(_)
                        | Obj::MemoryView(_)
                        | Obj::Tuple(_)
                        | Obj::List(_)
                        | Obj::Dict(_)
                        | Obj::Set(..)
                        | Obj::Range(..)
                        | Obj::BigRange(_)
                        | Obj::Iter(_)
                        | Obj::DictView(..)
                ),
            },
            _ => false,
        }
    }

    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            let k = match g.obj() {
                Obj::Str(_) | Obj::Tuple(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    IterKind::Seq { seq: v, index: 0 }
                }
                Obj::MemoryView(_) => {
                    self.bytes_len(g)?;
                    IterKind::Seq { seq: v, index: 0 }
                }
                Obj::BigRange(_) => IterKind::Seq { seq: v, index: 0 },
                Obj::Range(a, b, c) => IterKind::Range {
                    next: *a,
                    stop: *b,
                    step: *c,
                },
                Obj::Dict(d) => IterKind::Dict {
                    dict: g,
                    index: 0,
                    what: 0,
                    len: d.borrow().len(),
                    left: d.borrow().len(),
                },
                Obj::Set(d, _) => IterKind::Dict {
                    dict: g,
                    index: 0,
                    what: 0,
                    len: d.borrow().len(),
                    left: d.borrow().len(),
                },
                Obj::DictView(d, what) => IterKind::Dict {
                    dict: *d,
                    index: 0,
                    what: *what,
                    len: match d.obj() {
                        Obj::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    },
                    left: match d.obj() {
                        Obj::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    },
                },
                Obj::Iter(_) | Obj::Awaitable(_) => return Ok(v),
                Obj::Generator(gen) if gen.kind == GenKind::Generator => return Ok(v),
                Obj::Instance(_) | Obj::Class(_) => {
                    if let Some(f) = self.lookup_special(v, "__iter__") {
                        // `__iter__ = None` declares the type not iterable (as CPython).
                        if matches!(f, Value::None) {
                            return Err(self.not_iterable(v));
                        }
                        let it = self.call_value(f, &[v], &[])?;
                        if self.lookup_special(it, "__next__").is_none()
                            && !matches!(it, Value::Obj(ig) if matches!(ig.obj(), Obj::Iter(_) | Obj::Generator(_)))
                        {
                            let t = self.type_name(it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{t}'"
                            )));
                        }
                        return Ok(it);
                    }
                    if let Some(b) = crate::object::builtin_base(v)
                        .as_obj()
                        .filter(|b| !Value::Obj(*b).is(&v))
                    {
                        return self.get_iter(Value::Obj(b));
                    }
                    if self.lookup_special(v, "__getitem__").is_some() {
                        return Ok(self.new_iter(IterKind::Seq { seq: v, index: 0 }));
                    }
                    return Err(self.not_iterable(v));
                }
                _ => return Err(self.not_iterable(v)),
            };
            return Ok(self.new_iter(k));
        }
        Err(self.not_iterable(v))
    }

    #[cold]
    fn not_iterable(&mut self, v: Value) -> Raised {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not iterable"))
    }

    /// The next item, or None when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // A native that steps an iterator may hold what it yields (see `native_mark`).
        self.native_mark = crate::vm::NO_MARK;
        let Value::Obj(g) = it else {
            return Err(self.not_iterator(it));
        };
        match g.obj() {
            Obj::Iter(cell) => self.next_builtin(cell),
            Obj::Generator(gen) if gen.kind == GenKind::Generator => {
                match self.gen_resume(g, Value::None)? {
                    GenResult::Yield(v) => Ok(Some(v)),
                    GenResult::Return(_) => Ok(None),
                }
            }
            Obj::Awaitable(_) => match self.await_send(g, Value::None)? {
                GenResult::Yield(v) => Ok(Some(v)),
                GenResult::Return(_) => Ok(None),
            },
            Obj::Instance(_) => {
                let Some(f) = self.lookup_special(it, "__next__") else {
                    return Err(self.not_iterator(it));
                };
                match self.call_value(f, &[it], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        if self.raised_is("StopIteration") {
                            self.raised = Value::Empty;
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            _ => Err(self.not_iterator(it)),
        }
    }

    #[cold]
    fn not_iterator(&mut self, v: Value) -> Raised {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not an iterator"))
    }

    fn next_builtin(&mut self, cell: &RefCell<IterKind>) -> PyResult<Option<Value>> {
        let mut k = cell.borrow_mut();
        match &mut *k {
            IterKind::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.wrapping_add(*step);
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            IterKind::Seq { seq, index } => {
                let Value::Obj(s) = *seq else { return Ok(None) };
                let i = *index;
                let r = match s.obj() {
                    Obj::List(l) => l.borrow().get(i).copied(),
                    Obj::Tuple(t) => t.get(i).copied(),
                    Obj::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    Obj::BigRange(r) => {
                        let i = num_bigint::BigInt::from(i);
                        if i >= r.len() {
                            None
                        } else {
                            let v = r.item(&i);
                            drop(k);
                            let v = self.new_bigint(v);
                            if let IterKind::Seq { index, .. } = &mut *cell.borrow_mut() {
                                *index += 1;
                            }
                            return Ok(Some(v));
                        }
                    }
                    Obj::ByteArray(_) | Obj::MemoryView(_) => {
                        drop(k);
                        let r = self.bytes_iter_item(s, i)?;
                        if r.is_some() {
                            if let IterKind::Seq { index, .. } = &mut *cell.borrow_mut() {
                                *index += 1;
                            }
                        }
                        return Ok(r);
                    }
                    Obj::Str(st) => {
                        if st.is_ascii() {
                            if i < st.s.len() {
                                let c = st.s.as_bytes()[i] as char;
                                drop(k);
                                let mut buf = [0u8; 4];
                                let v = self.intern_value(c.encode_utf8(&mut buf));
                                if let IterKind::Seq { index, .. } = &mut *cell.borrow_mut() {
                                    *index += 1;
                                }
                                return Ok(Some(v));
                            }
                            None
                        } else {
                            // `index` counts bytes for non-ASCII strings.
                            match st.s[i.min(st.s.len())..].chars().next() {
                                Some(c) => {
                                    *index += c.len_utf8();
                                    drop(k);
                                    let v = self.new_string(c.to_string());
                                    return Ok(Some(v));
                                }
                                None => None,
                            }
                        }
                    }
                    Obj::Instance(inst) => {
                        if let Some(Extra::Native(d)) = inst.extra() {
                            match d.iter_item(i) {
                                Some(Some(v)) => {
                                    *index += 1;
                                    return Ok(Some(v));
                                }
                                Some(None) => return Ok(None),
                                None => {}
                            }
                        }
                        let seqv = *seq;
                        drop(k);
                        let f = self.lookup_special(seqv, "__getitem__");
                        let Some(f) = f else { return Ok(None) };
                        return match self.call_value(f, &[seqv, Value::Int(i as i64)], &[]) {
                            Ok(v) => {
                                if let IterKind::Seq { index, .. } = &mut *cell.borrow_mut() {
                                    *index += 1;
                                }
                                Ok(Some(v))
                            }
                            Err(e) => {
                                if self.raised_is("IndexError") || self.raised_is("StopIteration") {
                                    self.raised = Value::Empty;
                                    Ok(None)
                                } else {
                                    Err(e)
                                }
                            }
                        };
                    }
                    _ => None,
                };
                if r.is_some() {
                    *index += 1;
                }
                Ok(r)
            }
            IterKind::Reversed { seq, index, .. } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let Value::Obj(s) = *seq else { return Ok(None) };
                Ok(match s.obj() {
                    Obj::List(l) => l.borrow().get(i).copied(),
                    Obj::Tuple(t) => t.get(i).copied(),
                    Obj::Str(st) => {
                        let c = if st.is_ascii() {
                            st.s.as_bytes().get(i).map(|b| *b as char)
                        } else if i < st.chars {
                            // reversed(s): steps back from the position found last time.
                            let b = self.char_byte_offset(s, st, i);
                            st.s[b..].chars().next()
                        } else {
                            None
                        };
                        drop(k);
                        let mut buf = [0u8; 4];
                        return Ok(c.map(|c| match c.is_ascii() {
                            true => self.intern_value(c.encode_utf8(&mut buf)),
                            false => self.new_string(c.to_string()),
                        }));
                    }
                    Obj::Range(a, _, c) => Some(Value::Int(a + i as i64 * c)),
                    Obj::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    _ => {
                        // The sequence protocol, one `__getitem__` per step.
                        let seqv = *seq;
                        drop(k);
                        return self.reversed_getitem(cell, seqv, i);
                    }
                })
            }
            IterKind::Dict {
                dict,
                index,
                what,
                len,
                left,
            } => {
                let (Obj::Dict(d) | Obj::Set(d, _)) = dict.obj() else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    let is_set = matches!(dict.obj(), Obj::Set(..));
                    // Stays broken, as CPython's does, even if the size comes back.
                    *len = usize::MAX;
                    drop(d);
                    drop(k);
                    let what = if is_set { "Set" } else { "dictionary" };
                    return Err(self.raise_msg(
                        "RuntimeError",
                        format!("{what} changed size during iteration"),
                    ));
                }
                match d.entry_from(*index) {
                    Some(_) if *left == 0 && matches!(dict.obj(), Obj::Dict(_)) => {
                        // Same size, yet more entries than there were: keys were deleted
                        // and others added (CPython checks the same count).
                        *len = usize::MAX;
                        drop(d);
                        drop(k);
                        Err(self
                            .raise_msg("RuntimeError", "dictionary keys changed during iteration"))
                    }
                    Some((e, next)) => {
                        *index = next;
                        *left = left.saturating_sub(1);
                        let w = *what;
                        drop(d);
                        drop(k);
                        Ok(Some(match w {
                            0 => e.key,
                            1 => e.value,
                            _ => self.new_tuple_from(&[e.key, e.value]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Enumerate { it, count } => {
                let (inner, c) = (*it, *count);
                drop(k);
                match self.next(inner)? {
                    Some(v) => {
                        let next = match c {
                            Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                            _ => self.enumerate_count_slow(c, v)?,
                        };
                        if let IterKind::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(self.new_tuple_from(&[c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(k);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(*it)? {
                        Some(v) => out.push(v),
                        None => {
                            *cell.borrow_mut() = IterKind::Done(LazyType::Zip);
                            if strict {
                                self.zip_strict_check(&its, i)?;
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterKind::Map { f, its } => {
                let (f, its) = (*f, its.clone());
                drop(k);
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value_rooted(f, &args, &[]).map(Some)
            }
            IterKind::Filter { f, it } => {
                let (f, it) = (*f, *it);
                drop(k);
                loop {
                    let Some(v) = self.next(it)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(v)?
                    } else {
                        let r = self.call_value(f, &[v], &[])?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterKind::Callable { f, sentinel } => {
                let (f, s) = (*f, *sentinel);
                drop(k);
                let v = self.call_value_rooted(f, &[], &[])?;
                if self.eq(v, s)? {
                    *cell.borrow_mut() = IterKind::Done(LazyType::CallableIterator);
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterKind::Done(_) => Ok(None),
        }
    }

    /// Every item of an iterable.
    /// The items of `v` for unpacking into `n` targets: at most `n + 1` are taken, so an
    /// endless iterator is reported as too long instead of being drained forever.
    pub fn unpack_items(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v)?;
        // The items so far live in a list, rooted with the iterator while it runs.
        let held = self.new_list(Vec::new());
        self.extra_roots.push(it);
        self.extra_roots.push(held);
        let r = (|| {
            let Value::Obj(h) = held else { unreachable!() };
            let Obj::List(l) = h.obj() else {
                unreachable!()
            };
            while l.borrow().len() <= n {
                match self.next(it)? {
                    Some(x) => l.borrow_mut().push(x),
                    None => break,
                }
            }
            let items = l.borrow().clone();
            Ok(items)
        })();
        self.extra_roots.pop();
        self.extra_roots.pop();
        r
    }

    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(g) = v {
            match g.obj() {
                Obj::List(l) => return Ok(l.borrow().clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                // A set's members, or a dict's keys, in iteration order.
                Obj::Set(d, _) | Obj::Dict(d) => {
                    if let Ok(d) = d.try_borrow() {
                        return Ok(d.keys());
                    }
                }
                _ => {}
            }
        }
        let untouched_native = self.native_untouched();
        let hint = self.known_length(v)?;
        let it = self.get_iter(v)?;
        if let (true, Value::Obj(g)) = (untouched_native, it) {
            let calls_back = match g.obj() {
                Obj::Generator(_) => true,
                Obj::Iter(k) => matches!(*k.borrow(), IterKind::Map { .. }),
                _ => false,
            };
            if calls_back {
                return self.collect_generator(g);
            }
        }
        let mut out = self.try_vec(hint)?;
        self.extra_roots.push(it);
        let r = (|| {
            while let Some(x) = self.next(it)? {
                if out.len() == out.capacity() {
                    let more = out.len().max(4);
                    self.try_reserve(&mut out, more)?;
                }
                out.push(x);
            }
            Ok(())
        })();
        self.extra_roots.pop();
        r.map(|_| out)
    }

    /// The number of items a range will give, so that collecting it is one checked
    /// allocation (CPython's length hint: `list(range(10**12))` is a MemoryError at once).
    fn known_length(&mut self, v: Value) -> PyResult<usize> {
        let Value::Obj(g) = v else { return Ok(0) };
        match g.obj() {
            Obj::Range(a, b, c) => Ok(crate::ops::range_len(*a, *b, *c).max(0) as usize),
            Obj::BigRange(r) => match num_traits::ToPrimitive::to_isize(&r.len()) {
                Some(n) => Ok(n.max(0) as usize),
                None => Err(self.raise_msg(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )),
            },
            _ => Ok(0),
        }
    }

    /// Whether the running native (called from the dispatch loop) still holds nothing but its
    /// arguments: no allocation, iterator step or call back since it began (`native_mark`),
    /// and no other native below it.
    pub fn native_untouched(&self) -> bool {
        self.gc_inhibit == 1 && self.native_mark == self.heap.total_allocs()
    }

    /// The next item of a generator whose consumer has rooted everything it holds: the
    /// collector may run while the generator makes it.
    fn next_collectable(&mut self, g: crate::heap::Gc) -> PyResult<Option<Value>> {
        self.native_mark = crate::vm::NO_MARK;
        Ok(match self.gen_resume_collectable(g)? {
            crate::gen::GenResult::Yield(v) => Some(v),
            crate::gen::GenResult::Return(_) => None,
        })
    }

    /// Calls `f` on each item until it says stop (returns true); for natives like `any` that
    /// keep nothing from one item to the next. A native that holds only its arguments (see
    /// `native_mark`) lets the collector run meanwhile, with the iterator rooted.
    pub fn scan_items(
        &mut self,
        v: Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let untouched_native = self.native_untouched();
        let it = self.get_iter(v)?;
        self.extra_roots.push(it);
        self.gc_inhibit -= untouched_native as usize;
        let r = (|| loop {
            let item = match it {
                Value::Obj(g) if untouched_native && matches!(g.obj(), Obj::Generator(_)) => {
                    self.next_collectable(g)?
                }
                _ => self.next(it)?,
            };
            match item {
                Some(x) if f(self, x)? => return Ok(()),
                // Everything held is rooted here: a safepoint, as the loop would have in
                // Python (a `map` function without loops or calls has none of its own).
                Some(_) if untouched_native => self.safepoint()?,
                Some(_) => {}
                None => return Ok(()),
            }
        })();
        self.gc_inhibit += untouched_native as usize;
        self.extra_roots.pop();
        r
    }

    /// Appends `v` to `acc`, the list `collect_generator` roots (a MemoryError past the
    /// memory cap).
    pub(crate) fn push_collected(&mut self, acc: crate::heap::Gc, v: Value) -> PyResult<()> {
        if let Obj::List(l) = acc.obj() {
            let mut l = l.borrow_mut();
            if l.len() == l.capacity() {
                let more = l.len().max(4);
                self.check_alloc_n(l.len() + more, std::mem::size_of::<Value>())?;
                l.try_reserve(more).map_err(|_| self.memory_error())?;
            }
            l.push(v);
        }
        Ok(())
    }

    /// `collect_iter` of a generator (or a `map`) for a native that holds nothing but its
    /// arguments (the caller checked): the items go into a rooted list and the collector may
    /// run while the generator makes them, so `sum(len(str(i)) for i in ...)` does not keep every
    /// intermediate string alive until the end (it peaked at 300 MB for 2M items).
    fn collect_generator(&mut self, g: crate::heap::Gc) -> PyResult<Vec<Value>> {
        let acc = self.new_list(Vec::new());
        self.extra_roots.push(Value::Obj(g));
        self.extra_roots.push(acc);
        // The native's own inhibit: everything it holds is rooted now.
        self.gc_inhibit -= 1;
        let is_gen = matches!(g.obj(), Obj::Generator(_));
        // A generator's plain yields append to `acc` in the loop, without suspending
        // (`gen_sink`): one resume makes every item, unless it yields through a delegate.
        let outer_sink = if is_gen {
            self.gen_sink.replace((g, acc.as_obj().expect("a list")))
        } else {
            self.gen_sink
        };
        let r = (|| {
            loop {
                let item = if is_gen {
                    self.next_collectable(g)?
                } else {
                    self.next(Value::Obj(g))?
                };
                let Some(v) = item else { break };
                if let Value::Obj(a) = acc {
                    self.push_collected(a, v)?;
                }
                self.safepoint()?;
            }
            Ok(())
        })();
        self.gen_sink = outer_sink;
        self.gc_inhibit += 1;
        self.extra_roots.pop();
        self.extra_roots.pop();
        r?;
        Ok(match acc {
            Value::Obj(a) => match a.obj() {
                Obj::List(l) => std::mem::take(&mut *l.borrow_mut()),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        })
    }
}
