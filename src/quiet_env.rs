//! Lets mimalloc initialize without scanning the environment when there is nothing for it.
//!
//! mimalloc reads each of its ~50 options at process start by walking the whole environment
//! with a case-insensitive compare per variable: about 150k instructions, a fifth of all
//! that `kestrel -c pass` executed. When no `MIMALLOC_*` variable is set, the answer is
//! "defaults" for every option anyway, so this hides the environment from the constructor
//! that initializes mimalloc and puts it back first thing in `main`.
//!
//! Order: `.init_array.NNNNN` entries run before the plain `.init_array` ones, where
//! mimalloc's constructor is. If the linker ever ordered them differently the hiding would
//! simply come too late and cost nothing but the scan it meant to save.

use std::ffi::c_char;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering};

extern "C" {
    /// The C runtime's environment: a NULL-terminated array of `NAME=value` strings.
    static mut environ: *mut *mut c_char;
}

/// The real environment while it is hidden; null otherwise.
static HIDDEN: AtomicPtr<*mut c_char> = AtomicPtr::new(null_mut());

/// What `environ` points at while hidden: no variables.
struct EmptyEnv([*mut c_char; 1]);
// SAFETY: the array holds one null pointer and is never written.
unsafe impl Sync for EmptyEnv {}
static EMPTY: EmptyEnv = EmptyEnv([null_mut()]);

// Not in the unit-test binary, whose `main` (the harness's) would never put it back.
#[cfg(not(test))]
#[used]
#[link_section = ".init_array.00100"]
static HIDE_BEFORE_MIMALLOC: extern "C" fn() = hide;

extern "C" fn hide() {
    // SAFETY: constructors run on the only thread, before any code that could read or set
    // the environment concurrently; `environ` is null or a NULL-terminated array.
    unsafe {
        let env = environ;
        if env.is_null() {
            return;
        }
        let mut p = env;
        while !(*p).is_null() {
            if std::ffi::CStr::from_ptr(*p)
                .to_bytes()
                .get(..9)
                .is_some_and(|s| s.eq_ignore_ascii_case(b"MIMALLOC_"))
            {
                return;
            }
            p = p.add(1);
        }
        HIDDEN.store(env, Ordering::Relaxed);
        environ = EMPTY.0.as_ptr() as *mut *mut c_char;
    }
}

/// Puts the environment back; call before anything else in `main`.
pub fn restore() {
    let env = HIDDEN.swap(null_mut(), Ordering::Relaxed);
    if !env.is_null() {
        // SAFETY: still single-threaded (main has just begun); `env` is the array taken away.
        unsafe { environ = env };
    }
}
