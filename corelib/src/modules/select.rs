//! `_select`: the native half of `select` (`corelib/lib/select.py` makes `select()`, the
//! `poll` and `epoll` objects): poll(2) and epoll(7) over descriptors.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Raised, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_select", module);
}

const CONSTS: &[(&str, i64)] = &[
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("EPOLLIN", libc::EPOLLIN as i64),
    ("EPOLLPRI", libc::EPOLLPRI as i64),
    ("EPOLLOUT", libc::EPOLLOUT as i64),
    ("EPOLLERR", libc::EPOLLERR as i64),
    ("EPOLLHUP", libc::EPOLLHUP as i64),
    ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
    ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
    ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
    ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
    ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
    ("EPOLLMSG", libc::EPOLLMSG as i64),
    ("EPOLLET", libc::EPOLLET as u32 as i64),
    ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
    ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
    ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
    ("EPOLL_CTL_ADD", libc::EPOLL_CTL_ADD as i64),
    ("EPOLL_CTL_MOD", libc::EPOLL_CTL_MOD as i64),
    ("EPOLL_CTL_DEL", libc::EPOLL_CTL_DEL as i64),
    ("PIPE_BUF", libc::PIPE_BUF as i64),
];

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_select",
        &[
            ("poll", poll),
            ("epoll_create", epoll_create),
            ("epoll_ctl", epoll_ctl),
            ("epoll_wait", epoll_wait),
        ],
    );
    super::set_int_consts(vm, m, CONSTS);
    Ok(m)
}

fn last_error(vm: &mut Vm) -> Raised {
    super::io::last_os_error(vm)
}

fn interrupted() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
}

/// A timeout in milliseconds (negative: none), counted down across retries.
fn deadline(ms: i32) -> Option<std::time::Instant> {
    (ms > 0).then(|| std::time::Instant::now() + std::time::Duration::from_millis(ms as u64))
}

fn left(ms: i32, end: Option<std::time::Instant>) -> i32 {
    match end {
        Some(t) => t
            .saturating_duration_since(std::time::Instant::now())
            .as_millis()
            .min(i32::MAX as u128) as i32,
        None => ms,
    }
}

fn pair(v: Value) -> Option<(Value, Value)> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
            _ => None,
        },
        _ => None,
    }
}

/// poll([(fd, events), ...], timeout_ms) -> [(fd, revents), ...]; a negative timeout waits
/// without limit. Interrupted by a signal, the wait goes on for the time left.
fn poll(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "poll", args, 2, 2)?;
    let items = vm.collect_iter(args[0])?;
    let mut fds = Vec::with_capacity(items.len());
    for it in items {
        let Some((fd, ev)) = pair(it) else {
            return Err(vm.type_error("poll() expects (fd, events) pairs"));
        };
        let fd = as_c_int(vm, fd)?;
        let ev = as_int(vm, ev, "")? as libc::c_short;
        fds.push(libc::pollfd {
            fd,
            events: ev,
            revents: 0,
        });
    }
    let ms = as_c_int(vm, args[1])?;
    if ms != 0 {
        vm.out.flush();
    }
    let end = deadline(ms);
    let n = loop {
        let wait = left(ms, end);
        // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait) };
        if r >= 0 {
            break r;
        }
        if !interrupted() {
            return Err(last_error(vm));
        }
        vm.check_signals()?;
    };
    let mut out = Vec::with_capacity(n as usize);
    for p in fds.iter().filter(|p| p.revents != 0) {
        let t = vm.new_tuple(vec![Value::Int(p.fd as i64), Value::Int(p.revents as i64)]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

fn epoll_create(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "epoll_create", args, 0, 0)?;
    // SAFETY: epoll_create1 takes a flag.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(fd as i64))
}

/// epoll_ctl(epfd, op, fd, events).
fn epoll_ctl(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "epoll_ctl", args, 4, 4)?;
    let epfd = as_c_int(vm, args[0])?;
    let op = as_c_int(vm, args[1])?;
    let fd = as_c_int(vm, args[2])?;
    let events = as_int(vm, args[3], "")? as u32;
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u32 as u64,
    };
    // SAFETY: `ev` is a valid epoll_event (ignored by EPOLL_CTL_DEL).
    if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

/// epoll_wait(epfd, maxevents, timeout_ms) -> [(fd, events), ...].
fn epoll_wait(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "epoll_wait", args, 3, 3)?;
    let epfd = as_c_int(vm, args[0])?;
    let max = as_c_int(vm, args[1])?.clamp(1, 1 << 16);
    let ms = as_c_int(vm, args[2])?;
    if ms != 0 {
        vm.out.flush();
    }
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; max as usize];
    let end = deadline(ms);
    let n = loop {
        let wait = left(ms, end);
        // SAFETY: `evs` has room for `max` events.
        let r = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), max, wait) };
        if r >= 0 {
            break r as usize;
        }
        if !interrupted() {
            return Err(last_error(vm));
        }
        vm.check_signals()?;
    };
    let mut out = Vec::with_capacity(n);
    for e in &evs[..n] {
        let (data, events) = (e.u64, e.events);
        let t = vm.new_tuple(vec![
            Value::Int(data as u32 as i32 as i64),
            Value::Int(events as i64),
        ]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}
