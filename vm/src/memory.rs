//! Memory limits: size checks for the allocations user code controls, and the optional cap.
//!
//! A size a program computes (`'x' * n`, `bytes(n)`, a format width, `list(range(n))`) is
//! checked before anything is allocated (`Vm::check_alloc`): beyond `isize::MAX` bytes,
//! beyond what the machine could ever give (RAM plus swap), or beyond the cap, it is a
//! MemoryError. Linux refuses such a request from CPython's malloc, which is where CPython's
//! MemoryError comes from; mimalloc maps with MAP_NORESERVE, so the kernel would grant it and
//! the process would be killed filling it. Buffers are then reserved with `try_reserve`
//! (`Vm::try_vec`, `Vm::try_reserve`), so a refusal the checks did not foresee (`ulimit -v`)
//! is a MemoryError too, never an abort.
//!
//! The cap (`-X max_memory=BYTES`, `KESTREL_MAX_MEMORY`) works by counting: once set, the
//! command's global allocator adds and subtracts each block's size (`note_alloc`,
//! `note_free`) and raises `TRIPPED` when the count passes a watermark. The next safepoint
//! collects garbage (`Vm::memory_tripped`) and raises MemoryError if the count is still above
//! the cap; otherwise the watermark moves halfway up the remaining room, so garbage is
//! collected before the cap is reached. Without a cap the allocator pays one relaxed load of
//! `COUNTING` per block, and safepoints one load of `TRIPPED`.

use crate::object::{PyResult, Raised};
use crate::Vm;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// Whether the allocator counts (a cap is set).
static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated and not freed since counting began (blocks made before then may make it
/// dip below zero when freed).
static USED: AtomicIsize = AtomicIsize::new(0);
/// The cap in bytes (0: none).
static LIMIT: AtomicUsize = AtomicUsize::new(0);
/// The count at which the allocator asks the next safepoint to look.
static WATERMARK: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set by the allocator when the count passed the watermark.
pub static TRIPPED: AtomicBool = AtomicBool::new(false);

/// Requests below this many bytes are not checked one by one: their growth is seen at
/// safepoints.
const SMALL: usize = 1 << 20;

/// Sets the cap (0 removes it). Counting starts now.
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Relaxed);
    WATERMARK.store(if bytes == 0 { usize::MAX } else { bytes / 2 }, Relaxed);
    COUNTING.store(bytes != 0, Relaxed);
}

/// The cap, if one is set.
pub fn limit() -> Option<usize> {
    Some(LIMIT.load(Relaxed)).filter(|&l| l != 0)
}

/// Parses a byte count with an optional K, M or G suffix (powers of 1024).
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (digits, scale) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1 << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(scale)
}

/// Bytes counted as in use (0 when no cap is set).
pub fn used() -> usize {
    USED.load(Relaxed).max(0) as usize
}

/// Whether the allocator must call `note_alloc`/`note_free`.
#[inline(always)]
pub fn counting() -> bool {
    COUNTING.load(Relaxed)
}

/// Counts a block made (called by the global allocator: must not allocate).
#[inline]
pub fn note_alloc(size: usize) {
    let now = USED.fetch_add(size as isize, Relaxed) + size as isize;
    if now > 0 && now as usize > WATERMARK.load(Relaxed) {
        TRIPPED.store(true, Relaxed);
    }
}

/// Counts a block freed (called by the global allocator).
#[inline]
pub fn note_free(size: usize) {
    USED.fetch_sub(size as isize, Relaxed);
}

/// Whether the allocator has flagged the count (one relaxed load; safepoints test it).
#[inline(always)]
pub fn tripped() -> bool {
    TRIPPED.load(Relaxed)
}

/// RAM plus swap: no single request larger than this can succeed (Linux's heuristic
/// overcommit refuses it outright).
fn machine_bytes() -> usize {
    static CACHED: AtomicUsize = AtomicUsize::new(0);
    let c = CACHED.load(Relaxed);
    if c != 0 {
        return c;
    }
    // SAFETY: `sysinfo` only writes the struct it is given.
    let total = unsafe {
        let mut info: libc::sysinfo = std::mem::zeroed();
        if libc::sysinfo(&mut info) == 0 {
            let unit = info.mem_unit.max(1) as usize;
            (info.totalram as usize)
                .saturating_add(info.totalswap as usize)
                .saturating_mul(unit)
        } else {
            usize::MAX
        }
    };
    let total = if total == 0 { usize::MAX } else { total };
    CACHED.store(total, Relaxed);
    total
}

/// Whether a block of `bytes` can be had now: asks the allocator for it and gives it back.
/// Under an address-space limit (`ulimit -v`) a request the RAM check lets through may still
/// be refused, and the many natives that build their result with plain `Vec`/`String`
/// operations after `check_alloc` would then abort; the probe turns that into MemoryError.
/// Only requests of `SMALL` bytes or more get here, and a block that big is mapped and
/// unmapped without its pages being touched, so the probe costs two system calls at most.
fn can_allocate(bytes: usize) -> bool {
    Vec::<u8>::new().try_reserve_exact(bytes).is_ok()
}

impl Vm {
    /// A MemoryError (no arguments, as CPython's).
    #[cold]
    pub fn memory_error(&mut self) -> Raised {
        self.raise_with("MemoryError", Vec::new())
    }

    /// Checks that a block of `bytes` may be allocated (see the module comment).
    #[inline]
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if bytes < SMALL {
            return Ok(());
        }
        self.check_alloc_slow(bytes)
    }

    #[cold]
    fn check_alloc_slow(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > isize::MAX as usize || bytes > machine_bytes() {
            return Err(self.memory_error());
        }
        if let Some(cap) = limit() {
            if used().saturating_add(bytes) > cap && self.native_untouched() {
                // The running native holds only its (rooted) arguments: garbage may go first.
                self.collect_garbage();
            }
            if used().saturating_add(bytes) > cap {
                return Err(self.memory_error());
            }
        }
        if !can_allocate(bytes) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// `check_alloc` for `count` items of `size` bytes (an overflowing product is a
    /// MemoryError, as CPython's allocators answer).
    #[inline]
    pub fn check_alloc_n(&mut self, count: usize, size: usize) -> PyResult<()> {
        match count.checked_mul(size) {
            Some(b) => self.check_alloc(b),
            None => Err(self.memory_error()),
        }
    }

    /// An empty vector with room for `n` items, or MemoryError.
    pub fn try_vec<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        self.try_reserve(&mut v, n)?;
        Ok(v)
    }

    /// Reserves room for `more` items in `v`, or MemoryError.
    #[inline]
    pub fn try_reserve<T>(&mut self, v: &mut Vec<T>, more: usize) -> PyResult<()> {
        self.check_alloc_n(
            v.len().saturating_add(more),
            std::mem::size_of::<T>().max(1),
        )?;
        v.try_reserve_exact(more).map_err(|_| self.memory_error())
    }

    /// An empty string with room for `bytes` bytes, or MemoryError.
    pub fn try_string(&mut self, bytes: usize) -> PyResult<String> {
        self.check_alloc(bytes)?;
        let mut s = String::new();
        s.try_reserve_exact(bytes)
            .map_err(|_| self.memory_error())?;
        Ok(s)
    }

    /// `s` repeated `n` times, checked (`'ab' * n`, padding).
    pub fn try_repeat_str(&mut self, s: &str, n: usize) -> PyResult<String> {
        let total = s.len().checked_mul(n).ok_or_else(|| self.memory_error())?;
        let mut out = self.try_string(total)?;
        if total != 0 {
            out.push_str(s);
            // Doubling copies, as `str::repeat` does.
            while out.len() * 2 <= total {
                out.extend_from_within(..);
            }
            let rest = total - out.len();
            out.extend_from_within(..rest);
        }
        Ok(out)
    }

    /// `items` repeated `n` times, checked (`[0] * n`, `b'x' * n`).
    pub fn try_repeat<T: Copy>(&mut self, items: &[T], n: usize) -> PyResult<Vec<T>> {
        let total = items
            .len()
            .checked_mul(n)
            .ok_or_else(|| self.memory_error())?;
        let mut out = self.try_vec(total)?;
        if total != 0 {
            out.extend_from_slice(items);
            // Doubling copies, as `slice::repeat` does.
            while out.len() * 2 <= total {
                out.extend_from_within(..);
            }
            let rest = total - out.len();
            out.extend_from_within(..rest);
        }
        Ok(out)
    }

    /// What a safepoint does when the allocator flagged the count: collect, then raise
    /// MemoryError if the cap is still exceeded (see the module comment).
    #[cold]
    pub fn memory_tripped(&mut self) -> PyResult<()> {
        TRIPPED.store(false, Relaxed);
        let Some(cap) = limit() else { return Ok(()) };
        if self.gc_inhibit == 0 {
            self.collect_garbage();
        }
        let now = used();
        if now > cap {
            // Look again at the next block made while still above the cap.
            WATERMARK.store(cap, Relaxed);
            return Err(self.memory_error());
        }
        WATERMARK.store(now + (cap - now) / 2, Relaxed);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_suffixes() {
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }
}
