from collections.abc import *
import collections.abc as cabc

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

c = coro()
samples = [
    ("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
    ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(3)),
    ("int", 1), ("None", None), ("gen", gen()), ("coro", c), ("agen", agen()),
    ("list_iter", iter([])), ("dict_keys", {}.keys()), ("dict_items", {}.items()),
    ("dict_values", {}.values()), ("func", len), ("lambda", lambda: 0),
    ("memoryview", memoryview(b"")), ("type.__dict__", type.__dict__),
    ("zip", zip()), ("map", map(str, [])), ("enumerate", enumerate([])),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Sequence, MutableSequence, ByteString, Set, MutableSet, Mapping,
        MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Awaitable, Coroutine,
        AsyncIterable, AsyncIterator, AsyncGenerator]
for name, obj in samples:
    yes = [a.__name__ for a in abcs if isinstance(obj, a)]
    print(name, yes)
c.close()

for a in abcs:
    print(a.__name__, a.__module__, sorted(a.__abstractmethods__))

print(sorted(cabc.__all__))
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
print(issubclass(bool, Hashable), issubclass(list, Hashable))

# Structural checks via __subclasshook__
class It:
    def __iter__(self):
        return iter([1, 2])
class Sz:
    def __len__(self):
        return 3
class Both(It, Sz):
    def __contains__(self, x):
        return False
class NoHash:
    __hash__ = None
class Call:
    def __call__(self):
        pass
class NextOnly:
    def __next__(self):
        return 1
class ItNext(NextOnly):
    def __iter__(self):
        return self
class Aw:
    def __await__(self):
        yield
for cls in (It, Sz, Both, NoHash, Call, NextOnly, ItNext, Aw):
    print(cls.__name__, [a.__name__ for a in abcs if issubclass(cls, a)])

# Disabling a method with None
class NotIt(It):
    __iter__ = None
print(issubclass(NotIt, Iterable), isinstance(NotIt(), Iterable))

# register
class MySeq:
    pass
print(issubclass(MySeq, Sequence))
r = Sequence.register(MySeq)
print(r is MySeq, issubclass(MySeq, Sequence), issubclass(MySeq, Collection), isinstance(MySeq(), Reversible))
print(issubclass(MySeq, MutableSequence))
try:
    Sequence.register(1)
except TypeError as e:
    print("TypeError", e)

# Abstract classes can't be instantiated
for a in (Sequence, Mapping, Iterator, MutableSet):
    try:
        a()
    except TypeError as e:
        print(e)

# errors from issubclass
try:
    issubclass(1, Iterable)
except TypeError as e:
    print("TypeError", e)

print(Iterable[int], Mapping[str, int], Sequence[list[int]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Iterable[int].__origin__ is Iterable)
try:
    Callable[int]
except TypeError as e:
    print("TypeError", e)
