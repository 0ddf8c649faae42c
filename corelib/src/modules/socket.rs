//! `_socket`: the native half of `socket` (`corelib/lib/socket.py` makes the socket class,
//! timeouts and the module functions): BSD sockets over libc, addressed by descriptor.
//! Addresses are CPython's: `(host, port)` for AF_INET, `(host, port, flowinfo, scope_id)`
//! for AF_INET6, a path (str, or bytes for the abstract namespace) for AF_UNIX.

use super::io::os_error;
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Raised, Value, Vm};
use std::mem::size_of;
use std::net::{Ipv4Addr, Ipv6Addr};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_socket", module);
}

const CONSTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC as i64),
    ("AF_INET", libc::AF_INET as i64),
    ("AF_INET6", libc::AF_INET6 as i64),
    ("AF_UNIX", libc::AF_UNIX as i64),
    ("SOCK_STREAM", libc::SOCK_STREAM as i64),
    ("SOCK_DGRAM", libc::SOCK_DGRAM as i64),
    ("SOCK_RAW", libc::SOCK_RAW as i64),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET as i64),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK as i64),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC as i64),
    ("SOL_SOCKET", libc::SOL_SOCKET as i64),
    ("SOL_IP", libc::SOL_IP as i64),
    ("SOL_TCP", libc::SOL_TCP as i64),
    ("SOL_UDP", libc::SOL_UDP as i64),
    ("IPPROTO_IP", libc::IPPROTO_IP as i64),
    ("IPPROTO_TCP", libc::IPPROTO_TCP as i64),
    ("IPPROTO_UDP", libc::IPPROTO_UDP as i64),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6 as i64),
    ("IPPROTO_ICMP", libc::IPPROTO_ICMP as i64),
    ("SO_REUSEADDR", libc::SO_REUSEADDR as i64),
    ("SO_REUSEPORT", libc::SO_REUSEPORT as i64),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE as i64),
    ("SO_BROADCAST", libc::SO_BROADCAST as i64),
    ("SO_LINGER", libc::SO_LINGER as i64),
    ("SO_SNDBUF", libc::SO_SNDBUF as i64),
    ("SO_RCVBUF", libc::SO_RCVBUF as i64),
    ("SO_ERROR", libc::SO_ERROR as i64),
    ("SO_TYPE", libc::SO_TYPE as i64),
    ("SO_DOMAIN", libc::SO_DOMAIN as i64),
    ("SO_PROTOCOL", libc::SO_PROTOCOL as i64),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN as i64),
    ("SO_RCVLOWAT", libc::SO_RCVLOWAT as i64),
    ("SO_SNDLOWAT", libc::SO_SNDLOWAT as i64),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO as i64),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO as i64),
    ("SO_OOBINLINE", libc::SO_OOBINLINE as i64),
    ("TCP_NODELAY", libc::TCP_NODELAY as i64),
    ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE as i64),
    ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL as i64),
    ("TCP_KEEPCNT", libc::TCP_KEEPCNT as i64),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY as i64),
    ("IP_TTL", libc::IP_TTL as i64),
    ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL as i64),
    ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP as i64),
    ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP as i64),
    ("MSG_PEEK", libc::MSG_PEEK as i64),
    ("MSG_WAITALL", libc::MSG_WAITALL as i64),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT as i64),
    ("MSG_OOB", libc::MSG_OOB as i64),
    ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL as i64),
    ("MSG_TRUNC", libc::MSG_TRUNC as i64),
    ("SHUT_RD", libc::SHUT_RD as i64),
    ("SHUT_WR", libc::SHUT_WR as i64),
    ("SHUT_RDWR", libc::SHUT_RDWR as i64),
    ("SOMAXCONN", libc::SOMAXCONN as i64),
    ("AI_PASSIVE", libc::AI_PASSIVE as i64),
    ("AI_CANONNAME", libc::AI_CANONNAME as i64),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST as i64),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV as i64),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG as i64),
    ("AI_V4MAPPED", libc::AI_V4MAPPED as i64),
    ("AI_ALL", libc::AI_ALL as i64),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST as i64),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV as i64),
    ("NI_NAMEREQD", libc::NI_NAMEREQD as i64),
    ("NI_NOFQDN", libc::NI_NOFQDN as i64),
    ("NI_DGRAM", libc::NI_DGRAM as i64),
    ("NI_MAXHOST", libc::NI_MAXHOST as i64),
    ("NI_MAXSERV", 32),
    ("EAI_AGAIN", libc::EAI_AGAIN as i64),
    ("EAI_BADFLAGS", libc::EAI_BADFLAGS as i64),
    ("EAI_FAIL", libc::EAI_FAIL as i64),
    ("EAI_FAMILY", libc::EAI_FAMILY as i64),
    ("EAI_MEMORY", libc::EAI_MEMORY as i64),
    ("EAI_NONAME", libc::EAI_NONAME as i64),
    ("EAI_SERVICE", libc::EAI_SERVICE as i64),
    ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE as i64),
    ("EAI_SYSTEM", libc::EAI_SYSTEM as i64),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 0xffff_ffff),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("INADDR_NONE", 0xffff_ffff),
    ("POLLIN", libc::POLLIN as i64),
    ("POLLOUT", libc::POLLOUT as i64),
];

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_socket",
        &[
            ("socket", socket),
            ("socketpair", socketpair),
            ("close", close),
            ("dup", dup),
            ("bind", bind),
            ("connect", connect),
            ("listen", listen),
            ("accept", accept),
            ("send", send),
            ("sendto", sendto),
            ("recv", recv),
            ("recvfrom", recvfrom),
            ("shutdown", shutdown),
            ("setsockopt", setsockopt),
            ("getsockopt", getsockopt),
            ("setblocking", setblocking),
            ("getblocking", getblocking),
            ("getsockname", getsockname),
            ("getpeername", getpeername),
            ("wait", wait),
            ("gethostname", gethostname),
            ("getaddrinfo", getaddrinfo),
            ("getnameinfo", getnameinfo),
            ("gai_strerror", gai_strerror),
            ("inet_pton", inet_pton),
            ("inet_ntop", inet_ntop),
        ],
    );
    super::set_int_consts(vm, m, CONSTS);
    Ok(m)
}

fn last_error(vm: &mut Vm) -> Raised {
    super::io::last_os_error(vm)
}

/// Runs a system call until it is not interrupted by a signal (PEP 475: the Python
/// handlers run in between, and their exceptions propagate); a negative result raises
/// OSError with its errno.
fn retry(vm: &mut Vm, mut f: impl FnMut() -> isize) -> PyResult<isize> {
    loop {
        let r = f();
        if r >= 0 {
            return Ok(r);
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_error(vm));
        }
        vm.check_signals()?;
    }
}

fn fd_of(vm: &mut Vm, v: Value) -> PyResult<i32> {
    as_c_int(vm, v)
}

fn int_of(vm: &mut Vm, v: Value) -> PyResult<i32> {
    as_c_int(vm, v)
}

fn data_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// A socket address in C form.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain data for which all zero bytes are valid.
            storage: unsafe { std::mem::zeroed() },
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    fn ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }

    fn ptr_mut(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

fn v4(ip: Ipv4Addr, port: u16) -> SockAddr {
    let mut a = SockAddr::empty();
    // SAFETY: sockaddr_storage is large and aligned enough for any sockaddr_* type.
    let sin = unsafe { &mut *(a.ptr_mut() as *mut libc::sockaddr_in) };
    sin.sin_family = libc::AF_INET as libc::sa_family_t;
    sin.sin_port = port.to_be();
    sin.sin_addr.s_addr = u32::from(ip).to_be();
    a.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
    a
}

fn v6(ip: Ipv6Addr, port: u16, flow: u32, scope: u32) -> SockAddr {
    let mut a = SockAddr::empty();
    // SAFETY: sockaddr_storage is large and aligned enough for any sockaddr_* type.
    let sin = unsafe { &mut *(a.ptr_mut() as *mut libc::sockaddr_in6) };
    sin.sin6_family = libc::AF_INET6 as libc::sa_family_t;
    sin.sin6_port = port.to_be();
    sin.sin6_flowinfo = flow.to_be();
    sin.sin6_scope_id = scope;
    sin.sin6_addr.s6_addr = ip.octets();
    a.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
    a
}

/// Raises `socket.gaierror(code, text)`; the class lives in the Python module.
#[cold]
fn gai_error(vm: &mut Vm, code: i32) -> Raised {
    let text = gai_text(code);
    let cls = match vm.import_one("socket") {
        Ok(m) => match vm.getattr_str(Value::Obj(m), "gaierror") {
            Ok(c) => c,
            Err(r) => return r,
        },
        Err(r) => return r,
    };
    let args = [Value::Int(code as i64), vm.new_string(text)];
    match vm.call_value(cls, &args, &[]) {
        Ok(e) => vm.raise(e),
        Err(r) => r,
    }
}

fn gai_text(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static NUL-terminated string.
    let p = unsafe { libc::gai_strerror(code) };
    if p.is_null() {
        return "Unknown error".to_string();
    }
    // SAFETY: `p` is non-null and points to a NUL-terminated static string.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// One getaddrinfo(3) answer: (family, type, proto, canonname, address).
type AddrInfo = (i32, i32, i32, String, SockAddr);

/// getaddrinfo(3) over owned data; Err is the EAI_* code.
fn resolve(
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> Result<Vec<AddrInfo>, i32> {
    let host_c = match host.map(std::ffi::CString::new) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => return Err(libc::EAI_NONAME),
        None => None,
    };
    let port_c = match port.map(std::ffi::CString::new) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => return Err(libc::EAI_SERVICE),
        None => None,
    };
    // SAFETY: addrinfo is plain data; zero is a valid "no hints" value for every field.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings are NUL-terminated and outlive the call; `res` receives a list
    // that is freed below with freeaddrinfo.
    let rc = unsafe {
        libc::getaddrinfo(
            host_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            port_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if rc != 0 {
        return Err(rc);
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let mut a = SockAddr::empty();
        let len = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        // SAFETY: ai_addr points to ai_addrlen bytes; we copy at most the storage's size.
        unsafe {
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, a.ptr_mut() as *mut u8, len)
        };
        a.len = len as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null ai_canonname is a NUL-terminated string in the list.
            unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, canon, a));
        p = ai.ai_next;
    }
    // SAFETY: `res` is the list getaddrinfo returned; it is freed once and not used after.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// The IPv4 address of a host argument: '' is INADDR_ANY, '<broadcast>' the broadcast
/// address, a dotted quad itself, anything else a name to resolve.
fn host_v4(vm: &mut Vm, host: &str) -> PyResult<Ipv4Addr> {
    match host {
        "" => return Ok(Ipv4Addr::UNSPECIFIED),
        "<broadcast>" => return Ok(Ipv4Addr::BROADCAST),
        _ => {}
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        return Ok(ip);
    }
    match resolve(Some(host), None, libc::AF_INET, 0, 0, 0) {
        Ok(list) => match list.first() {
            // SAFETY: an AF_INET answer holds a sockaddr_in.
            Some(ai) => Ok(unsafe { sin_ip(&ai.4) }),
            None => Err(gai_error(vm, libc::EAI_NONAME)),
        },
        Err(code) => Err(gai_error(vm, code)),
    }
}

/// # Safety
/// `a` must hold a sockaddr_in.
unsafe fn sin_ip(a: &SockAddr) -> Ipv4Addr {
    // SAFETY: the caller guarantees the storage holds a sockaddr_in.
    let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
    Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr))
}

fn host_v6(vm: &mut Vm, host: &str) -> PyResult<(Ipv6Addr, u32)> {
    if host.is_empty() {
        return Ok((Ipv6Addr::UNSPECIFIED, 0));
    }
    if let Ok(ip) = host.parse::<Ipv6Addr>() {
        return Ok((ip, 0));
    }
    match resolve(Some(host), None, libc::AF_INET6, 0, 0, 0) {
        Ok(list) => match list.first() {
            Some(ai) => {
                // SAFETY: an AF_INET6 answer holds a sockaddr_in6.
                let sin = unsafe { &*(ai.4.ptr() as *const libc::sockaddr_in6) };
                Ok((Ipv6Addr::from(sin.sin6_addr.s6_addr), sin.sin6_scope_id))
            }
            None => Err(gai_error(vm, libc::EAI_NONAME)),
        },
        Err(code) => Err(gai_error(vm, code)),
    }
}

fn tuple_items(v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Tuple(t) => Some((0..t.len()).map(|i| t[i]).collect()),
            _ => None,
        },
        _ => None,
    }
}

fn port_of(vm: &mut Vm, v: Value, what: &str) -> PyResult<u16> {
    let p = match v {
        Value::Int(i) => i,
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    match u16::try_from(p) {
        Ok(p) => Ok(p),
        Err(_) => Err(vm.raise_msg("OverflowError", format!("{what}(): port must be 0-65535."))),
    }
}

/// The C form of a Python address for `family`; `what` names the calling method.
fn addr_arg(vm: &mut Vm, family: i32, v: Value, what: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let fam = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Some(items) = tuple_items(v) else {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("{what}(): {fam} address must be tuple, not {t}"))
                );
            };
            let ok = if family == libc::AF_INET {
                items.len() == 2
            } else {
                (2..=4).contains(&items.len())
            };
            if !ok {
                let msg = if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)"
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                };
                return Err(vm.type_error(msg));
            }
            let host = match as_str(items[0]) {
                Some(s) => s.to_string(),
                None => {
                    let t = bad_arg_type_name(vm, items[0]);
                    return Err(vm.type_error(format!("str, bytes or bytearray expected, not {t}")));
                }
            };
            let port = port_of(vm, items[1], what)?;
            if family == libc::AF_INET {
                let ip = host_v4(vm, &host)?;
                return Ok(v4(ip, port));
            }
            let flow = match items.get(2) {
                Some(&f) => as_int(vm, f, "")?,
                None => 0,
            };
            if !(0..=0xfffff).contains(&flow) {
                return Err(vm.raise_msg(
                    "OverflowError",
                    format!("{what}(): flowinfo must be 0-1048575."),
                ));
            }
            let scope = match items.get(3) {
                Some(&s) => as_int(vm, s, "")? as u32,
                None => 0,
            };
            let (ip, found_scope) = host_v6(vm, &host)?;
            Ok(v6(
                ip,
                port,
                flow as u32,
                if scope != 0 { scope } else { found_scope },
            ))
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = match as_str(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => match vm.buffer(v)? {
                    Some(b) => b.into_owned(),
                    None => {
                        let t = vm.type_name(v);
                        return Err(
                            vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                        );
                    }
                },
            };
            let mut a = SockAddr::empty();
            // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_un.
            let sun = unsafe { &mut *(a.ptr_mut() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(vm.raise_msg("OSError", "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            let extra = if path.first() == Some(&0) { 0 } else { 1 };
            a.len = (base + path.len() + extra) as libc::socklen_t;
            Ok(a)
        }
        _ => Err(vm.raise_msg("OSError", format!("{what}(): bad family"))),
    }
}

/// The Python form of a C address.
fn addr_value(vm: &mut Vm, a: &SockAddr) -> Value {
    match a.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            let host = vm.new_string(ip.to_string());
            vm.new_tuple(vec![host, Value::Int(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin.sin6_addr.s6_addr);
            let host = vm.new_string(ip.to_string());
            vm.new_tuple(vec![
                host,
                Value::Int(u16::from_be(sin.sin6_port) as i64),
                Value::Int(u32::from_be(sin.sin6_flowinfo) as i64),
                Value::Int(sin.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let base = size_of::<libc::sa_family_t>();
            let n = (a.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if raw.first() == Some(&0) {
                return vm.new_bytes(raw);
            }
            let end = raw.iter().position(|&c| c == 0).unwrap_or(raw.len());
            vm.new_string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => Value::None,
    }
}

/// socket(family, type, proto) -> a new descriptor (close-on-exec).
fn socket(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "socket", args, 3, 3)?;
    let fam = int_of(vm, args[0])?;
    let ty = int_of(vm, args[1])?;
    let proto = int_of(vm, args[2])?;
    // SAFETY: socket(2) takes plain integers.
    let fd = retry(
        vm,
        || unsafe { libc::socket(fam, ty | libc::SOCK_CLOEXEC, proto) } as isize,
    )?;
    Ok(Value::Int(fd as i64))
}

/// socketpair(family, type, proto) -> (fd, fd).
fn socketpair(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "socketpair", args, 3, 3)?;
    let fam = int_of(vm, args[0])?;
    let ty = int_of(vm, args[1])?;
    let proto = int_of(vm, args[2])?;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair(2) writes.
    retry(
        vm,
        || unsafe { libc::socketpair(fam, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) }
            as isize,
    )?;
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn close(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    // SAFETY: closing a descriptor number has no memory-safety preconditions; the Python
    // socket forgets it first. EINTR is not retried (the descriptor is gone on Linux).
    if unsafe { libc::close(fd) } < 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) && e.raw_os_error() != Some(libc::ECONNRESET) {
            return Err(os_error(vm, &e, None));
        }
    }
    Ok(Value::None)
}

fn dup(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "dup", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes plain integers.
    let r = retry(vm, || unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) }
        as isize)?;
    Ok(Value::Int(r as i64))
}

/// bind(fd, family, address).
fn bind(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "bind", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let fam = int_of(vm, args[1])?;
    let a = addr_arg(vm, fam, args[2], "bind")?;
    // SAFETY: `a` holds a valid sockaddr of `a.len` bytes.
    retry(vm, || unsafe { libc::bind(fd, a.ptr(), a.len) } as isize)?;
    Ok(Value::None)
}

/// connect(fd, family, address) -> 0 or the errno the connection failed with (so that
/// `connect_ex` and a non-blocking connect's EINPROGRESS are answers, not exceptions).
fn connect(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "connect", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let fam = int_of(vm, args[1])?;
    let a = addr_arg(vm, fam, args[2], "connect")?;
    // SAFETY: `a` holds a valid sockaddr of `a.len` bytes.
    let r = unsafe { libc::connect(fd, a.ptr(), a.len) };
    if r == 0 {
        return Ok(Value::Int(0));
    }
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    // An interrupted connect goes on in the background, as a non-blocking one does.
    let errno = if errno == libc::EINTR {
        libc::EINPROGRESS
    } else {
        errno
    };
    Ok(Value::Int(errno as i64))
}

fn listen(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "listen", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let backlog = int_of(vm, args[1])?.max(0);
    // SAFETY: listen(2) takes plain integers.
    retry(vm, || unsafe { libc::listen(fd, backlog) } as isize)?;
    Ok(Value::None)
}

/// accept(fd) -> (new fd, address).
fn accept(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "accept", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    let mut a = SockAddr::empty();
    let p = a.ptr_mut();
    let mut len = a.len;
    // SAFETY: `p` points to storage of `len` bytes that accept4 fills and resizes.
    let nfd = retry(
        vm,
        || unsafe { libc::accept4(fd, p, &mut len, libc::SOCK_CLOEXEC) } as isize,
    )?;
    a.len = len;
    let addr = addr_value(vm, &a);
    Ok(vm.new_tuple(vec![Value::Int(nfd as i64), addr]))
}

/// send(fd, data, flags) -> bytes sent.
fn send(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "send", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let data = data_of(vm, args[1])?;
    let flags = int_of(vm, args[2])? | libc::MSG_NOSIGNAL;
    // SAFETY: send(2) reads `data.len()` bytes from `data`.
    let n = retry(vm, || unsafe {
        libc::send(fd, data.as_ptr().cast(), data.len(), flags)
    })?;
    Ok(Value::Int(n as i64))
}

/// sendto(fd, data, flags, family, address) -> bytes sent.
fn sendto(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "sendto", args, 5, 5)?;
    let fd = fd_of(vm, args[0])?;
    let data = data_of(vm, args[1])?;
    let flags = int_of(vm, args[2])? | libc::MSG_NOSIGNAL;
    let fam = int_of(vm, args[3])?;
    let a = addr_arg(vm, fam, args[4], "sendto")?;
    // SAFETY: sendto(2) reads `data.len()` bytes from `data` and `a.len` from `a`.
    let n = retry(vm, || unsafe {
        libc::sendto(fd, data.as_ptr().cast(), data.len(), flags, a.ptr(), a.len)
    })?;
    Ok(Value::Int(n as i64))
}

fn size_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<usize> {
    let n = as_ssize(vm, v, "")?;
    if n < 0 {
        return Err(vm.value_error(format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

/// recv(fd, bufsize, flags) -> bytes.
fn recv(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "recv", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let n = size_arg(vm, args[1], "recv")?;
    let flags = int_of(vm, args[2])?;
    let mut buf = vec![0u8; n];
    // SAFETY: recv(2) writes at most `buf.len()` bytes into `buf`.
    let got = retry(vm, || unsafe {
        libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags)
    })?;
    buf.truncate((got as usize).min(n));
    Ok(vm.new_bytes(buf))
}

/// recvfrom(fd, bufsize, flags) -> (bytes, address).
fn recvfrom(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "recvfrom", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let n = size_arg(vm, args[1], "recvfrom")?;
    let flags = int_of(vm, args[2])?;
    let mut buf = vec![0u8; n];
    let mut a = SockAddr::empty();
    let p = a.ptr_mut();
    let mut len = a.len;
    // SAFETY: recvfrom(2) writes at most `buf.len()` bytes into `buf` and at most `len`
    // bytes of address into the storage `p` points to.
    let got = retry(vm, || unsafe {
        libc::recvfrom(fd, buf.as_mut_ptr().cast(), buf.len(), flags, p, &mut len)
    })?;
    a.len = len;
    buf.truncate((got as usize).min(n));
    let data = vm.new_bytes(buf);
    let addr = if len == 0 {
        Value::None
    } else {
        addr_value(vm, &a)
    };
    Ok(vm.new_tuple(vec![data, addr]))
}

fn shutdown(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "shutdown", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let how = int_of(vm, args[1])?;
    // SAFETY: shutdown(2) takes plain integers.
    retry(vm, || unsafe { libc::shutdown(fd, how) } as isize)?;
    Ok(Value::None)
}

/// setsockopt(fd, level, option, value): an int or a bytes-like value.
fn setsockopt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setsockopt", args, 4, 4)?;
    let fd = fd_of(vm, args[0])?;
    let level = int_of(vm, args[1])?;
    let opt = int_of(vm, args[2])?;
    let data: Vec<u8> = match vm.buffer(args[3])? {
        Some(b) => b.into_owned(),
        None => {
            let v = as_c_int(vm, args[3])?;
            v.to_ne_bytes().to_vec()
        }
    };
    // SAFETY: setsockopt(2) reads `data.len()` bytes from `data`.
    retry(vm, || unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            data.as_ptr().cast(),
            data.len() as libc::socklen_t,
        )
    } as isize)?;
    Ok(Value::None)
}

/// getsockopt(fd, level, option, buflen) -> an int when buflen is 0, else bytes.
fn getsockopt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getsockopt", args, 4, 4)?;
    let fd = fd_of(vm, args[0])?;
    let level = int_of(vm, args[1])?;
    let opt = int_of(vm, args[2])?;
    let buflen = as_int(vm, args[3], "")?;
    if buflen == 0 {
        let mut v: libc::c_int = 0;
        let mut len = size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: getsockopt(2) writes at most `len` bytes into `v`.
        retry(vm, || unsafe {
            libc::getsockopt(
                fd,
                level,
                opt,
                (&mut v as *mut libc::c_int).cast(),
                &mut len,
            )
        } as isize)?;
        return Ok(Value::Int(v as i64));
    }
    if !(1..=1024).contains(&buflen) {
        return Err(vm.raise_msg("OSError", "getsockopt buflen out of range"));
    }
    let mut buf = vec![0u8; buflen as usize];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: getsockopt(2) writes at most `len` bytes into `buf`.
    retry(
        vm,
        || unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) } as isize,
    )?;
    buf.truncate(len as usize);
    Ok(vm.new_bytes(buf))
}

/// setblocking(fd, flag): clears or sets O_NONBLOCK.
fn setblocking(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setblocking", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let block = vm.truthy(args[1])?;
    // SAFETY: fcntl(F_GETFL) takes plain integers.
    let fl = retry(vm, || unsafe { libc::fcntl(fd, libc::F_GETFL) } as isize)? as i32;
    let new = if block {
        fl & !libc::O_NONBLOCK
    } else {
        fl | libc::O_NONBLOCK
    };
    if new != fl {
        // SAFETY: fcntl(F_SETFL) takes plain integers.
        retry(vm, || unsafe { libc::fcntl(fd, libc::F_SETFL, new) }
            as isize)?;
    }
    Ok(Value::None)
}

fn getblocking(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getblocking", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    // SAFETY: fcntl(F_GETFL) takes plain integers.
    let fl = retry(vm, || unsafe { libc::fcntl(fd, libc::F_GETFL) } as isize)? as i32;
    Ok(Value::Bool(fl & libc::O_NONBLOCK == 0))
}

fn getsockname(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getsockname", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    let mut a = SockAddr::empty();
    let p = a.ptr_mut();
    let mut len = a.len;
    // SAFETY: getsockname(2) writes at most `len` bytes into the storage.
    retry(vm, || unsafe { libc::getsockname(fd, p, &mut len) }
        as isize)?;
    a.len = len;
    Ok(addr_value(vm, &a))
}

fn getpeername(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getpeername", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    let mut a = SockAddr::empty();
    let p = a.ptr_mut();
    let mut len = a.len;
    // SAFETY: getpeername(2) writes at most `len` bytes into the storage.
    retry(vm, || unsafe { libc::getpeername(fd, p, &mut len) }
        as isize)?;
    a.len = len;
    Ok(addr_value(vm, &a))
}

/// wait(fd, events, timeout) -> whether the descriptor became ready (poll(2); timeout in
/// seconds, None for no limit).
fn wait(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "wait", args, 3, 3)?;
    let fd = fd_of(vm, args[0])?;
    let events = int_of(vm, args[1])? as libc::c_short;
    let ms = match args[2] {
        Value::None => -1,
        v => {
            let secs = crate::builtins::to_f64(vm, v)?;
            (secs * 1000.0).ceil().clamp(0.0, i32::MAX as f64) as i32
        }
    };
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    if ms != 0 {
        vm.out.flush();
    }
    // SAFETY: `p` is one valid pollfd.
    let r = retry(vm, || unsafe { libc::poll(&mut p, 1, ms) } as isize)?;
    Ok(Value::Bool(r > 0))
}

fn gethostname(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "gethostname", args, 0, 0)?;
    let mut buf = [0u8; 256];
    // SAFETY: gethostname(2) writes at most `buf.len()` bytes into `buf`.
    retry(
        vm,
        || unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } as isize,
    )?;
    let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    Ok(vm.new_string(String::from_utf8_lossy(&buf[..end]).into_owned()))
}

fn opt_text(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<String>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(i.to_string())),
        _ => match as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => match vm.buffer(v)? {
                Some(b) => Ok(Some(String::from_utf8_lossy(&b).into_owned())),
                None => Err(vm.raise_msg("OSError", what.to_string())),
            },
        },
    }
}

/// getaddrinfo(host, port, family, type, proto, flags) -> [(family, type, proto,
/// canonname, address)]; a failure raises gaierror.
fn getaddrinfo(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getaddrinfo", args, 6, 6)?;
    let host = match args[0] {
        Value::None => None,
        v => match as_str(v) {
            Some(s) => Some(s.to_string()),
            None => match vm.buffer(v)? {
                Some(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                None => {
                    return Err(vm.type_error("getaddrinfo() argument 1 must be string or None"))
                }
            },
        },
    };
    let port = opt_text(vm, args[1], "Int or String expected")?;
    let fam = int_of(vm, args[2])?;
    let ty = int_of(vm, args[3])?;
    let proto = int_of(vm, args[4])?;
    let flags = int_of(vm, args[5])?;
    let list = match resolve(host.as_deref(), port.as_deref(), fam, ty, proto, flags) {
        Ok(l) => l,
        Err(code) => return Err(gai_error(vm, code)),
    };
    let mut out = Vec::with_capacity(list.len());
    for (f, t, p, canon, a) in &list {
        let canon = vm.new_string(canon.clone());
        let addr = addr_value(vm, a);
        let item = vm.new_tuple(vec![
            Value::Int(*f as i64),
            Value::Int(*t as i64),
            Value::Int(*p as i64),
            canon,
            addr,
        ]);
        out.push(item);
    }
    Ok(vm.new_list(out))
}

/// getnameinfo(address, flags) -> (host, port).
fn getnameinfo(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getnameinfo", args, 2, 2)?;
    let Some(items) = tuple_items(args[0]) else {
        return Err(vm.type_error("getnameinfo() argument 1 must be a tuple"));
    };
    let fam = match items.first().and_then(|h| as_str(*h)) {
        Some(h) if h.contains(':') => libc::AF_INET6,
        _ => libc::AF_INET,
    };
    let a = addr_arg(vm, fam, args[0], "getnameinfo")?;
    let flags = int_of(vm, args[1])?;
    let mut host = [0u8; 1025];
    let mut serv = [0u8; 32];
    // SAFETY: `a` is a valid sockaddr; the buffers' sizes are passed with them.
    let rc = unsafe {
        libc::getnameinfo(
            a.ptr(),
            a.len,
            host.as_mut_ptr().cast(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr().cast(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if rc != 0 {
        return Err(gai_error(vm, rc));
    }
    let text = |b: &[u8]| {
        let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
        String::from_utf8_lossy(&b[..end]).into_owned()
    };
    let h = vm.new_string(text(&host));
    let s = vm.new_string(text(&serv));
    Ok(vm.new_tuple(vec![h, s]))
}

fn gai_strerror(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "gai_strerror", args, 1, 1)?;
    let code = int_of(vm, args[0])?;
    Ok(vm.new_string(gai_text(code)))
}

/// inet_pton(family, text) -> packed bytes.
fn inet_pton(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "inet_pton", args, 2, 2)?;
    let fam = int_of(vm, args[0])?;
    let text = str_arg(vm, args[1], "inet_pton() argument 2")?;
    let bad = || "illegal IP address string passed to inet_pton";
    match fam {
        libc::AF_INET => match text.parse::<Ipv4Addr>() {
            Ok(ip) => Ok(vm.new_bytes(ip.octets().to_vec())),
            Err(_) => Err(vm.raise_msg("OSError", bad())),
        },
        libc::AF_INET6 => match text.parse::<Ipv6Addr>() {
            Ok(ip) => Ok(vm.new_bytes(ip.octets().to_vec())),
            Err(_) => Err(vm.raise_msg("OSError", bad())),
        },
        _ => {
            let e = std::io::Error::from_raw_os_error(libc::EAFNOSUPPORT);
            Err(os_error(vm, &e, None))
        }
    }
}

/// inet_ntop(family, packed) -> text.
fn inet_ntop(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "inet_ntop", args, 2, 2)?;
    let fam = int_of(vm, args[0])?;
    let data = data_of(vm, args[1])?;
    match fam {
        libc::AF_INET => match <[u8; 4]>::try_from(&data[..]) {
            Ok(b) => Ok(vm.new_string(Ipv4Addr::from(b).to_string())),
            Err(_) => Err(vm.value_error("invalid length of packed IP address string")),
        },
        libc::AF_INET6 => match <[u8; 16]>::try_from(&data[..]) {
            Ok(b) => Ok(vm.new_string(Ipv6Addr::from(b).to_string())),
            Err(_) => Err(vm.value_error("invalid length of packed IP address string")),
        },
        _ => Err(vm.value_error("unknown address family")),
    }
}
