#!/usr/bin/env python3
"""Random Python programs for differential testing (Kestrel against CPython).

    python3 tests/difftest/gen.py SEED        # prints one program

Programs use ints, strings, lists, dicts, control flow, functions and exceptions; every
value printed is deterministic (no sets of strings, ids or addresses), loops are bounded
and recursion is shallow, so both interpreters must print the same thing and end the
same way.
"""

import random
import sys


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.ind = 0
        self.ints = ["a", "b"]
        self.strs = ["s"]
        self.lists = ["xs"]
        self.funcs = []
        self.depth = 0

    def emit(self, text):
        self.lines.append("    " * self.ind + text)

    def int_expr(self, d=0):
        r = self.r
        k = r.randrange(9 if d < 3 else 3)
        if k == 0:
            return str(r.choice([0, 1, 2, 3, 7, -1, -5, 10, 255, 2**31, 2**63, -(2**64), 10**20]))
        if k == 1:
            return r.choice(self.ints)
        if k == 2:
            return f"len({r.choice(self.strs + self.lists)})"
        if k == 3:
            op = r.choice(["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"])
            right = self.int_expr(d + 1)
            if op == "**":
                right = f"(({right}) % 5)"
            if op in ("<<", ">>"):
                right = f"(({right}) % 70)"
            return f"({self.int_expr(d + 1)} {op} {right})"
        if k == 4:
            return f"(-{self.int_expr(d + 1)})"
        if k == 5:
            return f"({self.int_expr(d + 1)} if {self.bool_expr(d + 1)} else {self.int_expr(d + 1)})"
        if k == 6 and self.funcs:
            return f"{r.choice(self.funcs)}({self.int_expr(d + 1)})"
        if k == 7:
            return f"{r.choice(self.lists)}[{self.int_expr(d + 1)}]"
        return r.choice([f"abs({self.int_expr(d + 1)})", f"int({self.str_expr(d + 1)})",
                         f"sum({r.choice(self.lists)})", f"max({self.int_expr(d + 1)}, {self.int_expr(d + 1)})",
                         f"{self.str_expr(d + 1)}.find({self.str_expr(d + 1)})",
                         f"divmod({self.int_expr(d + 1)}, {self.int_expr(d + 1)})[0]"])

    def str_expr(self, d=0):
        r = self.r
        k = r.randrange(7 if d < 3 else 2)
        if k == 0:
            return repr(r.choice(["", "a", "abc", "42", "x y", "-7", "é", "A1b2"]))
        if k == 1:
            return r.choice(self.strs)
        if k == 2:
            return f"({self.str_expr(d + 1)} + {self.str_expr(d + 1)})"
        if k == 3:
            return f"str({self.int_expr(d + 1)})"
        if k == 4:
            return f"({self.str_expr(d + 1)} * (({self.int_expr(d + 1)}) % 4))"
        if k == 5:
            return f"{self.str_expr(d + 1)}[{self.int_expr(d + 1)}:{self.int_expr(d + 1)}]"
        return r.choice([f"{self.str_expr(d + 1)}.upper()", f"{self.str_expr(d + 1)}.strip()",
                         f"'-'.join(map(str, {r.choice(self.lists)}))",
                         f"f'{{{self.int_expr(d + 1)}}}:{{{self.str_expr(d + 1)}!r}}'",
                         f"{self.str_expr(d + 1)}.replace('a', 'b')"])

    def list_expr(self, d=0):
        r = self.r
        k = r.randrange(6 if d < 2 else 2)
        if k == 0:
            return "[" + ", ".join(self.int_expr(d + 1) for _ in range(r.randrange(4))) + "]"
        if k == 1:
            return r.choice(self.lists)
        if k == 2:
            return f"({self.list_expr(d + 1)} + {self.list_expr(d + 1)})"
        if k == 3:
            return f"sorted({self.list_expr(d + 1)})"
        if k == 4:
            return f"[x * 2 for x in {self.list_expr(d + 1)} if x % 3 != 1]"
        return f"list(range(({self.int_expr(d + 1)}) % 6))"

    def bool_expr(self, d=0):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{self.int_expr(d + 1)} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {self.int_expr(d + 1)}"
        if k == 1:
            return f"{self.str_expr(d + 1)} in {self.str_expr(d + 1)}"
        if k == 2:
            return f"not {self.bool_expr(d + 1)}" if d < 3 else "True"
        return f"({self.bool_expr(d + 1)} {r.choice(['and', 'or'])} {self.bool_expr(d + 1)})" if d < 3 else "False"

    def stmt(self):
        r = self.r
        k = r.randrange(10 if self.depth < 3 else 5)
        if k == 0:
            self.emit(f"{r.choice(self.ints)} = {self.int_expr()}")
        elif k == 1:
            self.emit(f"{r.choice(self.strs)} = {self.str_expr()}")
        elif k == 2:
            self.emit(f"{r.choice(self.lists)} = {self.list_expr()}")
        elif k == 3:
            self.emit(f"print({r.choice([self.int_expr(), self.str_expr(), self.list_expr(), self.bool_expr()])})")
        elif k == 4:
            self.emit(f"{r.choice(self.lists)}.append({self.int_expr()})")
        elif k == 5:
            self.emit(f"if {self.bool_expr()}:")
            self.block()
            if r.random() < 0.5:
                self.emit("else:")
                self.block()
        elif k == 6:
            v = r.choice(self.ints)
            self.emit(f"for {v} in range(({self.int_expr()}) % 5):")
            self.block()
        elif k == 7:
            self.emit("try:")
            self.block()
            self.emit(f"except {r.choice(['ZeroDivisionError', 'IndexError', 'ValueError', 'TypeError', 'Exception', 'OverflowError'])} as e:")
            self.ind += 1
            self.emit("print('caught', type(e).__name__)")
            self.ind -= 1
            if r.random() < 0.3:
                self.emit("finally:")
                self.ind += 1
                self.emit("print('finally')")
                self.ind -= 1
        elif k == 8 and self.ind == 0:
            name = f"f{len(self.funcs)}"
            self.emit(f"def {name}(a):")
            self.ind += 1
            saved = self.ints
            self.ints = ["a"]
            self.emit(f"b = {self.int_expr()}")
            self.ints = ["a", "b"]
            for _ in range(r.randrange(1, 3)):
                self.stmt()
            self.emit(f"return {self.int_expr()}")
            self.ints = saved
            self.ind -= 1
            self.funcs.append(name)
        else:
            self.emit(f"d[{self.str_expr()}] = {self.int_expr()}")
            self.emit("print(sorted(d.items())[:3])")

    def block(self):
        self.ind += 1
        self.depth += 1
        for _ in range(self.r.randrange(1, 4)):
            self.stmt()
        self.depth -= 1
        self.ind -= 1

    def program(self):
        self.emit("a, b, s, xs, d = 3, -4, 'hello', [1, 2, 3], {}")
        for _ in range(self.r.randrange(5, 25)):
            self.stmt()
        self.emit("print('end', a, b, s, xs, sorted(d.items()))")
        return "\n".join(self.lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(Gen(int(sys.argv[1])).program())
