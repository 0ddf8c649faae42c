//! SIGINT and the run-time limits, end to end: the `kestrel` binary is started on a program
//! that never ends, interrupted, and its traceback and exit status compared with what
//! CPython 3.11 gives (`python3 -c 'while 1: pass'` interrupted: the traceback, then the
//! process kills itself with SIGINT).

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kestrel");

/// Starts `kestrel [args] -c src`; `src` prints `ready` once it is about to block or loop.
fn start(args: &[&str], src: &str) -> Child {
    let mut child = Command::new(BIN)
        .args(args)
        .arg("-c")
        .arg(src)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kestrel starts");
    let mut line = String::new();
    let out = child.stdout.as_mut().expect("stdout");
    let mut r = BufReader::new(out);
    r.read_line(&mut line).expect("reads ready");
    assert_eq!(line, "ready\n");
    child
}

/// Waits for the child to end (at most 20 s), returning its status and stderr.
fn finish(mut child: Child) -> (std::process::ExitStatus, String, String) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kestrel did not stop");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut err = String::new();
    let mut out = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    (status, out, err)
}

fn interrupt(child: &Child) {
    // Give the program a moment to enter its loop or blocking call.
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: `kill` has no memory-safety preconditions; the pid is our live child's.
    let r = unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    assert_eq!(r, 0);
}

/// Interrupts `src` and checks CPython's traceback (`frames`: the `File` lines' line numbers
/// and functions) and death by SIGINT.
fn check_interrupted(args: &[&str], src: &str, frames: &[&str]) {
    let child = start(args, src);
    interrupt(&child);
    let (status, _, err) = finish(child);
    assert_eq!(
        status.signal(),
        Some(libc::SIGINT),
        "status {status:?}, stderr {err}"
    );
    let mut want = String::from("Traceback (most recent call last):\n");
    for f in frames {
        want.push_str(&format!("  File \"<string>\", {f}\n"));
    }
    want.push_str("KeyboardInterrupt\n");
    // Source lines are not shown for `-c` code (CPython shows none either).
    let got: String = err
        .lines()
        .filter(|l| !l.starts_with("    "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(got, want, "stderr was:\n{err}");
}

const LOOP: &str = "print('ready', flush=True)\nwhile 1: pass";
const IN_FUNCTION: &str =
    "def spin():\n    while True:\n        pass\nprint('ready', flush=True)\nspin()";
/// Calls without loops: only the call safepoints can notice the signal.
const RECURSION: &str = "def f(n):\n    return f(n - 1) if n else 0\ndef g(n):\n    f(200)\n    return g(n) if n > 0 else 0\nprint('ready', flush=True)\nany(map(g, [1] * 10**8))";

#[test]
fn sigint_stops_a_loop() {
    check_interrupted(&[], LOOP, &["line 2, in <module>"]);
}

#[test]
fn sigint_stops_a_loop_in_a_function() {
    check_interrupted(
        &[],
        IN_FUNCTION,
        &["line 5, in <module>", "line 2, in spin"],
    );
}

#[test]
fn sigint_under_each_dispatch() {
    for d in ["switch", "threaded"] {
        check_interrupted(&["--dispatch", d], LOOP, &["line 2, in <module>"]);
        check_interrupted(
            &["--dispatch", d],
            IN_FUNCTION,
            &["line 5, in <module>", "line 2, in spin"],
        );
    }
    // The counting loop; its report follows the traceback.
    let child = start(&["--stats"], LOOP);
    interrupt(&child);
    let (status, _, err) = finish(child);
    assert_eq!(status.signal(), Some(libc::SIGINT));
    assert!(
        err.contains("line 2, in <module>\nKeyboardInterrupt\nkestrel stats"),
        "{err}"
    );
}

#[test]
fn sigint_stops_recursion() {
    let child = start(&[], RECURSION);
    interrupt(&child);
    let (status, _, err) = finish(child);
    assert_eq!(status.signal(), Some(libc::SIGINT));
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
}

#[test]
fn sigint_interrupts_blocking_calls() {
    let sleep = "import time\nprint('ready', flush=True)\ntime.sleep(100)";
    check_interrupted(&[], sleep, &["line 3, in <module>"]);
    // stdin is a pipe nobody writes to.
    let read = "print('ready', flush=True)\ninput()";
    check_interrupted(&[], read, &["line 2, in <module>"]);
}

#[test]
fn keyboard_interrupt_can_be_caught() {
    let src = "try:\n    print('ready', flush=True)\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n";
    let child = start(&[], src);
    interrupt(&child);
    let (status, out, err) = finish(child);
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(out, "caught\n");
}

#[test]
fn python_sigint_handler_runs() {
    let src = "import signal, sys\ndef h(n, f):\n    print('handled', n)\n    sys.exit(3)\nsignal.signal(signal.SIGINT, h)\nprint('ready', flush=True)\nwhile True:\n    pass\n";
    let child = start(&[], src);
    interrupt(&child);
    let (status, out, _) = finish(child);
    assert_eq!(status.code(), Some(3));
    assert_eq!(out, "handled 2\n");
}

/// Runs `kestrel args -c src` to the end: (exit code, stdout, stderr).
fn run(args: &[&str], env: &[(&str, &str)], src: &str) -> (Option<i32>, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .arg("-c")
        .arg(src)
        .envs(env.iter().copied())
        .output()
        .expect("kestrel runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const RUNAWAY: &str = "print('start')\nwhile True:\n    try:\n        while True:\n            pass\n    except Exception:\n        pass\n";

#[test]
fn max_instructions_stops_a_runaway_program() {
    for d in ["threaded", "switch"] {
        let (code, out, err) = run(
            &["--dispatch", d, "-X", "max_instructions=100000"],
            &[],
            RUNAWAY,
        );
        assert_eq!(code, Some(1), "{err}");
        assert_eq!(out, "start\n");
        assert!(
            err.ends_with(
                "RuntimeError: instruction limit exceeded (-X max_instructions=100000)\n"
            ),
            "{err}"
        );
    }
    let (code, _, err) = run(&["--stats", "-X", "max_instructions=5000"], &[], RUNAWAY);
    assert_eq!(code, Some(1));
    assert!(err.contains("instruction limit exceeded"), "{err}");
    let (code, _, err) = run(&[], &[("KESTREL_MAX_INSTRUCTIONS", "5000")], RUNAWAY);
    assert_eq!(code, Some(1));
    assert!(err.contains("instruction limit exceeded"), "{err}");
    // A program within its budget runs normally.
    let (code, out, _) = run(
        &["-X", "max_instructions=100000"],
        &[],
        "print(sum(range(100)))",
    );
    assert_eq!((code, out.as_str()), (Some(0), "4950\n"));
    let (code, _, err) = run(&["-X", "max_instructions=lots"], &[], "pass");
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn timeout_stops_a_runaway_program() {
    let start = Instant::now();
    let (code, out, err) = run(&["-X", "timeout=0.3"], &[], RUNAWAY);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(out, "start\n");
    assert!(
        err.ends_with("RuntimeError: time limit exceeded (-X timeout=0.3)\n"),
        "{err}"
    );
    let (code, _, err) = run(
        &[],
        &[("KESTREL_TIMEOUT", "0.2")],
        "import time\ntime.sleep(60)",
    );
    assert_eq!(code, Some(1));
    assert!(
        err.ends_with("RuntimeError: time limit exceeded (-X timeout=0.2)\n"),
        "{err}"
    );
    assert!(start.elapsed() < Duration::from_secs(15));
    let (code, out, _) = run(&["-X", "timeout=30"], &[], "print('quick')");
    assert_eq!((code, out.as_str()), (Some(0), "quick\n"));
}

#[test]
fn sigint_interrupts_file_reads() {
    // `sys.stdin` is a pipe nobody writes to: readline and read wait until interrupted.
    let readline = "import sys\nprint('ready', flush=True)\nsys.stdin.readline()";
    let child = start(&[], readline);
    interrupt(&child);
    let (status, _, err) = finish(child);
    assert_eq!(status.signal(), Some(libc::SIGINT), "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    // A handler that does not raise lets the read go on.
    let src = "import signal, sys\nsignal.signal(signal.SIGALRM, lambda n, f: print('alarm', flush=True))\nsignal.setitimer(signal.ITIMER_REAL, 0.2)\nprint('ready', flush=True)\nprint(repr(sys.stdin.readline()))";
    let mut child = start(&[], src);
    std::thread::sleep(Duration::from_millis(500));
    {
        use std::io::Write;
        let stdin = child.stdin.as_mut().unwrap();
        stdin.write_all(b"typed\n").unwrap();
    }
    let (status, out, err) = finish(child);
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(out, "alarm\n'typed\\n'\n");
}

#[test]
fn sigint_at_the_piped_repl_prompt() {
    // `kestrel -i` reading a pipe: Ctrl-C while it waits for a line prints KeyboardInterrupt
    // and a fresh prompt; the REPL goes on.
    let mut child = Command::new(BIN)
        .args(["-i", "-c", "print('ready', flush=True)"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kestrel starts");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line, "ready\n");
    interrupt(&child);
    std::thread::sleep(Duration::from_millis(100));
    {
        use std::io::Write;
        let stdin = child.stdin.as_mut().unwrap();
        stdin.write_all(b"6 * 7\n").unwrap();
    }
    drop(child.stdin.take());
    let (status, out, err) = finish(child);
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(out, "42\n");
    assert_eq!(err, ">>> \nKeyboardInterrupt\n>>> >>> \n");
}
