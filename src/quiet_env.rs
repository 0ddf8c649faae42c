//! Lets mimalloc initialize without scanning the environment when there is nothing for it.
//!
//! mimalloc reads each of its ~50 options at initialization by walking the whole environment
//! with a case-insensitive compare per variable: about 150k instructions, more than all that
//! `kestrel -c pass` executes. When no `MIMALLOC_*` variable is set, the answer is "defaults"
//! for every option anyway, so `hidden` runs its initialization with the environment hidden.

use std::ffi::c_char;
use std::ptr::null_mut;

extern "C" {
    /// The C runtime's environment: a NULL-terminated array of `NAME=value` strings.
    static mut environ: *mut *mut c_char;
}

/// What `environ` points at while hidden: no variables.
struct EmptyEnv([*mut c_char; 1]);
// SAFETY: the array holds one null pointer and is never written.
unsafe impl Sync for EmptyEnv {}
static EMPTY: EmptyEnv = EmptyEnv([null_mut()]);

/// Runs `f` with an empty environment unless some variable starts with `MIMALLOC_`.
///
/// Called once, from the allocator, while the interpreter's thread is the only one that reads
/// the environment (the only other thread Kestrel starts, the `-X timeout` timer, never does).
pub fn hidden(f: impl FnOnce()) {
    // SAFETY: `environ` is null or a NULL-terminated array of C strings, and nothing else
    // reads or writes it while `f` runs (see above); it is put back before returning.
    unsafe {
        let env = environ;
        let mut p = env;
        while !p.is_null() && !(*p).is_null() {
            if std::ffi::CStr::from_ptr(*p)
                .to_bytes()
                .get(..9)
                .is_some_and(|s| s.eq_ignore_ascii_case(b"MIMALLOC_"))
            {
                f();
                return;
            }
            p = p.add(1);
        }
        environ = EMPTY.0.as_ptr() as *mut *mut c_char;
        f();
        environ = env;
    }
}
