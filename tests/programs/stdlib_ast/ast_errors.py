import ast

for src in ["x = = 1", "def f(:\n    pass", "if x\n    pass", "x = (1, 2", "  x = 1", "f(**a, *b)"]:
    try:
        ast.parse(src)
        print("parsed", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print("ValueError", e)
for src in ["return 1", "yield x", "nonlocal q", "break", "await z"]:
    print(ast.dump(ast.parse(src).body[0]))
try:
    ast.Name("a", ast.Load(), "extra")
except TypeError as e:
    print("TypeError", e)
try:
    ast.dump("not a node")
except TypeError as e:
    print("TypeError", e)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
try:
    compile(ast.parse("x", mode="eval"), "<s>", "exec")
except TypeError as e:
    print("TypeError", e)
print(ast.dump(ast.parse("x = 1", filename="f.py", type_comments=True)))
print(ast.parse(b"y = 2").body[0].targets[0].id)
n = ast.Constant(value=1)
print(n.kind, n.value, hasattr(n, "lineno"), ast.Constant.kind)
print(isinstance(ast.Constant(3), ast.Num), isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant(3), ast.Str))
