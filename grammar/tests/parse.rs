//! Round trips: source -> AST -> `dump`, checked against hand-reviewed S-expressions.

use kestrel_grammar::{dump, parse_module};

fn check(src: &str, expected: &str) {
    let arena = bumpalo::Bump::new();
    let m = parse_module(src, &arena).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    assert_eq!(dump::dump(&m).trim_end(), expected, "source: {src:?}");
}

#[test]
fn round_trips() {
    let cases: &[(&str, &str)] = &[
        (r#"x = 1"#, r#"(= x 1)"#),
        (r#"a = b = c"#, r#"(= a b c)"#),
        (r#"a, b = b, a"#, r#"(= (tuple a b) (tuple b a))"#),
        (r#"a, *rest = x"#, r#"(= (tuple a *rest) x)"#),
        (r#"[a, (b, c)] = x"#, r#"(= (list a (tuple b c)) x)"#),
        (
            r#"x += 1; y -= 2; z **= 3; w //= 4; v @= m"#,
            r#"(+= x 1)
(-= y 2)
(**= z 3)
(//= w 4)
(@= v m)"#,
        ),
        (r#"x: int"#, r#"(ann x int)"#),
        (r#"x: List[int] = []"#, r#"(ann x ([] List int) (list))"#),
        (r#"self.x: int = 0"#, r#"(ann (. self x) int 0)"#),
        (r#"-2**2"#, r#"(expr (neg (** 2 2)))"#),
        (r#"2**-1"#, r#"(expr (** 2 (neg 1)))"#),
        (r#"a ** b ** c"#, r#"(expr (** a (** b c)))"#),
        (
            r#"1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8"#,
            r#"(expr (- (+ 1 (* 2 3)) (@ (% (// (/ 4 5) 6) 7) 8)))"#,
        ),
        (
            r#"a | b ^ c & d << e >> f"#,
            r#"(expr (| a (^ b (& c (>> (<< d e) f)))))"#,
        ),
        (r#"~a + -b - +c"#, r#"(expr (- (+ (~ a) (neg b)) (pos c)))"#),
        (
            r#"not a and b or c and not d"#,
            r#"(expr (or (and (not a) b) (and c (not d))))"#,
        ),
        (
            r#"a < b <= c == d != e > f >= g"#,
            r#"(expr (cmp a < b <= c == d != e > f >= g))"#,
        ),
        (
            r#"a in b not in c is d is not e"#,
            r#"(expr (cmp a in b not-in c is d is-not e))"#,
        ),
        (
            r#"a if b else c if d else e"#,
            r#"(expr (ifexp b a (ifexp d c e)))"#,
        ),
        (r#"lambda: 0"#, r#"(expr (lambda (params) 0))"#),
        (
            r#"lambda x, y=1, *a, k, **kw: x"#,
            r#"(expr (lambda (params x (y = 1) *a k **kw) x))"#,
        ),
        (r#"lambda *, k: k"#, r#"(expr (lambda (params * k) k))"#),
        (
            r#"lambda a, /, b: a"#,
            r#"(expr (lambda (params a / b) a))"#,
        ),
        (r#"(yield)"#, r#"(expr (yield))"#),
        (
            r#"def g():
    x = yield 1
    y = yield from z
    yield a, b"#,
            r#"(def g (params) ((= x (yield 1)) (= y (yield-from z)) (expr (yield (tuple a b)))))"#,
        ),
        (r#"await_ = 1"#, r#"(= await_ 1)"#),
        (
            r#"async def f():
    await g()
    return [x async for x in y]"#,
            r#"(async-def f (params) ((expr (await (call g))) (return (listcomp x (async-for x y)))))"#,
        ),
        (
            "async def f():\n    async for x in y:\n        async with a as b, c:\n            pass",
            "(async-def f (params) ((async (for x y ((async (with a as b c (pass))))))))",
        ),
        (r#"f()"#, r#"(expr (call f))"#),
        (r#"f(a, b=1, *c, **d)"#, r#"(expr (call f a b=1 *c **d))"#),
        (
            r#"f(x for x in y)"#,
            r#"(expr (call f (genexp x (for x y))))"#,
        ),
        (r#"f(a)(b)(c)"#, r#"(expr (call (call (call f a) b) c))"#),
        (r#"a.b.c"#, r#"(expr (. (. a b) c))"#),
        (r#"a[1]"#, r#"(expr ([] a 1))"#),
        (r#"a[1:2]"#, r#"(expr ([] a (slice 1 2 _)))"#),
        (r#"a[:]"#, r#"(expr ([] a (slice _ _ _)))"#),
        (r#"a[::2]"#, r#"(expr ([] a (slice _ _ 2)))"#),
        (r#"a[1:2, 3]"#, r#"(expr ([] a (tuple (slice 1 2 _) 3)))"#),
        (r#"a[i, j]"#, r#"(expr ([] a (tuple i j)))"#),
        (r#"a[x:=1]"#, r#"(expr ([] a (:= x 1)))"#),
        (r#"()"#, r#"(expr (tuple))"#),
        (r#"(1,)"#, r#"(expr (tuple 1))"#),
        (r#"(1, 2,)"#, r#"(expr (tuple 1 2))"#),
        (r#"(x)"#, r#"(expr x)"#),
        (r#"[]"#, r#"(expr (list))"#),
        (r#"[1, 2, *a]"#, r#"(expr (list 1 2 *a))"#),
        (r#"{}"#, r#"(expr (dict))"#),
        (r#"{1: 2, **a, 3: 4}"#, r#"(expr (dict (1 2) **a (3 4)))"#),
        (r#"{1, 2}"#, r#"(expr (set 1 2))"#),
        (r#"{*a, b}"#, r#"(expr (set *a b))"#),
        (r#"[x for x in y]"#, r#"(expr (listcomp x (for x y)))"#),
        (
            r#"[x for x in y if x if not x for z in x]"#,
            r#"(expr (listcomp x (for x y (if x) (if (not x))) (for z x)))"#,
        ),
        (r#"{x for x in y}"#, r#"(expr (setcomp x (for x y)))"#),
        (
            r#"{k: v for k, v in items}"#,
            r#"(expr (dictcomp k v (for (tuple k v) items)))"#,
        ),
        (r#"(x for x in y)"#, r#"(expr (genexp x (for x y)))"#),
        (
            r#"[(x, y) for x, y in z]"#,
            r#"(expr (listcomp (tuple x y) (for (tuple x y) z)))"#,
        ),
        (r#"..."#, r#"(expr ...)"#),
        (
            r#"None; True; False"#,
            r#"(expr None)
(expr True)
(expr False)"#,
        ),
        (
            r#"1; 1.5; 1e10; 1_000_000; 0x_ff; 0o777; 0b1010; 3j; 1.5J; .5; 5."#,
            r#"(expr 1)
(expr 1.5)
(expr 10000000000.0)
(expr 1000000)
(expr 255)
(expr 511)
(expr 10)
(expr 3.0j)
(expr 1.5j)
(expr 0.5)
(expr 5.0)"#,
        ),
        (
            r#"9223372036854775807; 9223372036854775808"#,
            r#"(expr 9223372036854775807)
(expr 9223372036854775808)"#,
        ),
        (
            r#"0xffffffffffffffffffffffff"#,
            r#"(expr 79228162514264337593543950335)"#,
        ),
        (r#"'a' 'b'"#, r#"(expr "ab")"#),
        (
            r#""""triple
quoted""""#,
            r#"(expr "triple\nquoted")"#,
        ),
        (r#"'''it's'''"#, r#"(expr "it's")"#),
        (r#"r'\d+\n'"#, r#"(expr "\\d+\\n")"#),
        (r#"b'bytes\x00' B"more""#, r#"(expr b"bytes\x00more")"#),
        (r#"u'unicode'"#, r#"(expr "unicode")"#),
        (r#"f'{x}'"#, r#"(expr (f (fv x)))"#),
        (r#"f'{x!s:{w}}'"#, r#"(expr (f (fv x !s (spec (fv w)))))"#),
        (r#"f'{x=}'"#, r#"(expr (f (fv x !r (debug "x="))))"#),
        (r#"f'{x=!s}'"#, r#"(expr (f (fv x !s (debug "x="))))"#),
        (
            r#"f'{x=:>5}'"#,
            r#"(expr (f (fv x (spec ">5") (debug "x="))))"#,
        ),
        (r#"f'{{}}{x}'"#, r#"(expr (f "{}" (fv x)))"#),
        (r#"'a' f'{b}' 'c'"#, r#"(expr (f "a" (fv b) "c"))"#),
        (r#"f'{"nested"}'"#, r#"(expr (f (fv "nested")))"#),
        (
            r#"f'''{x
+ y}'''"#,
            r#"(expr (f (fv (+ x y))))"#,
        ),
        (
            r#"if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass"#,
            r#"(if a (pass) else ((if b (pass) else ((if c (pass) else (pass))))))"#,
        ),
        (r#"if a: x = 1; y = 2"#, r#"(if a ((= x 1) (= y 2)))"#),
        (
            r#"while x:
    break
else:
    continue"#,
            r#"(while x (break) else (continue))"#,
        ),
        (
            r#"for i in range(10):
    pass
else:
    pass"#,
            r#"(for i (call range 10) (pass) else (pass))"#,
        ),
        (r#"for x, in y: pass"#, r#"(for (tuple x) y (pass))"#),
        (r#"for *a, b in c: pass"#, r#"(for (tuple *a b) c (pass))"#),
        (
            r#"for x in 1, 2, 3: pass"#,
            r#"(for x (tuple 1 2 3) (pass))"#,
        ),
        (
            r#"try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass"#,
            r#"(try (pass) (except E (pass)) (except (tuple A B) as e (pass)) (except (pass)) else (pass) finally (pass))"#,
        ),
        (
            r#"try:
    pass
finally:
    pass"#,
            r#"(try (pass) finally (pass))"#,
        ),
        (r#"with a: pass"#, r#"(with a (pass))"#),
        (
            r#"with a as b, c as (d, e): pass"#,
            r#"(with a as b c as (tuple d e) (pass))"#,
        ),
        (
            r#"with (a as b, c as d): pass"#,
            r#"(with a as b c as d (pass))"#,
        ),
        (r#"with (a, b): pass"#, r#"(with a b (pass))"#),
        (r#"with (a): pass"#, r#"(with a (pass))"#),
        (r#"with (a) as b: pass"#, r#"(with a as b (pass))"#),
        (
            r#"with (a, b) as c: pass"#,
            r#"(with (tuple a b) as c (pass))"#,
        ),
        (r#"with (yield): pass"#, r#"(with (yield) (pass))"#),
        (r#"def f(): pass"#, r#"(def f (params) (pass))"#),
        (
            r#"def f(a, b, /, c, *, d, **e): pass"#,
            r#"(def f (params a b / c * d **e) (pass))"#,
        ),
        (
            r#"def f(a: int = 1, *args: str, b: float, **kw: dict) -> None: pass"#,
            r#"(def f (params (a : int = 1) *args (b : float) **kw) -> None (pass))"#,
        ),
        (
            r#"def f(a, b=1, *, c, d=2): pass"#,
            r#"(def f (params a (b = 1) * c (d = 2)) (pass))"#,
        ),
        (
            r#"@a
@b.c(d)
def f(): pass"#,
            r#"(def f (params) (pass) @a @(call (. b c) d))"#,
        ),
        (
            r#"@dataclass
class C: pass"#,
            r#"(class C () (pass) @dataclass)"#,
        ),
        (r#"class C: pass"#, r#"(class C () (pass))"#),
        (r#"class C(): pass"#, r#"(class C () (pass))"#),
        (
            r#"class C(A, B, metaclass=M, **kw): pass"#,
            r#"(class C (A B metaclass=M **kw) (pass))"#,
        ),
        (
            r#"class C:
    x = 1
    def m(self):
        return self.x"#,
            r#"(class C () ((= x 1) (def m (params self) ((return (. self x))))))"#,
        ),
        (r#"import a"#, r#"(import a)"#),
        (r#"import a.b.c as d, e"#, r#"(import a.b.c as d e)"#),
        (r#"from a import b"#, r#"(from a import b)"#),
        (
            r#"from a.b import c as d, e as f"#,
            r#"(from a.b import c as d e as f)"#,
        ),
        (r#"from . import a"#, r#"(from . import a)"#),
        (r#"from .. import a"#, r#"(from .. import a)"#),
        (r#"from ...a import b"#, r#"(from ...a import b)"#),
        (r#"from .... import x"#, r#"(from .... import x)"#),
        (r#"from a import (b, c,)"#, r#"(from a import b c)"#),
        (r#"from a import *"#, r#"(from a import *)"#),
        (r#"global a, b"#, r#"(global a b)"#),
        (
            r#"def f():
    nonlocal x"#,
            r#"(def f (params) ((nonlocal x)))"#,
        ),
        (r#"del a"#, r#"(del a)"#),
        (r#"del a, b.c, d[e],"#, r#"(del a (. b c) ([] d e))"#),
        (r#"del (a, b), [c]"#, r#"(del (tuple a b) (list c))"#),
        (r#"assert x"#, r#"(assert x)"#),
        (r#"assert x, "msg""#, r#"(assert x "msg")"#),
        (r#"raise"#, r#"(raise)"#),
        (r#"raise E"#, r#"(raise E)"#),
        (r#"raise E from e"#, r#"(raise E from e)"#),
        (r#"return"#, r#"(return)"#),
        (r#"return x"#, r#"(return x)"#),
        (r#"return *a, b"#, r#"(return (tuple *a b))"#),
        (r#"pass"#, r#"pass"#),
        (r#"x = *a, *b"#, r#"(= x (tuple *a *b))"#),
        (r#"print(*a, sep='')"#, r#"(expr (call print *a sep=""))"#),
        (r#"x = a if b else c"#, r#"(= x (ifexp b a c))"#),
        (
            r#"if (n := len(a)) > 10: pass"#,
            r#"(if (cmp (:= n (call len a)) > 10) (pass))"#,
        ),
        (
            r#"while chunk := f.read(): pass"#,
            r#"(while (:= chunk (call (. f read))) (pass))"#,
        ),
        (
            r#"[y := f(x), y**2]"#,
            r#"(expr (list (:= y (call f x)) (** y 2)))"#,
        ),
        (
            r#"x = [
    1,
    2,
]"#,
            r#"(= x (list 1 2))"#,
        ),
        (
            r#"x = 1 + \
    2"#,
            r#"(= x (+ 1 2))"#,
        ),
        (
            r#"if x:
    # comment

    y = 1
    # another
z = 2"#,
            r#"(if x ((= y 1)))
(= z 2)"#,
        ),
        (
            r#"if a:
	b = 1"#,
            r#"(if a ((= b 1)))"#,
        ),
        (
            r#"def f():
    if x:
        return 1
    return 2
f()"#,
            r#"(def f (params) ((if x ((return 1))) (return 2)))
(expr (call f))"#,
        ),
        (
            r#"x = (1 +
  2)"#,
            r#"(= x (+ 1 2))"#,
        ),
        (r#"a = not b"#, r#"(= a (not b))"#),
        (r#"a = -1"#, r#"(= a (neg 1))"#),
        (r#"a = b.c.d()"#, r#"(= a (call (. (. b c) d)))"#),
        (r#"x[1:2:3] = y"#, r#"(= ([] x (slice 1 2 3)) y)"#),
        (r#"x.y = z"#, r#"(= (. x y) z)"#),
        (r#"a = b[c][d]"#, r#"(= a ([] ([] b c) d))"#),
        (
            r#"print("hello", end="")"#,
            r#"(expr (call print "hello" end=""))"#,
        ),
        (
            r#"obj.method(arg)[0].attr"#,
            r#"(expr (. ([] (call (. obj method) arg) 0) attr))"#,
        ),
        (
            r#"x = {'a': [1, 2], 'b': (3, 4)}"#,
            r#"(= x (dict ("a" (list 1 2)) ("b" (tuple 3 4))))"#,
        ),
        (r#"t = 1,"#, r#"(= t (tuple 1))"#),
        (r#"x = yield"#, r#"(= x (yield))"#),
        (r#"λ = 1"#, r#"(= λ 1)"#),
        (r#"naïve_café = 2"#, r#"(= naïve_café 2)"#),
    ];
    for (src, expected) in cases {
        check(src, expected);
    }
}
