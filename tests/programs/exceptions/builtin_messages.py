class Foo:
    pass
def two(a, b):
    return a
cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("len(5)", lambda: len(5)),
    ("[1] + (1,)", lambda: [1] + (1,)),
    ("None()", lambda: None()),
    ("5[0]", lambda: 5[0]),
    ("{}[[]]", lambda: {}[[]]),
    ("two(1,2,3)", lambda: two(1, 2, 3)),
    ("two(1)", lambda: two(1)),
    ("Foo().x", lambda: Foo().x),
    ("Foo.y", lambda: Foo.y),
    ("(1).foo", lambda: (1).foo),
    ("undefined_name", lambda: undefined_name),
    ("[1,2][5]", lambda: [1, 2][5]),
    ("(1,)[3]", lambda: (1,)[3]),
    ("{'a':1}['b']", lambda: {"a": 1}["b"]),
    ("1/0", lambda: 1 / 0),
    ("1//0", lambda: 1 // 0),
    ("1%0", lambda: 1 % 0),
    ("int('abc')", lambda: int("abc")),
    ("float('abc')", lambda: float("abc")),
    ("[].pop()", lambda: [].pop()),
    ("{}.pop(1)", lambda: {}.pop(1)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("'abc' * 'b'", lambda: "abc" * "b"),
    ("-'a'", lambda: -"a"),
    ("iter(5)", lambda: iter(5)),
    ("1 < 'a'", lambda: 1 < "a"),
    ("hash([])", lambda: hash([])),
    ("abs('a')", lambda: abs("a")),
    ("'x'.join([1])", lambda: "x".join([1])),
    ("[1,2].index(3)", lambda: [1, 2].index(3)),
    ("tuple assign", lambda: (1, 2).__setitem__(0, 1)),
    ("int(None)", lambda: int(None)),
    ("sum(['a'])", lambda: sum(["a"])),
    ("chr(-1)", lambda: chr(-1)),
    ("3 ** 'x'", lambda: 3 ** "x"),
    ("[] < 1", lambda: [] < 1),
    ("range('a')", lambda: range("a")),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label} -> {type(e).__name__}: {e}")
