from functools import singledispatch, singledispatchmethod, total_ordering, cmp_to_key
import collections.abc as abc
from typing import Union


@singledispatch
def describe(arg):
    return f"object {arg!r}"


@describe.register
def _(arg: int):
    return f"int {arg}"


@describe.register(list)
def _(arg):
    return f"list of {len(arg)}"


def _tuple(arg):
    return "tuple"


describe.register(tuple, _tuple)


@describe.register
def _(arg: float | complex):
    return "number-ish"


@describe.register(abc.Mapping)
def _(arg):
    return "mapping"


@describe.register
def _(arg: Union[bytes, bytearray]):
    return "binary"


class MyInt(int):
    pass


class MyList(list):
    pass


for x in (1, True, MyInt(3), "s", [1, 2], MyList([1]), (1,), 2.5, 1j, {}, b"x", bytearray(),
          None, {1}):
    print(repr(x), "->", describe(x))
print(describe.dispatch(bool) is describe.registry[int], describe.registry[object] is describe.__wrapped__)
print(sorted(k.__name__ for k in describe.registry), describe.__name__)


class Seq(abc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


@singledispatch
def kind(x):
    return "base"


@kind.register(abc.Sequence)
def _(x):
    return "sequence"


@kind.register(abc.Sized)
def _(x):
    return "sized"


print(kind([]), kind(Seq()), kind({}), kind(3), kind("str"))


class Late:
    pass


print(kind(Late()))
abc.Sized.register(Late)
print(kind(Late()))

for bad in ("describe()", "describe.register(3)", "describe.register(int, 3) and None"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
try:
    @describe.register
    def _(arg):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    @describe.register
    def _(arg: "list[int]"):
        pass
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"

    @fmt.register(str)
    def _(self, arg):
        return f"str:{arg}"


f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(2.0), Formatter.fmt.__name__)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a <= Version(1, 2), b >= a)
print(sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError", e)


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __eq__(self, other):
        return self.v == other.v


print(ByGe(1) < ByGe(2), ByGe(2) > ByGe(1), ByGe(1) <= ByGe(1), ByGe(3) >= ByGe(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def cmp_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(cmp_len)), sorted(words, key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
K = cmp_to_key(cmp_len)
print(K("ab") < K("abc"), K("ab") == K("cd"), K("x") >= K(""))
try:
    K("a") < "b"
except TypeError as e:
    print("TypeError", e)
try:
    hash(K("a"))
except TypeError as e:
    print("TypeError")
