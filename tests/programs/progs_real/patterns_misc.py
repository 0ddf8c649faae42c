import abc
import contextlib
import functools
import operator
import io
import sys


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    name = "circle"
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2


class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"


class Bad(Shape):
    def area(self): return 0


for cls in (Circle, Square):
    print(cls(2).describe())
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Circle(1), Shape), issubclass(Square, abc.ABC), sorted(Shape.__abstractmethods__))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(isinstance([], Sized), isinstance(3, Sized))
Sized.register(int)
print(isinstance(3, Sized))


@functools.singledispatch
def show(x):
    return f"object {x!r}"

@show.register
def _(x: int):
    return f"int {x}"

@show.register(list)
def _(x):
    return "list[" + ", ".join(show(i) for i in x) + "]"

@show.register(float)
@show.register(complex)
def _(x):
    return f"number {x}"

print(show(3), show("s"), show([1, 2.5, "z"]), show(1j), show(True))
print(show.dispatch(bool).__name__ == show.dispatch(int).__name__)


class Temp:
    def __init__(self, c): self.c = c
    @functools.cached_property
    def fahrenheit(self):
        print("computing")
        return self.c * 9 / 5 + 32


t = Temp(100)
print(t.fahrenheit, t.fahrenheit)


@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("0.9.9")]
print(sorted(vs), Version("2.0") >= Version("1.99"), max(vs))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"caught {e}")
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)
with tag("p"):
    raise ValueError("bad")
with contextlib.suppress(KeyError, IndexError):
    [][1]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
with contextlib.nullcontext(5) as v:
    print(v)


class Resource:
    def close(self): print("closed")


with contextlib.closing(Resource()):
    pass
getters = operator.itemgetter(1, 0), operator.attrgetter("r"), operator.methodcaller("upper")
print(getters[0]("ab"), getters[1](Circle(7)), getters[2]("shout"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(functools.reduce(operator.mul, [1, 2, 3, 4]), operator.index(5), operator.neg(3), operator.contains([1], 1))
print(functools.wraps(len).__class__.__name__ if hasattr(functools.wraps(len), "__class__") else None)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper


@deco
def double_me(x):
    """Docstring kept."""
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
