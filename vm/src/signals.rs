//! Asynchronous events: OS signals, the wall-clock timeout and the instruction budget.
//!
//! A signal handler may only touch atomics, so the C-level handler records the signal in
//! `TRIPPED` and sets `PENDING`; the interpreter looks at `PENDING` (one relaxed load) at its
//! safepoints (backward jumps, loop iterations, calls: `Vm::safepoint`) and only then, on
//! the cold path, runs the Python handlers (`signal.signal`) or raises KeyboardInterrupt,
//! between two instructions of the main thread, as CPython does. An exception a handler
//! raises propagates from the interrupted instruction.
//!
//! The run-time limits for untrusted code use the same flag: `-X timeout=S` starts a timer
//! thread that sets `TIMED_OUT` and `PENDING`; `-X max_instructions=N` runs the counting loop
//! of `limits.rs`. Either raises `RuntimeError` and stays tripped (every later safepoint
//! raises again), so a program cannot catch its way past the limit.

use crate::heap::Gc;
use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

/// Signal numbers run from 1 to `NSIG - 1` (Linux: 64 with the real-time ones).
pub const NSIG: usize = 65;

/// Something needs the cold path at the next safepoint.
static PENDING: AtomicBool = AtomicBool::new(false);
/// Signals received and not yet handled, by number.
static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// The `-X timeout` has expired (sticky).
static TIMED_OUT: AtomicBool = AtomicBool::new(false);
/// The `-X timeout` in milliseconds (0: none), for the message.
static TIMEOUT_MS: AtomicU64 = AtomicU64::new(0);

/// Whether the cold path must run at this safepoint.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Relaxed)
}

/// The C-level handler of every signal with a Python-visible handler.
extern "C" fn on_signal(sig: libc::c_int) {
    if let Some(t) = TRIPPED.get(sig as usize) {
        t.store(true, Relaxed);
        PENDING.store(true, Relaxed);
    }
}

/// How the process currently disposes of a signal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Recorded for the interpreter (`on_signal`).
    Handled,
    /// Someone else's handler.
    Other,
}

/// The process's current disposition of `sig` (None for a number the OS refuses).
pub fn disposition(sig: i32) -> Option<Disposition> {
    // SAFETY: a zeroed sigaction is a valid out-parameter; a null new action only queries.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) } != 0 {
        return None;
    }
    Some(match old.sa_sigaction {
        libc::SIG_DFL => Disposition::Default,
        libc::SIG_IGN => Disposition::Ignore,
        h if h == on_signal as *const () as usize => Disposition::Handled,
        _ => Disposition::Other,
    })
}

/// Sets the process's disposition of `sig`; an OS error as `std::io::Error`.
pub fn set_disposition(sig: i32, d: Disposition) -> std::io::Result<()> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Handled | Disposition::Other => on_signal as *const () as usize,
    };
    // SAFETY: the action is fully initialised below; `on_signal` only stores to atomics,
    // which is async-signal-safe. No SA_RESTART: blocking calls return EINTR, so they can
    // check for signals (`Vm::check_signals`) instead of sleeping through them.
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    act.sa_sigaction = handler;
    // SAFETY: `sa_mask` is a valid sigset_t inside `act`.
    unsafe { libc::sigemptyset(&mut act.sa_mask) };
    // SAFETY: `act` is a valid action; the old one is not wanted.
    if unsafe { libc::sigaction(sig, &act, std::ptr::null_mut()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    if d == Disposition::Default || d == Disposition::Ignore {
        if let Some(t) = TRIPPED.get(sig as usize) {
            t.store(false, Relaxed);
        }
    }
    Ok(())
}

/// As CPython at start-up: SIGINT raises KeyboardInterrupt, unless the parent made the
/// process ignore it (a background job of a shell).
pub fn install_default_sigint() {
    if disposition(libc::SIGINT) == Some(Disposition::Default) {
        let _ = set_disposition(libc::SIGINT, Disposition::Handled);
    }
}

/// Whether `sig` arrived and was not yet handled (and forgets it).
pub fn take_tripped(sig: usize) -> bool {
    TRIPPED.get(sig).is_some_and(|t| t.swap(false, Relaxed))
}

/// Starts the `-X timeout` clock: after `secs`, every safepoint raises.
pub fn start_timeout(secs: f64) {
    TIMEOUT_MS.store((secs * 1000.0) as u64, Relaxed);
    let d = std::time::Duration::from_secs_f64(secs.max(0.0));
    let _ = std::thread::Builder::new()
        .name("kestrel-timeout".into())
        .stack_size(16 * 1024)
        .spawn(move || {
            std::thread::sleep(d);
            TIMED_OUT.store(true, Relaxed);
            PENDING.store(true, Relaxed);
        });
}

/// A run-time limit tripped: make every later safepoint take the cold path.
pub(crate) fn note_limit_tripped() {
    PENDING.store(true, Relaxed);
}

/// Whether a run-time limit stopped the program (nothing more of it should run).
pub fn limit_tripped() -> bool {
    TIMED_OUT.load(Relaxed) || crate::limits::budget_exhausted()
}

/// Formats a number of seconds as the command line gave it (`2`, `0.5`).
fn secs_text(ms: u64) -> String {
    if ms.is_multiple_of(1000) {
        format!("{}", ms / 1000)
    } else {
        format!("{}", ms as f64 / 1000.0)
    }
}

impl Vm {
    /// The cold half of a safepoint: runs the handlers of the signals that arrived (or
    /// raises KeyboardInterrupt for SIGINT without one) and enforces the timeout.
    #[cold]
    #[inline(never)]
    pub fn check_signals(&mut self) -> PyResult<()> {
        if !PENDING.swap(false, Relaxed) {
            return Ok(());
        }
        if crate::limits::budget_exhausted() {
            PENDING.store(true, Relaxed);
            return Err(crate::limits::raise_exhausted(self));
        }
        if TIMED_OUT.load(Relaxed) {
            PENDING.store(true, Relaxed);
            let msg = format!(
                "time limit exceeded (-X timeout={})",
                secs_text(TIMEOUT_MS.load(Relaxed))
            );
            return Err(self.raise_msg("RuntimeError", msg));
        }
        for sig in 1..NSIG {
            if !take_tripped(sig) {
                continue;
            }
            if let Err(e) = self.run_signal_handler(sig) {
                // The others wait for the next safepoint.
                if TRIPPED.iter().any(|t| t.load(Relaxed)) {
                    PENDING.store(true, Relaxed);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Runs the Python handler of `sig`; without one (SIGINT before `signal` is imported)
    /// raises KeyboardInterrupt.
    fn run_signal_handler(&mut self, sig: usize) -> PyResult<()> {
        let handler = self.signal_handler(sig);
        match handler {
            Some(h) if !matches!(h, Value::Int(_) | Value::None) => {
                let frame = self.current_frame_object();
                self.call_value(h, &[Value::Int(sig as i64), frame], &[])?;
                Ok(())
            }
            Some(_) => Ok(()),
            None if sig == libc::SIGINT as usize => {
                let cls = self.exc_class("KeyboardInterrupt");
                let e = self.new_exception(cls, Vec::new());
                Err(self.raise(e))
            }
            None => Ok(()),
        }
    }

    /// The handler `signal.signal` installed for `sig`, if any.
    pub fn signal_handler(&self, sig: usize) -> Option<Value> {
        let table = self.signal_handlers?;
        match table.obj() {
            crate::object::Obj::List(l) => l.borrow().get(sig).copied().filter(|v| !v.is_none()),
            _ => None,
        }
    }

    /// The table of Python-level handlers (a list indexed by signal number), made once.
    pub fn signal_table(&mut self) -> Gc {
        if let Some(t) = self.signal_handlers {
            return t;
        }
        let l = self.new_list(vec![Value::None; NSIG]);
        let Value::Obj(g) = l else {
            unreachable!("a list is an object")
        };
        self.signal_handlers = Some(g);
        g
    }

    /// The interrupted frame as a frame object for a handler's second argument (None when
    /// frame objects cannot be made).
    fn current_frame_object(&mut self) -> Value {
        let r = self
            .import_stmt("_tbtypes")
            .and_then(|m| self.getattr_str(m, "getframe"))
            .and_then(|f| self.call_value(f, &[Value::Int(0)], &[]));
        match r {
            Ok(v) => v,
            Err(_) => {
                self.raised = Value::Empty;
                Value::None
            }
        }
    }
}

/// Sleeps for `secs`, running signal handlers (and enforcing the timeout) as they come: the
/// sleep goes by short slices, so neither waits for the whole sleep to end.
pub fn sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    const SLICE: std::time::Duration = std::time::Duration::from_millis(20);
    let start = std::time::Instant::now();
    let total = std::time::Duration::from_secs_f64(secs.clamp(0.0, 1e9));
    loop {
        if pending() {
            vm.check_signals()?;
        }
        let done = start.elapsed();
        if done >= total {
            return Ok(());
        }
        std::thread::sleep((total - done).min(SLICE));
    }
}

/// Reads a line from standard input (through Rust's buffered stdin), running signal handlers
/// when a signal interrupts the read. None at end of file.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
    use std::io::BufRead;
    let mut line = Vec::new();
    loop {
        let mut stdin = std::io::stdin().lock();
        let buf = match stdin.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                drop(stdin);
                vm.check_signals()?;
                continue;
            }
            Err(e) => {
                drop(stdin);
                return Err(vm.raise_msg("OSError", e.to_string()));
            }
        };
        if buf.is_empty() {
            return Ok((!line.is_empty()).then_some(line));
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                line.extend_from_slice(&buf[..=i]);
                stdin.consume(i + 1);
                return Ok(Some(line));
            }
            None => {
                let n = buf.len();
                line.extend_from_slice(buf);
                stdin.consume(n);
            }
        }
    }
}
