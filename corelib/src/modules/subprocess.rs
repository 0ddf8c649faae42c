//! `_kestrel_subprocess`: the native half of `subprocess` (`corelib/lib/subprocess.py`):
//! starting a child with its standard streams set up, waiting for it, and exchanging data
//! with it through pipes without deadlocking.

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// How the Python side names a child stream's destination (CPython's constants).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_subprocess", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_subprocess",
        &[
            ("spawn", spawn),
            ("wait", wait),
            ("communicate", communicate),
            ("close", close_fd),
        ],
    ))
}

/// A string argument (the Python side has already applied `os.fsdecode`).
fn string(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t} ({what})"
            )))
        }
    }
}

/// A descriptor the child gets as one of its standard streams: a duplicate of `fd`, so
/// that the parent's own descriptor stays open.
fn dup_stdio(vm: &mut Vm, fd: i64) -> PyResult<Stdio> {
    // SAFETY: F_GETFD only queries the descriptor table; any int is a valid argument.
    let open =
        fd >= 0 && fd <= i32::MAX as i64 && unsafe { libc::fcntl(fd as i32, libc::F_GETFD) } != -1;
    if !open {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(vm, &e, None));
    }
    // SAFETY: F_DUPFD_CLOEXEC makes a new descriptor (checked open above) that we own.
    let new = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 3) };
    if new < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None));
    }
    // SAFETY: `new` was just created and nothing else owns it.
    Ok(Stdio::from(unsafe { OwnedFd::from_raw_fd(new) }))
}

fn spec_of(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    as_int(vm, v, "").map(Some)
}

/// spawn(args, executable, cwd, env, stdin, stdout, stderr) -> (pid, stdin_fd, stdout_fd,
/// stderr_fd): `env` is None (inherit) or a list of (name, value) pairs; each stream is None
/// (inherit), PIPE, DEVNULL, STDOUT (stderr only) or a descriptor. The parent's ends of the
/// pipes made are returned (None where no pipe was asked for); they are close-on-exec.
fn spawn(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "spawn", args, 7, 7)?;
    super::io::flush_pending_writes(vm)?;
    let argv: Vec<String> = vm
        .collect_iter(args[0])?
        .into_iter()
        .map(|a| string(vm, a, "args"))
        .collect::<PyResult<_>>()?;
    let Some(arg0) = argv.first() else {
        return Err(vm.raise_msg("IndexError", "list index out of range"));
    };
    let program = if args[1].is_none() {
        arg0.clone()
    } else {
        string(vm, args[1], "executable")?
    };
    let mut cmd = Command::new(&program);
    cmd.arg0(arg0).args(&argv[1..]);
    if !args[2].is_none() {
        cmd.current_dir(string(vm, args[2], "cwd")?);
    }
    if !args[3].is_none() {
        cmd.env_clear();
        for pair in vm.collect_iter(args[3])? {
            let kv = vm.collect_iter(pair)?;
            if kv.len() == 2 {
                let k = string(vm, kv[0], "env")?;
                let v = string(vm, kv[1], "env")?;
                if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
                    return Err(vm.value_error("illegal environment variable name"));
                }
                cmd.env(k, v);
            }
        }
    }
    let (si, so, se) = (
        spec_of(vm, args[4])?,
        spec_of(vm, args[5])?,
        spec_of(vm, args[6])?,
    );
    let io = |e: std::io::Error, vm: &mut Vm| os_error(vm, &e, None);
    let mut parent_fds: [Option<OwnedFd>; 3] = [None, None, None];
    match si {
        None => {}
        Some(PIPE) => {
            let (r, w) = std::io::pipe().map_err(|e| io(e, vm))?;
            cmd.stdin(Stdio::from(r));
            parent_fds[0] = Some(w.into());
        }
        Some(DEVNULL) => {
            cmd.stdin(Stdio::null());
        }
        Some(fd) => {
            cmd.stdin(dup_stdio(vm, fd)?);
        }
    }
    // The child's stdout, kept so that `stderr=STDOUT` can share it.
    let mut out_writer: Option<std::io::PipeWriter> = None;
    match so {
        None => {}
        Some(PIPE) => {
            let (r, w) = std::io::pipe().map_err(|e| io(e, vm))?;
            cmd.stdout(Stdio::from(w.try_clone().map_err(|e| io(e, vm))?));
            out_writer = Some(w);
            parent_fds[1] = Some(r.into());
        }
        Some(DEVNULL) => {
            cmd.stdout(Stdio::null());
        }
        Some(fd) => {
            cmd.stdout(dup_stdio(vm, fd)?);
        }
    }
    match se {
        None => {}
        Some(PIPE) => {
            let (r, w) = std::io::pipe().map_err(|e| io(e, vm))?;
            cmd.stderr(Stdio::from(w));
            parent_fds[2] = Some(r.into());
        }
        Some(DEVNULL) => {
            cmd.stderr(Stdio::null());
        }
        Some(STDOUT) => match (so, &out_writer) {
            (_, Some(w)) => {
                cmd.stderr(Stdio::from(w.try_clone().map_err(|e| io(e, vm))?));
            }
            (Some(DEVNULL), _) => {
                cmd.stderr(Stdio::null());
            }
            (Some(fd), _) => {
                cmd.stderr(dup_stdio(vm, fd)?);
            }
            (None, _) => {
                cmd.stderr(dup_stdio(vm, 1)?);
            }
        },
        Some(fd) => {
            cmd.stderr(dup_stdio(vm, fd)?);
        }
    }
    // Output printed before the child starts comes before the child's on a shared stream.
    vm.out.flush();
    let child = cmd.spawn();
    // The child's ends must be closed here, or reading the pipes would never see EOF.
    drop(cmd);
    drop(out_writer);
    let child = match child {
        Ok(c) => c,
        Err(e) => {
            let shown = vm.new_string(if args[1].is_none() {
                arg0.clone()
            } else {
                program
            });
            return Err(os_error(vm, &e, Some(shown)));
        }
    };
    let pid = child.id() as i64;
    // The Python side waits with waitpid(2); dropping `Child` neither waits nor kills.
    drop(child);
    let mut vals = vec![Value::Int(pid)];
    for fd in parent_fds {
        vals.push(match fd {
            Some(fd) => Value::Int(fd.into_raw_fd() as i64),
            None => Value::None,
        });
    }
    Ok(vm.new_tuple(vals))
}

/// A wait status as a return code: the exit status, or minus the signal that ended it.
fn returncode(status: libc::c_int) -> i64 {
    if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else {
        libc::WEXITSTATUS(status) as i64
    }
}

/// wait(pid, block) -> the return code, or None when `block` is false and the child is
/// still running.
fn wait(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "wait", args, 2, 2)?;
    let pid = as_int(vm, args[0], "")? as libc::pid_t;
    let flags = if vm.truthy(args[1])? {
        0
    } else {
        libc::WNOHANG
    };
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: waitpid writes only the status int we pass; any pid is a valid argument.
        let r = unsafe { libc::waitpid(pid, &mut status, flags) };
        if r == pid {
            return Ok(Value::Int(returncode(status)));
        }
        if r == 0 {
            return Ok(Value::None);
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error(vm, &e, None));
        }
    }
}

fn close_fd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")?;
    if fd >= 0 && fd <= i32::MAX as i64 {
        // SAFETY: closing a descriptor the Python side owns and no longer uses.
        unsafe { libc::close(fd as i32) };
    }
    Ok(Value::None)
}

fn opt_fd(vm: &mut Vm, v: Value) -> PyResult<Option<RawFd>> {
    Ok(match spec_of(vm, v)? {
        Some(fd) if fd >= 0 && fd <= i32::MAX as i64 => Some(fd as RawFd),
        _ => None,
    })
}

/// Borrows a descriptor as a `File` without taking ownership of it.
fn with_file<T>(fd: RawFd, f: impl FnOnce(&mut std::fs::File) -> T) -> T {
    // SAFETY: the descriptor stays owned by the Python side; `into_raw_fd` gives it back
    // before the `File` could close it.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let r = f(&mut file);
    let _ = file.into_raw_fd();
    r
}

/// communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout) -> (out, err, written,
/// out_eof, err_eof): writes `input` to the child's stdin while reading its stdout and
/// stderr, until all is done or `timeout` seconds have passed (None: no limit). `written`
/// counts the input bytes sent (the rest is for a later call); a broken pipe ends the input.
/// Returns as soon as the input is all written, for the caller to close stdin.
fn communicate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "communicate", args, 5, 5)?;
    let mut in_fd = opt_fd(vm, args[0])?;
    let input: Vec<u8> = match args[1] {
        Value::Obj(g) => match g.obj() {
            Obj::Bytes(b) => b.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut fds = [opt_fd(vm, args[2])?, opt_fd(vm, args[3])?];
    let deadline = match args[4] {
        Value::None => None,
        t => {
            let secs = crate::builtins::to_f64(vm, t)?.max(0.0);
            Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(secs))
        }
    };
    let mut written = 0usize;
    if input.is_empty() {
        in_fd = None;
    }
    let mut bufs: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
    let mut eof = [fds[0].is_none(), fds[1].is_none()];
    let mut input_done = false;
    while !input_done && (in_fd.is_some() || fds.iter().any(Option::is_some)) {
        let mut polls: Vec<libc::pollfd> = Vec::new();
        if let Some(fd) = in_fd {
            polls.push(libc::pollfd {
                fd,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for fd in fds.iter().flatten() {
            polls.push(libc::pollfd {
                fd: *fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let wait_ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    break;
                }
                left.as_millis().clamp(1, i32::MAX as u128) as libc::c_int
            }
        };
        // SAFETY: `polls` is a live, correctly sized array of pollfd for the call.
        let n = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, wait_ms) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(os_error(vm, &e, None));
        }
        for p in &polls {
            if p.revents == 0 {
                continue;
            }
            if Some(p.fd) == in_fd {
                // At most PIPE_BUF bytes: a pipe that polls writable takes them whole.
                let end = (written + libc::PIPE_BUF).min(input.len());
                match with_file(p.fd, |f| f.write(&input[written..end])) {
                    Ok(k) => written += k,
                    Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
                    Err(_) => written = input.len(),
                }
                if written >= input.len() {
                    // The caller closes stdin (the child may wait for that EOF) and calls again.
                    in_fd = None;
                    input_done = true;
                }
                continue;
            }
            let i = if fds[0] == Some(p.fd) { 0 } else { 1 };
            let mut chunk = [0u8; 32768];
            match with_file(p.fd, |f| f.read(&mut chunk)) {
                Ok(0) => {
                    eof[i] = true;
                    fds[i] = None;
                }
                Ok(k) => bufs[i].extend_from_slice(&chunk[..k]),
                Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
                Err(e) => return Err(os_error(vm, &e, None)),
            }
        }
    }
    let [out, err] = bufs;
    let out = vm.new_bytes(out);
    let err = vm.new_bytes(err);
    let written = Value::Int(written as i64);
    Ok(vm.new_tuple(vec![
        out,
        err,
        written,
        Value::Bool(eof[0]),
        Value::Bool(eof[1]),
    ]))
}
