"""A compiler from a tiny expression language to bytecode for a stack VM: ast-like nodes
via dataclasses, a disassembler, constant folding, and a VM with a call stack and errors."""
from dataclasses import dataclass
from enum import IntEnum, auto
from typing import List, Union
import operator
import re


class Op(IntEnum):
    PUSH = auto()
    LOAD = auto()
    STORE = auto()
    BIN = auto()
    JMPF = auto()
    JMP = auto()
    PRINT = auto()
    HALT = auto()


@dataclass
class Instr:
    op: Op
    arg: Union[int, float, str, None] = None

    def __str__(self):
        return f"{self.op.name:<6}{'' if self.arg is None else repr(self.arg)}"


class VMError(RuntimeError):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (at pc={pc})")
        self.pc = pc


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "<": operator.lt, "==": operator.eq, "%": operator.mod}

SRC = """
n = 10
a = 0
b = 1
i = 0
while i < n {
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
}
print 2 * 3 + 4 * 5
print (1 + 2) * (3 + 4) % 5
"""

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(==|[-+*/%<=(){}]))")


def lex(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}: {src[pos:pos + 10]!r}")
        num, name, sym = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("sym", sym))
        pos = m.end()
    return out


class Compiler:
    PREC = {"==": 1, "<": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}

    def __init__(self, toks):
        self.toks, self.i, self.code = toks, 0, []

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)

    def take(self, want=None):
        tok = self.peek()
        if want and tok[1] != want:
            raise SyntaxError(f"expected {want!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def emit(self, op, arg=None):
        self.code.append(Instr(op, arg))
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != "eof" and self.peek()[1] != "}":
            self.statement()

    def statement(self):
        kind, val = self.peek()
        if val == "print":
            self.take()
            self.expr()
            self.emit(Op.PRINT)
        elif val == "while":
            self.take()
            top = len(self.code)
            self.expr()
            jf = self.emit(Op.JMPF, None)
            self.take("{")
            self.program()
            self.take("}")
            self.emit(Op.JMP, top)
            self.code[jf].arg = len(self.code)
        else:
            name = self.take()[1]
            self.take("=")
            self.expr()
            self.emit(Op.STORE, name)

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            self.emit(Op.PUSH, val)
        elif kind == "name":
            self.emit(Op.LOAD, val)
        elif val == "(":
            self.expr()
            self.take(")")
        else:
            raise SyntaxError(f"unexpected {val!r}")

    def expr(self, min_prec=1):
        self.atom()
        while self.peek()[1] in self.PREC and self.PREC[self.peek()[1]] >= min_prec:
            op = self.take()[1]
            self.expr(self.PREC[op] + 1)
            a, b = self.code[-2], self.code[-1]
            if a.op is Op.PUSH and b.op is Op.PUSH and not (op in "/%" and b.arg == 0):
                self.code[-2:] = [Instr(Op.PUSH, BINOPS[op](a.arg, b.arg))]
            else:
                self.emit(Op.BIN, op)


def run(code, out):
    stack, env, pc, steps = [], {}, 0, 0
    while True:
        steps += 1
        if steps > 10_000:
            raise VMError("step limit", pc)
        ins = code[pc]
        pc += 1
        match ins.op:
            case Op.PUSH:
                stack.append(ins.arg)
            case Op.LOAD:
                if ins.arg not in env:
                    raise VMError(f"undefined {ins.arg}", pc - 1)
                stack.append(env[ins.arg])
            case Op.STORE:
                env[ins.arg] = stack.pop()
            case Op.BIN:
                b, a = stack.pop(), stack.pop()
                try:
                    stack.append(BINOPS[ins.arg](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero", pc - 1) from None
            case Op.JMPF:
                if not stack.pop():
                    pc = ins.arg
            case Op.JMP:
                pc = ins.arg
            case Op.PRINT:
                out.append(stack.pop())
            case Op.HALT:
                return env, steps


c = Compiler(lex(SRC))
c.program()
c.emit(Op.HALT)
for n, ins in enumerate(c.code[:12]):
    print(f"{n:3d}  {ins}")
print("...", len(c.code), "instructions")
out = []
env, steps = run(c.code, out)
print(out, sorted(env.items()), steps)
for src in ["x = 1 / 0", "print y", "x = 1 + * 2", "while 1 { x = 1 }", "x = 3 $ 4"]:
    try:
        cc = Compiler(lex(src))
        cc.program()
        cc.emit(Op.HALT)
        run(cc.code, [])
    except (SyntaxError, VMError) as e:
        print(f"{type(e).__name__}: {e}")
print(Op.BIN, int(Op.HALT), Op(3).name, [o.name for o in Op][:3], Op.PUSH < Op.LOAD)
