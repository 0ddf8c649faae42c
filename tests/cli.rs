//! Whole-command behaviour checked against CPython at test time (`python3` is on every
//! machine that runs the tests).

use std::process::Command;

const KESTREL: &str = env!("CARGO_BIN_EXE_kestrel");

/// stderr of `prog -c src`, without CPython 3.11's caret lines (Kestrel does not draw them).
fn stderr_of(prog: &str, src: &str) -> String {
    let out = Command::new(prog)
        .args(["-c", src])
        .output()
        .unwrap_or_else(|e| panic!("running {prog}: {e}"));
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| !l.trim().chars().all(|c| c == '^' || c == '~') || l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn repeated_traceback_lines_are_collapsed_as_in_cpython() {
    let src =
        "def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\n\
               def g(n):\n    return f(n) if n < 5 else g(n - 1)\ng(40)\n";
    let expected = stderr_of("python3", src);
    assert!(expected.contains("[Previous line repeated 34 more times]"));
    assert!(expected.contains("[Previous line repeated 1 more time]"));
    assert_eq!(stderr_of(KESTREL, src), expected);
}
