import inspect
import sys
import traceback


def greet(name: str, greeting: str = "Hello", *args, punct="!", **kw) -> str:
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"


class Widget:
    """A widget."""
    size = 3

    def __init__(self, w, h=1):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @staticmethod
    def make():
        return Widget(1)

    @classmethod
    def cm(cls):
        return cls


sig = inspect.signature(greet)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name}: kind={p.kind.name} default={p.default!r} annotation={p.annotation!r}")
print(sig.return_annotation, inspect.signature(Widget))
b = sig.bind("Ann", punct="?")
b.apply_defaults()
print(b.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.isfunction(greet), inspect.isclass(Widget), inspect.ismethod(Widget(1).area), inspect.isbuiltin(len))
print(inspect.getdoc(Widget), inspect.getdoc(greet))
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)])
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(greet))
print(inspect.getmro(bool), inspect.isabstract(Widget))


def current():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


def outer():
    return current()


print(outer())


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1)


def level1():
    return level2(1)


try:
    level1()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    full = traceback.format_exc()
    print(full.splitlines()[0], "...", full.splitlines()[-1])
    print(len(traceback.format_tb(e.__traceback__)))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    text = "".join(traceback.format_exception(e))
    for line in text.splitlines():
        if not line.startswith("  "):
            print(line)
    print(e.__cause__.__class__.__name__, e.__suppress_context__)

stack = traceback.extract_stack()
print(stack[-1].name, type(stack).__name__)
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))


def gen():
    yield 1


print(inspect.getgeneratorstate(g := gen()))
next(g)
print(inspect.getgeneratorstate(g))
print(inspect.unwrap(greet) is greet, callable(Widget.make), inspect.getattr_static(Widget, "size"))
