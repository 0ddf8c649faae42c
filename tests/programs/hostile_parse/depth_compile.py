# Deep nesting compiled at run time: CPython's verdict (a value, SyntaxError, RecursionError
# or a bare MemoryError), never a crash.
def verdict(src, mode="exec"):
    try:
        code = compile(src, "<gen>", mode)
    except (SyntaxError, RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e.msg if isinstance(e, SyntaxError) else e}"
    if mode == "eval":
        try:
            r = eval(code, {"f": f, "a": A()})
            return type(r).__name__ if callable(r) else repr(r)[:40]
        except Exception as e:
            return type(e).__name__
    return "compiled"


class A:
    def __getattr__(self, name):
        return self

    def __getitem__(self, i):
        return self

    def __repr__(self):
        return "A"


def f():
    return f


shapes = {
    "parens": lambda n: "(" * n + "1" + ")" * n,
    "brackets": lambda n: "[" * n + "]" * n,
    "add": lambda n: "+".join(["1"] * n),
    "mul": lambda n: "*".join(["1"] * n),
    "and": lambda n: " and ".join(["1"] * n),
    "compare": lambda n: " < ".join(str(i) for i in range(n)),
    "neg": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "1",
    "invert": lambda n: "~" * n + "1",
    "pow": lambda n: "**".join(["1"] * n),
    "ifexp": lambda n: "1 if 0 else " * n + "2",
    "lambda": lambda n: "lambda: " * n + "1",
    "attr": lambda n: "a" + ".b" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "a" + "[0]" * n,
    "strcat": lambda n: " ".join(["'ab'"] * n),
}
for name, make in shapes.items():
    for n in (10, 150, 201, 1000, 2000, 4000, 10000):
        print(name, n, verdict(make(n), "eval"))

# Statements nested by elif chains and blocks.
for n in (100, 2000, 4000, 8000):
    src = "if x == 0:\n    pass\n" + "".join(f"elif x == {i}:\n    pass\n" for i in range(1, n))
    print("elif", n, verdict(src))
for n in (20, 21):
    src = "".join(" " * i + "while 1:\n" for i in range(n)) + " " * n + "break\n"
    print("while", n, verdict(src))
for n in (99, 100, 101):
    src = "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n"
    print("indent", n, verdict(src))
for n in (100, 2000, 4000):
    print("comprehension", n, verdict("[" * n + "x for x in y" + "]" * n, "eval")[:60])
print("nested fstring", verdict("f'{f\"{1+1}\"}'", "eval"))
print("done")
