"""What a beginner prints about the running script: module globals, dir(), scopes with
global/nonlocal, locals(), vars(), eval/exec namespaces, and annotations."""
import sys

# (`__loader__` is left out: Kestrel does not set it, see the README's deliberate differences.)
print([n for n in dir() if n.startswith("__") and n != "__loader__"])
print(__name__, __doc__.split(":")[0], __package__, __spec__, __annotations__, __cached__)
counter = 0
LIMIT: int = 3
print(__annotations__, "LIMIT" in globals(), "counter" in vars())


def bump():
    global counter
    counter += 1
    return counter


def outer():
    total = 0
    names = []

    def add(x):
        nonlocal total
        total += x
        names.append(x)
        return total

    for i in range(LIMIT):
        add(i * 10)
    return total, names, sorted(locals())


print([bump() for _ in range(3)], counter, outer())
ns = {"a": 2}
exec("b = a * 21\ndef f(x): return x + b", ns)
print(ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
print(eval("a + b", ns), eval("len(s)", {"s": "abc"}), eval("x * y", {}, {"x": 3, "y": 4}))
code = compile("for i in range(3): acc.append(i * i)", "<loop>", "exec")
acc = []
exec(code)
print(acc, code.co_filename, type(code).__name__)


class Config:
    debug: bool = False
    level: int
    name = "cfg"


print(Config.__annotations__, sorted(k for k in vars(Config) if not k.startswith("__")), hasattr(Config, "level"))
print(sys.modules["__main__"].counter, sys.modules[__name__] is sys.modules["__main__"], globals() is vars())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()
print([k for k in globals() if not k.startswith("__")])
