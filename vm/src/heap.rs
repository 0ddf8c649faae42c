//! The garbage-collected heap: a mark-and-sweep collector with precise roots.
//!
//! Invariant: every object is a `GcBox` on the `all` intrusive list. Collection happens only at
//! safepoints of the interpreter loop (backward jumps, calls), when every live value is held in a
//! root: the register stack, frames, globals, modules, interned names, constant tables, or the
//! VM's own fields. Native code never holds an unrooted `Value` across a safepoint because
//! collection is inhibited while native code calls back into Python (`Vm::gc_inhibit`). The
//! one exception is a native that holds nothing but its (rooted) arguments consuming a
//! generator: it roots what it collects and lifts its inhibit (`Vm::collect_iter`,
//! `Vm::scan_items`, decided by `Vm::native_mark`).

use crate::object::Obj;
use std::cell::Cell;
use std::ptr::NonNull;

pub struct GcBox {
    marked: Cell<bool>,
    next: Cell<*mut GcBox>,
    pub obj: Obj,
}

/// A pointer to a heap object. Valid as long as the object is reachable from a root at every
/// safepoint (see the module invariant).
#[derive(Clone, Copy)]
pub struct Gc(NonNull<GcBox>);

impl std::fmt::Debug for Gc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.0.as_ptr())
    }
}

impl PartialEq for Gc {
    fn eq(&self, other: &Gc) -> bool {
        self.0 == other.0
    }
}
impl Eq for Gc {}

impl Gc {
    #[inline]
    pub fn ptr_eq(self, other: Gc) -> bool {
        self.0 == other.0
    }
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
    #[inline]
    pub fn obj(&self) -> &Obj {
        // SAFETY: the collector frees only unreachable boxes, and a reachable Gc always points to
        // a live box (module invariant).
        unsafe { &self.0.as_ref().obj }
    }
    #[inline]
    fn gcbox(&self) -> &GcBox {
        // SAFETY: as in `obj`.
        unsafe { self.0.as_ref() }
    }
    /// Marks this object; returns true if it was not marked before (so it must be traced).
    #[inline]
    pub fn mark(self) -> bool {
        let b = self.gcbox();
        !b.marked.replace(true)
    }
    /// Whether the running collection has reached this object (between marking and sweep).
    #[inline]
    pub fn is_marked(self) -> bool {
        self.gcbox().marked.get()
    }
}

impl std::ops::Deref for Gc {
    type Target = Obj;
    #[inline]
    fn deref(&self) -> &Obj {
        self.obj()
    }
}

/// Allocations between collections while the live heap is small. Garbage waits this long to
/// be freed, so it bounds a small program's peak memory (100,000 held raytrace at 2.6 times
/// CPython's peak RSS); collections stay cheap while the live heap is small.
const MIN_THRESHOLD: usize = 25_000;

/// The heap's counters and list are `Cell`s so that allocation takes `&self`: lookups that
/// create objects on first use (a builtin class's methods) need not borrow the VM mutably.
pub struct Heap {
    all: Cell<*mut GcBox>,
    pub live: Cell<usize>,
    pub allocated_since_gc: Cell<usize>,
    /// Objects allocated since the heap was made (never reset).
    allocs: Cell<u64>,
    pub threshold: usize,
    /// The fewest allocations between two collections.
    pub min_threshold: usize,
    pub stress: bool,
    pub collections: usize,
    /// Objects whose class defines `__del__` and whose finalizer has not run yet (PEP 442:
    /// once per object), oldest first. Not roots: the collector finalizes the unreachable
    /// ones (`Vm::collect`) and drops them from here.
    pub finalizable: std::cell::RefCell<Vec<Gc>>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            all: Cell::new(std::ptr::null_mut()),
            live: Cell::new(0),
            allocated_since_gc: Cell::new(0),
            allocs: Cell::new(0),
            threshold: MIN_THRESHOLD,
            min_threshold: MIN_THRESHOLD,
            stress: false,
            collections: 0,
            finalizable: Default::default(),
        }
    }

    pub fn alloc(&self, obj: Obj) -> Gc {
        let b = Box::new(GcBox {
            marked: Cell::new(false),
            next: Cell::new(self.all.get()),
            obj,
        });
        let p = Box::into_raw(b);
        self.all.set(p);
        self.live.set(self.live.get() + 1);
        self.allocs.set(self.allocs.get() + 1);
        self.allocated_since_gc
            .set(self.allocated_since_gc.get() + 1);
        // SAFETY: `p` comes from Box::into_raw, never null.
        Gc(unsafe { NonNull::new_unchecked(p) })
    }

    /// Allocates an object that is a root from birth (an interned name): not counted in
    /// `total_allocs`, which tracks what natives might hold unrooted.
    pub fn alloc_rooted(&self, obj: Obj) -> Gc {
        let g = self.alloc(obj);
        self.allocs.set(self.allocs.get() - 1);
        g
    }

    /// Objects allocated so far.
    #[inline]
    pub fn total_allocs(&self) -> u64 {
        self.allocs.get()
    }

    /// Counts a large payload (in 16-byte words) toward the next collection, so that a few big
    /// containers trigger collection as many small objects would.
    #[inline]
    pub fn note_size(&self, words: usize) {
        self.allocated_since_gc
            .set(self.allocated_since_gc.get() + words / 4);
    }

    /// Stress mode collects at every safepoint that follows an allocation while the heap is
    /// small, and every live/1024 allocations beyond that, so deep programs stay linear.
    pub fn wants_collection(&self) -> bool {
        let since = self.allocated_since_gc.get();
        since >= self.threshold || (self.stress && since > self.live.get() / 1024)
    }

    /// Every object on the heap, newest first.
    pub fn objects(&self) -> impl Iterator<Item = Gc> + '_ {
        let mut cur = self.all.get();
        std::iter::from_fn(move || {
            // SAFETY: `cur` is null or a box on the `all` list, which only `sweep` unlinks,
            // and the iterator borrows the heap so no sweep can run meanwhile.
            let b = unsafe { cur.as_ref()? };
            let g = Gc(NonNull::from(b));
            cur = b.next.get();
            Some(g)
        })
    }

    /// Frees every unmarked object and clears the marks of the survivors.
    pub fn sweep(&mut self) {
        let mut prev: *mut GcBox = std::ptr::null_mut();
        let mut cur = self.all.get();
        let mut live = 0;
        while !cur.is_null() {
            // SAFETY: `cur` is a box on the `all` list, allocated by `alloc` and not yet freed.
            let b = unsafe { &*cur };
            let next = b.next.get();
            if b.marked.get() {
                b.marked.set(false);
                live += 1;
                prev = cur;
            } else {
                if prev.is_null() {
                    self.all.set(next);
                } else {
                    // SAFETY: `prev` is a surviving box on the list.
                    unsafe { (*prev).next.set(next) };
                }
                // SAFETY: unmarked means unreachable from every root; nothing refers to it.
                drop(unsafe { Box::from_raw(cur) });
            }
            cur = next;
        }
        self.live.set(live);
        self.allocated_since_gc.set(0);
        self.threshold = (live * 2).max(self.min_threshold);
        self.collections += 1;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        let mut cur = self.all.get();
        while !cur.is_null() {
            // SAFETY: every box on the list is owned by the heap, freed exactly once here.
            let b = unsafe { Box::from_raw(cur) };
            cur = b.next.get();
        }
    }
}
