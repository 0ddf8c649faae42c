//! `_kestrel_process`: `fork`, `waitpid` and `openpty`/`login_tty`-style terminal set-up for
//! `os` (`os.fork`, `os.waitpid`, `os.openpty`, `os.forkpty`), `multiprocessing` and `pty`.
//!
//! The VM runs Python on one thread, so the child of a `fork` is a complete copy of the
//! interpreter. Output the interpreter still buffers for stdout is written before forking,
//! so it is not written twice (once by each process).

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_process", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_kestrel_process",
        &[
            ("fork", fork),
            ("waitpid", waitpid),
            ("openpty", openpty),
            ("setsid", setsid),
            ("make_controlling_tty", make_controlling_tty),
            ("ttyname", ttyname),
            ("execve", execve),
            ("get_blocking", get_blocking),
            ("set_blocking", set_blocking),
        ],
    );
    let d = Vm::module_dict(m);
    for (name, v) in [
        ("WNOHANG", libc::WNOHANG),
        ("WUNTRACED", libc::WUNTRACED),
        ("WCONTINUED", libc::WCONTINUED),
    ] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, Value::Int(v as i64));
    }
    Ok(m)
}

fn last_error(vm: &mut Vm) -> kestrel_vm::Raised {
    let e = std::io::Error::last_os_error();
    os_error(vm, &e, None)
}

/// fork() -> 0 in the child, the child's pid in the parent.
fn fork(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fork", args, 0, 0)?;
    vm.out.flush();
    // SAFETY: the interpreter runs on this one thread, so the child gets a consistent copy of
    // all its state; fork has no other preconditions.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(pid as i64))
}

/// waitpid(pid, options) -> (pid, status); EINTR is retried.
fn waitpid(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "waitpid", args, 2, 2)?;
    let pid = as_int(vm, args[0], "")?;
    let options = as_int(vm, args[1], "")?;
    let (Ok(pid), Ok(options)) = (i32::try_from(pid), i32::try_from(options)) else {
        return Err(vm.raise_msg("OverflowError", "signed integer is greater than maximum"));
    };
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is an owned int the call writes.
        let got = unsafe { libc::waitpid(pid, &mut status, options) };
        if got >= 0 {
            let items = vec![Value::Int(got as i64), Value::Int(status as i64)];
            return Ok(vm.new_tuple(items));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINTR) {
            vm.check_signals()?;
            continue;
        }
        return Err(os_error(vm, &e, None));
    }
}

/// openpty() -> (master_fd, slave_fd), both non-inheritable.
fn openpty(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "openpty", args, 0, 0)?;
    let mut master: libc::c_int = -1;
    let mut slave: libc::c_int = -1;
    // SAFETY: the two ints are owned; null name, termios and winsize pointers are allowed.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    if r != 0 {
        return Err(last_error(vm));
    }
    for fd in [master, slave] {
        // SAFETY: fcntl on descriptors openpty just gave us.
        unsafe {
            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
        }
    }
    Ok(vm.new_tuple(vec![Value::Int(master as i64), Value::Int(slave as i64)]))
}

/// setsid() -> None: a new session with this process as its leader.
fn setsid(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setsid", args, 0, 0)?;
    // SAFETY: setsid has no preconditions.
    if unsafe { libc::setsid() } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// make_controlling_tty(fd): TIOCSCTTY on fd (after setsid, in a pty child).
fn make_controlling_tty(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "make_controlling_tty", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")? as libc::c_int;
    // SAFETY: TIOCSCTTY takes an int argument; a bad descriptor only fails.
    if unsafe { libc::ioctl(fd, libc::TIOCSCTTY, 0) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// ttyname(fd) -> the terminal's path.
fn ttyname(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "ttyname", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")? as libc::c_int;
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is owned and its length is passed.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        let e = std::io::Error::from_raw_os_error(r);
        return Err(os_error(vm, &e, None));
    }
    let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let s = String::from_utf8_lossy(&buf[..len]).into_owned();
    Ok(vm.new_str(&s))
}

fn c_string(vm: &mut Vm, v: Value, what: &str) -> PyResult<std::ffi::CString> {
    let Some(s) = as_str(v) else {
        return Err(vm.type_error(format!("{what} must contain only strings")));
    };
    std::ffi::CString::new(s.as_bytes()).map_err(|_| vm.value_error("embedded null byte"))
}

/// execve(path, argv list, env list of "K=V" strings or None): replaces the process image.
fn execve(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "execve", args, 3, 3)?;
    let path = c_string(vm, args[0], "path")?;
    let argv: Vec<std::ffi::CString> = {
        let items = vm.collect_iter(args[1])?;
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            out.push(c_string(vm, v, "argv")?);
        }
        out
    };
    let env: Option<Vec<std::ffi::CString>> = if matches!(args[2], Value::None) {
        None
    } else {
        let items = vm.collect_iter(args[2])?;
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            out.push(c_string(vm, v, "env")?);
        }
        Some(out)
    };
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    vm.out.flush();
    // SAFETY: every pointer is to a NUL-terminated string we own, both arrays end with null;
    // on success the call does not return.
    unsafe {
        match &env {
            None => {
                libc::execv(path.as_ptr(), argv_ptrs.as_ptr());
            }
            Some(env) => {
                let mut env_ptrs: Vec<*const libc::c_char> =
                    env.iter().map(|a| a.as_ptr()).collect();
                env_ptrs.push(std::ptr::null());
                libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr());
            }
        }
    }
    let e = std::io::Error::last_os_error();
    let p = args[0];
    Err(os_error(vm, &e, Some(p)))
}

fn fd_flags(vm: &mut Vm, fd: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: F_GETFL on a descriptor; a bad one only fails.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_error(vm));
    }
    Ok(flags)
}

/// get_blocking(fd) -> whether O_NONBLOCK is clear.
fn get_blocking(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "get_blocking", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")? as libc::c_int;
    Ok(Value::Bool(fd_flags(vm, fd)? & libc::O_NONBLOCK == 0))
}

/// set_blocking(fd, blocking): clears or sets O_NONBLOCK.
fn set_blocking(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "set_blocking", args, 2, 2)?;
    let fd = as_int(vm, args[0], "")? as libc::c_int;
    let blocking = vm.truthy(args[1])?;
    let flags = fd_flags(vm, fd)?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    // SAFETY: F_SETFL with flags read from the same descriptor.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, new) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}
