# __length_hint__ of builtin iterators, and operator.length_hint.
import operator

def hints(it, n):
    out = []
    for _ in range(n):
        out.append(it.__length_hint__())
        next(it, None)
    out.append(it.__length_hint__())
    return out

print(hints(iter([1, 2, 3]), 4))
print(hints(iter((1, 2)), 3))
print(hints(iter("abc"), 4))
print(hints(iter("héllo"), 6))
print(hints(iter(b"xy"), 3))
print(hints(iter(bytearray(b"xyz")), 2))
print(hints(iter(range(10)), 3))
print(hints(iter(range(10, 0, -3)), 5))
print(hints(iter(range(0)), 1))
print(hints(reversed([1, 2, 3]), 4))
print(hints(reversed("abc"), 2))
print(hints(iter({1: 2, 3: 4, 5: 6}), 4))
print(hints(iter({1: 2, 3: 4}.values()), 2))
print(hints(iter({1: 2, 3: 4}.items()), 2))
print(hints(iter({10, 20}), 3))
print(hints(iter(range(2 ** 64, 2 ** 64 + 5)), 2))

lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(it.__length_hint__())
lst.clear()
print(it.__length_hint__())

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
it = iter(Seq())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

class NoLen:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
print(operator.length_hint(iter(NoLen()), 7))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(4)), 9))
print(operator.length_hint(enumerate([1, 2]), 5))
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
for v in [4, NotImplemented, -1, "x"]:
    try:
        print(operator.length_hint(Hint(v), 2))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(operator.length_hint([1, 2]), operator.length_hint(5, 3))
