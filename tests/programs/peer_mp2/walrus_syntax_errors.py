# Assignment expressions: where they are refused at compile time, and the message.
sources = [
    "class Q: [(x := 1) for y in range(2)]",
    "class Q:\n    def f(self): return [(x := 1) for y in range(2)]",
    "class Q: [[(x := 1) for w in range(2)] for y in range(2)]",
    "[x for x in (y := [1, 2])]",
    "[x for x in range(3) for z in (y := [1, 2])]",
    "{k: v for k, v in (d := {}).items()}",
    "[x for x in (lambda: (y := [1]))()]",
    "(a.b := 1)",
    "(a[0] := 1)",
    "(1 := 2)",
    "((a, b) := 3)",
    "(a + b := 3)",
    "[a.b := 1]",
    "(f() := 1)",
    "if a.b := 1: pass",
    "(x := 1)",
    "[i := 0 for i in range(3)]",
    "def f(): return [(y := 1) for y in range(2)]",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), "->", e.msg)


def scope1():
    var1 = 0
    print([var1 := i for i in [0, 1] if i > var1], var1)


scope1()


def scope5():
    def inner5():
        nonlocal var5
        print([var5 := i for i in range(2)])

    inner5()
    print(var5)
    var5 = 0


scope5()

for src in ["[x for x in [(y := 1) for _ in range(2)]]", "[x for x in [1] if [(y := 2) for _ in range(2)]]"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), "->", e.msg)

# A trailing comma in an unparenthesized import list.
for src in ["from x import a,", "from x import a, b,", "from x import (a,)", "import a,"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), "->", e.msg)
