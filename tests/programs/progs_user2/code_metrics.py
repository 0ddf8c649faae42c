"""Static analysis of a Python snippet: ast walking with NodeVisitor, tokenize for
comments, cyclomatic-complexity estimate, unused-name detection, and ast.unparse."""
import ast
import io
import tokenize
from collections import Counter, defaultdict

SOURCE = '''
import os, sys
from math import sqrt  # used below

CONSTANT = 42

def area(r):
    """Circle area."""
    return 3.14159 * r ** 2

class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        if x is None:
            raise ValueError("no None")
        self.items.append(x)

    def pop(self):
        # the caller checks emptiness
        return self.items.pop()

def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    for d in range(2, int(sqrt(n)) + 1):
        if n % d == 0 and d != n:
            return "composite"
    while False:
        pass
    return "prime" if n > 1 else "unit"

result = [classify(x) for x in range(-1, 8) if x != 3]
unused_thing = lambda y: y * 2
'''


class Metrics(ast.NodeVisitor):
    def __init__(self):
        self.functions = {}
        self.classes = defaultdict(list)
        self.imports = []
        self.names_loaded = Counter()
        self.assigned = set()
        self._current = None
        self._class = None

    def visit_Import(self, node):
        self.imports += [a.name for a in node.names]

    def visit_ImportFrom(self, node):
        self.imports += [f"{node.module}.{a.name}" for a in node.names]

    def visit_ClassDef(self, node):
        self._class, prev = node.name, self._class
        self.generic_visit(node)
        self._class = prev

    def visit_FunctionDef(self, node):
        if self._class:
            self.classes[self._class].append(node.name)
        branches = sum(isinstance(n, (ast.If, ast.For, ast.While, ast.BoolOp, ast.IfExp, ast.comprehension))
                       for n in ast.walk(node))
        self.functions[node.name] = {
            "args": [a.arg for a in node.args.args],
            "complexity": 1 + branches,
            "doc": ast.get_docstring(node),
            "returns": sum(isinstance(n, ast.Return) for n in ast.walk(node)),
            "line": node.lineno,
        }
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.names_loaded[node.id] += 1
        else:
            self.assigned.add(node.id)


tree = ast.parse(SOURCE)
m = Metrics()
m.visit(tree)
print("imports:", m.imports)
for name, info in m.functions.items():
    print(f"  {name:<9} line {info['line']:>2} args={info['args']} cx={info['complexity']} "
          f"returns={info['returns']} doc={info['doc']!r}")
print("classes:", dict(m.classes))
print("unused module names:", sorted(n for n in m.assigned if n not in m.names_loaded))
print("most used:", m.names_loaded.most_common(3))
comments = [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline)
            if tok.type == tokenize.COMMENT]
print("comments:", comments)
kinds = Counter(tokenize.tok_name[t.type] for t in tokenize.generate_tokens(io.StringIO(SOURCE).readline))
print(sorted(kinds.items())[:6])
fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "classify")
print(ast.unparse(fn.body[0]))
print(ast.unparse(tree.body[-1]), "|", ast.unparse(tree.body[-2].value))
print(ast.dump(ast.parse("x = a + 1").body[0]))
expr = ast.parse("2 * (3 + 4) - 10 / 5", mode="eval")
print(eval(compile(expr, "<expr>", "eval")), ast.literal_eval("[1, {'a': (2, 3)}, -4.5, None]"))


class Folder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            return ast.copy_location(ast.Constant(value), node)
        return node


folded = ast.fix_missing_locations(Folder().visit(ast.parse("y = 2 * 3 + x * (4 - 1)")))
print(ast.unparse(folded))
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e)[:40])
