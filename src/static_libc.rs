//! Start-up work of the static C runtime that Kestrel never uses, replaced by nothing.
//!
//! A static glibc executable asks for its own path at start-up (`readlink("/proc/self/exe")`,
//! for `$ORIGIN` in libraries `dlopen` might load). Kestrel loads no shared libraries, and on
//! a new process that lookup is one of the costliest steps of starting: about 5% of
//! `kestrel -c pass`. Defining the function here keeps the linker from taking glibc's from
//! `libc.a`; "unknown" (-1) is the answer glibc itself gives when the link cannot be read.
//! In a dynamic build the loader uses its own copy and this one is never called.

use std::ffi::c_char;

/// glibc's internal "directory of the main program", asked for once at start-up.
#[no_mangle]
pub extern "C" fn _dl_get_origin() -> *const c_char {
    usize::MAX as *const c_char
}
