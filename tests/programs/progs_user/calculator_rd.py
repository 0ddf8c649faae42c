"""Tokenizer + recursive-descent calculator with variables and functions."""
import math
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_SPEC = [
    ("NUM", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%(),=^]"),
    ("WS", r"\s+"),
    ("BAD", r"."),
]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))


class CalcError(Exception):
    pass


def tokenize(src):
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
        if self.peek().kind == "NAME" and self.toks[1].text == "=":
            name = self.next().text
            self.next()
            val = self.expr()
            self.env[name] = val
        else:
            val = self.expr()
        if self.peek().kind != "EOF":
            raise CalcError(f"trailing {self.peek().text!r}")
        return val

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError(f"expected {text!r} got {t.text!r} at {t.pos}")

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise CalcError("division by zero")
                v /= r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                try:
                    return self.FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}") from None
            if t.text in self.env:
                return self.env[t.text]
            raise CalcError(f"undefined {t.text}")
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected {t.text or 'end'!r} at {t.pos}")


env = {"pi": math.pi}
p = Parser(env)
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "x * 2",
             "sqrt(16) + max(1, 5, 3)", "hyp(3, 4)", "10 % 4 - 1e2", "pi * 2",
             "1 / 0", "foo(1)", "y + 1", "3 $ 4", "(1 + 2", "1 2", "2 ** -1", "abs(-7.25)"]:
    try:
        print(f"{line:<24} = {p.parse(line)!r}")
    except CalcError as e:
        print(f"{line:<24} ! {e}")
print(sorted(env))
print(list(tokenize("a=1"))[:2])
