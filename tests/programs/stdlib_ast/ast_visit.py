import ast
import textwrap

SRC = textwrap.dedent('''
    """Module doc.

        Indented line.
    """
    import math

    def area(r):
        """Area of a circle."""
        return math.pi * r ** 2

    class Shape:
        """A shape."""
        sides = 0

        def describe(self, name="shape"):
            total = 0
            for i in range(self.sides):
                total += i
            return f"{name}: {total}"

    print(area(2), Shape().describe())
''')

tree = ast.parse(SRC, filename="shapes.py")
print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree, clean=False)))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        print(type(node).__name__, node.name, node.lineno, node.end_lineno, repr(ast.get_docstring(node)))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = {}
        self.calls = []

    def visit_Name(self, node):
        self.names[node.id] = self.names.get(node.id, 0) + 1
        self.generic_visit(node)

    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(sorted(c.names.items()))
print(c.calls)
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items()))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return node


tree2 = Doubler().visit(ast.parse(SRC))
ast.fix_missing_locations(tree2)
print(ast.unparse(tree2))
code = compile(tree2, "<transformed>", "exec")
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith("__")))

expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))
print(expr.body.lineno, expr.body.col_offset, expr.body.left.lineno)

t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 10)
print([(n.lineno, n.end_lineno) for n in t.body])
print(list(ast.iter_fields(t.body[0]))[1][0], [type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
src = "total = price * (1 + rate)\nprint(  total  )\n"
t = ast.parse(src)
print([ast.get_source_segment(src, n) for n in t.body])
print(ast.get_source_segment(src, t.body[0].value.right))
print(ast.get_source_segment("if x:\n    a = 1\n    b = 2\n", ast.parse("if x:\n    a = 1\n    b = 2\n").body[0]))
t = ast.parse("def f(x):\n    return x\n")
print(ast.dump(t.body[0].args), isinstance(t.body[0].body[0], ast.stmt), issubclass(ast.Name, ast.expr))


class RenameVars(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)

    def visit_Assign(self, node):
        self.generic_visit(node)
        extra = ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                         args=[node.targets[0]], keywords=[]))
        return [node, extra]


t = RenameVars().visit(ast.parse("a = 1\nb = a + 1\n"))
print(ast.unparse(ast.fix_missing_locations(t)))
print(ast.Name._fields, ast.Name._attributes, ast.arguments._fields, ast.Constant.__match_args__)
n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, n.lineno, n.end_lineno, isinstance(n.ctx, ast.Load))
match ast.parse("f(1)").body[0].value:
    case ast.Call(func=ast.Name(id=fname), args=[ast.Constant(value=v)]):
        print("matched call to", fname, "with", v)
print(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST).__class__.__name__, ast.PyCF_ONLY_AST)
