//! The interpreter's own native stack.
//!
//! Python-to-Python calls do not recurse on the native stack, but natives that call back
//! into Python (`__init__`, `__repr__`, sort keys, ...) and the compiler's walk over deeply
//! nested expressions do, and the VM lets that go `MAX_NATIVE_DEPTH` levels deep. The main
//! thread's 8 MiB is not enough for that, so the interpreter runs on a 1 GiB stack mapped
//! here (pages are committed only as they are touched). Switching to it costs two system
//! calls; a thread with a big stack, as before, cost ~90 us of start-up (measured).

use std::ffi::c_void;

const SIZE: usize = 1 << 30;
const GUARD: usize = 1 << 16;

/// The stack's size: 1 GiB, or a quarter of an address-space limit (`ulimit -v`), which
/// the reservation counts against although its pages are not committed; the rest is left to
/// the heap. The depth guard (`kestrel_vm::depth`) adapts to whatever size this is.
fn size() -> usize {
    // SAFETY: `getrlimit` only writes the struct it is given.
    let limit = unsafe {
        let mut r: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_AS, &mut r) == 0 {
            r.rlim_cur
        } else {
            libc::RLIM_INFINITY
        }
    };
    if limit == libc::RLIM_INFINITY {
        return SIZE;
    }
    ((limit as usize / 4) & !0xffff).clamp(16 << 20, SIZE)
}

/// Runs `f` on a fresh 1 GiB stack (or on the current one if it cannot be mapped).
pub fn run(f: fn() -> i32) -> i32 {
    let guarded = move || std::panic::catch_unwind(f).unwrap_or(70);
    let size = size();
    // SAFETY: a private anonymous mapping is new memory no one else refers to.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            GUARD + size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        return guarded();
    }
    // SAFETY: the guard is the low end of the mapping just made; an overflow faults on it
    // instead of running into whatever is mapped below.
    unsafe { libc::mprotect(base, GUARD, libc::PROT_NONE) };
    let stack = (base as usize + GUARD) as *mut c_void as *mut u8;
    kestrel_vm::depth::set_stack(stack as usize, size);
    // SAFETY: `stack` is page-aligned, `size` is a multiple of the stack alignment, and the
    // mapping outlives the call (it is never unmapped). `guarded` cannot unwind: panics are
    // caught inside it and become exit status 70, as a panicking thread's join did before.
    unsafe { psm::on_stack(stack, size, guarded) }
}
