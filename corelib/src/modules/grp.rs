//! `_grp`: the native half of `grp` (`corelib/lib/grp.py` makes `struct_group` and the
//! KeyErrors): the group database through the C library.

use super::pwd::c_str;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::ffi::CString;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_grp", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_grp",
        &[
            ("getgrgid", getgrgid),
            ("getgrnam", getgrnam),
        ],
    ))
}

/// The four fields of a `struct group` as a tuple (members as a list of str).
fn entry(vm: &mut Vm, gr: &libc::group) -> Value {
    let mut members = Vec::new();
    let mut p = gr.gr_mem;
    // SAFETY: `gr_mem` is a NULL-terminated array of C strings owned by the record.
    unsafe {
        while !p.is_null() && !(*p).is_null() {
            members.push(c_str(vm, *p));
            p = p.add(1);
        }
    }
    let items = vec![
        c_str(vm, gr.gr_name),
        c_str(vm, gr.gr_passwd),
        Value::Int(gr.gr_gid as i64),
        vm.new_list(members),
    ];
    vm.new_tuple(items)
}

fn lookup(
    vm: &mut Vm,
    call: impl Fn(&mut libc::group, &mut [libc::c_char], &mut *mut libc::group) -> i32,
) -> PyResult<Value> {
    let mut size = 4096usize;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        // SAFETY: `group` is plain data, filled by the C library before it is read.
        let mut gr: libc::group = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::group = std::ptr::null_mut();
        let rc = call(&mut gr, &mut buf, &mut result);
        if rc == libc::ERANGE && size < 1 << 22 {
            size *= 4;
            continue;
        }
        if result.is_null() {
            return Ok(Value::None);
        }
        return Ok(entry(vm, &gr));
    }
}

/// getgrgid(gid) -> the entry tuple, or None.
fn getgrgid(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getgrgid", args, 1, 1)?;
    let gid = as_int(vm, args[0], "")?;
    let Ok(gid) = libc::gid_t::try_from(gid) else {
        return Ok(Value::None);
    };
    lookup(vm, |gr, buf, res| {
        // SAFETY: every pointer is to a live local and `buf.len()` is the buffer's size.
        unsafe { libc::getgrgid_r(gid, gr, buf.as_mut_ptr(), buf.len(), res) }
    })
}

/// getgrnam(name) -> the entry tuple, or None.
fn getgrnam(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getgrnam", args, 1, 1)?;
    let name = str_arg(vm, args[0], "getgrnam")?;
    let Ok(name) = CString::new(name) else {
        return Err(vm.value_error("embedded null character"));
    };
    lookup(vm, |gr, buf, res| {
        // SAFETY: `name` is NUL-terminated; the other pointers are to live locals and
        // `buf.len()` is the buffer's size.
        unsafe { libc::getgrnam_r(name.as_ptr(), gr, buf.as_mut_ptr(), buf.len(), res) }
    })
}
