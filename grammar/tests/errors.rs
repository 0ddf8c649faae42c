//! Error messages and positions, each checked against CPython 3.11 (`compile()`); a column of
//! `None` marks cases where Kestrel's caret differs from CPython's and only the line is checked.

use kestrel_grammar::{parse_module, ErrorKind};

fn check(src: &str, kind: ErrorKind, msg: &str, line: u32, col: Option<u32>) {
    let arena = bumpalo::Bump::new();
    let err = match parse_module(src, &arena) {
        Ok(_) => panic!("{src:?} parsed, expected {msg:?}"),
        Err(e) => e,
    };
    assert_eq!(
        (err.kind, err.msg.as_str(), err.line),
        (kind, msg, line),
        "source: {src:?}"
    );
    if let Some(col) = col {
        assert_eq!(err.col, col, "column for {src:?}");
    }
}

#[test]
fn cpython_messages() {
    use ErrorKind::*;
    let cases: &[(&str, ErrorKind, &str, u32, Option<u32>)] = &[
        (r#"(1 2"#, Syntax, r#"'(' was never closed"#, 1, Some(0)),
        (
            r#"x = (1, 2"#,
            Syntax,
            r#"'(' was never closed"#,
            1,
            Some(4),
        ),
        (
            r#"x = [1 2]"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(5),
        ),
        (
            r#"print("a" "b" x)"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(6),
        ),
        (
            r#"if x
    pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(4),
        ),
        (
            r#"if x y:
    pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(5),
        ),
        (
            r#"def f()
    pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(7),
        ),
        (
            r#"class A
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(7),
        ),
        (r#"1abc"#, Syntax, r#"invalid decimal literal"#, 1, Some(0)),
        (r#"0x1g"#, Syntax, r#"invalid hexadecimal literal"#, 1, None),
        (
            r#"012"#,
            Syntax,
            r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
            1,
            Some(0),
        ),
        (
            r#"print "x""#,
            Syntax,
            r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
            1,
            Some(0),
        ),
        (
            r#"x = €"#,
            Syntax,
            r#"invalid character '€' (U+20AC)"#,
            1,
            Some(4),
        ),
        (r#"a)"#, Syntax, r#"unmatched ')'"#, 1, Some(1)),
        (
            r#"(a]"#,
            Syntax,
            r#"closing parenthesis ']' does not match opening parenthesis '('"#,
            1,
            Some(2),
        ),
        (
            r#"(a
]"#,
            Syntax,
            r#"closing parenthesis ']' does not match opening parenthesis '(' on line 1"#,
            2,
            Some(0),
        ),
        (r#"foo("#, Syntax, r#"'(' was never closed"#, 1, Some(3)),
        (
            r#"if x:
pass"#,
            Indentation,
            r#"expected an indented block after 'if' statement on line 1"#,
            2,
            Some(0),
        ),
        (
            r#"  x = 1"#,
            Indentation,
            r#"unexpected indent"#,
            1,
            Some(1),
        ),
        (
            r#"if x:
    a
  b"#,
            Indentation,
            r#"unindent does not match any outer indentation level"#,
            3,
            Some(3),
        ),
        (
            r#"for x in y:
# c"#,
            Indentation,
            r#"expected an indented block after 'for' statement on line 1"#,
            2,
            Some(3),
        ),
        (
            r#"def f(): "#,
            Indentation,
            r#"expected an indented block after function definition on line 1"#,
            1,
            Some(9),
        ),
        (
            r#"x = 'abc"#,
            Syntax,
            r#"unterminated string literal (detected at line 1)"#,
            1,
            Some(4),
        ),
        (
            r#"x = """abc
y"#,
            Syntax,
            r#"unterminated triple-quoted string literal (detected at line 2)"#,
            1,
            Some(4),
        ),
        (
            r#"1 = x"#,
            Syntax,
            r#"cannot assign to literal here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(0),
        ),
        (
            r#"f() = 1"#,
            Syntax,
            r#"cannot assign to function call here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(0),
        ),
        (
            r#"x + 1 = 2"#,
            Syntax,
            r#"cannot assign to expression here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(0),
        ),
        (r#"del 1"#, Syntax, r#"cannot delete literal"#, 1, Some(4)),
        (
            r#"for 1 in x: pass"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(4),
        ),
        (
            r#"f(a+1=2)"#,
            Syntax,
            r#"expression cannot contain assignment, perhaps you meant "=="?"#,
            1,
            Some(2),
        ),
        (
            r#"f(a=1, b)"#,
            Syntax,
            r#"positional argument follows keyword argument"#,
            1,
            None,
        ),
        (
            r#"def f(a=1, b): pass"#,
            Syntax,
            r#"non-default argument follows default argument"#,
            1,
            Some(11),
        ),
        (
            r#"def f(a, a): pass"#,
            Syntax,
            r#"duplicate argument 'a' in function definition"#,
            1,
            Some(9),
        ),
        (r#"x = 1 +"#, Syntax, r#"invalid syntax"#, 1, Some(7)),
        (r#"x = "#, Syntax, r#"invalid syntax"#, 1, Some(4)),
        (
            r#""a" b"c""#,
            Syntax,
            r#"cannot mix bytes and nonbytes literals"#,
            1,
            None,
        ),
        (
            r#"try:
    pass"#,
            Syntax,
            r#"expected 'except' or 'finally' block"#,
            2,
            Some(8),
        ),
        (
            r#"try
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(3),
        ),
        (
            r#"else:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(0),
        ),
        (r#"lambda x"#, Syntax, r#"invalid syntax"#, 1, Some(8)),
        (
            r#"f(**a, *b)"#,
            Syntax,
            r#"iterable argument unpacking follows keyword argument unpacking"#,
            1,
            None,
        ),
        (
            r#"x = 1\"#,
            Syntax,
            r#"unexpected EOF while parsing"#,
            1,
            Some(6),
        ),
        (
            r#"(1, *a) = 3"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(1),
        ),
        (
            r#"a, *b, *c = d"#,
            Syntax,
            r#"multiple starred expressions in assignment"#,
            1,
            Some(0),
        ),
        (
            r#"with a as 1: pass"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(10),
        ),
        (
            r#"[x for x in y] = 1"#,
            Syntax,
            r#"cannot assign to list comprehension here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(0),
        ),
        (
            r#"a if b else c = 1"#,
            Syntax,
            r#"cannot assign to conditional expression"#,
            1,
            Some(0),
        ),
        (
            r#"(a, b) += 1"#,
            Syntax,
            r#"'tuple' is an illegal expression for augmented assignment"#,
            1,
            Some(0),
        ),
        (r#"x: int, y = 1"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (
            r#"f(x for x in y, 1)"#,
            Syntax,
            r#"Generator expression must be parenthesized"#,
            1,
            Some(2),
        ),
        (
            r#"def f(*): pass"#,
            Syntax,
            r#"named arguments must follow bare *"#,
            1,
            Some(6),
        ),
        (
            r#"def f(**k, a): pass"#,
            Syntax,
            r#"arguments cannot follow var-keyword argument"#,
            1,
            Some(11),
        ),
        (
            r#"x = \u0000"#,
            Syntax,
            r#"unexpected character after line continuation character"#,
            1,
            Some(5),
        ),
        (
            r#"    x = 1"#,
            Indentation,
            r#"unexpected indent"#,
            1,
            Some(3),
        ),
        (
            r#"if x:
        a
    b"#,
            Indentation,
            r#"unindent does not match any outer indentation level"#,
            3,
            Some(5),
        ),
        (r#"[1 2"#, Syntax, r#"'[' was never closed"#, 1, Some(0)),
        (
            r#"f(a=1, b)
x = 'abc"#,
            Syntax,
            r#"unterminated string literal (detected at line 2)"#,
            2,
            Some(4),
        ),
        (
            r#"x = 1 +
y = €"#,
            Syntax,
            r#"invalid character '€' (U+20AC)"#,
            2,
            Some(4),
        ),
        (r#"x = $"#, Syntax, r#"invalid syntax"#, 1, Some(4)),
        (r#"x = a ! b"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (r#"x = ?"#, Syntax, r#"invalid syntax"#, 1, Some(4)),
        (r#"x = `a`"#, Syntax, r#"invalid syntax"#, 1, Some(4)),
        (r#"def f(/): pass"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (
            r#"def f(a, /, b, /): pass"#,
            Syntax,
            r#"/ may appear only once"#,
            1,
            Some(15),
        ),
        (
            r#"def f(*, a, /): pass"#,
            Syntax,
            r#"/ must be ahead of *"#,
            1,
            Some(12),
        ),
        (
            r#"def f(*a, *b): pass"#,
            Syntax,
            r#"* argument may appear only once"#,
            1,
            Some(10),
        ),
        (
            r#"def f(*a=1): pass"#,
            Syntax,
            r#"var-positional argument cannot have default value"#,
            1,
            None,
        ),
        (
            r#"def f(**a=1): pass"#,
            Syntax,
            r#"var-keyword argument cannot have default value"#,
            1,
            None,
        ),
        (
            r#"def f(*, **k): pass"#,
            Syntax,
            r#"named arguments must follow bare *"#,
            1,
            Some(6),
        ),
        (
            r#"lambda *: 1"#,
            Syntax,
            r#"named arguments must follow bare *"#,
            1,
            None,
        ),
        (
            r#"f(**a, b)"#,
            Syntax,
            r#"positional argument follows keyword argument unpacking"#,
            1,
            None,
        ),
        (
            r#"f(a=1, a=2)"#,
            Syntax,
            r#"keyword argument repeated: a"#,
            1,
            Some(7),
        ),
        (
            r#"f(True=1)"#,
            Syntax,
            r#"cannot assign to True"#,
            1,
            Some(2),
        ),
        (
            r#"f(x for x in y, )"#,
            Syntax,
            r#"Generator expression must be parenthesized"#,
            1,
            Some(2),
        ),
        (
            r#"True = 1"#,
            Syntax,
            r#"cannot assign to True"#,
            1,
            Some(0),
        ),
        (
            r#"(a, b): int = 1"#,
            Syntax,
            r#"only single target (not tuple) can be annotated"#,
            1,
            Some(0),
        ),
        (
            r#"[a]: int"#,
            Syntax,
            r#"only single target (not list) can be annotated"#,
            1,
            Some(0),
        ),
        (
            r#"1: int"#,
            Syntax,
            r#"illegal target for annotation"#,
            1,
            Some(0),
        ),
        (
            r#"a, b += 1"#,
            Syntax,
            r#"'tuple' is an illegal expression for augmented assignment"#,
            1,
            Some(0),
        ),
        (
            r#"del f()"#,
            Syntax,
            r#"cannot delete function call"#,
            1,
            Some(4),
        ),
        (
            r#"del (a, [b, c()])"#,
            Syntax,
            r#"cannot delete function call"#,
            1,
            Some(12),
        ),
        (
            r#"*a = 1"#,
            Syntax,
            r#"starred assignment target must be in a list or tuple"#,
            1,
            Some(0),
        ),
        (
            r#"x = (*a)"#,
            Syntax,
            r#"cannot use starred expression here"#,
            1,
            Some(5),
        ),
        (
            r#""\N{foo}""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"#,
            1,
            None,
        ),
        (
            r#""\x4""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
            1,
            None,
        ),
        (
            r#"b"é""#,
            Syntax,
            r#"bytes can only contain ASCII literal characters"#,
            1,
            Some(0),
        ),
        (
            r#"f"{}""#,
            Syntax,
            r#"f-string: empty expression not allowed"#,
            1,
            None,
        ),
        (
            r#"f"{a!x}""#,
            Syntax,
            r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
            1,
            None,
        ),
        (r#"f"{a""#, Syntax, r#"f-string: expecting '}'"#, 1, None),
        (
            r#"f"}""#,
            Syntax,
            r#"f-string: single '}' is not allowed"#,
            1,
            None,
        ),
        (
            r#"f"{a b}""#,
            Syntax,
            r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
            1,
            None,
        ),
        (
            r#"f"{a#}""#,
            Syntax,
            r#"f-string expression part cannot include '#'"#,
            1,
            None,
        ),
        (
            r#"f"{'\n'}""#,
            Syntax,
            r#"f-string expression part cannot include a backslash"#,
            1,
            None,
        ),
        (
            r#"x = 0x"#,
            Syntax,
            r#"invalid hexadecimal literal"#,
            1,
            None,
        ),
        (r#"1__0"#, Syntax, r#"invalid decimal literal"#, 1, None),
        (r#"1e"#, Syntax, r#"invalid decimal literal"#, 1, Some(0)),
        (
            r#"try:
    pass
x = 1"#,
            Syntax,
            r#"expected 'except' or 'finally' block"#,
            3,
            Some(0),
        ),
        (r#"@foo"#, Syntax, r#"invalid syntax"#, 1, None),
        (
            r#"if x:
    pass
  else:
    pass"#,
            Indentation,
            r#"unindent does not match any outer indentation level"#,
            3,
            Some(7),
        ),
        (r#"x = 1;;"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (r#"import a.b as"#, Syntax, r#"invalid syntax"#, 1, Some(13)),
        (r#"from import x"#, Syntax, r#"invalid syntax"#, 1, Some(5)),
        (
            r#"x = "abc
y = 1"#,
            Syntax,
            r#"unterminated string literal (detected at line 1)"#,
            1,
            Some(4),
        ),
        (
            r#"a = 1 = 2"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(4),
        ),
        (
            r#"1 = 2 = x"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(0),
        ),
        (
            r#"f() = yield"#,
            Syntax,
            r#"cannot assign to function call"#,
            1,
            Some(0),
        ),
        (
            r#"with a as b, c as 1: pass"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(18),
        ),
        (
            r#"x = yield = 1"#,
            Syntax,
            r#"assignment to yield expression not possible"#,
            1,
            Some(4),
        ),
        (
            r#"print x"#,
            Syntax,
            r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
            1,
            Some(0),
        ),
        (r#"print(1) 2"#, Syntax, r#"invalid syntax"#, 1, Some(9)),
        (r#"a = b c"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (
            r#"if x = 1: pass"#,
            Syntax,
            r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
            1,
            Some(3),
        ),
        (
            r#"foo(a b)"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(4),
        ),
        (
            r#"x = 1 if 2"#,
            Syntax,
            r#"expected 'else' after 'if' expression"#,
            1,
            Some(4),
        ),
        (
            r#"class A(x for x in y): pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            None,
        ),
        (
            r#"while x
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(7),
        ),
        (
            r#"for x in y
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(10),
        ),
        (
            r#"with a as b
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(11),
        ),
        (
            r#"elif x:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(0),
        ),
        (
            r#"if x:
  pass
elif y
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(6),
        ),
        (
            r#"if x:
  pass
else
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(4),
        ),
        (
            r#"try:
  pass
except E
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(8),
        ),
        (
            r#"try:
  pass
finally
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(7),
        ),
        (
            r#"class A:"#,
            Indentation,
            r#"expected an indented block after class definition on line 1"#,
            1,
            Some(8),
        ),
        (
            r#"while x:"#,
            Indentation,
            r#"expected an indented block after 'while' statement on line 1"#,
            1,
            Some(8),
        ),
        (
            r#"if x:
  pass
elif y:"#,
            Indentation,
            r#"expected an indented block after 'elif' statement on line 3"#,
            3,
            Some(7),
        ),
        (
            r#"with x:"#,
            Indentation,
            r#"expected an indented block after 'with' statement on line 1"#,
            1,
            Some(7),
        ),
        (
            r#"try:
  pass
except:"#,
            Indentation,
            r#"expected an indented block after 'except' statement on line 3"#,
            3,
            Some(7),
        ),
        (
            r#"try:
  pass
finally:"#,
            Indentation,
            r#"expected an indented block after 'finally' statement on line 3"#,
            3,
            Some(8),
        ),
        (
            r#"x = [1, 2
y = 3"#,
            Syntax,
            r#"'[' was never closed"#,
            1,
            Some(4),
        ),
        (r#"x = ("#, Syntax, r#"'(' was never closed"#, 1, Some(4)),
        (
            r#"def f(x):
	if x:
        return 1"#,
            Tab,
            r#"inconsistent use of tabs and spaces in indentation"#,
            3,
            None,
        ),
        (
            r#"x = [1, 2, 3 4]"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(11),
        ),
        (
            r#"{1: 2 3: 4}"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(4),
        ),
        (
            r#"f(a, b c)"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(5),
        ),
        (
            r#"x = 08"#,
            Syntax,
            r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
            1,
            Some(4),
        ),
        (
            r#"0b2"#,
            Syntax,
            r#"invalid digit '2' in binary literal"#,
            1,
            None,
        ),
        (
            r#"0o9"#,
            Syntax,
            r#"invalid digit '9' in octal literal"#,
            1,
            None,
        ),
        (r#"x = "a" 1"#, Syntax, r#"invalid syntax"#, 1, Some(8)),
        (
            r#"x = a if b else"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(15),
        ),
        (r#"x += "#, Syntax, r#"invalid syntax"#, 1, Some(5)),
        (r#"import"#, Syntax, r#"invalid syntax"#, 1, Some(6)),
        (r#"from x import"#, Syntax, r#"invalid syntax"#, 1, Some(13)),
        (
            r#"x = 1 = y"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(4),
        ),
        (
            r#"del x + 1"#,
            Syntax,
            r#"cannot delete expression"#,
            1,
            Some(4),
        ),
        (
            r#"for x + 1 in y: pass"#,
            Syntax,
            r#"cannot assign to expression"#,
            1,
            Some(4),
        ),
        (
            r#"with x as f(): pass"#,
            Syntax,
            r#"cannot assign to function call"#,
            1,
            Some(10),
        ),
        (
            r#"[x for 1 in y]"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(7),
        ),
        (
            r#"(yield x) = 1"#,
            Syntax,
            r#"cannot assign to yield expression here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(1),
        ),
        (
            r#"a = *b"#,
            Syntax,
            r#"can't use starred expression here"#,
            1,
            Some(4),
        ),
        (r#"del *a"#, Syntax, r#"cannot delete starred"#, 1, Some(4)),
        (
            r#"x = {**a, b}"#,
            Syntax,
            r#"':' expected after dictionary key"#,
            1,
            Some(10),
        ),
        (r#"x = not"#, Syntax, r#"invalid syntax"#, 1, Some(7)),
        (
            r#"if True:
    x = 1
     y = 2"#,
            Indentation,
            r#"unexpected indent"#,
            3,
            Some(4),
        ),
        (
            r#"x = 1
    y = 2"#,
            Indentation,
            r#"unexpected indent"#,
            2,
            Some(3),
        ),
        (
            r#"def f():
    return
  x
"#,
            Indentation,
            r#"unindent does not match any outer indentation level"#,
            3,
            Some(3),
        ),
        (
            r#"x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1"#,
            Syntax,
            r#"too many nested parentheses"#,
            1,
            Some(204),
        ),
        (
            r#"def f():
	x = 1
        y = 2"#,
            Tab,
            r#"inconsistent use of tabs and spaces in indentation"#,
            3,
            None,
        ),
        (
            r#"x = 'a' b'b'"#,
            Syntax,
            r#"cannot mix bytes and nonbytes literals"#,
            1,
            None,
        ),
        (r#"x = 1 +* 2"#, Syntax, r#"invalid syntax"#, 1, Some(7)),
        (
            r#"def f(a, *, b, *c): pass"#,
            Syntax,
            r#"* argument may appear only once"#,
            1,
            Some(15),
        ),
        (
            r#"def f(**a, **b): pass"#,
            Syntax,
            r#"arguments cannot follow var-keyword argument"#,
            1,
            None,
        ),
        (
            r#"class C(x=1, y): pass"#,
            Syntax,
            r#"positional argument follows keyword argument"#,
            1,
            None,
        ),
        (
            r#"x = [1, 2 3]"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(8),
        ),
        (
            r#"x = {'a': 1 'b': 2}"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(10),
        ),
        (
            r#"x = {1:}"#,
            Syntax,
            r#"expression expected after dictionary key and ':'"#,
            1,
            Some(6),
        ),
        (
            r#"x = {1: 2, 3}"#,
            Syntax,
            r#"':' expected after dictionary key"#,
            1,
            Some(11),
        ),
        (
            r#"if x:
  pass
 else:
  pass"#,
            Indentation,
            r#"unindent does not match any outer indentation level"#,
            3,
            Some(6),
        ),
        (
            r#"x = 1 if y else"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(15),
        ),
        (
            r#"a.b = 1 = 2"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(6),
        ),
        (
            r#"del [a, 1]"#,
            Syntax,
            r#"cannot delete literal"#,
            1,
            Some(8),
        ),
        (
            r#"for (a, b()) in c: pass"#,
            Syntax,
            r#"cannot assign to function call"#,
            1,
            Some(8),
        ),
        (
            r#"with a as (b, 1): pass"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(14),
        ),
        (
            r#"(a := 1) = 2"#,
            Syntax,
            r#"cannot assign to named expression here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(1),
        ),
        (
            r#"x = 3 = y"#,
            Syntax,
            r#"cannot assign to literal"#,
            1,
            Some(4),
        ),
        (
            r#"not a = 1"#,
            Syntax,
            r#"cannot assign to expression"#,
            1,
            Some(0),
        ),
        (
            r#"x = "\x""#,
            Syntax,
            r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape"#,
            1,
            None,
        ),
        (
            r#"x = b'\x0'"#,
            Syntax,
            r#"(value error) invalid \x escape at position 0"#,
            1,
            None,
        ),
        (
            r#"x = "abc"def""#,
            Syntax,
            r#"unterminated string literal (detected at line 1)"#,
            1,
            Some(12),
        ),
        (
            r#"'''unterminated
more
"#,
            Syntax,
            r#"unterminated triple-quoted string literal (detected at line 2)"#,
            1,
            Some(0),
        ),
        (
            r#"f'{a:{b:{c}}}'"#,
            Syntax,
            r#"f-string: expressions nested too deeply"#,
            1,
            None,
        ),
        (
            r#"f'{lambda: 1}'"#,
            Syntax,
            r#"f-string: invalid syntax"#,
            1,
            None,
        ),
        (
            r#"f'{a!}'"#,
            Syntax,
            r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
            1,
            None,
        ),
        (
            r#"f'{a!r b}'"#,
            Syntax,
            r#"f-string: expecting '}'"#,
            1,
            None,
        ),
        (
            r#"f'{a:{b}'"#,
            Syntax,
            r#"f-string: expecting '}'"#,
            1,
            None,
        ),
        (r#"f'{)}'"#, Syntax, r#"f-string: unmatched ')'"#, 1, None),
        (
            r#"f"{x!r=}""#,
            Syntax,
            r#"f-string: expecting '}'"#,
            1,
            None,
        ),
        (r#"class A(B) x"#, Syntax, r#"invalid syntax"#, 1, Some(11)),
        (
            r#"class A x:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(8),
        ),
        (
            r#"def f(x) y:
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(9),
        ),
        (
            r#"def f x:
  pass"#,
            Syntax,
            r#"expected '('"#,
            1,
            Some(6),
        ),
        (
            r#"for x in y z:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(11),
        ),
        (
            r#"while x y:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(8),
        ),
        (
            r#"try x:
  pass"#,
            Syntax,
            r#"expected ':'"#,
            1,
            Some(4),
        ),
        (
            r#"try:
  pass
finally x:
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(8),
        ),
        (
            r#"try:
  pass
except E x:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            3,
            Some(9),
        ),
        (
            r#"with a b:
  pass"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(7),
        ),
        (
            r#"if x:
  pass
else x:
  pass"#,
            Syntax,
            r#"expected ':'"#,
            3,
            Some(5),
        ),
        (r#"lambda x y: 1"#, Syntax, r#"invalid syntax"#, 1, Some(9)),
        (r#"import a b"#, Syntax, r#"invalid syntax"#, 1, Some(9)),
        (
            r#"from a import b c"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(16),
        ),
        (r#"from a b"#, Syntax, r#"invalid syntax"#, 1, Some(7)),
        (
            r#"x = [i for i in y z]"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(18),
        ),
        (
            r#"x = (a b for c in d)"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(5),
        ),
        (
            r#"f(a b)"#,
            Syntax,
            r#"invalid syntax. Perhaps you forgot a comma?"#,
            1,
            Some(2),
        ),
        (
            r#"if x = 1:
  pass"#,
            Syntax,
            r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
            1,
            Some(3),
        ),
        (
            r#"[x = 1]"#,
            Syntax,
            r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
            1,
            Some(1),
        ),
        (
            r#"f(x, y = 1, z)"#,
            Syntax,
            r#"positional argument follows keyword argument"#,
            1,
            None,
        ),
        (
            r#"x = {a = 1}"#,
            Syntax,
            r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
            1,
            Some(5),
        ),
        (
            r#"while (x = 1): pass"#,
            Syntax,
            r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
            1,
            Some(7),
        ),
        (
            r#"if x.y = 1: pass"#,
            Syntax,
            r#"cannot assign to attribute here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(3),
        ),
        (
            r#"if f() = 1: pass"#,
            Syntax,
            r#"cannot assign to function call here. Maybe you meant '==' instead of '='?"#,
            1,
            Some(3),
        ),
        (r#"assert x = 1"#, Syntax, r#"invalid syntax"#, 1, Some(9)),
        (
            r#"x = 1 if y else z w"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(18),
        ),
        (
            r#"x = 1 if y"#,
            Syntax,
            r#"expected 'else' after 'if' expression"#,
            1,
            Some(4),
        ),
        (r#"x = a if b:"#, Syntax, r#"invalid syntax"#, 1, Some(10)),
        (
            r#"print "a" "b""#,
            Syntax,
            r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
            1,
            Some(0),
        ),
        (
            r#"print x, y"#,
            Syntax,
            r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
            1,
            Some(0),
        ),
        (
            r#"exec "code""#,
            Syntax,
            r#"Missing parentheses in call to 'exec'. Did you mean exec(...)?"#,
            1,
            Some(0),
        ),
        (r#"x = match y"#, Syntax, r#"invalid syntax"#, 1, Some(10)),
        (
            r#"x = [1, 2] [3, 4] 5
"#,
            Syntax,
            r#"invalid syntax"#,
            1,
            Some(18),
        ),
    ];
    for &(src, kind, msg, line, col) in cases {
        check(src, kind, msg, line, col);
    }
}
