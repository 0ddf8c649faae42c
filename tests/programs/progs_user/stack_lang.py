"""An interpreter for a tiny Forth-like stack language."""
import operator


class StackError(Exception):
    pass


class Forth:
    def __init__(self, out):
        self.stack = []
        self.out = out
        self.words = {}
        self.vars = {}
        bin_ops = {"+": operator.add, "-": operator.sub, "*": operator.mul,
                   "/": operator.floordiv, "mod": operator.mod,
                   "<": lambda a, b: -int(a < b), "=": lambda a, b: -int(a == b),
                   ">": lambda a, b: -int(a > b)}
        self.prims = {name: self._binary(fn) for name, fn in bin_ops.items()}
        self.prims.update({
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self._swap,
            "over": lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self._under()),
            ".": lambda: self.out.append(str(self.pop())),
            "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
        })

    def _under(self):
        raise StackError("stack underflow")

    def _binary(self, fn):
        def op():
            b, a = self.pop(), self.pop()
            if fn is operator.floordiv and b == 0:
                raise StackError("division by zero")
            self.push(fn(a, b))
        return op

    def _swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            self._under()
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            self._under()
        return self.stack[-1]

    def run(self, src):
        self.exec_tokens(src.lower().split())

    def exec_tokens(self, toks):
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == ":":
                end = toks.index(";", i)
                name = toks[i + 1]
                if name.lstrip("-").isdigit():
                    raise StackError("cannot redefine numbers")
                self.words[name] = [w for tok in toks[i + 2:end] for w in self.words.get(tok, [tok])]
                i = end + 1
                continue
            if t == "if":
                depth, j, else_at = 0, i + 1, None
                while True:
                    if toks[j] == "if":
                        depth += 1
                    elif toks[j] == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    elif toks[j] == "else" and depth == 0:
                        else_at = j
                    j += 1
                cond = self.pop()
                body = toks[i + 1:else_at or j] if cond else (toks[else_at + 1:j] if else_at else [])
                self.exec_tokens(body)
                i = j + 1
                continue
            if t == "times":
                n = self.pop()
                word = toks[i + 1]
                for _ in range(n):
                    self.exec_tokens([word])
                i += 2
                continue
            if t in self.words:
                self.exec_tokens(self.words[t])
            elif t in self.prims:
                self.prims[t]()
            else:
                try:
                    self.push(int(t))
                except ValueError:
                    raise StackError(f"undefined word {t!r}") from None
            i += 1


programs = [
    "1 2 + 3 * .",
    ": sq dup * ; 7 sq . 3 sq sq .",
    "10 3 mod . 10 3 / . 2 5 - .",
    "1 2 3 .s swap .s over .s",
    ": abs dup 0 < if -1 * then ; -5 abs . 5 abs .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -3 sign . 0 sign . 9 sign .",
    "72 emit 105 emit cr",
    ": star 42 emit ; 5 times star cr",
    "1 0 /",
    "drop",
    "foo",
    ": 5 6 ;",
    "3 4 = . 4 4 = . 2 1 > .",
]
for src in programs:
    out = []
    f = Forth(out)
    try:
        f.run(src)
        print(f"{src!r:<50} => {' '.join(out)!r}")
    except StackError as e:
        print(f"{src!r:<50} !! {e} (stack={f.stack})")
