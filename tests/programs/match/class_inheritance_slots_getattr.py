# match with classes using inheritance, __match_args__ inheritance, dataclass-like
class Base:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
class Child(Base):
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
def f(o):
    match o:
        case Child(1, b):
            return f"child b={b}"
        case Base(a):
            return f"base a={a}"
print(f(Child(1, 2)), f(Child(3, 4)), f(Base(5)))
class Slots:
    __slots__ = ("x",)
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
match Slots(7):
    case Slots(x=7):
        print("slots kw")
match Slots(8):
    case Slots(v):
        print("slots pos", v)
class Dyn:
    def __getattr__(self, name):
        if name == "magic":
            return 99
        raise AttributeError(name)
match Dyn():
    case Dyn(magic=m):
        print("getattr", m)
match Dyn():
    case Dyn(other=o):
        print("no")
    case _:
        print("missing attribute fails the match")
match 5:
    case int(real=r, imag=i):
        print("int attrs", r, i)
match "abc":
    case str(upper=u):
        print("method attr", u())
import collections
Point = collections.namedtuple("Point", "x y")
match Point(1, 2):
    case Point(x, y):
        print("namedtuple", x, y)
    case _:
        print("namedtuple no")
