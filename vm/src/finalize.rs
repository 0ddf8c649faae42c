//! What the collector does besides freeing: `__del__` finalizers (PEP 442) and weak
//! references.
//!
//! Finalizers: an instance of a class defining `__del__` is registered when it is made
//! (`Heap::finalizable`). When a collection finds a registered object unreachable, it takes it
//! out of the registry (so its finalizer runs once), queues it, and marks it and everything it
//! reaches as live for this collection. The queue is a root; the finalizers run after the
//! sweep, at the safepoint that collected (or in `gc.collect()`), where calling Python is
//! safe. An object the finalizer did not resurrect is freed by a later collection. CPython
//! runs `__del__` as soon as the last reference goes; here it runs at the next collection.
//!
//! Weak references: the table maps each weak reference object to its referent without
//! tracing it. After marking (and resurrection), entries whose referent was not reached are
//! cleared and the live weak references among them queue their callbacks; entries of dead
//! weak references are dropped. So a finalizable object's weak references outlive its
//! `__del__`, as with CPython's reference counting.

use crate::heap::Gc;
use crate::object::{Obj, HAS_FINALIZER};
use crate::value::Value;
use crate::vm::Vm;
use std::collections::HashMap;

/// An `atexit` callback with its positional and keyword arguments.
type ExitCall = (Value, Vec<Value>, Vec<(Value, Value)>);

/// Work left for after a collection.
enum Pending {
    /// Call this object's `__del__`.
    Finalize(Gc),
    /// This weak reference's referent died: call its callback.
    Callback(Gc),
}

#[derive(Default)]
pub struct GcHooks {
    pending: Vec<Pending>,
    /// Finalizers are running (they may trigger collections; those only queue more).
    running: bool,
    /// Weak reference address → (the weak reference, its referent).
    target_of: HashMap<usize, (Gc, Gc)>,
    /// Referent address → its weak references, oldest first.
    refs_to: HashMap<usize, Vec<Gc>>,
    /// `gc.enable()`/`gc.disable()` state. Only recorded: the tracing collector is also what
    /// frees acyclic garbage (CPython's reference counting), so it keeps running.
    pub disabled: bool,
    /// `gc.set_threshold` values, reported by `gc.get_threshold`.
    pub thresholds: (i64, i64, i64),
}

impl GcHooks {
    /// Whether queued finalizers are running now.
    pub fn running_finalizers(&self) -> bool {
        self.running
    }

    /// Whether `target` has weak references.
    pub fn has_weakrefs_to(&self, target: Gc) -> bool {
        self.refs_to.contains_key(&target.addr())
    }

    /// Whether any weak reference is registered.
    pub fn has_weakrefs(&self) -> bool {
        !self.target_of.is_empty()
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Queued objects and weak references stay alive until their work is done.
    pub fn roots(&self, work: &mut Vec<Gc>) {
        for p in &self.pending {
            match p {
                Pending::Finalize(g) | Pending::Callback(g) => work.push(*g),
            }
        }
    }

    /// Drops the entries of dead weak references; clears those whose referent died, queueing
    /// the callbacks of the weak references still alive. Runs between marking and sweeping.
    pub fn clear_dead_weakrefs(&mut self) {
        if self.target_of.is_empty() {
            return;
        }
        let pending = &mut self.pending;
        let mut dead_referents: Vec<usize> = Vec::new();
        self.target_of.retain(|_, (r, t)| {
            if !r.is_marked() {
                return false;
            }
            if !t.is_marked() {
                dead_referents.push(t.addr());
                return false;
            }
            true
        });
        for addr in dead_referents {
            if let Some(refs) = self.refs_to.remove(&addr) {
                for r in refs {
                    if r.is_marked() {
                        pending.push(Pending::Callback(r));
                    }
                }
            }
        }
        for refs in self.refs_to.values_mut() {
            refs.retain(|r| r.is_marked());
        }
        self.refs_to.retain(|_, refs| !refs.is_empty());
    }

    /// Makes `wr` a weak reference to `target`.
    pub fn register_weakref(&mut self, wr: Gc, target: Gc) {
        self.target_of.insert(wr.addr(), (wr, target));
        self.refs_to.entry(target.addr()).or_default().push(wr);
    }

    /// The referent of weak reference `wr`, None once it died.
    pub fn weakref_target(&self, wr: Gc) -> Option<Gc> {
        self.target_of.get(&wr.addr()).map(|e| e.1)
    }

    /// The live weak references to `target`, oldest first.
    pub fn weakrefs_to(&self, target: Gc) -> Vec<Gc> {
        self.refs_to
            .get(&target.addr())
            .cloned()
            .unwrap_or_default()
    }
}

impl Vm {
    /// Registers a new instance for finalization when its class defines `__del__`.
    #[inline]
    pub fn note_finalizer(&mut self, obj: Gc, cls: Gc) {
        if let Obj::Class(c) = cls.obj() {
            if self.class_flags(c) & HAS_FINALIZER != 0 {
                self.heap.finalizable.borrow_mut().push(obj);
                // (One deeper: the `__init__` about to run holds it in a slot of this
                // frame's window that is dead once it returns.)
                self.note_prompt_candidate(self.frames.len() + 1);
            }
        }
    }

    /// Queues the registered objects marking did not reach, then marks from them: they and
    /// what they refer to live until their finalizers have run.
    #[cold]
    pub(crate) fn resurrect_finalizable(&mut self, work: &mut Vec<Gc>, children: &mut Vec<Gc>) {
        let mut reg = self.heap.finalizable.borrow_mut();
        let before = self.gc_hooks.pending.len();
        reg.retain(|g| {
            if g.is_marked() {
                return true;
            }
            self.gc_hooks.pending.push(Pending::Finalize(*g));
            false
        });
        drop(reg);
        for p in &self.gc_hooks.pending[before..] {
            if let Pending::Finalize(g) = p {
                work.push(*g);
            }
        }
        crate::vm::mark_from(work, children);
    }

    /// Runs the queued finalizers and weak reference callbacks, oldest first. An exception
    /// one raises is reported on stderr (as CPython's "Exception ignored in") and dropped.
    #[cold]
    pub fn run_pending_finalizers(&mut self) {
        if self.gc_hooks.running {
            return;
        }
        self.gc_hooks.running = true;
        let saved = std::mem::replace(&mut self.raised, Value::Empty);
        let mut i = 0;
        while i < self.gc_hooks.pending.len() {
            // The item stays queued (rooted) while its call runs.
            let r = match self.gc_hooks.pending[i] {
                Pending::Finalize(g) => self.call_del(g),
                Pending::Callback(r) => self.call_weakref_callback(r),
            };
            if let Err(what) = r {
                self.report_unraisable("Exception ignored in", &what);
            }
            i += 1;
        }
        self.gc_hooks.pending.clear();
        self.raised = saved;
        self.gc_hooks.running = false;
    }

    /// `type(obj).__del__(obj)`; on an exception, the text naming what raised it.
    fn call_del(&mut self, obj: Gc) -> Result<(), String> {
        let cls = match obj.obj() {
            Obj::Instance(i) => i.class.get(),
            Obj::Generator(gen) if gen.kind == crate::object::GenKind::AsyncGenerator => {
                let hook = gen.finalizer();
                if hook.is_none() || gen.state.get() != crate::object::GenState::Suspended {
                    return Ok(());
                }
                return match self.call_value(hook, &[Value::Obj(obj)], &[]) {
                    Ok(_) => Ok(()),
                    Err(_) => Err(self.repr(hook).unwrap_or_default()),
                };
            }
            Obj::Generator(_) => {
                return match self.gen_close(obj) {
                    Ok(()) => Ok(()),
                    Err(_) => Err(self.repr(Value::Obj(obj)).unwrap_or_default()),
                };
            }
            _ => return Ok(()),
        };
        let Some(f) = self.class_lookup(cls, self.names.del) else {
            return Ok(());
        };
        match self.call_value(f, &[Value::Obj(obj)], &[]) {
            Ok(_) => Ok(()),
            Err(_) => Err(self.repr(f).unwrap_or_else(|_| "__del__".into())),
        }
    }

    fn call_weakref_callback(&mut self, wr: Gc) -> Result<(), String> {
        let cb = match self.getattr_str(Value::Obj(wr), "__callback__") {
            Ok(cb) => cb,
            Err(_) => {
                self.raised = Value::Empty;
                return Ok(());
            }
        };
        if matches!(cb, Value::None) {
            return Ok(());
        }
        match self.call_value(cb, &[Value::Obj(wr)], &[]) {
            Ok(_) => Ok(()),
            Err(_) => Err(self.repr(cb).unwrap_or_else(|_| "callback".into())),
        }
    }

    /// Reports the pending exception as CPython's unraisable hook does, and clears it.
    pub fn report_unraisable(&mut self, context: &str, what: &str) {
        let exc = self.take_raised();
        self.out.flush();
        let text = self.format_exception_text(exc);
        eprint!("{context}: {what}\n{text}");
    }

    /// At exit: the `atexit` callbacks (last registered first), then the finalizers left.
    pub fn run_exit_hooks(&mut self) {
        self.raised = Value::Empty;
        let key = self.new_str("atexit");
        if let Ok(Some(m)) = self.dict_getitem_opt(Value::Obj(self.modules), key) {
            if let Ok(next) = self.getattr_str(m, "_next") {
                while let Ok(item) = self.call_value(next, &[], &[]) {
                    let Some((f, args, kw)) = self.atexit_item(item) else {
                        break;
                    };
                    if self.call_value(f, &args, &kw).is_err() {
                        if self.isinstance(self.raised, self.exc_class("SystemExit")) {
                            self.raised = Value::Empty;
                            continue;
                        }
                        let what = self.repr(f).unwrap_or_default();
                        self.report_unraisable("Exception ignored in atexit callback", &what);
                    }
                }
            }
        }
        self.raised = Value::Empty;
        self.finalize_all();
        self.raised = Value::Empty;
    }

    /// `(func, args, kwargs)` as `atexit._next()` returns it.
    fn atexit_item(&mut self, item: Value) -> Option<ExitCall> {
        let Value::Obj(t) = item else { return None };
        let Obj::Tuple(t) = t.obj() else { return None };
        let [f, Value::Obj(a), Value::Obj(k)] = t[..] else {
            return None;
        };
        let Obj::Tuple(args) = a.obj() else {
            return None;
        };
        let Obj::Dict(kw) = k.obj() else { return None };
        let kw = kw.borrow().iter().map(|e| (e.key, e.value)).collect();
        Some((f, args.to_vec(), kw))
    }

    /// `gc.collect()`: a full collection when no native holds unrooted values, then the
    /// finalizers, and again for what they left unreachable. Returns the objects freed.
    pub fn collect_now(&mut self) -> usize {
        // Called from the dispatch loop, the native `gc.collect` holds nothing but its
        // (rooted) arguments; called from other native code, it must not collect.
        if self.gc_inhibit != 0 && !self.native_untouched() {
            return 0;
        }
        let mut freed = 0;
        for _ in 0..2 {
            let before = self.heap.live.get();
            self.collect_garbage();
            freed += before.saturating_sub(self.heap.live.get());
            if !self.gc_hooks.has_pending() {
                break;
            }
            self.run_pending_finalizers();
        }
        freed
    }

    /// At exit: the finalizers of every object not finalized yet, oldest first (CPython
    /// finalizes the objects left at shutdown as module namespaces are cleared).
    pub fn finalize_all(&mut self) {
        let reg = std::mem::take(&mut *self.heap.finalizable.borrow_mut());
        self.gc_hooks
            .pending
            .extend(reg.into_iter().map(Pending::Finalize));
        self.run_pending_finalizers();
    }
}
