//! The register stack's storage: one fixed anonymous mapping that never moves, so the
//! interpreter may keep raw pointers into it across calls that push frames.
//!
//! The mapping is reserved (not committed) up front, and pages are backed as frames first
//! touch them. Mapping it directly costs one system call; through the allocator's huge-block
//! path it cost ~11 us of start-up (extra mappings and a segment header it writes).

use crate::Value;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

pub struct RegStack {
    ptr: NonNull<Value>,
    len: usize,
    cap: usize,
}

impl RegStack {
    /// Room for `cap` values, none in use.
    pub fn with_capacity(cap: usize) -> RegStack {
        let bytes = cap * std::mem::size_of::<Value>();
        // SAFETY: a fresh private anonymous mapping; nothing else refers to it.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        let ptr = if p == libc::MAP_FAILED {
            // No mapping: take the memory from the allocator instead (kept for good).
            let mut v = std::mem::ManuallyDrop::new(Vec::<Value>::with_capacity(cap));
            NonNull::new(v.as_mut_ptr()).expect("Vec pointer is never null")
        } else {
            NonNull::new(p as *mut Value).expect("mmap success is never null")
        };
        RegStack { ptr, len: 0, cap }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    #[inline]
    pub fn as_ptr(&self) -> *const Value {
        self.ptr.as_ptr()
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut Value {
        self.ptr.as_ptr()
    }

    /// # Safety
    /// `len <= capacity`, and every slot below `len` has been written.
    #[inline]
    pub unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

impl Deref for RegStack {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` slots are initialized (see `set_len`).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for RegStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as for `deref`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}
