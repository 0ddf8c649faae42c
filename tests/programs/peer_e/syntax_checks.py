# Compile-time errors: __debug__ bindings, except ordering, global/nonlocal conflicts,
# yield and walrus inside comprehensions, parameter list mistakes; object.__init__ messages.
def check(code):
    try:
        compile(code, "<probe>", "exec")
        print("compiles:", repr(code))
    except SyntaxError as e:
        print(type(e).__name__, repr(code), "->", e.msg, e.lineno)


cases = [
    "__debug__ = 1", "__debug__ += 1", "del __debug__", "def f(__debug__): pass",
    "def f(*, __debug__): pass", "def f(*__debug__): pass", "def f(**__debug__): pass",
    "lambda __debug__: 1", "for __debug__ in x: pass", "with x as __debug__: pass",
    "(__debug__ := 1)", "class __debug__: pass", "def __debug__(): pass",
    "import x as __debug__", "from x import y as __debug__", "a, __debug__ = 1, 2",
    "try:\n pass\nexcept E as __debug__:\n pass", "print(__debug__)", "x = __debug__",
    "try:\n a\nexcept:\n pass\nexcept:\n pass",
    "try:\n a\nexcept:\n pass\nexcept ValueError:\n pass\nfinally:\n pass",
    "try:\n a\nexcept ValueError:\n pass\nexcept:\n pass",
    "def f(x):\n global x", "def f(x):\n nonlocal x", "def f(*a):\n global a",
    "def f(**k):\n nonlocal k", "def f():\n nonlocal x\n global x",
    "def f():\n x = 1\n def g():\n  global x\n  nonlocal x",
    "def f():\n x = 1\n def g():\n  nonlocal x\n  global x",
    "def f():\n global x\n global x", "def f():\n x = 1\n global x",
    "def f():\n print(x)\n global x",
    "[(yield) for x in y]", "{(yield) for x in y}", "{x: (yield) for x in y}",
    "((yield) for x in y)", "def f():\n [(yield) for x in y]",
    "def f():\n [(yield from z) for x in y]", "def f():\n return [x for x in (yield)]",
    "[x for x in y if (x := 1)]", "[i := 0 for i in range(3)]",
    "[(a, b) for a, b in z if (b := 2)]", "[[j := 1 for k in y] for j in x]",
    "[j := 1 for k in y]", "def f():\n [(n := x) for x in y]\n return n",
    "def f(x, *a, *): pass", "def f(*, *): pass", "def f(*a, *b): pass",
    "def f(*, *b): pass", "lambda *a, *b: 1", "lambda *, *: 1", "def f(/, a): pass",
    "lambda /: 1", "def f(a, /, /): pass", "def f(*, /): pass", "def f(*): pass",
    "def f(a=1, b): pass", "def f(a, a): pass", "lambda a, a: 1",
]
for c in cases:
    check(c)


class Foo:
    pass


class WithInit:
    def __init__(self, *a):
        super().__init__(*a)


class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)


for label, fn in [
    ("Foo().__init__(1)", lambda: Foo().__init__(1)),
    ("object.__init__(Foo(), 1)", lambda: object.__init__(Foo(), 1)),
    ("Foo(1)", lambda: Foo(1)),
    ("WithInit(1)", lambda: WithInit(1)),
    ("object().__init__(1)", lambda: object().__init__(1)),
    ("WithNew(1)", lambda: WithNew(1)),
    ("WithNew().__init__(1)", lambda: WithNew().__init__(1)),
    ("object.__new__(Foo, 1)", lambda: object.__new__(Foo, 1)),
    ("object.__new__(WithInit, 1)", lambda: object.__new__(WithInit, 1)),
    ("object(1)", lambda: object(1)),
]:
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "-> TypeError", e)
