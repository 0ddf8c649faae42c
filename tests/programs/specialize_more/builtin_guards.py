# len() and isinstance() calls specialized on the builtin: shadowing and replacing it
# must be seen, and every argument type must still work.
import builtins


def lengths(xs):
    return [len(x) for x in xs]


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class SubList(list):
    pass


data = ["abc", "héllo", (1, 2), [1, 2, 3], {"a": 1}, {1, 2}, b"xy", range(10), Sized(7),
        SubList([1]), {}.keys()]
for _ in range(3):
    print(lengths(data))

for bad in [5, None, Sized(-1)]:
    try:
        lengths([bad])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A global shadowing the builtin, then removed again.
def len(x):
    return "shadowed"
print(lengths(data[:3]))
del len
print(lengths(data[:3]))

# The builtin itself replaced.
orig = builtins.len
builtins.len = lambda x: -1
print(lengths(data[:3]))
builtins.len = orig
print(lengths(data[:3]))


def kinds(xs, cls):
    return [isinstance(x, cls) for x in xs]


class A:
    pass


class B(A):
    pass


objs = [A(), B(), 1, True, "s", None, 2.5, [1]]
for _ in range(3):
    print(kinds(objs, A), kinds(objs, int), kinds(objs, object))
print(kinds(objs, (str, float)), kinds(objs, int | None))

# ABCs and metaclasses with __instancecheck__.
from collections.abc import Sequence, Hashable
print(kinds(objs, Sequence), kinds(objs, Hashable))


class Meta(type):
    def __instancecheck__(cls, x):
        return x == 1


class Any(metaclass=Meta):
    pass


print(kinds(objs, Any))
try:
    kinds(objs, 3)
except TypeError as e:
    print("TypeError:", e)

def isinstance(x, c):
    return "mine"
print(kinds(objs[:2], A))
del isinstance
print(kinds(objs[:2], A))

# A site that calls different builtins.
for f, xs in [(len, "ab"), (abs, [-3, 4]), (len, ["ab", ()]), (str, [1]), (len, [[]] * 4)]:
    print([f(x) for x in xs])

# Wrong argument counts still raise as the builtin does.
try:
    len()
except TypeError as e:
    print(e)
