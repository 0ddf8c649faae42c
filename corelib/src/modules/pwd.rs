//! `_pwd`: the native half of `pwd` (`corelib/lib/pwd.py` makes `struct_passwd` and the
//! KeyErrors): the password database through the C library (so NSS sources count too).

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::ffi::{CStr, CString};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_pwd", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_pwd",
        &[
            ("getpwuid", getpwuid),
            ("getpwnam", getpwnam),
        ],
    ))
}

/// A C string field as a Python str (lossy for bytes that are not UTF-8).
pub(super) fn c_str(vm: &mut Vm, p: *const libc::c_char) -> Value {
    if p.is_null() {
        return vm.new_str("");
    }
    // SAFETY: the C library hands out NUL-terminated strings that live in the record
    // buffer, which outlives this call.
    let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    vm.new_string(s)
}

/// The seven fields of a `struct passwd` as a tuple.
fn entry(vm: &mut Vm, pw: &libc::passwd) -> Value {
    let items = vec![
        c_str(vm, pw.pw_name),
        c_str(vm, pw.pw_passwd),
        Value::Int(pw.pw_uid as i64),
        Value::Int(pw.pw_gid as i64),
        c_str(vm, pw.pw_gecos),
        c_str(vm, pw.pw_dir),
        c_str(vm, pw.pw_shell),
    ];
    vm.new_tuple(items)
}

/// Runs a reentrant lookup (`getpwuid_r`/`getpwnam_r`) with a growing buffer; None when
/// there is no such entry.
fn lookup(
    vm: &mut Vm,
    call: impl Fn(&mut libc::passwd, &mut [libc::c_char], &mut *mut libc::passwd) -> i32,
) -> PyResult<Value> {
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        // SAFETY: `passwd` is plain data, filled by the C library before it is read.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = call(&mut pw, &mut buf, &mut result);
        if rc == libc::ERANGE && size < 1 << 20 {
            size *= 4;
            continue;
        }
        if result.is_null() {
            return Ok(Value::None);
        }
        return Ok(entry(vm, &pw));
    }
}

/// getpwuid(uid) -> the entry tuple, or None.
fn getpwuid(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getpwuid", args, 1, 1)?;
    let uid = as_int(vm, args[0], "")?;
    let Ok(uid) = libc::uid_t::try_from(uid) else {
        return Ok(Value::None);
    };
    lookup(vm, |pw, buf, res| {
        // SAFETY: every pointer is to a live local and `buf.len()` is the buffer's size.
        unsafe { libc::getpwuid_r(uid, pw, buf.as_mut_ptr(), buf.len(), res) }
    })
}

/// getpwnam(name) -> the entry tuple, or None.
fn getpwnam(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getpwnam", args, 1, 1)?;
    let name = str_arg(vm, args[0], "getpwnam")?;
    let Ok(name) = CString::new(name) else {
        return Err(vm.value_error("embedded null character"));
    };
    lookup(vm, |pw, buf, res| {
        // SAFETY: `name` is NUL-terminated; the other pointers are to live locals and
        // `buf.len()` is the buffer's size.
        unsafe { libc::getpwnam_r(name.as_ptr(), pw, buf.as_mut_ptr(), buf.len(), res) }
    })
}
