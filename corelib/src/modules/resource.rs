//! `_resource`: the native half of `resource` (`corelib/lib/resource.py` makes the
//! `struct_rusage` result): process resource usage and limits.

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_resource", module);
}

const LIMITS: &[(&str, libc::__rlimit_resource_t)] = &[
    ("RLIMIT_CPU", libc::RLIMIT_CPU),
    ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE),
    ("RLIMIT_DATA", libc::RLIMIT_DATA),
    ("RLIMIT_STACK", libc::RLIMIT_STACK),
    ("RLIMIT_CORE", libc::RLIMIT_CORE),
    ("RLIMIT_RSS", libc::RLIMIT_RSS),
    ("RLIMIT_NPROC", libc::RLIMIT_NPROC),
    ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE),
    ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK),
    ("RLIMIT_AS", libc::RLIMIT_AS),
    ("RLIMIT_LOCKS", libc::RLIMIT_LOCKS),
    ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING),
    ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE),
    ("RLIMIT_NICE", libc::RLIMIT_NICE),
    ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO),
    ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME),
];

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_resource",
        &[
            ("getrusage", getrusage),
            ("getrlimit", getrlimit),
            ("setrlimit", setrlimit),
            ("getpagesize", getpagesize),
        ],
    );
    let d = Vm::module_dict(m);
    let set = |vm: &mut Vm, k: &str, v: i64| {
        let k = vm.intern(k);
        vm.dict_set_str(d, k, Value::Int(v));
    };
    for (name, n) in LIMITS {
        set(vm, name, *n as i64);
    }
    set(vm, "RUSAGE_SELF", libc::RUSAGE_SELF as i64);
    set(vm, "RUSAGE_CHILDREN", libc::RUSAGE_CHILDREN as i64);
    set(vm, "RUSAGE_THREAD", libc::RUSAGE_THREAD as i64);
    set(vm, "RLIM_INFINITY", -1);
    Ok(m)
}

/// getrusage(who) -> the 16 fields of `struct rusage` (times in seconds as floats).
fn getrusage(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getrusage", args, 1, 1)?;
    let who = as_int(vm, args[0], "")?;
    if ![
        libc::RUSAGE_SELF,
        libc::RUSAGE_CHILDREN,
        libc::RUSAGE_THREAD,
    ]
    .iter()
    .any(|&w| w as i64 == who)
    {
        return Err(vm.value_error("invalid who parameter"));
    }
    // SAFETY: `rusage` is plain data; getrusage fills the struct we own.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `who` is one of the valid constants and `ru` is a valid, owned struct.
    if unsafe { libc::getrusage(who as i32, &mut ru) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    let ints = [
        ru.ru_maxrss,
        ru.ru_ixrss,
        ru.ru_idrss,
        ru.ru_isrss,
        ru.ru_minflt,
        ru.ru_majflt,
        ru.ru_nswap,
        ru.ru_inblock,
        ru.ru_oublock,
        ru.ru_msgsnd,
        ru.ru_msgrcv,
        ru.ru_nsignals,
        ru.ru_nvcsw,
        ru.ru_nivcsw,
    ];
    let mut items = vec![
        Value::Float(secs(ru.ru_utime)),
        Value::Float(secs(ru.ru_stime)),
    ];
    items.extend(ints.iter().map(|&n| Value::Int(n)));
    Ok(vm.new_tuple(items))
}

fn resource_arg(vm: &mut Vm, v: Value) -> PyResult<libc::__rlimit_resource_t> {
    let n = as_int(vm, v, "")?;
    match LIMITS.iter().find(|(_, r)| *r as i64 == n) {
        Some((_, r)) => Ok(*r),
        None => Err(vm.value_error("invalid resource specified")),
    }
}

fn limit_value(l: libc::rlim_t) -> Value {
    if l == libc::RLIM_INFINITY {
        Value::Int(-1)
    } else {
        Value::Int(l as i64)
    }
}

/// getrlimit(resource) -> (soft, hard); RLIM_INFINITY is -1.
fn getrlimit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getrlimit", args, 1, 1)?;
    let res = resource_arg(vm, args[0])?;
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `res` is a valid resource and `rl` an owned struct getrlimit fills.
    if unsafe { libc::getrlimit(res, &mut rl) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    let items = vec![limit_value(rl.rlim_cur), limit_value(rl.rlim_max)];
    Ok(vm.new_tuple(items))
}

/// setrlimit(resource, (soft, hard)).
fn setrlimit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setrlimit", args, 2, 2)?;
    let res = resource_arg(vm, args[0])?;
    let pair = vm.collect_iter(args[1])?;
    if pair.len() != 2 {
        return Err(vm.value_error("expected a tuple of 2 integers"));
    }
    let mut lims = [0 as libc::rlim_t; 2];
    for (slot, v) in lims.iter_mut().zip(pair) {
        let n = as_int(vm, v, "")?;
        *slot = if n < 0 {
            libc::RLIM_INFINITY
        } else {
            n as libc::rlim_t
        };
    }
    let rl = libc::rlimit {
        rlim_cur: lims[0],
        rlim_max: lims[1],
    };
    // SAFETY: `res` is a valid resource and `rl` a valid struct we own.
    if unsafe { libc::setrlimit(res, &rl) } != 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINVAL) {
            return Err(vm.value_error("current limit exceeds maximum limit"));
        }
        if e.raw_os_error() == Some(libc::EPERM) {
            return Err(vm.value_error("not allowed to raise maximum limit"));
        }
        return Err(os_error(vm, &e, None));
    }
    Ok(Value::None)
}

fn getpagesize(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getpagesize", args, 0, 0)?;
    // SAFETY: sysconf has no memory-safety preconditions.
    Ok(Value::Int(
        unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64
    ))
}
