import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c = f(1, *args, k=2, **kw)",
    "x += y ** -2 // 3",
    "print(f'{name!r:>{width}} and {x=}', 'plain' 'concat')",
    "lambda a, /, b=2, *c, d, e=5, **f: a if b else c",
    "[i * j for i in range(3) if i for j in 'ab']",
    "{k: v for k, v in d.items()}; {1, 2}; {**a, 'b': 3}; (x for x in y)",
    "a[1:2, ::3]; a[i]; del a.b, c[0]",
    "x = a < b <= c is not d not in e",
    "not a and b or c",
    "async def f(x: int = 3) -> None:\n    async with a as (b, c):\n        await d\n    async for i in g():\n        yield i\n",
    "@deco(1)\nclass C(Base, metaclass=M):\n    '''doc'''\n    x: int = 0\n    def m(self, *, k): return (yield from k)\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 5:\n        break\n    else:\n        pass\nelse:\n    pass\n",
    "while (n := n - 1) > 0:\n    global g\n    nonlocal h\n",
    "import os.path as p, sys\nfrom ..pkg import a as b, c\nfrom . import *\n",
    "with open(f) as fh, lock:\n    assert fh, 'msg'\n",
    "match cmd:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=yy) | None as p:\n        pass\n    case 'a' | 1.5 | -3 | 2+1j:\n        pass\n    case _:\n        pass\n",
    "x = None, True, False, ..., 1.5, 2j, b'by', 10**100, 0xff",
    "x: 'List[int]'\n(y): int = 3\nz.a: int",
    "def g(a, b=1, /, c=2, *, d, e=3):\n    return\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
]
for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree))
print(ast.dump(ast.parse(SNIPPETS[1]), indent=2))
print(ast.dump(ast.parse("if x:\n    y = [1, 2]\n"), indent='\t'))
print(ast.dump(ast.parse("f(a, b=1)").body[0], annotate_fields=False))
for src in ["x = 1 + 2", "def f(a, b: int):\n    return a.b[c]\n", "y = f(*a, k=1, **kw)",
            "s = 'héllo' + x", "z = [\n    1,\n    2,\n]", "if a:\n    pass\nelif b:\n    pass\n",
            "class A:\n    def m(self):\n        pass\n",
            "import os.path as p, sys\nfrom . import (a,\n    b as c)\nfrom x.y import *\n",
            "def f(a, *args: int, b=1, **kw):\n    pass\n", "g = lambda *a, **k: 0",
            "total = sum(x * 2 for x in data)", "f(**{'a': 1}, b = 2)"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse("1 + x", mode="eval")))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
e = ast.parse("a + b", mode="eval").body
print(type(e).__name__, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
print(ast.dump(ast.Name(id="x", ctx=ast.Load())), ast.dump(ast.Constant(5)), ast.dump(ast.BinOp(left=ast.Constant(1))))
