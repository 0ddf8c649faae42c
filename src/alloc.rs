//! The global allocator: a start-up arena in front of mimalloc.
//!
//! mimalloc keeps each size class in its own 64 KiB pages, so the ~1,500 small blocks that
//! building the builtins needs land on ~100 distinct 4 KiB pages, each a page fault (about
//! 1 us apiece in a VM) — with glibc's packed heap the same start-up touched 57 pages less
//! and ran 100 us faster. So the first blocks come from one static region, handed out by a
//! bump pointer: start-up touches only as many pages as it uses bytes, and a program that
//! stays small never initializes a mimalloc segment at all. Once the region is full every
//! request goes to mimalloc, which serves long-running programs better.
//!
//! Blocks in the region are not reused when freed, except the most recent one (temporaries
//! freed in LIFO order, and vectors growing at the top, stay in place). That bounds the
//! waste to the region's size.
//!
//! With a memory cap (`-X max_memory`), every block's size is counted
//! (`kestrel_vm::memory::note_alloc`); without one, that costs a relaxed load per block.

use kestrel_vm::memory;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The region's size. Start-up uses ~200 KiB; the rest serves the program's first objects.
const REGION_SIZE: usize = 1 << 20;
/// Larger requests go straight to mimalloc, keeping the region for small objects.
const MAX_BLOCK: usize = 1 << 16;
/// Alignment the region guarantees without padding logic failing (page alignment).
const MAX_ALIGN: usize = 4096;
/// mimalloc's `mi_malloc` returns memory aligned to at least this.
const MI_MAX_ALIGN: usize = 16;

#[repr(C, align(4096))]
struct Region(UnsafeCell<[u8; REGION_SIZE]>);
// SAFETY: blocks are handed out disjointly through the atomic `TOP`; the region itself is
// never read or written here except through those blocks.
unsafe impl Sync for Region {}

/// Zero-initialized, so it lives in .bss: pages are backed only once a block touches them.
static REGION: Region = Region(UnsafeCell::new([0; REGION_SIZE]));
/// Offset of the first free byte of the region.
static TOP: AtomicUsize = AtomicUsize::new(0);

#[inline]
fn base() -> usize {
    REGION.0.get() as usize
}

#[inline]
fn in_region(p: *mut u8) -> bool {
    (p as usize).wrapping_sub(base()) < REGION_SIZE
}

/// A block from the region, or null when it does not fit.
#[inline]
fn bump(l: Layout) -> *mut u8 {
    if l.size() > MAX_BLOCK || l.align() > MAX_ALIGN {
        return std::ptr::null_mut();
    }
    let mut top = TOP.load(Relaxed);
    loop {
        let start = (base() + top + l.align() - 1) & !(l.align() - 1);
        let end = start + l.size() - base();
        if end > REGION_SIZE {
            return std::ptr::null_mut();
        }
        match TOP.compare_exchange_weak(top, end, Relaxed, Relaxed) {
            Ok(_) => return start as *mut u8,
            Err(now) => top = now,
        }
    }
}

extern "C" {
    /// mimalloc's process set-up, which its load-time constructor would run (that
    /// constructor is compiled out: see `.cargo/config.toml`).
    fn _mi_auto_process_init();
    /// Whether mimalloc's process set-up has run.
    static _mi_process_is_initialized: bool;
    /// Sets an option's default (a `MIMALLOC_*` variable still overrides it).
    fn mi_option_set_default(option: i32, value: std::ffi::c_long);
}

/// mimalloc's `mi_option_purge_delay` (milliseconds before freed memory goes back to the OS).
const MI_OPTION_PURGE_DELAY: i32 = 15;
/// Our purge delay: mimalloc's 10 ms default hands the pages of a big list back to the OS
/// between one collection and the next allocation of the same size, so a program that
/// churns big objects pays a page fault per page each time (the shared bench's sieve: 25k
/// faults against 6k with a longer delay). Memory is still returned after a second idle.
const PURGE_DELAY_MS: std::ffi::c_long = 1000;

/// Sets mimalloc up before its first use. Deferred from load time to here, a program that
/// fits the region never pays for it (`-c pass`: a /proc read and three other system calls).
#[inline]
fn mimalloc_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    if !READY.is_completed() {
        READY.call_once(|| {
            // SAFETY: mimalloc's own initializer, run once (its flag says whether a
            // constructor already ran it), before any block is requested from mimalloc; the
            // option setter before it only writes mimalloc's option table.
            unsafe {
                if !_mi_process_is_initialized {
                    mi_option_set_default(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
                    crate::quiet_env::hidden(|| _mi_auto_process_init());
                }
            }
        });
    }
}

/// mimalloc as the global allocator behind the region. Requests with ordinary alignment go to
/// `mi_malloc` and friends directly: the `mimalloc` crate routes everything through the
/// aligned entry points, which measured several times slower for the interpreter's small,
/// short-lived objects.
pub struct Allocator;

// SAFETY: a block is either in the region (handed out once by `bump`, never given to
// mimalloc) or obtained from mimalloc and returned to it; `in_region` tells them apart.
// Over-aligned layouts go through the `mimalloc` crate's aligned entry points, and `mi_free`
// frees either kind.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if memory::counting() {
            memory::note_alloc(l.size());
        }
        self.alloc_uncounted(l)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if memory::counting() {
            memory::note_alloc(l.size());
        }
        let p = bump(l);
        if !p.is_null() {
            // A block reclaimed from the top may have been written before.
            std::ptr::write_bytes(p, 0, l.size());
            return p;
        }
        mimalloc_ready();
        if l.align() <= MI_MAX_ALIGN {
            libmimalloc_sys::mi_zalloc(l.size()) as *mut u8
        } else {
            GlobalAlloc::alloc_zeroed(&mimalloc::MiMalloc, l)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if memory::counting() {
            memory::note_free(l.size());
        }
        self.dealloc_uncounted(p, l)
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
        if memory::counting() {
            memory::note_alloc(size);
            memory::note_free(l.size());
        }
        if in_region(p) {
            // The topmost block grows or shrinks in place while it fits.
            let end = p as usize + l.size() - base();
            let new_end = p as usize + size - base();
            if size <= MAX_BLOCK
                && new_end <= REGION_SIZE
                && TOP.compare_exchange(end, new_end, Relaxed, Relaxed).is_ok()
            {
                return p;
            }
            if size <= l.size() {
                return p;
            }
            let new_layout = Layout::from_size_align_unchecked(size, l.align());
            let q = self.alloc_uncounted(new_layout);
            if !q.is_null() {
                std::ptr::copy_nonoverlapping(p, q, l.size().min(size));
                self.dealloc_uncounted(p, l);
            }
            return q;
        }
        if l.align() <= MI_MAX_ALIGN {
            libmimalloc_sys::mi_realloc(p as *mut c_void, size) as *mut u8
        } else {
            GlobalAlloc::realloc(&mimalloc::MiMalloc, p, l, size)
        }
    }
}

impl Allocator {
    #[inline]
    unsafe fn alloc_uncounted(&self, l: Layout) -> *mut u8 {
        let p = bump(l);
        if !p.is_null() {
            return p;
        }
        mimalloc_ready();
        if l.align() <= MI_MAX_ALIGN {
            libmimalloc_sys::mi_malloc(l.size()) as *mut u8
        } else {
            GlobalAlloc::alloc(&mimalloc::MiMalloc, l)
        }
    }

    #[inline]
    unsafe fn dealloc_uncounted(&self, p: *mut u8, l: Layout) {
        if in_region(p) {
            // Only the topmost block goes back; others stay allocated for good.
            let end = p as usize + l.size() - base();
            let _ = TOP.compare_exchange(end, p as usize - base(), Relaxed, Relaxed);
        } else {
            libmimalloc_sys::mi_free(p as *mut c_void)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_blocks_are_aligned_disjoint_and_reusable_at_the_top() {
        let a = Allocator;
        unsafe {
            let l8 = Layout::from_size_align(24, 8).unwrap();
            let x = a.alloc(l8);
            let y = a.alloc(Layout::from_size_align(100, 64).unwrap());
            assert_eq!(y as usize % 64, 0);
            assert!(y as usize >= x as usize + 24);
            // Growing the top block keeps it in place and keeps its contents.
            std::ptr::write_bytes(y, 7, 100);
            let y2 = a.realloc(y, Layout::from_size_align(100, 64).unwrap(), 300);
            assert_eq!(y2, y);
            assert_eq!(*y2.add(99), 7);
            // Freeing the top block lets the next allocation take its place.
            a.dealloc(y2, Layout::from_size_align(300, 64).unwrap());
            let z = a.alloc_zeroed(Layout::from_size_align(16, 64).unwrap());
            assert_eq!(z, y);
            assert_eq!(*z, 0);
            // A block below the top moves when it grows.
            let w = a.realloc(x, l8, 48);
            assert_ne!(w, x);
            // Big requests bypass the region.
            let big = Layout::from_size_align(MAX_BLOCK + 1, 8).unwrap();
            let b = a.alloc(big);
            assert!(!in_region(b));
            a.dealloc(b, big);
        }
    }
}
