//! Peak memory of whole `kestrel` processes (issue 15): a long generator consumed by a
//! native and millions of dropped reference cycles stay bounded, and `-X max_memory` turns
//! growth past the cap into a MemoryError. Peak RSS comes from `wait4`'s resource usage.

use std::process::{Command, Stdio};

/// The exit status of one `kestrel` run.
fn status(args: &[&str]) -> i32 {
    let out = Command::new(env!("CARGO_BIN_EXE_kestrel"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run kestrel");
    out.status.code().unwrap_or(-1)
}

/// Peak RSS (KiB) of one `kestrel` run, measured with `wait4` on that child alone (which
/// reaps it, so `Child::wait` is not called).
#[allow(clippy::zombie_processes)]
fn peak_kib(args: &[&str]) -> (i32, String, i64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kestrel"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn kestrel");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child, writing the status and usage structs given.
    let r = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(r > 0, "wait4 failed");
    let out = reader.join().unwrap_or_default();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (code, out, usage.ru_maxrss)
}

const MIB: i64 = 1024;

#[test]
fn a_generator_consumed_by_sum_stays_small() {
    let (code, out, kib) = peak_kib(&["-c", "print(sum(len(str(i)) for i in range(2*10**6)))"]);
    assert_eq!((code, out.trim()), (0, "12888890"));
    assert!(kib < 40 * MIB, "sum over a generator peaked at {kib} KiB");
}

#[test]
fn a_map_calling_back_into_python_stays_small() {
    let (code, out, kib) = peak_kib(&[
        "-c",
        "print(sum(map(lambda i: len(str(i) * 3), range(10**6))))",
    ]);
    assert_eq!((code, out.trim()), (0, "17666670"));
    assert!(kib < 40 * MIB, "sum over map peaked at {kib} KiB");
}

#[test]
fn two_million_dropped_cycles_stay_small() {
    let prog = "for i in range(2*10**6):\n    a = []\n    a.append(a)\nprint('done')";
    let (code, out, kib) = peak_kib(&["-c", prog]);
    assert_eq!((code, out.trim()), (0, "done"));
    assert!(kib < 40 * MIB, "dropped cycles peaked at {kib} KiB");
}

#[test]
fn list_inplace_growth_is_a_memory_error() {
    // `l += l` in a loop grew the list unchecked: the allocator aborted the process.
    let prog = "l = [0]\ntry:\n    while True:\n        l += l\nexcept MemoryError:\n    \
                print('caught', len(l) > 1000)\nprint('alive')";
    let (code, out, kib) = peak_kib(&["-X", "max_memory=64M", "-c", prog]);
    assert_eq!((code, out.as_str()), (0, "caught True\nalive\n"));
    assert!(kib < 160 * MIB, "a 64 MiB cap peaked at {kib} KiB");
}

#[test]
fn max_memory_caps_growth_with_a_memory_error() {
    let prog = "a = []\ntry:\n    while True:\n        a.append([0] * 100)\nexcept MemoryError:\n    \
                n = len(a)\n    a = None\n    print('caught', n > 1000)\nb = [str(i) for i in \
                range(10000)]\nprint(len(b))\ntry:\n    x = 'y' * (100 << 20)\nexcept MemoryError:\n    \
                print('big caught')\nfor i in range(100000):\n    z = [i] * 100\nprint('churn ok')";
    let (code, out, kib) = peak_kib(&["-X", "max_memory=40M", "-c", prog]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "caught True\n10000\nbig caught\nchurn ok\n");
    assert!(kib < 80 * MIB, "a 40 MiB cap peaked at {kib} KiB");
    // The environment variable does the same; an uncaught MemoryError exits with status 1.
    let code = status(&[
        "-X",
        "max_memory=20M",
        "-c",
        "x = []\nwhile True: x.append(1)",
    ]);
    assert_eq!(code, 1);
    let out = Command::new(env!("CARGO_BIN_EXE_kestrel"))
        .args(["-c", "x = []\nwhile True: x.append('abc' * 10)"])
        .env("KESTREL_MAX_MEMORY", "20M")
        .output()
        .expect("run kestrel");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("MemoryError\n"));
}

#[test]
fn huge_requests_are_memory_errors_without_a_cap() {
    let prog = "for f in [lambda: 'x' * 10**12, lambda: 'x'.center(10**12), \
                lambda: list(range(10**12)), lambda: (1).to_bytes(10**12, 'big'), \
                lambda: f'{1:{10**12}}', lambda: 1 << 10**13]:\n    try:\n        f()\n    \
                except MemoryError:\n        print('MemoryError')";
    let (code, out, kib) = peak_kib(&["-c", prog]);
    assert_eq!(code, 0);
    assert_eq!(out, "MemoryError\n".repeat(6));
    assert!(kib < 40 * MIB, "refused requests still peaked at {kib} KiB");
}

#[test]
fn a_closed_stdout_pipe_is_a_broken_pipe_error() {
    for prog in [
        "for i in range(10**5): print(i)",
        "import time\ntime.sleep(0.2)\nprint(1)",
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kestrel"))
            .args(["-c", prog])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn kestrel");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("kestrel output");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"),
            "{err}"
        );
    }
}
