import code
import codeop
import sys

tests = ["x = 1", "if x:", "if x:\n  y", "if x:\n  y\n", "if x:\n  y\n\n", "(1,", "x = [1,",
         '"""abc', "def f(", "1 +", "a b", "", "# c", "print(1)\n",
         "for i in range(3):\n    print(i)\n", "x = (1 +\n 2)", "class A:\n  pass\n\n",
         "x = \\", "@dec", "try:\n  1\nexcept:\n  2\n", "try:\n  1\n", "if x:\n  y\nelse:",
         "lambda:", "def f():\n  return 1\n\n", "x +=", "if x:\npass", "x=1\ny=2",
         "[x for x in", "if 1:\n  x = (\n", "while 1:\n  if 2:\n    3\n", "')'", "s = 'a#b'"]
for t in tests:
    try:
        r = codeop.compile_command(t)
        print(repr(t), "->", "None" if r is None else "code")
    except SyntaxError as e:
        print(repr(t), "-> SyntaxError")
print(codeop.compile_command("1 + 2", symbol="eval") is not None)
print(codeop.compile_command("(1 +", symbol="eval"))
cc = codeop.CommandCompiler()
print(cc("y = 3") is not None, cc("if y:") is None)
c = codeop.Compile()
exec(c("z = 4", "<s>", "exec"))
print(z)


class Capture(code.InteractiveConsole):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.errors = []

    def write(self, data):
        self.errors.append(data)


ns = {}
con = Capture(ns)
lines = ["a = 5", "def sq(n):", "    return n * n", "", "print(sq(a))", "for i in range(2):",
         "    print('loop', i)", "", "b = a +", "1 / 0", "undefined_name", "a", "raise SystemExit(3)"]
for line in lines:
    try:
        more = con.push(line)
    except SystemExit as e:
        print("SystemExit", e.code)
        continue
    print(repr(line), "more" if more else "done")
print(sorted(k for k in ns if not k.startswith("__")))
for e in con.errors:
    print("ERR:", e.strip().splitlines()[-1])
print(con.errors[1].startswith("Traceback (most recent call last):"))

feed = iter(["x = 10", "if x:", "    print('x is', x)", "", "x * 2"])


def reader(prompt):
    try:
        line = next(feed)
    except StopIteration:
        raise EOFError
    print("prompt", repr(prompt), "line", repr(line))
    return line


con2 = Capture()
con2.raw_input = reader
con2.interact(banner="hello", exitmsg="bye")
print(con2.errors)
interp = code.InteractiveInterpreter({"q": 1})
print(interp.runsource("q + 1"), interp.runsource("if q:"), interp.runsource("w = q"),
      interp.locals["w"])
