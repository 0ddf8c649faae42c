# Compile-time SyntaxWarnings: recorded, and turned into SyntaxErrors at their place by an
# "error" filter, as CPython 3.11 does.
import warnings

CASES = [
    'x is 1', 'x is not "a"', 'x is ()', 'x is (1, 2)', 'x is -1', 'x is b""', 'x is 1j',
    '1 is x', 'x is None', 'x is ...', 'x is True', 'x is not (not 1)', 'x is f"a"',
    'x is [1]', 'x is (a, b)', 'x == 1 is y', 'x is 1 is 2', 'a.b is -(1)',
    'y = 1\nz = (\n  x is 1)', 'f(a, x is 1)', 'if x is 5:\n    pass',
    'while x is not 0.5:\n    break',
    '"a" "b"()', '(1, 2)(3)', 'None()', '...()', '1()', '[1]()', '[x for x in y]()',
    '{}()', '{1}()', '(x for x in y)()', 'f"a{x}"()', 'x = 1 if y else 2()', 'x.y()',
    'True[0]', '1.5[0]', '{1}[0]', '(x for x in y)[0]', '(lambda: 0)[0]', '"abc"[0]',
    '[1][1.5]', '[1][1:2, 3]', 'x = [1]["a"]', '[1]["a"] = 2', 'del [1]["a"]',
    '(1,2)[x,]', '"abc"["a"]', 'b"x"[None]', '[1][x]', '[1][-1]', '[1][True]', '[1][1:2]',
    '[x for x in y]["a"]', 'f"a"[(1, 2)]', '[1][[0]]', '{}["a"]',
    'assert (1, 2)', 'assert (x, "msg")', 'assert ()', 'assert x, (1, 2)',
    'def f():\n    return x is 1', 'class C:\n    y = [1][1, 2]',
    'lambda: "s"()', '[x is 1 for x in y]',
]

warnings.simplefilter("error")
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, repr(e.text))

warnings.resetwarnings()
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    compile("x is 1\nprint(y is 'a')\n(1)()\n", "<three>", "exec")
    exec("t = 5 is 5", {})
for w in got:
    print(w.category.__name__, w.message, w.filename, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(eval("1 is 1"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        exec("def g():\n    ok = 1\n    return ok is 'k'\n")
    except SyntaxError as e:
        print("exec:", e.msg, e.lineno, e.offset, e.filename)
    try:
        eval("(1, 2)(3)")
    except SyntaxError as e:
        print("eval:", e.msg, e.lineno, e.offset)
