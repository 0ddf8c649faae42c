//! Focused checks: literal values, positions, layout corner cases and error kinds.

use kestrel_grammar::ast::{Const, ExprKind, FPart, StmtKind};
use kestrel_grammar::{dump, parse_module, ErrorKind, SyntaxError};

fn dumped(src: &str) -> String {
    let arena = bumpalo::Bump::new();
    let m = parse_module(src, &arena).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    dump::dump(&m).trim_end().to_string()
}

fn located(src: &str) -> String {
    let arena = bumpalo::Bump::new();
    let m = parse_module(src, &arena).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    dump::dump_with_locs(&m).trim_end().to_string()
}

fn err(src: &str) -> SyntaxError {
    let arena = bumpalo::Bump::new();
    match parse_module(src, &arena) {
        Ok(m) => panic!("{src:?} parsed: {}", dump::dump(&m)),
        Err(e) => e,
    }
}

/// The constant of a one-expression module.
fn with_const<R>(src: &str, f: impl FnOnce(&Const) -> R) -> R {
    let arena = bumpalo::Bump::new();
    let m = parse_module(src, &arena).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!("not an expression: {src:?}")
    };
    let ExprKind::Const(c) = &e.kind else {
        panic!("not a constant: {src:?}")
    };
    f(c)
}

#[test]
fn integer_values() {
    let int = |src: &str| {
        with_const(src, |c| match c {
            Const::Int(v) => v.to_string(),
            Const::BigInt(s) => format!("big {}", kestrel_grammar::bigint_decimal(s)),
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(int("0"), "0");
    assert_eq!(int("00"), "0");
    assert_eq!(int("1_000"), "1000");
    assert_eq!(int("0XfF"), "255");
    assert_eq!(int("0o1_7"), "15");
    assert_eq!(int("0B11"), "3");
    assert_eq!(int("9223372036854775807"), "9223372036854775807");
    assert_eq!(int("9223372036854775808"), "big 9223372036854775808");
    assert_eq!(int("0x8000000000000000"), "big 9223372036854775808");
    assert_eq!(int("0b1"), "1");
    assert_eq!(
        int(&format!("0b1{}", "0".repeat(70))),
        "big 1180591620717411303424"
    );
    assert_eq!(int("000_000"), "0");
}

#[test]
fn float_and_imaginary_values() {
    let num = |src: &str| {
        with_const(src, |c| match c {
            Const::Float(v) => format!("f {v:?}"),
            Const::Imag(v) => format!("j {v:?}"),
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(num("1.5"), "f 1.5");
    assert_eq!(num("1_000.5"), "f 1000.5");
    assert_eq!(num("1e3"), "f 1000.0");
    assert_eq!(num("1E-2"), "f 0.01");
    assert_eq!(num(".5"), "f 0.5");
    assert_eq!(num("5."), "f 5.0");
    assert_eq!(num("012.5"), "f 12.5");
    assert_eq!(num("1e999"), "f inf");
    assert_eq!(num("3j"), "j 3.0");
    assert_eq!(num("1.5J"), "j 1.5");
    assert_eq!(num("1e2j"), "j 100.0");
    assert_eq!(num("012j"), "j 12.0");
}

#[test]
fn string_values() {
    let s = |src: &str| {
        with_const(src, |c| match c {
            Const::Str(s) => s.to_string(),
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(
        s(r#"'\n\t\\\'\"\a\b\f\v\r'"#),
        "\n\t\\'\"\x07\x08\x0c\x0b\r"
    );
    assert_eq!(s(r"'\0\101\1011\x41\u00e9\U0001F600'"), "\0AA1Aé😀");
    assert_eq!(s(r"'\d\q'"), "\\d\\q");
    assert_eq!(s("'a\\\nb'"), "ab");
    assert_eq!(s(r"r'\n\''"), "\\n\\'");
    assert_eq!(s("'''a\nb'''"), "a\nb");
    assert_eq!(s(r#"'a' "b" '''c''' R"\d""#), "abc\\d");
    assert_eq!(s("U'x'"), "x");
    assert_eq!(s("'é€'"), "é€");
    let b = |src: &str| {
        with_const(src, |c| match c {
            Const::Bytes(b) => b.to_vec(),
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(b(r"b'\x00\xff\n\777'"), vec![0, 255, 10, 255]);
    assert_eq!(b(r"rb'\n' Br'\x'"), b"\\n\\x".to_vec());
    assert_eq!(b(r"b'\u1234'"), b"\\u1234".to_vec());
}

#[test]
fn fstring_parts() {
    assert_eq!(dumped("f'a{b}c'"), r#"(expr (f "a" (fv b) "c"))"#);
    assert_eq!(dumped("f'{x!a}'"), "(expr (f (fv x !a)))");
    assert_eq!(
        dumped("f'{ x = }'"),
        r#"(expr (f (fv x !r (debug " x = "))))"#
    );
    assert_eq!(
        dumped("f'{x=:{w}}'"),
        r#"(expr (f (fv x (spec (fv w)) (debug "x="))))"#
    );
    assert_eq!(
        dumped("f'{x!r:^{w}.{p}f}'"),
        r#"(expr (f (fv x !r (spec "^" (fv w) "." (fv p) "f"))))"#
    );
    assert_eq!(
        dumped("f'{a[\"k\"]!s}'"),
        r#"(expr (f (fv ([] a "k") !s)))"#
    );
    assert_eq!(
        dumped("f'{x == y}{a != b}{c >= d}'"),
        "(expr (f (fv (cmp x == y)) (fv (cmp a != b)) (fv (cmp c >= d))))"
    );
    assert_eq!(dumped("f'{{{x}}}'"), r#"(expr (f "{" (fv x) "}"))"#);
    assert_eq!(dumped(r"f'\n{x}\t'"), r#"(expr (f "\n" (fv x) "\t"))"#);
    assert_eq!(dumped(r"rf'\{x}'"), r#"(expr (f "\\" (fv x)))"#);
    assert_eq!(dumped("f'{(x:=1)}'"), "(expr (f (fv (:= x 1))))");
    assert_eq!(
        dumped("f'{d[\"a\"]:{\"x\"}}'"),
        r#"(expr (f (fv ([] d "a") (spec (fv "x")))))"#
    );
    assert_eq!(dumped("f''"), "(expr (f))");
    assert_eq!(dumped("'' f''"), "(expr (f))");
    assert_eq!(dumped("f'{x}' f'{y}'"), "(expr (f (fv x) (fv y)))");
    assert_eq!(dumped("f'{yield}'"), "(expr (f (fv (yield))))");
    // Parts are allocated once: the debug text does not repeat as a literal.
    let arena = bumpalo::Bump::new();
    let m = parse_module("f'{x=}'", &arena).unwrap();
    let StmtKind::Expr(e) = &m.body[0].kind else {
        unreachable!()
    };
    let ExprKind::FString(parts) = &e.kind else {
        unreachable!()
    };
    assert_eq!(parts.len(), 1);
    assert!(matches!(
        parts[0],
        FPart::Field {
            debug_text: Some("x="),
            conversion: Some('r'),
            ..
        }
    ));
}

#[test]
fn positions() {
    assert_eq!(located("x = 1"), "(= x@1:0 1@1:4)@1:0");
    assert_eq!(
        located("if a:\n    y = (1 +\n         2)\n    z = f(a)[b].c"),
        "(if a@1:3 ((= y@2:4 (+ 1@2:9 2@3:9)@2:9)@2:4 (= z@4:4 (. ([] (call f@4:8 a@4:10)@4:8 b@4:13)@4:8 c)@4:8)@4:4))@1:0"
    );
    // f-string fields are positioned where they are written.
    assert_eq!(
        located("x = f\"ab{y}\""),
        r#"(= x@1:0 (f "ab" (fv y@1:9))@1:4)@1:0"#
    );
    assert_eq!(
        located("x = f\"\"\"\n  {y +\n z}\"\"\""),
        r#"(= x@1:0 (f "\n  " (fv (+ y@2:3 z@3:1)@2:3))@1:4)@1:0"#
    );
    // Columns count characters, not bytes; CRLF ends lines like LF.
    assert_eq!(located("é = 1; x"), "(= é@1:0 1@1:4)@1:0\n(expr x@1:7)@1:7");
    assert_eq!(
        located("a = 1\r\nb = 2\r\n"),
        "(= a@1:0 1@1:4)@1:0\n(= b@2:0 2@2:4)@2:0"
    );
    assert_eq!(
        located("a = 1\rb = 2"),
        "(= a@1:0 1@1:4)@1:0\n(= b@2:0 2@2:4)@2:0"
    );
    assert_eq!(
        located("x = (1,\n     2)"),
        "(= x@1:0 (tuple 1@1:5 2@2:5)@1:4)@1:0"
    );
    assert_eq!(
        located("@d\ndef f(a, *, b=1):\n    pass"),
        "(def f (params a * (b = 1@2:14)) (pass@3:4) @d@1:1)@2:0"
    );
    assert_eq!(
        located("try:\n    pass\nexcept E as e:\n    pass")
            .lines()
            .count(),
        1
    );
}

#[test]
fn layout_corner_cases() {
    assert_eq!(dumped(""), "");
    assert_eq!(dumped("\n\n   \n"), "");
    assert_eq!(dumped("# only a comment"), "");
    assert_eq!(dumped("\u{FEFF}x = 1"), "(= x 1)");
    assert_eq!(dumped("x = 1"), "(= x 1)");
    assert_eq!(dumped("if x:\n    pass"), "(if x (pass))");
    assert_eq!(
        dumped("if x:\n    a\n\n  # odd comment\n    b\nc"),
        "(expr c)"
            .to_string()
            .replace("(expr c)", "(if x ((expr a) (expr b)))\n(expr c)")
    );
    assert_eq!(dumped("if x:\n\ta\n\tb"), "(if x ((expr a) (expr b)))");
    assert_eq!(
        dumped("if x:\n  if y:\n    a\nb"),
        "(if x ((if y ((expr a)))))\n(expr b)"
    );
    assert_eq!(
        dumped("x = [\n1,\n  2]\ny = 3"),
        "(= x (list 1 2))\n(= y 3)"
    );
    assert_eq!(dumped("x = 1 + \\\n  2"), "(= x (+ 1 2))");
    assert_eq!(dumped("if x: a; b;"), "(if x ((expr a) (expr b)))");
    assert_eq!(dumped("\x0cx = 1"), "(= x 1)");
    assert_eq!(
        dumped("class A:\n    def f(self):\n        pass\n\n\n    x = 1\n"),
        "(class A () ((def f (params self) (pass)) (= x 1)))"
    );
}

#[test]
fn error_kinds() {
    assert_eq!(err("if a:\n\tb\n        c").kind, ErrorKind::Tab);
    assert_eq!(err("  x").kind, ErrorKind::Indentation);
    assert_eq!(err("if x:\npass").kind, ErrorKind::Indentation);
    assert_eq!(err("x = $").kind, ErrorKind::Syntax);
    assert!(err("'\\N{NO SUCH CHARACTER NAME}'")
        .msg
        .contains("unknown Unicode character name"));
    assert_eq!(
        err("x = 1\n'''abc\n\n").msg,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert_eq!(
        err("x = 'abc\\\ndef").msg,
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(err("x\0").msg, "source code cannot contain null bytes");
    assert_eq!(
        err("x = \u{200b}").msg,
        "invalid non-printable character U+200B"
    );
    assert_eq!(
        err("f(**a, *b)").msg,
        "iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        err("def f(a, b=1, /, c): pass").msg,
        "non-default argument follows default argument"
    );
    assert_eq!(
        err("lambda a, a: 1").msg,
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(err("x = f'{a!r=}'").line, 1);
    // Errors inside f-string fields are located in the field.
    let e = err("x = 1\ny = f'{a b}'");
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        (
            "f-string: invalid syntax. Perhaps you forgot a comma?",
            2,
            7
        )
    );
}
