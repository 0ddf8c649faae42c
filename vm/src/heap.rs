//! The garbage-collected heap: a mark-and-sweep collector with precise roots.
//!
//! Invariant: every object lives in a slot of one of the heap's pages. Collection happens only
//! at safepoints of the interpreter loop (backward jumps, calls), when every live value is held
//! in a root: the register stack, frames, globals, modules, interned names, constant tables, or
//! the VM's own fields. Native code never holds an unrooted `Value` across a safepoint because
//! collection is inhibited while native code calls back into Python (`Vm::gc_inhibit`). The
//! one exception is a native that holds nothing but its (rooted) arguments consuming a
//! generator: it roots what it collects and lifts its inhibit (`Vm::collect_iter`,
//! `Vm::scan_items`, decided by `Vm::native_mark`).
//!
//! Layout: objects are `Obj`s in fixed-size slots of 4 KiB pages (aligned to 4 KiB), with the
//! pages carved from larger chunks. Each page starts with one state byte per slot (free, live,
//! marked), so an object carries no header at all: its page and state byte are found from its
//! address. A box used to cost a mark byte and a list link (16 bytes) plus the allocator's
//! rounding: an object took 96 bytes, now `size_of::<Obj>()`. Freed slots form a free list
//! (threaded through their first word) that allocation pops; the sweep walks the pages in
//! address order, touching state bytes and dead objects only.

use crate::object::Obj;
use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::mem::MaybeUninit;
use std::ptr::NonNull;

const PAGE_BYTES: usize = 4096;
const SLOT: usize = std::mem::size_of::<Obj>();
/// Slots per page: the state bytes and the slots fill the page.
const SLOTS: usize = (PAGE_BYTES - 8) / (SLOT + 1);

/// Slot states.
const FREE: u8 = 0;
const LIVE: u8 = 1;
const MARKED: u8 = 2;
/// Eight state bytes at once (`Heap::sweep`).
const ALL_MARKED: u64 = u64::from_ne_bytes([MARKED; 8]);
const ALL_LIVE: u64 = u64::from_ne_bytes([LIVE; 8]);

#[repr(C, align(4096))]
struct Page {
    states: [Cell<u8>; SLOTS],
    slots: [MaybeUninit<Obj>; SLOTS],
}

const _: () = assert!(std::mem::size_of::<Page>() == PAGE_BYTES);
const _: () = assert!(std::mem::align_of::<Obj>() <= 8 && SLOT >= 8);

/// Offset of the first slot within its page.
const SLOTS_AT: usize = std::mem::offset_of!(Page, slots);

/// The state byte of the object at `p` (a slot address).
#[inline(always)]
fn state_of(p: *const u8) -> &'static Cell<u8> {
    let addr = p as usize;
    let page = (addr & !(PAGE_BYTES - 1)) as *const Page;
    let i = ((addr & (PAGE_BYTES - 1)) - SLOTS_AT) / SLOT;
    // SAFETY: every slot address lies in a page the heap allocated and keeps until it is
    // dropped; `i` is the slot's index, below SLOTS, and the state bytes are `Cell`s.
    unsafe { &(*page).states[i] }
}

/// Chunks of pages: the first few are small enough for the start-up region (blocks of up to
/// 64 KiB aligned to 4 KiB), so start-up's objects never initialize a mimalloc segment; later
/// ones are larger.
const SMALL_CHUNK: usize = 64 * 1024;
const SMALL_CHUNKS: usize = 6;
const CHUNK: usize = 512 * 1024;

/// A heap object's storage (the object itself: the header lives in the page).
#[repr(transparent)]
pub struct GcBox {
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
        // SAFETY: the collector frees only unreachable objects, and a reachable Gc always
        // points to a live, initialized slot (module invariant).
        unsafe { &self.0.as_ref().obj }
    }
    /// Marks this object; returns true if it was not marked before (so it must be traced).
    #[inline]
    pub fn mark(self) -> bool {
        let s = state_of(self.0.as_ptr() as *const u8);
        s.replace(MARKED) != MARKED
    }
    /// Whether the running collection has reached this object (between marking and sweep).
    #[inline]
    pub fn is_marked(self) -> bool {
        state_of(self.0.as_ptr() as *const u8).get() == MARKED
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
/// CPython's peak RSS); collections stay cheap while the live heap is small. Each collection
/// marks the whole start-up heap (builtin classes and their dicts), a fifth of
/// meteor_contest's time; 32,000 made it ~15% faster but put raytrace's peak RSS level with
/// CPython's, and 40,000 meteor_contest's 3% past it.
const MIN_THRESHOLD: usize = 25_000;

/// The heap's counters and free list are `Cell`s so that allocation takes `&self`: lookups
/// that create objects on first use (a builtin class's methods) need not borrow the VM mutably.
pub struct Heap {
    /// Free slots, each holding the address of the next in its first word (null: none).
    free: Cell<*mut u8>,
    /// The unused rest of the newest page: next slot, end.
    bump: Cell<*mut u8>,
    bump_end: Cell<*mut u8>,
    /// The uncarved rest of the newest chunk: next page, end.
    chunk_next: Cell<*mut u8>,
    chunk_end: Cell<*mut u8>,
    /// Every page in use, in the order carved.
    pages: RefCell<Vec<*mut Page>>,
    /// Every chunk, for freeing at the end.
    chunks: RefCell<Vec<(*mut u8, Layout)>>,
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
        let null = std::ptr::null_mut();
        Heap {
            free: Cell::new(null),
            bump: Cell::new(null),
            bump_end: Cell::new(null),
            chunk_next: Cell::new(null),
            chunk_end: Cell::new(null),
            pages: RefCell::new(Vec::new()),
            chunks: RefCell::new(Vec::new()),
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

    /// A free slot: from the free list, else the newest page, else a new page.
    #[inline(always)]
    fn take_slot(&self) -> *mut u8 {
        let f = self.free.get();
        if !f.is_null() {
            // SAFETY: a slot on the free list holds the next one's address in its first word
            // (written by `push_free`).
            self.free.set(unsafe { *(f as *const *mut u8) });
            return f;
        }
        let b = self.bump.get();
        if b < self.bump_end.get() {
            // SAFETY: `b` and `b + SLOT` lie within (or at the end of) the newest page.
            self.bump.set(unsafe { b.add(SLOT) });
            return b;
        }
        self.new_page()
    }

    /// Carves a page from the newest chunk (allocating a chunk when it is used up) and hands
    /// out its first slot.
    #[cold]
    #[inline(never)]
    fn new_page(&self) -> *mut u8 {
        if self.chunk_next.get() >= self.chunk_end.get() {
            let mut chunks = self.chunks.borrow_mut();
            let size = if chunks.len() < SMALL_CHUNKS {
                SMALL_CHUNK
            } else {
                CHUNK
            };
            let layout = Layout::from_size_align(size, PAGE_BYTES).expect("page layout");
            // SAFETY: the layout has a non-zero size.
            let p = unsafe { std::alloc::alloc(layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            chunks.push((p, layout));
            self.chunk_next.set(p);
            // SAFETY: `p + size` is the end of the chunk just allocated.
            self.chunk_end.set(unsafe { p.add(size) });
        }
        let page = self.chunk_next.get() as *mut Page;
        // SAFETY: the chunk has at least one more page-aligned page (its size is a multiple of
        // the page size); its state bytes are set to FREE before any slot is handed out.
        unsafe {
            self.chunk_next.set((page as *mut u8).add(PAGE_BYTES));
            for s in 0..SLOTS {
                std::ptr::addr_of_mut!((*page).states[s]).write(Cell::new(FREE));
            }
            let first = std::ptr::addr_of_mut!((*page).slots) as *mut u8;
            self.bump.set(first.add(SLOT));
            self.bump_end.set(first.add(SLOT * SLOTS));
            self.pages.borrow_mut().push(page);
            first
        }
    }

    #[inline]
    pub fn alloc(&self, obj: Obj) -> Gc {
        let p = self.take_slot();
        // SAFETY: `p` is a free slot of a page: sized and aligned for an `Obj`, and nothing
        // refers to it.
        unsafe { (p as *mut Obj).write(obj) };
        state_of(p).set(LIVE);
        self.live.set(self.live.get() + 1);
        self.allocs.set(self.allocs.get() + 1);
        self.allocated_since_gc
            .set(self.allocated_since_gc.get() + 1);
        // SAFETY: `p` is a slot address, never null.
        Gc(unsafe { NonNull::new_unchecked(p as *mut GcBox) })
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

    /// `wants_collection`'s quick test for safepoints: true whenever that is (in stress mode,
    /// after any allocation), one compare otherwise.
    #[inline(always)]
    pub fn may_want_collection(&self) -> bool {
        let since = self.allocated_since_gc.get();
        (since >= self.threshold) | (self.stress & (since != 0))
    }

    /// Every object on the heap, in no particular order.
    pub fn objects(&self) -> impl Iterator<Item = Gc> + '_ {
        let pages: Vec<*mut Page> = self.pages.borrow().clone();
        pages.into_iter().flat_map(|page| {
            (0..SLOTS).filter_map(move |i| {
                // SAFETY: `page` is a page of this heap; the iterator borrows the heap, so no
                // sweep frees anything meanwhile. A slot whose state is not FREE holds an object.
                unsafe {
                    if (*page).states[i].get() == FREE {
                        return None;
                    }
                    let p = std::ptr::addr_of_mut!((*page).slots[i]) as *mut GcBox;
                    Some(Gc(NonNull::new_unchecked(p)))
                }
            })
        })
    }

    /// Frees every unmarked object and clears the marks of the survivors; every free slot
    /// (including the unused rest of the newest page) goes on the free list, lowest address
    /// first.
    pub fn sweep(&mut self) {
        let mut live = 0;
        let mut free: *mut u8 = std::ptr::null_mut();
        let pages = self.pages.borrow();
        for &page in pages.iter().rev() {
            let mut i = SLOTS;
            while i > 0 {
                if i.is_multiple_of(8) {
                    // Eight survivors in a row (old, dense pages) are unmarked in one store.
                    // SAFETY: the state bytes are the page's first field (page-aligned), and
                    // `i - 8 .. i` are eight of them; `Cell`s may be written through the page.
                    let w = unsafe { (page as *mut u8).add(i - 8) as *mut u64 };
                    // SAFETY: as above; `w` is 8-aligned because `i` is a multiple of 8.
                    if unsafe { w.read() } == ALL_MARKED {
                        // SAFETY: as above.
                        unsafe { w.write(ALL_LIVE) };
                        live += 8;
                        i -= 8;
                        continue;
                    }
                }
                i -= 1;
                // SAFETY: `page` is a page of this heap and `i` a slot index; a slot whose
                // state is LIVE (unmarked) holds an unreachable object that nothing will use
                // again, dropped once here; every free slot's first word is ours to write.
                unsafe {
                    let state = &(*page).states[i];
                    let slot = std::ptr::addr_of_mut!((*page).slots[i]) as *mut u8;
                    match state.get() {
                        MARKED => {
                            state.set(LIVE);
                            live += 1;
                            continue;
                        }
                        LIVE => {
                            std::ptr::drop_in_place(slot as *mut Obj);
                            state.set(FREE);
                        }
                        _ => {}
                    }
                    *(slot as *mut *mut u8) = free;
                    free = slot;
                }
            }
        }
        drop(pages);
        self.free.set(free);
        self.bump.set(std::ptr::null_mut());
        self.bump_end.set(std::ptr::null_mut());
        self.live.set(live);
        self.allocated_since_gc.set(0);
        self.threshold = (live * 2).max(self.min_threshold);
        self.collections += 1;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &page in self.pages.borrow().iter() {
            for i in 0..SLOTS {
                // SAFETY: every slot that is not FREE holds an object owned by the heap,
                // dropped exactly once here.
                unsafe {
                    if (*page).states[i].get() != FREE {
                        std::ptr::drop_in_place(
                            std::ptr::addr_of_mut!((*page).slots[i]) as *mut Obj
                        );
                    }
                }
            }
        }
        for &(p, layout) in self.chunks.borrow().iter() {
            // SAFETY: each chunk was allocated with this layout and is freed once.
            unsafe { std::alloc::dealloc(p, layout) };
        }
    }
}
