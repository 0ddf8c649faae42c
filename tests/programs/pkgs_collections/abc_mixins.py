from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Iterator, Generator, Hashable, Sized, KeysView,
                             ItemsView, ValuesView, Callable, Iterable, Container)


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MSeq(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m.reverse()
print(m._items, m.pop(), m.pop(0), m._items)
m += [7, 8]
m.remove(7)
print(m._items)
m.clear()
print(m._items, isinstance(m, Sequence))


class Map(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z", 0), "a" in mp, list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {"a": 1, "b": 2}, mp == Map(a=1), mp.keys() & {"a", "q"}, mp.keys() | {"c"} == {"a", "b", "c"})
print(isinstance(mp.keys(), KeysView), isinstance(mp.items(), ItemsView), isinstance(mp.values(), ValuesView))
print(("a", 1) in mp.items(), ("a", 2) in mp.items(), 2 in mp.values(), repr(mp.keys())[:9], len(mp.items()))
try:
    hash(mp)
except TypeError as e:
    print("TypeError", e)
try:
    reversed(mp)
except TypeError as e:
    print("TypeError", e)


class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MMap()
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])
print(dict(mm), mm.pop("x"), mm.pop("nope", "dflt"), mm.setdefault("w", 9), mm.popitem(), dict(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
mm.clear()
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class FSet(Set):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            if x not in self._s:
                self._s.append(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a, b = FSet([1, 2, 3]), FSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= FSet([1, 2, 3, 4]), a < a, a == FSet([3, 2, 1]), a >= FSet([1]), a > a, a.isdisjoint([7]))
print(sorted(a & {2, 9}), sorted({2, 9} & a), sorted([1, 5] - a) if False else sorted(a - {1}))
print(FSet([1, 2])._hash() == FSet([2, 1])._hash(), isinstance(FSet()._hash(), int))


class MSet(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MSet([1, 2, 3])
ms.remove(1)
ms |= {5}
ms -= {2}
ms ^= {3, 8}
print(sorted(ms), ms.pop() in (5, 8), len(ms))
ms &= {8}
print(list(ms))
try:
    ms.remove(42)
except KeyError as e:
    print("KeyError", e)
ms.clear()
try:
    ms.pop()
except KeyError as e:
    print("KeyError", repr(e))


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Countdown(3)
print(list(g), isinstance(g, Iterator), iter(g) is g)
g2 = Countdown(2)
g2.close()
try:
    Countdown(1).throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("ValueError", e)


class Incomplete(Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)
print(Sized.__abstractmethods__, sorted(MutableMapping.__abstractmethods__))
