//! Prompt finalization. CPython runs `__del__`, closes a suspended generator (running its
//! `finally`) and clears weak references the moment the last reference goes; the tracing
//! collector only finds that out when it runs. At the few places where a program commonly
//! lets go of such an object — a frame that made one returns, `del` of a name, attribute or
//! item, a module-level name rebound — the VM collects right away, so the finalizer runs
//! where CPython's would.
//!
//! The checks cost nothing while no object is watched (no finalizable object, no weak
//! reference). A time budget bounds them: once prompt collections have taken 10 ms plus 5% of
//! the time since the first one, they stop and finalizers run at ordinary
//! collections, as before.

use crate::object::{Obj, HAS_FINALIZER};
use crate::value::Value;
use crate::vm::Vm;
use std::time::{Duration, Instant};

const BASE_BUDGET: Duration = Duration::from_millis(10);

/// Requests refused without reading the clock once the budget is spent.
const SKIP_WHEN_OVER: u32 = 4096;

#[derive(Default)]
pub struct PromptFinal {
    /// Frames at this depth or deeper registered a finalizable object since they were last
    /// checked: returning from one asks for a collection (0: none).
    pub depth: usize,
    /// A finalizable object was made at some point (weak references are checked apart).
    pub watch: bool,
    /// When the first request was made.
    since: Option<Instant>,
    /// Time the requested collections took.
    spent: Duration,
    /// Requests left to refuse outright (see `SKIP_WHEN_OVER`).
    skip: u32,
}

impl Vm {
    /// Whether any object is watched: finalizable objects or weak references exist.
    pub(crate) fn prompt_watching(&self) -> bool {
        (self.prompt.watch && !self.heap.finalizable.borrow().is_empty())
            || self.gc_hooks.has_weakrefs()
    }

    /// A finalizable object was registered in the running frame (or, for a generator
    /// suspending, the one that resumed it: `depth` frames deep).
    #[inline]
    pub fn note_prompt_candidate(&mut self, depth: usize) {
        self.prompt.depth = self.prompt.depth.max(depth);
        self.prompt.watch = true;
    }

    /// Called as a frame is popped (`frames.len()` is its caller's depth): a frame that
    /// registered a finalizable object returned, so the object may be garbage. Its caller may
    /// still hold it, so the caller is checked when it returns too.
    /// `dead_from` is the first slot of the caller's window the callee's arguments took:
    /// dead now, and cleared so that they do not keep the object alive.
    #[cold]
    pub fn prompt_frame_popped(&mut self, dead_from: usize) {
        self.prompt.depth = self.frames.len();
        if self.prompt_watching() && self.prompt_budget_left() {
            self.clear_slots(dead_from);
            self.prompt_collect();
        }
    }

    /// `del name`, `del obj.attr`, `del obj[key]` (`old`: the value deleted, when known): it
    /// may have been the last reference to a watched object. Registers from `dead_from` up
    /// (relative to the frame at `base`; `None`: none) are dead temporaries, cleared first.
    #[inline]
    pub fn prompt_after_delete(
        &mut self,
        base: usize,
        dead_from: Option<usize>,
        old: Option<Value>,
    ) {
        if !self.prompt_watching() {
            return;
        }
        if let Some(v) = old {
            if !matches!(v, Value::Obj(g) if self.prompt_candidate(g)) {
                return;
            }
        }
        if self.prompt_budget_left() {
            if let Some(d) = dead_from {
                self.clear_slots(base + d);
            }
            self.prompt_collect();
        }
    }

    /// A namespace entry that held `old` was rebound.
    #[inline]
    pub fn prompt_after_rebind(&mut self, old: Option<Value>) {
        if let Some(Value::Obj(g)) = old {
            if self.prompt_watching() && self.prompt_candidate(g) && self.prompt_budget_left() {
                self.prompt_collect();
            }
        }
    }

    /// Empties the register slots from `from` to the top of the running frame's window.
    fn clear_slots(&mut self, from: usize) {
        let top = match self.frames.last() {
            Some(f) => (f.base + f.code.nregs as usize).min(self.stack.len()),
            None => return,
        };
        let from = from.max(self.frames.last().map_or(top, |f| f.base));
        for slot in from..top {
            self.stack[slot] = Value::Empty;
        }
    }

    /// Whether dropping `g` itself may finalize something: an instance of a class with
    /// `__del__`, a generator registered for closing, or the referent of a weak reference.
    fn prompt_candidate(&self, g: crate::heap::Gc) -> bool {
        let finalizable = match g.obj() {
            Obj::Instance(i) => match i.class.get().obj() {
                Obj::Class(c) => self.class_flags(c) & HAS_FINALIZER != 0,
                _ => false,
            },
            Obj::Generator(gen) => gen.finalizable.get(),
            _ => false,
        };
        finalizable || self.gc_hooks.has_weakrefs_to(g)
    }

    /// Whether a collection may run now: no native holds unrooted values, no finalizer is
    /// running, and the prompt collections so far are within the budget.
    fn prompt_budget_left(&mut self) -> bool {
        if self.gc_inhibit != 0 || self.gc_hooks.running_finalizers() {
            return false;
        }
        if self.prompt.skip > 0 {
            self.prompt.skip -= 1;
            return false;
        }
        let now = Instant::now();
        let since = *self.prompt.since.get_or_insert(now);
        let ok = self.prompt.spent <= BASE_BUDGET + now.duration_since(since) / 20;
        if !ok {
            // Over budget: skip the clock for a while (reading it costs more than the check).
            self.prompt.skip = SKIP_WHEN_OVER;
        }
        ok
    }

    /// Collects now, finalizers included. Called only where every live value is in a
    /// register or a root.
    #[cold]
    fn prompt_collect(&mut self) {
        let t = Instant::now();
        self.collect();
        self.prompt.spent += t.elapsed();
    }
}
