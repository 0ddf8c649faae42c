print(type(1), type("s"), type([]), type(type), type(None))
X = type("X", (), {"a": 1, "m": lambda self: self.a + 1})
print(X.__name__, X.a, X().m(), X.__bases__, X.__module__)
Y = type("Y", (X,), {})
print(Y.__mro__ == (Y, X, object), Y().m())
try:
    type("Z", 5, {})
except TypeError as e:
    print("TypeError", e)
try:
    type("Z", (), 5)
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    type("Z", (5,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type.__new__(int, "a", (), {})
except TypeError as e:
    print("TypeError", e)


class Odd:
    def __new__(cls, *args):
        print("Odd.__new__", args)
        return 42

    def __init__(self, *args):
        print("never")


print(Odd(1, 2))


class Other:
    pass


class Maker:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("not called")


print(type(Maker()).__name__)


class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v
        return inst

    def __init__(self, v):
        self.w = v * 2


w = WithNew(3)
print(w.v, w.w)
try:
    WithNew()
except TypeError as e:
    print("TypeError", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
try:
    type("Bad", (bool,), {})
except TypeError as e:
    print("TypeError", e)
