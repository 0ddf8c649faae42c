//! The REPL reading a pipe (not a terminal): plain lines, prompts on stderr, values echoed
//! and kept in `_`, as CPython's `python3 -i` does with piped input.

use std::io::Write;
use std::process::{Command, Stdio};

fn repl(input: &str) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kestrel"))
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kestrel starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn underscore_holds_the_last_echoed_value() {
    let (out, _) = repl("1+1\n_\n_*3\nNone\n_\n");
    assert_eq!(out, "2\n2\n6\n6\n");
}

#[test]
fn blocks_and_errors() {
    let (out, err) = repl("def f():\n    return 5\n\nf()\n1/0\nf() + 1\n");
    assert_eq!(out, "5\n6\n");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    assert!(err.starts_with(">>> "), "{err}");
}
