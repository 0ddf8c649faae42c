# object.__sizeof__ and sys.getsizeof follow CPython 3.11's figures for the builtin types
# (dicts and sets grown one item at a time); dir() lists __doc__ and the __dict__ and
# __weakref__ descriptors a class adds.
import sys


class A:
    pass


class B(A):
    pass


class S:
    __slots__ = ("a", "b")


class W:
    __slots__ = ("a", "__weakref__")


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


def grown_dict(n):
    d = {}
    for i in range(n):
        d[i] = i
    return d


def grown_set(n):
    s = set()
    for i in range(n):
        s.add(i)
    return s


samples = [object(), A(), S(), W(), L(), L([1, 2]), D(), E(), Exception(), 1, 0, 2**100,
           -(2**64), True, 1.5, 1j, "abc", "é", "€", "\U0001F600", "", b"", b"ab",
           bytearray(), bytearray(b"xyz"), (), (1, 2), [], {}, {"a": 1},
           dict(a=1, b=2, c=3), None, range(5), set(), frozenset()]
samples += [grown_dict(n) for n in (1, 5, 6, 10, 11, 21, 22, 100, 1000)]
samples += [grown_set(n) for n in (1, 4, 5, 18, 19, 76, 77, 100, 1000)]
for o in samples:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))

print(sys.getsizeof(object(), 5), sys.getsizeof([], "x"))


class Odd:
    def __sizeof__(self):
        return -1


class Str:
    def __sizeof__(self):
        return "big"


for cls in (Odd, Str):
    for args in ((), (7,)):
        try:
            print(sys.getsizeof(cls(), *args))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

try:
    A.__sizeof__()
except TypeError as e:
    print(e)

print(dir(A()) == sorted(set(dir(A())) | {"__dict__", "__weakref__"}))
for o in (A(), B(), S(), W(), object(), 1, "s", [], L()):
    d = dir(o)
    print(type(o).__name__, "__doc__" in d, "__dict__" in d, "__weakref__" in d,
          "__sizeof__" in d)
print(A.__weakref__, B.__weakref__, W.__weakref__)
print(sorted(k for k in A.__dict__ if k.startswith("__w") or k == "__dict__"))
print(sorted(k for k in B.__dict__ if k.startswith("__w") or k == "__dict__"))
for cls in (S, L, int):
    try:
        cls.__weakref__
    except AttributeError as e:
        print(e)
