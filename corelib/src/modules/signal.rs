//! `_signal`: the native half of `signal` (`corelib/lib/signal.py` adds the `Signals` and
//! `Handlers` enums). Python handlers are kept in the VM's handler table and run at the
//! interpreter's safepoints (`kestrel_vm::signals`); this module sets the process's
//! dispositions and answers questions about them.

use super::io::os_error;
use crate::args::*;
use kestrel_vm::signals::{self, Disposition, NSIG};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_signal", module);
}

/// The signals with names, canonical names before their aliases (so the enum made from them
/// names each number by its canonical name, as CPython does).
const NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
    ("SIGIOT", libc::SIGIOT),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGPOLL", libc::SIGPOLL),
];

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("pause", pause),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("default_int_handler", default_int_handler),
            ("setitimer", setitimer),
            ("getitimer", getitimer),
        ],
    );
    let d = Vm::module_dict(m);
    let set = |vm: &mut Vm, k: &str, v: i64| {
        let k = vm.intern(k);
        vm.dict_set_str(d, k, Value::Int(v));
    };
    for (name, n) in NAMES {
        set(vm, name, *n as i64);
    }
    set(vm, "SIG_DFL", SIG_DFL);
    set(vm, "SIG_IGN", SIG_IGN);
    set(vm, "NSIG", NSIG as i64);
    set(vm, "ITIMER_REAL", libc::ITIMER_REAL as i64);
    set(vm, "ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64);
    set(vm, "ITIMER_PROF", libc::ITIMER_PROF as i64);
    // SIGINT's start-up handler is `default_int_handler` (see `signals::install_default_sigint`).
    let table = vm.signal_table();
    if signals::disposition(libc::SIGINT) == Some(Disposition::Handled) {
        let k = vm.intern("default_int_handler");
        if let Some(h) = vm.dict_get_str(d, k) {
            if let Obj::List(l) = table.obj() {
                let mut l = l.borrow_mut();
                if l[libc::SIGINT as usize].is_none() {
                    l[libc::SIGINT as usize] = h;
                }
            }
        }
    }
    Ok(m)
}

/// A signal number argument, checked to be in range.
fn signum(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = as_int(vm, v, "")?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// `signal(signalnum, handler)`: installs `handler` (SIG_DFL, SIG_IGN or a callable) and
/// returns the previous one.
fn signal(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "signal", args, 2, 2)?;
    let sig = signum(vm, args[0])?;
    let handler = args[1];
    let disp = match handler {
        Value::Int(SIG_DFL) => Disposition::Default,
        Value::Int(SIG_IGN) => Disposition::Ignore,
        h if is_callable(vm, h) => Disposition::Handled,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    let old = current(vm, sig);
    if let Err(e) = signals::set_disposition(sig, disp) {
        return Err(os_error(vm, &e, None));
    }
    let table = vm.signal_table();
    if let Obj::List(l) = table.obj() {
        l.borrow_mut()[sig as usize] = handler;
    }
    Ok(old)
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    matches!(
        crate::builtins::callable(vm, &[v], &[]),
        Ok(Value::Bool(true))
    )
}

/// The handler of `sig` as `getsignal` reports it: the one Python installed, else the
/// process's disposition (None for a handler not installed from Python).
fn current(vm: &mut Vm, sig: i32) -> Value {
    if let Some(h) = vm.signal_handler(sig as usize) {
        return h;
    }
    match signals::disposition(sig) {
        Some(Disposition::Default) => Value::Int(SIG_DFL),
        Some(Disposition::Ignore) => Value::Int(SIG_IGN),
        _ => Value::None,
    }
}

fn getsignal(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getsignal", args, 1, 1)?;
    let sig = signum(vm, args[0])?;
    Ok(current(vm, sig))
}

/// `raise_signal(signalnum)`: sends the signal to the process; its handler runs before
/// this returns.
fn raise_signal(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "raise_signal", args, 1, 1)?;
    // Out-of-range numbers are the C library's to refuse (OSError), as in CPython.
    let n = as_int(vm, args[0], "")?;
    let sig = i32::try_from(n).unwrap_or(-1);
    vm.out.flush();
    // SAFETY: `raise` has no memory-safety preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "alarm", args, 1, 1)?;
    let secs = as_int(vm, args[0], "")?;
    let Ok(secs) = u32::try_from(secs) else {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C long"));
    };
    // SAFETY: `alarm` has no memory-safety preconditions.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

/// `pause()`: waits for a signal, then runs its handler.
fn pause(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "pause", args, 0, 0)?;
    vm.out.flush();
    // SAFETY: `pause` has no memory-safety preconditions; it returns on any handled signal.
    unsafe { libc::pause() };
    vm.check_signals()?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "strsignal", args, 1, 1)?;
    let sig = signum(vm, args[0])?;
    // SAFETY: `strsignal` returns null or a NUL-terminated string valid until the next call;
    // it is copied at once.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: as above.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(vm.new_string(s))
}

/// `valid_signals()`: the numbers the OS accepts (glibc reserves two real-time signals).
fn valid_signals(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "valid_signals", args, 0, 0)?;
    let s = vm.new_set(false);
    for sig in 1..NSIG as i32 {
        if signals::disposition(sig).is_some() {
            vm.set_add(s, Value::Int(sig as i64))?;
        }
    }
    Ok(s)
}

/// `default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let cls = vm.exc_class("KeyboardInterrupt");
    let e = vm.new_exception(cls, Vec::new());
    Err(vm.raise(e))
}

fn timer_which(vm: &mut Vm, v: Value) -> PyResult<libc::c_int> {
    let w = as_int(vm, v, "")?;
    if !(0..=2).contains(&w) {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_error(vm, &e, None));
    }
    Ok(w as libc::c_int)
}

fn timeval(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    // A positive delay shorter than a microsecond would disarm the timer.
    if whole == 0.0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: whole as libc::time_t,
        tv_usec: usec,
    }
}

fn timer_tuple(vm: &mut Vm, t: &libc::itimerval) -> Value {
    let secs = |tv: &libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6;
    vm.new_tuple(vec![
        Value::Float(secs(&t.it_value)),
        Value::Float(secs(&t.it_interval)),
    ])
}

/// `setitimer(which, seconds, interval=0.0)`: the previous (delay, interval).
fn setitimer(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setitimer", args, 2, 3)?;
    let which = timer_which(vm, args[0])?;
    let delay = crate::builtins::to_f64(vm, args[1])?;
    let interval = match args.get(2) {
        Some(v) => crate::builtins::to_f64(vm, *v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval(delay),
        it_interval: timeval(interval),
    };
    // SAFETY: a zeroed itimerval is a valid out-parameter.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to valid itimervals.
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    Ok(timer_tuple(vm, &old))
}

fn getitimer(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getitimer", args, 1, 1)?;
    let which = timer_which(vm, args[0])?;
    // SAFETY: a zeroed itimerval is a valid out-parameter.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is to a valid itimerval.
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    Ok(timer_tuple(vm, &cur))
}
