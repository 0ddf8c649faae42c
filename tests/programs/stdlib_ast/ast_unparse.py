import ast

SOURCES = [
    "x = 1",
    "a, b = b, a",
    "print(*args, sep='', **kw)",
    "def f(a, /, b=2, *c, d, e=5, **f) -> int:\n    '''Doc.'''\n    return (a + b) * c ** -d",
    "class C(B, metaclass=M):\n    x: int = 3\n    def g(self): pass",
    "if a: pass\nelif b: x = 1\nelse: y = 2",
    "for i, j in zip(a, b):\n    continue\nelse:\n    break",
    "while not x and y or z: pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]",
    "with open(f) as g, h: pass",
    "lambda x, *y: x if y else -x",
    "f'{a!r:>{w}} {b=} {{literal}}'",
    "print(x := 5, [i for i in range(3) if i], {k: v for k, v in d}, {1, 2}, (yield))",
    "a or b and c",
    "(a or b) and c",
    "x = -2 ** 2; y = (-2) ** 2; z = 2 ** -1",
    "x = (1, 2) + (3,)",
    "x = a if b else (c if d else e)",
    "x = 1 .real + (1.5).real",
    "x = {**a, 'b': 1}; y = {*a}; z = set()",
    "async def f():\n    async for a in b:\n        await c\n    async with d: pass",
    "match x:\n    case [1, *rest] | {'k': v, **kw} if v: pass\n    case Point(x=0) as p: pass\n    case _: pass",
    "import a.b as c, d\nfrom ..e import f as g\nfrom . import h",
    "global a, b\nassert x, 'msg'\nx += 1\ny: 'str'",
    "s = 'it\\'s' + \"q\\\"\" + '\\n' + b'\\x00'.decode()",
    "x = 1e400; y = -1e400j",
    "a[1:2]; a[::2]; a[1,]; a[()]; a[i, j]",
    "x = lambda: (yield)",
    "@dec\n@dec2(1)\ndef f(): pass",
    "x = not (a == b)",
    "x = (a < b) < c",
    "x = 'a' 'b'",
    "x = f'{x!s}' f'{y:{z}}'",
    "del (a, b), [c]",
]
for src in SOURCES:
    out = ast.unparse(ast.parse(src))
    print(out)
    print("-" * 10)
    again = ast.unparse(ast.parse(out))
    if again != out:
        print("NOT STABLE:", again)
print(ast.unparse(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Constant(1))))
print(ast.unparse(ast.Constant(value=(1, 2))), ast.unparse(ast.Constant(value=...)))
