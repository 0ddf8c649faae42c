//! `posix`: the native half of `os` (`corelib/lib/os.py` builds `os` on it, as CPython's
//! `os.py` does): the file system, the environment and the process.

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::os::unix::fs::MetadataExt;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("posix", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "posix",
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("getpid", getpid),
            ("_exit", exit_now),
            ("kill", kill),
            ("strerror", strerror),
            ("_realpath", realpath),
            ("_filetype", filetype),
            ("chmod", chmod),
            ("chown", chown),
            ("lchown", lchown),
            ("utime", utime),
            ("symlink", symlink),
            ("link", link),
            ("readlink", readlink),
            ("access", access),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("_terminal_size", terminal_size),
            ("pipe", pipe),
            ("dup", dup),
            ("dup2", dup2),
            ("_times", times),
            ("umask", umask),
            ("fstat", fstat),
            ("_uname", uname),
            ("_statvfs", statvfs),
            ("fsync", fsync),
            ("confstr", confstr),
            ("read", read),
            ("write", write),
        ],
    );
    let mut env = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_string(k.to_string_lossy().into_owned());
        let v = vm.new_string(v.to_string_lossy().into_owned());
        env.push((k, v));
    }
    let d = vm.new_dict(kestrel_vm::dict::Dict::new());
    for (k, v) in env {
        vm.setitem(d, k, v)?;
    }
    let key = vm.intern("environ");
    vm.dict_set_str(Vm::module_dict(m), key, d);
    Ok(m)
}

/// A path argument: a str (or an object with `__fspath__` returning one).
fn path_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    super::io::flush_pending_writes(vm)?;
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(f) = vm.lookup_special(v, "__fspath__") {
        let r = vm.call_value(f, &[v], &[])?;
        if let Some(s) = as_str(r) {
            return Ok(s.to_string());
        }
    }
    let t = vm.type_name(v);
    let kinds = match fname {
        "stat" => "string, bytes, os.PathLike or integer",
        "listdir" => "string, bytes, os.PathLike, integer or None",
        _ => "string, bytes or os.PathLike",
    };
    Err(vm.type_error(format!("{fname}: path should be {kinds}, not {t}")))
}

fn io_result(vm: &mut Vm, r: std::io::Result<()>, path: Value) -> PyResult<Value> {
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, &e, path)),
    }
}

/// An OSError naming the path as CPython does: as the str an os.PathLike stands for.
#[cold]
fn path_error(vm: &mut Vm, e: &std::io::Error, path: Value) -> kestrel_vm::Raised {
    let shown = shown_path(vm, path);
    os_error(vm, e, Some(shown))
}

fn shown_path(vm: &mut Vm, v: Value) -> Value {
    if as_str(v).is_some() {
        return v;
    }
    match path_arg(vm, v, "") {
        Ok(s) => vm.new_string(s),
        Err(_) => {
            vm.raised = Value::Empty;
            v
        }
    }
}

fn getcwd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "chdir", args, 1, 1)?;
    let p = path_arg(vm, args[0], "chdir")?;
    let r = std::env::set_current_dir(&p);
    io_result(vm, r, args[0])
}

fn listdir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "listdir", args, 0, 1)?;
    let (p, shown) = match args.first() {
        Some(v) if !v.is_none() => (path_arg(vm, *v, "listdir")?, *v),
        _ => (".".to_string(), vm.new_str(".")),
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(rd) => rd,
        Err(e) => return Err(path_error(vm, &e, shown)),
    };
    let mut names = Vec::new();
    for e in rd.flatten() {
        names.push(e.file_name().to_string_lossy().into_owned());
    }
    let vals = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(vals))
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "mkdir", args, 1, 2)?;
    let p = path_arg(vm, args[0], "mkdir")?;
    let mode = match args.get(1).copied().or_else(|| kwarg(vm, kw, "mode")) {
        Some(m) => as_int(vm, m, "")? as u32,
        None => 0o777,
    };
    let r = std::fs::DirBuilder::new().mode_set(mode).create(&p);
    io_result(vm, r, args[0])
}

/// `DirBuilder::mode` through a local trait so the call reads in one line.
trait ModeSet {
    fn mode_set(&mut self, mode: u32) -> &mut Self;
}

impl ModeSet for std::fs::DirBuilder {
    fn mode_set(&mut self, mode: u32) -> &mut Self {
        std::os::unix::fs::DirBuilderExt::mode(self, mode)
    }
}

fn rmdir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "rmdir", args, 1, 1)?;
    let p = path_arg(vm, args[0], "rmdir")?;
    let r = std::fs::remove_dir(&p);
    io_result(vm, r, args[0])
}

fn remove(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "remove", args, 1, 1)?;
    let p = path_arg(vm, args[0], "remove")?;
    // unlink(2) on a directory fails with EISDIR on Linux, as CPython reports.
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(path_error(vm, &e, args[0]));
    }
    let r = std::fs::remove_file(&p);
    io_result(vm, r, args[0])
}

fn rename(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "rename", args, 2, 2)?;
    let a = path_arg(vm, args[0], "rename")?;
    let b = path_arg(vm, args[1], "rename")?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            // CPython's message names both paths: "[Errno 2] ...: 'a' -> 'b'".
            let errno = e.raw_os_error().unwrap_or(0);
            let text = std::io::Error::from_raw_os_error(errno).to_string();
            let text = text.split(" (os error").next().unwrap_or("").to_string();
            let t = vm.new_string(text);
            let cls = Value::Obj(vm.exc_class("OSError"));
            let (a, b) = (shown_path(vm, args[0]), shown_path(vm, args[1]));
            let exc = vm.call_value(cls, &[Value::Int(errno as i64), t, a, Value::None, b], &[])?;
            Err(vm.raise(exc))
        }
    }
}

/// stat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), the tuple
/// `os.stat_result` is made from.
fn stat_common(vm: &mut Vm, args: &[Value], follow: bool) -> PyResult<Value> {
    arity(vm, "stat", args, 1, 1)?;
    if let Value::Int(_) = args[0] {
        return fstat(vm, args, &[]);
    }
    let p = path_arg(vm, args[0], "stat")?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    let md = match md {
        Ok(m) => m,
        Err(e) => return Err(path_error(vm, &e, args[0])),
    };
    Ok(stat_tuple(vm, &md))
}

fn stat_tuple(vm: &mut Vm, md: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let mut vals = vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        Value::Float(t(md.atime(), md.atime_nsec())),
        Value::Float(t(md.mtime(), md.mtime_nsec())),
        Value::Float(t(md.ctime(), md.ctime_nsec())),
    ];
    // The fields beyond the tuple: whole nanosecond times, block size and count, device.
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    for v in [
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
    ] {
        vals.push(match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_bigint(v.into()),
        });
    }
    vals.push(Value::Int(md.blksize() as i64));
    vals.push(Value::Int(md.blocks() as i64));
    vals.push(Value::Int(md.rdev() as i64));
    vm.new_tuple(vals)
}

fn stat(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    stat_common(vm, args, true)
}

fn lstat(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    stat_common(vm, args, false)
}

/// _filetype(path, follow) -> "file", "dir", "link", "other" or None when absent (for
/// `os.path.exists`/`isfile`/`isdir`/`islink`, which never raise).
fn filetype(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_filetype", args, 2, 2)?;
    let Ok(p) = path_arg(vm, args[0], "stat") else {
        vm.raised = Value::Empty;
        return Ok(Value::None);
    };
    let follow = vm.truthy(args[1])?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    Ok(match md {
        Ok(m) if m.file_type().is_symlink() => vm.new_str("link"),
        Ok(m) if m.is_dir() => vm.new_str("dir"),
        Ok(m) if m.is_file() => vm.new_str("file"),
        Ok(_) => vm.new_str("other"),
        Err(_) => Value::None,
    })
}

/// `_exit(n)`: ends the process at once, as CPython's does: no exit handlers, no `finally`,
/// and output still buffered in `sys.stdout` is lost.
fn exit_now(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_exit", args, 1, 1)?;
    let code = as_int(vm, args[0], "")?;
    let Ok(code) = i32::try_from(code) else {
        return Err(vm.raise_msg("OverflowError", "Python int too large to convert to C int"));
    };
    // SAFETY: `_exit` has no preconditions; it does not return.
    unsafe { libc::_exit(code) }
}

fn getpid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `kill(pid, sig)`: a signal sent to this process has its handler run before this returns.
fn kill(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "kill", args, 2, 2)?;
    let pid = as_int(vm, args[0], "")?;
    let sig = as_int(vm, args[1], "")?;
    let (Ok(pid), Ok(sig)) = (i32::try_from(pid), i32::try_from(sig)) else {
        return Err(vm.raise_msg("OverflowError", "signed integer is greater than maximum"));
    };
    vm.out.flush();
    // SAFETY: `kill` has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn strerror(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "strerror", args, 1, 1)?;
    let n = as_int(vm, args[0], "")?;
    let text = std::io::Error::from_raw_os_error(n as i32).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    Ok(vm.new_string(text))
}

/// The canonical path when it exists; otherwise None (os.path.realpath then normalizes).
fn realpath(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_realpath", args, 1, 1)?;
    let p = path_arg(vm, args[0], "realpath")?;
    Ok(match std::fs::canonicalize(&p) {
        Ok(c) => vm.new_string(c.to_string_lossy().into_owned()),
        Err(_) => Value::None,
    })
}

fn chmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "chmod", args, 2, 2)?;
    let p = path_arg(vm, args[0], "chmod")?;
    let mode = as_int(vm, args[1], "")? as u32;
    let perms = std::os::unix::fs::PermissionsExt::from_mode(mode);
    let r = std::fs::set_permissions(&p, perms);
    io_result(vm, r, args[0])
}

/// An owner id argument of chown: -1 (leave unchanged) becomes None.
fn owner_id(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<u32>> {
    let n = as_int(vm, v, "")?;
    if n == -1 {
        return Ok(None);
    }
    match u32::try_from(n) {
        Ok(id) if id != u32::MAX => Ok(Some(id)),
        _ => Err(vm.raise_msg("OverflowError", format!("{what} is greater than maximum"))),
    }
}

/// chown(path, uid, gid) / lchown: -1 leaves an id unchanged.
fn chown_with(vm: &mut Vm, args: &[Value], name: &str, follow: bool) -> PyResult<Value> {
    arity(vm, name, args, 3, 3)?;
    let p = path_arg(vm, args[0], name)?;
    let uid = owner_id(vm, args[1], "uid")?;
    let gid = owner_id(vm, args[2], "gid")?;
    let r = if follow {
        std::os::unix::fs::chown(&p, uid, gid)
    } else {
        std::os::unix::fs::lchown(&p, uid, gid)
    };
    io_result(vm, r, args[0])
}

fn chown(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    chown_with(vm, args, "chown", true)
}

fn lchown(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    chown_with(vm, args, "lchown", false)
}

/// A time in seconds since the epoch as a `SystemTime`.
fn system_time(vm: &mut Vm, v: Value) -> PyResult<std::time::SystemTime> {
    let secs = crate::builtins::to_f64(vm, v)?;
    let d = std::time::Duration::from_secs_f64(secs.abs());
    Ok(if secs >= 0.0 {
        std::time::UNIX_EPOCH + d
    } else {
        std::time::UNIX_EPOCH - d
    })
}

/// utime(path, times=None): times is None (now) or (atime, mtime) in seconds.
fn utime(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "utime", args, 1, 2)?;
    let p = path_arg(vm, args[0], "utime")?;
    let times = args.get(1).copied().or_else(|| kwarg(vm, kw, "times"));
    let (atime, mtime) = match times {
        None | Some(Value::None) => {
            let now = std::time::SystemTime::now();
            (now, now)
        }
        Some(t) => {
            let items = if tuple_like(t) {
                vm.collect_iter(t)?
            } else {
                Vec::new()
            };
            if items.len() != 2 {
                let msg = "utime: 'times' must be either a tuple of two ints or None";
                return Err(vm.type_error(msg));
            }
            (system_time(vm, items[0])?, system_time(vm, items[1])?)
        }
    };
    let file = match std::fs::File::options().write(true).open(&p) {
        Ok(f) => Ok(f),
        Err(_) => std::fs::File::open(&p),
    };
    let r = file.and_then(|f| {
        f.set_times(
            std::fs::FileTimes::new()
                .set_accessed(atime)
                .set_modified(mtime),
        )
    });
    io_result(vm, r, args[0])
}

fn tuple_like(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), kestrel_vm::Obj::Tuple(_)))
}

/// Reports a failed two-path call as CPython does: "[Errno N] text: 'src' -> 'dst'".
fn two_path_error(vm: &mut Vm, e: std::io::Error, a: Value, b: Value) -> kestrel_vm::Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    let t = vm.new_string(text);
    let cls = Value::Obj(vm.exc_class("OSError"));
    let (a, b) = (shown_path(vm, a), shown_path(vm, b));
    match vm.call_value(cls, &[Value::Int(errno as i64), t, a, Value::None, b], &[]) {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

fn symlink(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "symlink", args, 2, 3)?;
    let a = path_arg(vm, args[0], "symlink")?;
    let b = path_arg(vm, args[1], "symlink")?;
    match std::os::unix::fs::symlink(&a, &b) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(two_path_error(vm, e, args[0], args[1])),
    }
}

fn link(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "link", args, 2, 2)?;
    let a = path_arg(vm, args[0], "link")?;
    let b = path_arg(vm, args[1], "link")?;
    match std::fs::hard_link(&a, &b) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(two_path_error(vm, e, args[0], args[1])),
    }
}

fn readlink(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "readlink", args, 1, 1)?;
    let p = path_arg(vm, args[0], "readlink")?;
    match std::fs::read_link(&p) {
        Ok(t) => Ok(vm.new_string(t.to_string_lossy().into_owned())),
        Err(e) => Err(path_error(vm, &e, args[0])),
    }
}

/// access(path, mode): whether the real user may use the file so (F_OK, R_OK, W_OK, X_OK).
fn access(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "access", args, 2, 2)?;
    let p = path_arg(vm, args[0], "access")?;
    let mode = as_int(vm, args[1], "")? as libc::c_int;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(vm.value_error("access: embedded null character in path"));
    };
    // SAFETY: `c` is a NUL-terminated path that lives through the call.
    let r = unsafe { libc::access(c.as_ptr(), mode) };
    Ok(Value::Bool(r == 0))
}

/// _statvfs(path) -> (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
/// f_favail, f_flag, f_namemax, f_fsid): the file system holding `path` (statvfs(3)).
fn statvfs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "statvfs", args, 1, 1)?;
    let p = path_arg(vm, args[0], "statvfs")?;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(vm.value_error("statvfs: embedded null character in path"));
    };
    // SAFETY: `statvfs` is plain C data, valid all-zero, for statvfs(3) to fill.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path and `st` a live statvfs, both through the call.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(path_error(vm, &e, args[0]));
    }
    let vals = [
        st.f_bsize as i64,
        st.f_frsize as i64,
        st.f_blocks as i64,
        st.f_bfree as i64,
        st.f_bavail as i64,
        st.f_files as i64,
        st.f_ffree as i64,
        st.f_favail as i64,
        st.f_flag as i64,
        st.f_namemax as i64,
        st.f_fsid as i64,
    ];
    let vals = vals.iter().map(|&v| Value::Int(v)).collect();
    Ok(vm.new_tuple(vals))
}

/// An environment variable's name or value as `putenv`/`unsetenv` check it.
fn env_str(vm: &mut Vm, v: Value, name: bool) -> PyResult<String> {
    let Some(s) = as_str(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("str expected, not {t}")));
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if name && (s.is_empty() || s.contains('=')) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s.to_string())
}

/// putenv(name, value): sets the variable in the process environment that children
/// inherit (`os.environ`'s assignments call it, as in CPython).
fn putenv(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "putenv", args, 2, 2)?;
    let k = env_str(vm, args[0], true)?;
    let v = env_str(vm, args[1], false)?;
    // The VM runs on one thread, so no other thread reads the environment meanwhile.
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "unsetenv", args, 1, 1)?;
    let k = env_str(vm, args[0], true)?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn getppid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

macro_rules! id_getter {
    ($name:ident, $call:ident) => {
        fn $name(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
            // SAFETY: these id queries take no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::$call() } as i64))
        }
    };
}
id_getter!(getuid, getuid);
id_getter!(geteuid, geteuid);
id_getter!(getgid, getgid);
id_getter!(getegid, getegid);

/// The number of CPUs online (not only those this process may use, as CPython counts).
fn cpu_count(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: sysconf only reads a system value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn urandom(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "urandom", args, 1, 1)?;
    let n = as_int(vm, args[0], "")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    if let Err(e) = r {
        return Err(os_error(vm, &e, None));
    }
    Ok(vm.new_bytes(buf))
}

/// A descriptor argument: an int that is open.
fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = as_int(vm, v, "")?;
    // SAFETY: F_GETFD only queries the descriptor table; any int is a valid argument.
    let open =
        n >= 0 && n <= i32::MAX as i64 && unsafe { libc::fcntl(n as i32, libc::F_GETFD) } != -1;
    if !open {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(vm, &e, None));
    }
    Ok(n as i32)
}

fn last_error(vm: &mut Vm) -> kestrel_vm::Raised {
    super::io::last_os_error(vm)
}

/// _terminal_size(fd) -> (columns, lines) of the terminal on `fd`.
fn terminal_size(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "get_terminal_size", args, 1, 1)?;
    let fd = as_int(vm, args[0], "")? as i32;
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize`, which `ws` is; a bad fd only fails.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}

/// pipe() -> (read_fd, write_fd), both close-on-exec (non-inheritable, as in CPython).
fn pipe(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "pipe", args, 0, 0)?;
    match std::io::pipe() {
        Ok((r, w)) => {
            use std::os::fd::IntoRawFd;
            let (r, w) = (r.into_raw_fd() as i64, w.into_raw_fd() as i64);
            Ok(vm.new_tuple(vec![Value::Int(r), Value::Int(w)]))
        }
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn dup(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "dup", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // SAFETY: duplicates an open descriptor; the new one belongs to the caller.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(r as i64))
}

fn dup2(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "dup2", args, 2, 3)?;
    let fd = fd_arg(vm, args[0])?;
    let fd2 = as_int(vm, args[1], "")?;
    if fd2 < 0 || fd2 > i32::MAX as i64 {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(vm, &e, None));
    }
    let inheritable = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "inheritable"))
    {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: dup3 replaces `fd2` (the caller's choice, as with C's dup2) by a copy of `fd`.
    let r = if fd == fd2 as i32 {
        fd
    } else {
        unsafe { libc::dup3(fd, fd2 as i32, flags) }
    };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(r as i64))
}

/// _times() -> (user, system, children_user, children_system, elapsed) in seconds.
fn times(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut t = libc::tms {
        tms_utime: 0,
        tms_stime: 0,
        tms_cutime: 0,
        tms_cstime: 0,
    };
    // SAFETY: times(2) fills the `tms` we pass; sysconf only reads a system value.
    let (elapsed, ticks) = unsafe { (libc::times(&mut t), libc::sysconf(libc::_SC_CLK_TCK)) };
    let ticks = ticks.max(1) as f64;
    let vals = [
        t.tms_utime,
        t.tms_stime,
        t.tms_cutime,
        t.tms_cstime,
        elapsed,
    ]
    .iter()
    .map(|v| Value::Float(*v as f64 / ticks))
    .collect();
    Ok(vm.new_tuple(vals))
}

fn umask(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "umask", args, 1, 1)?;
    let mask = as_int(vm, args[0], "")?;
    // SAFETY: umask(2) only swaps the process's mask.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

/// fstat(fd): the stat tuple of an open descriptor.
fn fstat(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fstat", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    use std::os::fd::{FromRawFd, IntoRawFd};
    // SAFETY: the descriptor (checked open) stays owned by its owner: `into_raw_fd` gives it
    // back before the `File` could close it.
    let f = unsafe { std::fs::File::from_raw_fd(fd) };
    let md = f.metadata();
    let _ = f.into_raw_fd();
    match md {
        Ok(md) => Ok(stat_tuple(vm, &md)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn fsync(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fsync", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // SAFETY: fsync(2) on a descriptor checked open.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// _uname() -> (sysname, nodename, release, version, machine).
fn uname(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: `utsname` is plain C data, valid all-zero; uname(2) fills it with
    // NUL-terminated strings.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above: `u` is a live utsname for uname(2) to fill.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_error(vm));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let vals: Vec<String> = vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    let vals = vals.into_iter().map(|s| vm.new_string(s)).collect();
    Ok(vm.new_tuple(vals))
}

/// confstr(name): a system configuration string; the names known are `CS_PATH` and
/// `CS_GNU_LIBC_VERSION`/`CS_GNU_LIBPTHREAD_VERSION` (or their numbers).
fn confstr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "confstr", args, 1, 1)?;
    const NAMES: [(&str, libc::c_int); 3] = [
        ("CS_PATH", libc::_CS_PATH),
        ("CS_GNU_LIBC_VERSION", libc::_CS_GNU_LIBC_VERSION),
        (
            "CS_GNU_LIBPTHREAD_VERSION",
            libc::_CS_GNU_LIBPTHREAD_VERSION,
        ),
    ];
    let name = match as_str(args[0]) {
        Some(s) => match NAMES.iter().find(|(n, _)| *n == s) {
            Some((_, v)) => *v,
            None => return Err(vm.value_error("unrecognized configuration name")),
        },
        None => as_int(vm, args[0], "")? as libc::c_int,
    };
    let mut buf = vec![0u8; 256];
    // SAFETY: confstr writes at most `buf.len()` bytes (NUL included) into `buf`.
    let n = unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), buf.len()) };
    if n == 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error().unwrap_or(0) != 0 {
            return Err(os_error(vm, &e, None));
        }
        return Ok(Value::None);
    }
    buf.truncate(n.min(buf.len()).saturating_sub(1));
    Ok(vm.new_string(String::from_utf8_lossy(&buf).into_owned()))
}

/// read(fd, n): one read(2) of at most n bytes (fewer from a pipe with less waiting).
fn read(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "read", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let n = as_int(vm, args[1], "")?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_error(vm, &e, None));
    }
    vm.out.flush();
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: read(2) writes at most `buf.len()` bytes into `buf`.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(vm.new_bytes(buf));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error(vm, &e, None));
        }
    }
}

/// write(fd, data): one write(2); returns the number of bytes written.
fn write(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let data: Vec<u8> = match args[1] {
        Value::Obj(g) => match g.obj() {
            kestrel_vm::Obj::Bytes(b) => b.to_vec(),
            kestrel_vm::Obj::ByteArray(b) => b.borrow().to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if !matches!(args[1], Value::Obj(g) if matches!(g.obj(), kestrel_vm::Obj::Bytes(_) | kestrel_vm::Obj::ByteArray(_)))
    {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    }
    if fd == 1 || fd == 2 {
        vm.out.flush();
    }
    loop {
        // SAFETY: write(2) reads `data.len()` bytes from `data`.
        let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if r >= 0 {
            return Ok(Value::Int(r as i64));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error(vm, &e, None));
        }
    }
}
