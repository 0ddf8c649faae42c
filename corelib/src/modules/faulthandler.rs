//! `_kestrel_faulthandler`: the fatal-signal half of `faulthandler` (`corelib/lib/faulthandler.py`
//! has the rest). `enable(fd)` installs handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and
//! SIGILL that write "Fatal Python error: <signal>" to the descriptor, put the previous
//! handlers back and raise the signal again, so the process dies as it would have (with a
//! core dump or the previous handler's report). The handler only calls `write`, `sigaction`
//! and `raise`, all async-signal-safe; it does not print the Python stack, which Kestrel
//! cannot read safely from inside a signal handler (it says so in one line instead).

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_faulthandler", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_faulthandler",
        &[
            ("enable", enable),
            ("disable", disable),
            ("is_enabled", is_enabled),
            ("_sigsegv", sigsegv),
            ("_sigabrt", sigabrt),
            ("_sigfpe", sigfpe),
        ],
    ))
}

/// The fatal signals and CPython's words for them.
const FATAL: [(i32, &str); 5] = [
    (libc::SIGBUS, "Bus error"),
    (libc::SIGILL, "Illegal instruction"),
    (libc::SIGFPE, "Floating point exception"),
    (libc::SIGABRT, "Aborted"),
    (libc::SIGSEGV, "Segmentation fault"),
];

static ENABLED: AtomicBool = AtomicBool::new(false);
static FD: AtomicI32 = AtomicI32::new(2);

/// The handlers that were in place before `enable`.
struct Saved(UnsafeCell<[libc::sigaction; 5]>);

// SAFETY: the array is written only by `enable` before its handlers are installed and read by
// `disable` (after which no handler of ours runs) and by the handler; the interpreter calls
// `enable`/`disable` from one thread.
unsafe impl Sync for Saved {}

// SAFETY: `sigaction` is plain data; all zeroes is a valid (SIG_DFL) value.
static SAVED: Saved = Saved(UnsafeCell::new(unsafe { std::mem::zeroed() }));

fn write_fd(fd: i32, bytes: &[u8]) {
    // SAFETY: `write` reads `bytes.len()` bytes from a live slice; a bad descriptor only fails.
    unsafe {
        libc::write(fd, bytes.as_ptr().cast(), bytes.len());
    }
}

extern "C" fn on_fatal(signum: libc::c_int) {
    let fd = FD.load(Ordering::Relaxed);
    let Some(i) = FATAL.iter().position(|&(s, _)| s == signum) else {
        return;
    };
    if ENABLED.swap(false, Ordering::SeqCst) {
        write_fd(fd, b"Fatal Python error: ");
        write_fd(fd, FATAL[i].1.as_bytes());
        write_fd(
            fd,
            b"\n\n(Kestrel does not read the Python stack from a signal handler)\n",
        );
    }
    restore_all();
    // SAFETY: re-raising the signal with the previous disposition back in place.
    unsafe {
        libc::raise(signum);
    }
}

/// Put the saved handlers back.
fn restore_all() {
    let saved = SAVED.0.get();
    for (i, &(signum, _)) in FATAL.iter().enumerate() {
        // SAFETY: `saved` points to the static array; entry `i` was filled by `enable`.
        unsafe {
            libc::sigaction(signum, &(*saved)[i], std::ptr::null_mut());
        }
    }
}

/// enable(fd): install the handlers (once), writing to `fd`.
fn enable(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "enable", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")?;
    let Ok(fd) = i32::try_from(fd) else {
        return Err(vm.value_error("file is not a valid file descripter"));
    };
    FD.store(fd, Ordering::SeqCst);
    if ENABLED.load(Ordering::SeqCst) {
        return Ok(Value::None);
    }
    let saved = SAVED.0.get();
    for (i, &(signum, _)) in FATAL.iter().enumerate() {
        // SAFETY: a zeroed `sigaction` is valid; we fill the fields sigaction(2) reads and
        // keep the old action in the static array (no handler of ours is installed yet).
        unsafe {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = on_fatal as extern "C" fn(libc::c_int) as usize;
            libc::sigemptyset(&mut act.sa_mask);
            act.sa_flags = libc::SA_NODEFER | libc::SA_ONSTACK;
            libc::sigaction(signum, &act, &mut (*saved)[i]);
        }
    }
    ENABLED.store(true, Ordering::SeqCst);
    Ok(Value::None)
}

/// disable() -> whether the handlers were installed (they are removed).
fn disable(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "disable", args, 0, 0)?;
    if !ENABLED.swap(false, Ordering::SeqCst) {
        return Ok(Value::Bool(false));
    }
    restore_all();
    Ok(Value::Bool(true))
}

fn is_enabled(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "is_enabled", args, 0, 0)?;
    Ok(Value::Bool(ENABLED.load(Ordering::SeqCst)))
}

fn raise_now(signum: i32) -> PyResult<Value> {
    // SAFETY: raising a signal at ourselves; what happens next is the installed disposition.
    unsafe {
        libc::raise(signum);
    }
    Ok(Value::None)
}

/// _sigsegv(): raise SIGSEGV (for testing the handler, as CPython's helper does).
fn sigsegv(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    raise_now(libc::SIGSEGV)
}

fn sigabrt(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    raise_now(libc::SIGABRT)
}

fn sigfpe(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    raise_now(libc::SIGFPE)
}
