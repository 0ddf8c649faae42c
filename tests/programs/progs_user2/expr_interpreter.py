"""A tiny language: tokenizer with a verbose regex, Pratt parser, tree-walking evaluator."""
import re
import operator
from dataclasses import dataclass
from typing import NamedTuple, Union

TOKEN_RE = re.compile(r"""
    (?P<NUM>   \d+(?:\.\d*)?(?:[eE][-+]?\d+)? )
  | (?P<NAME>  [A-Za-z_]\w* )
  | (?P<OP>    \*\*|==|!=|<=|>=|[-+*/%()<>=,;{}] )
  | (?P<WS>    \s+ )
  | (?P<BAD>   . )
""", re.VERBOSE)


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


class ParseError(Exception):
    pass


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Node"
    right: "Node"

@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple

Node = Union[Num, Var, BinOp, Call]

BINDING = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
           "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 6}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow, "==": operator.eq, "!=": operator.ne,
       "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        return t

    def expr(self, rbp=0):
        t = self.next()
        if t.kind == "NUM":
            left = Num(float(t.text))
        elif t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr())
                    if self.peek().text == ",":
                        self.next()
                self.expect(")")
                left = Call(t.text, tuple(args))
            else:
                left = Var(t.text)
        elif t.text == "-":
            left = BinOp("-", Num(0.0), self.expr(5))
        elif t.text == "(":
            left = self.expr()
            self.expect(")")
        else:
            raise ParseError(f"unexpected {t.text or 'end of input'!r} at {t.pos}")
        while True:
            op = self.peek().text
            bp = BINDING.get(op)
            if bp is None or bp <= rbp:
                return left
            self.next()
            left = BinOp(op, left, self.expr(bp - 1 if op == "**" else bp))


FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            try:
                return env[n]
            except KeyError:
                raise NameError(f"undefined variable {n!r}") from None
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _):
            raise NameError(f"unknown function {fn}()")


env = {"x": 3.0, "y": 4.0, "pi": 3.14159}
for src in ["1 + 2 * 3", "2 ** 3 ** 2", "-(x + y) * 2", "sqrt(x*x + y*y)", "max(1, x, y, 2) % 3",
            "x < y == 1", "10 / 4 - 1e1", "min()", "z + 1", "foo(1)", "1 + ", "3 $ 4", "(1 + 2"]:
    try:
        tree = Parser(src).expr()
        print(f"{src:<22} => {evaluate(tree, env)!r}")
    except (ParseError, NameError, ValueError, TypeError) as e:
        print(f"{src:<22} !! {type(e).__name__}: {e}")
print(Parser("a + b * 2").expr())
print([t.kind for t in tokenize("f(1.5e3, y)")])
print(Token("NUM", "1", 0)._asdict(), Token._fields, Token("A", "b", 1)._replace(pos=9))
