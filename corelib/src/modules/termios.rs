//! `_kestrel_termios`: the terminal calls behind `termios` (`corelib/lib/termios.py` shapes
//! the attribute lists and turns OSError into `termios.error`).

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_termios", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_kestrel_termios",
        &[
            ("tcgetattr", tcgetattr),
            ("tcsetattr", tcsetattr),
            ("tcsendbreak", tcsendbreak),
            ("tcdrain", tcdrain),
            ("tcflush", tcflush),
            ("tcflow", tcflow),
            ("tcgetwinsize", tcgetwinsize),
            ("tcsetwinsize", tcsetwinsize),
        ],
    );
    let d = Vm::module_dict(m);
    let k = vm.intern("NCCS");
    vm.dict_set_str(d, k, Value::Int(libc::NCCS as i64));
    Ok(m)
}

fn check(vm: &mut Vm, r: libc::c_int) -> PyResult<()> {
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    Ok(())
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<libc::c_int> {
    let n = as_int(vm, v, "")?;
    i32::try_from(n)
        .map_err(|_| vm.raise_msg("OverflowError", "Python int too large to convert to C int"))
}

fn get(vm: &mut Vm, fd: libc::c_int) -> PyResult<libc::termios> {
    // SAFETY: `termios` is plain data; tcgetattr fills the struct we own.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: as above; a bad descriptor only fails.
    check(vm, unsafe { libc::tcgetattr(fd, &mut t) })?;
    Ok(t)
}

/// tcgetattr(fd) -> (iflag, oflag, cflag, lflag, ispeed, ospeed, cc bytes).
fn tcgetattr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tcgetattr", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    let t = get(vm, fd)?;
    let (ispeed, ospeed) = speeds(&t);
    let cc = vm.new_bytes(t.c_cc.to_vec());
    let items = vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(ispeed as i64),
        Value::Int(ospeed as i64),
        cc,
    ];
    Ok(vm.new_tuple(items))
}

/// tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc bytes).
fn tcsetattr(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tcsetattr", args, 9, 9)?;
    let fd = int_arg(vm, args[0])?;
    let when = int_arg(vm, args[1])?;
    let mut t = get(vm, fd)?;
    let mut flags = [0u32; 4];
    for (i, f) in flags.iter_mut().enumerate() {
        *f = as_int(vm, args[2 + i], "")? as u32;
    }
    t.c_iflag = flags[0];
    t.c_oflag = flags[1];
    t.c_cflag = flags[2];
    t.c_lflag = flags[3];
    let ispeed = as_int(vm, args[6], "")? as libc::speed_t;
    let ospeed = as_int(vm, args[7], "")? as libc::speed_t;
    let cc = match vm.buffer(args[8])? {
        Some(b) => b.into_owned(),
        None => return Err(vm.type_error("cc must be bytes")),
    };
    if cc.len() != t.c_cc.len() {
        return Err(vm.type_error("cc has the wrong length"));
    }
    t.c_cc.copy_from_slice(&cc);
    if !set_speeds(&mut t, ispeed, ospeed) {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_error(vm, &e, None));
    }
    // SAFETY: applying an owned, filled struct to the descriptor; a bad one only fails.
    check(vm, unsafe { libc::tcsetattr(fd, when, &t) })?;
    Ok(Value::None)
}

/// glibc keeps the line speed in `c_cflag` (an input speed of 0, "same as output", is a
/// flag in `c_iflag`). The statically linked binary cannot use glibc's versioned
/// `cfgetispeed` and kin, so these do the same.
const SPEED_BITS: libc::tcflag_t = libc::CBAUD | libc::CBAUDEX;
const IBAUD0: libc::tcflag_t = 0x8000_0000;

fn speeds(t: &libc::termios) -> (libc::speed_t, libc::speed_t) {
    let out = t.c_cflag & SPEED_BITS;
    let input = if t.c_iflag & IBAUD0 != 0 { 0 } else { out };
    (input, out)
}

fn set_speeds(t: &mut libc::termios, ispeed: libc::speed_t, ospeed: libc::speed_t) -> bool {
    let valid = |s: libc::speed_t| s & !SPEED_BITS == 0;
    if !valid(ispeed) || !valid(ospeed) {
        return false;
    }
    // input first, then output, as CPython's tcsetattr calls them: both live in `c_cflag`
    if ispeed == 0 {
        t.c_iflag |= IBAUD0;
    } else {
        t.c_iflag &= !IBAUD0;
        t.c_cflag = (t.c_cflag & !SPEED_BITS) | ispeed;
        t.c_ispeed = ispeed;
    }
    t.c_cflag = (t.c_cflag & !SPEED_BITS) | ospeed;
    t.c_ospeed = ospeed;
    true
}

fn two_ints(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(libc::c_int, libc::c_int)> {
    arity(vm, name, args, 2, 2)?;
    Ok((int_arg(vm, args[0])?, int_arg(vm, args[1])?))
}

fn tcsendbreak(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (fd, duration) = two_ints(vm, "tcsendbreak", args)?;
    // SAFETY: plain call on a descriptor; a bad one only fails.
    check(vm, unsafe { libc::tcsendbreak(fd, duration) })?;
    Ok(Value::None)
}

fn tcdrain(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tcdrain", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    // SAFETY: plain call on a descriptor; a bad one only fails.
    check(vm, unsafe { libc::tcdrain(fd) })?;
    Ok(Value::None)
}

fn tcflush(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (fd, queue) = two_ints(vm, "tcflush", args)?;
    // SAFETY: plain call on a descriptor; a bad one only fails.
    check(vm, unsafe { libc::tcflush(fd, queue) })?;
    Ok(Value::None)
}

fn tcflow(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (fd, action) = two_ints(vm, "tcflow", args)?;
    // SAFETY: plain call on a descriptor; a bad one only fails.
    check(vm, unsafe { libc::tcflow(fd, action) })?;
    Ok(Value::None)
}

/// tcgetwinsize(fd) -> (rows, columns).
fn tcgetwinsize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tcgetwinsize", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    // SAFETY: `winsize` is plain data the ioctl fills.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` we own.
    check(vm, unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok(vm.new_tuple(vec![
        Value::Int(w.ws_row as i64),
        Value::Int(w.ws_col as i64),
    ]))
}

/// tcsetwinsize(fd, rows, columns).
fn tcsetwinsize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "tcsetwinsize", args, 3, 3)?;
    let fd = int_arg(vm, args[0])?;
    let rows = as_int(vm, args[1], "")?;
    let cols = as_int(vm, args[2], "")?;
    let (Ok(rows), Ok(cols)) = (u16::try_from(rows), u16::try_from(cols)) else {
        return Err(vm.raise_msg("OverflowError", "winsize value(s) out of range."));
    };
    // SAFETY: `winsize` is plain data; we read the current one and write it back changed.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ/TIOCSWINSZ read or write one `winsize` we own.
    unsafe {
        check(vm, libc::ioctl(fd, libc::TIOCGWINSZ, &mut w))?;
        w.ws_row = rows;
        w.ws_col = cols;
        check(vm, libc::ioctl(fd, libc::TIOCSWINSZ, &w))?;
    }
    Ok(Value::None)
}
