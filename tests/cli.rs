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

/// (stdout, stderr, exit code) of `prog args...` with `stdin` fed in, run in `dir`.
fn run(prog: &str, args: &[&str], stdin: &str, dir: &std::path::Path) -> (String, String, i32) {
    use std::io::Write;
    let mut child = Command::new(prog)
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running {prog}: {e}"));
    let mut input = child.stdin.take().expect("stdin");
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    let out = child.wait_with_output().expect("output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// A scratch directory with these files, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(tag: &str, files: &[(&str, &str)]) -> Scratch {
        let d = std::env::temp_dir().join(format!("kestrel_cli_{tag}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        for (name, text) in files {
            let p = d.join(name);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        std::fs::create_dir_all(&d).expect("mkdir");
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Both interpreters give the same stdout and exit code (and the same last stderr line).
fn same(args: &[&str], stdin: &str, dir: &std::path::Path) {
    let (po, pe, pc) = run("python3", args, stdin, dir);
    let (ko, ke, kc) = run(KESTREL, args, stdin, dir);
    assert_eq!(ko, po, "stdout of {args:?}");
    assert_eq!(kc, pc, "exit code of {args:?}");
    // The command's own messages start with its path ("python3: can't open file ...").
    let last = |s: &str, prog: &str| {
        let l = s.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        match l.split_once(": ") {
            Some((head, rest)) if head.ends_with(prog) => format!("PROG: {rest}"),
            _ => l.to_string(),
        }
    };
    assert_eq!(
        last(&ke, "kestrel"),
        last(&pe, "python3"),
        "last stderr line of {args:?}"
    );
}

#[test]
fn dash_runs_stdin_as_a_script_without_echoing_values() {
    let s = Scratch::new("dash", &[]);
    same(&["-"], "x = 1\nx + 1\nprint(x, __name__)\n", &s.0);
    same(&["-", "a", "b"], "import sys\nprint(sys.argv)\n", &s.0);
    // Without "-" (stdin not a terminal), argv[0] is the empty string.
    same(&[], "import sys\nprint(sys.argv)\n", &s.0);
}

#[test]
fn argv_in_every_mode() {
    let s = Scratch::new("argv", &[("prog.py", "import sys\nprint(sys.argv[1:])\n")]);
    same(&["prog.py", "1", "two"], "", &s.0);
    same(&["-c", "import sys; print(sys.argv)", "x", "-y"], "", &s.0);
    same(
        &[
            "-u",
            "-B",
            "-E",
            "-s",
            "-S",
            "-c",
            "import sys; print(sys.argv)",
        ],
        "",
        &s.0,
    );
    same(
        &[
            "-W",
            "ignore",
            "-X",
            "int_max_str_digits=1000",
            "-c",
            "print(1)",
        ],
        "",
        &s.0,
    );
    same(&["-O", "-q", "-P", "-I", "-c", "print('ok')"], "", &s.0);
    same(
        &["-O", "-c", "assert False, 'x'\nprint(__debug__)"],
        "",
        &s.0,
    );
    same(&["-c", "print(__debug__)\nassert 1 == 2, 'no'"], "", &s.0);
}

#[test]
fn script_paths_are_absolute_in_file_and_tracebacks() {
    let src = "import sys, os\nprint(__file__ == os.path.abspath('t.py'), sys.argv[0])\n\
               print(sys.path[0] == os.getcwd())\n1/0\n";
    let s = Scratch::new("abs", &[("t.py", src)]);
    same(&["t.py"], "", &s.0);
    let (_, e, _) = run(KESTREL, &["t.py"], "", &s.0);
    let want = format!("File \"{}/t.py\", line 4", s.0.display());
    assert!(e.contains(&want), "{e}");
}

#[test]
fn dash_m_runs_modules_and_package_mains() {
    let s = Scratch::new(
        "m",
        &[
            (
                "tool.py",
                "import sys\nprint('tool', __name__, sys.argv[1:], __spec__.name)\n",
            ),
            ("pkg/__init__.py", "print('init', __name__)\n"),
            (
                "pkg/__main__.py",
                "from . import helper\nprint('main', __name__, __package__, helper.X)\n",
            ),
            ("pkg/helper.py", "X = 5\n"),
            (
                "pkg/sub.py",
                "print('sub', __name__, __package__, __spec__.name, __spec__.parent)\n",
            ),
        ],
    );
    same(&["-m", "tool", "a", "b"], "", &s.0);
    same(&["-m", "pkg"], "", &s.0);
    same(&["-m", "pkg.sub"], "", &s.0);
    same(&["-m", "no_such_module_here"], "", &s.0);
}

#[test]
fn missing_script_and_bad_options() {
    let s = Scratch::new("bad", &[]);
    same(&["missing.py"], "", &s.0);
    let (_, _, code) = run(KESTREL, &["-c"], "", &s.0);
    assert_eq!(code, 2);
}

#[test]
fn dash_i_runs_the_program_then_reads_statements() {
    let s = Scratch::new("inspect", &[]);
    let (out, _, code) = run(KESTREL, &["-i", "-c", "x = 41"], "print(x + 1)\n", &s.0);
    assert_eq!(out, "42\n");
    assert_eq!(code, 0);
}

#[test]
fn input_reads_stdin_lines_and_raises_eof_error_at_the_end() {
    let s = Scratch::new("input", &[]);
    let prog = "a = input('first? ')\nb = input()\nprint([a, b])\nimport sys\n\
                print(sys.stdin.readline(), end='')\nprint(list(sys.stdin))\ninput('last')\n";
    same(&["-c", prog], "one\ntwo\nthree\nfour\nfive\n", &s.0);
}

#[test]
fn uncaught_syntax_error_from_exec_reports_like_cpython() {
    let s = Scratch::new("syn", &[]);
    same(&["-c", "exec('x = (1,')"], "", &s.0);
    same(&["-c", "eval('1 +')"], "", &s.0);
}

#[test]
fn file_errors_report_only_the_program_frames() {
    let src = "def f():\n    return open('kestrel_surely_missing.txt')\nf()\n";
    assert_eq!(stderr_of(KESTREL, src), stderr_of("python3", src));
}

#[test]
fn x_int_max_str_digits_sets_the_limit() {
    let s = Scratch::new("xdigits", &[]);
    let prog = "import sys\nprint(sys.get_int_max_str_digits())\nprint(len(str(10**999)))\n\
                try:\n    str(10**1000)\nexcept ValueError as e:\n    print(e)";
    same(&["-X", "int_max_str_digits=1000", "-c", prog], "", &s.0);
    same(&["-X", "int_max_str_digits=5", "-c", "pass"], "", &s.0);
}

/// Bytes that are not UTF-8 on the command line: `-c` code fails as CPython's does (its
/// message, status 1); another argument (which CPython decodes into lone surrogates that
/// Kestrel strings cannot hold) is refused with status 1 instead of a panic.
#[test]
fn command_line_bytes_that_are_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let run = |prog: &str, args: &[&OsStr]| {
        let out = Command::new(prog).args(args).output().expect("run");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code(),
        )
    };
    let code = OsStr::from_bytes(b"print(1)\n#\xff");
    let c = OsStr::new("-c");
    assert_eq!(run(KESTREL, &[c, code]), run("python3", &[c, code]));
    let bad = OsStr::from_bytes(b"a\xffb");
    let (out, err, status) = run(KESTREL, &[c, OsStr::new("print(1)"), bad]);
    assert_eq!((out.as_str(), status), ("", Some(1)));
    assert!(err.contains("not UTF-8"), "{err}");
}

/// A lone surrogate in a string literal (which CPython keeps, and Kestrel strings cannot
/// hold) is an error, never a silently different character.
#[test]
fn lone_surrogate_literal_is_an_error() {
    let out = Command::new(KESTREL)
        .args(["-c", "s = '\\ud800'\nprint(len(s))"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("lone surrogates are not supported"));
}
