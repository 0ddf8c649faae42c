"""Tokenizer, recursive-descent parser and evaluator for arithmetic."""
import math
import operator
from dataclasses import dataclass
from typing import Union


class CalcError(Exception):
    pass


@dataclass
class Tok:
    kind: str
    text: str
    pos: int


def tokenize(src):
    i = 0
    toks = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Tok("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Tok("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            toks.append(Tok("op", "**", i))
            i += 2
        elif c in "+-*/%(),=":
            toks.append(Tok("op", c, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r} at {i}")
    toks.append(Tok("end", "", len(src)))
    return toks


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"

@dataclass
class Neg:
    operand: "Node"

@dataclass
class Call:
    func: str
    args: list

Node = Union[Num, Var, BinOp, Neg, Call]


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise CalcError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            node = BinOp(op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return Neg(self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        raise CalcError(f"unexpected {t.text or 'end'!r} at {t.pos}")


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            if name not in env:
                raise CalcError(f"unknown variable {name}")
            return env[name]
        case Neg(x):
            return -evaluate(x, env)
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(f, args):
            return FUNCS[f](*[evaluate(a, env) for a in args])


env = {"pi": math.pi, "e": math.e}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "-2 ** 2", "2 ** 3 ** 2", "x = 7 % 4", "x * 10 / 4",
             "sqrt(16) + max(1, x, 2)", "hypot(3, 4)", "1 / 0", "y + 1", "2 * (3 + ", "3 $ 4",
             "round_me = 10 / 3", "pi * 2"]:
    try:
        name = None
        toks = tokenize(line)
        if len(toks) > 2 and toks[1].text == "=":
            name = toks[0].text
            toks = toks[2:]
        p = Parser(toks)
        tree = p.expr()
        p.take("")
        val = evaluate(tree, env)
        if name:
            env[name] = val
        print(f"{line:<24} => {val!r}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(Parser(tokenize("1 + f(2, -x) * 3")).expr())
