//! The native recursion guard (CPython's `Py_EnterRecursiveCall`).
//!
//! Python-to-Python calls do not recurse on the Rust stack, but natives that walk nested
//! values do: comparing, hashing or printing `[[[...]]]` recurses once per level. Each level
//! counts against the recursion limit together with the Python frames, as in CPython, so
//! `repr` of a list nested 100,000 deep is a RecursionError with CPython's message. The count
//! alone cannot protect a small native stack (a thread's, or a raised recursion limit), so
//! the guard also raises when the stack pointer comes within `RED_ZONE` of the stack's end.

use crate::object::PyResult;
use crate::Vm;
use std::cell::Cell;

/// Room kept free below the deepest guarded native: enough for a native's own frames and
/// for raising the error.
const RED_ZONE: usize = 256 << 10;

thread_local! {
    /// Native recursion levels entered and not yet left (this thread's VM).
    static LEVELS: Cell<usize> = const { Cell::new(0) };
    /// This thread's stack: its lowest address and the red zone above it (size 0: not known
    /// yet).
    static STACK: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// Declares the running thread's stack as `[low, low + size)` (the interpreter's own stack,
/// which the system does not know about).
pub fn set_stack(low: usize, size: usize) {
    STACK.with(|s| s.set((low, RED_ZONE.min(size / 4))));
}

/// The current stack pointer, near enough: the address of a local.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// This thread's stack bounds (asked of the system the first time).
fn stack_bounds() -> (usize, usize) {
    let b = STACK.with(|s| s.get());
    if b.1 != 0 {
        return b;
    }
    let b = system_stack().unwrap_or((0, 1));
    STACK.with(|s| s.set(b));
    b
}

/// The current thread's stack as the system reports it: (lowest address, red zone).
fn system_stack() -> Option<(usize, usize)> {
    // SAFETY: `pthread_getattr_np` fills the attribute object it is given, which is then read
    // and destroyed; nothing else refers to it.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || addr.is_null() || size == 0 {
            return None;
        }
        Some((addr as usize, RED_ZONE.min(size / 4)))
    }
}

/// Whether the native stack is nearly exhausted: the stack pointer is in the red zone at the
/// stack's low end. (A stack pointer outside the known stack, e.g. on a stack switched to
/// without `set_stack`, never counts as low.)
#[inline]
pub fn stack_low() -> bool {
    let (low, red) = stack_bounds();
    stack_pointer().wrapping_sub(low) < red
}

impl Vm {
    /// Enters one level of native recursion; `what` completes CPython's message
    /// ("maximum recursion depth exceeded{what}"). Pair with `leave_native`.
    #[inline]
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        let levels = LEVELS.with(|l| {
            let n = l.get() + 1;
            l.set(n);
            n
        });
        if levels + self.frames.len() > self.recursion_limit || stack_low() {
            LEVELS.with(|l| l.set(l.get() - 1));
            return Err(self.recursion_error(what));
        }
        Ok(())
    }

    /// Leaves a level entered with `enter_native`.
    #[inline]
    pub fn leave_native(&mut self) {
        LEVELS.with(|l| l.set(l.get().saturating_sub(1)));
    }

    /// Runs `f` one native recursion level deeper (see `enter_native`).
    #[inline]
    pub fn with_native_level<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_native(what)?;
        let r = f(self);
        self.leave_native();
        r
    }

    /// A RecursionError if the native stack is nearly exhausted (for natives that recurse
    /// without counting against the limit, as CPython's tuple hash does).
    #[inline]
    pub fn check_stack(&mut self, what: &str) -> PyResult<()> {
        if stack_low() {
            return Err(self.recursion_error(what));
        }
        Ok(())
    }

    #[cold]
    fn recursion_error(&mut self, what: &str) -> crate::object::Raised {
        self.raise_msg(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )
    }
}
