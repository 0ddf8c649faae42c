# Builtin methods called through their class check the receiver's type.
import collections

calls = [
    (list.append, ()), (list.append, (1,)), (list.append, (1, 2)), (dict.get, ([], 1)),
    (dict.keys, ("x",)), (set.copy, ([1],)), (str.upper, (1,)), (str.join, ([], [])),
    (int.__add__, ("a", 1)), (float.__lt__, (1, 2.0)), (str.__len__, (5,)),
    (bytes.__add__, ("a", b"b")), (dict.__getitem__, ([1], 0)), (set.__contains__, ([], 1)),
    (list.__reversed__, ((),)), (int.__format__, ("a", "")), (tuple.index, ([1], 1)),
    (bytearray.__len__, (b"ab",)), (dict.setdefault, ((), 1)),
]
for f, args in calls:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)

# Subclass instances and bools are fine receivers.
class L(list):
    pass

l = L()
list.append(l, 3)
getattr(list, "append")(l, 4)
print(l, int.__add__(True, 2), dict.get(collections.OrderedDict(a=1), "a"))
print(str.upper("abc"), set.union({1}, [2]), list.__len__([1, 2]))

# raise of a class whose constructor returns a non-exception
class Odd(Exception):
    def __new__(cls, *args):
        return 7

for thing in (Odd, Odd("x") if False else None):
    try:
        if thing is None:
            raise Odd("x")
        raise thing
    except TypeError as e:
        print("TypeError:", e)

def gen():
    yield 1

try:
    gen().throw(Odd)
except TypeError as e:
    print("TypeError:", e)

for base in (memoryview, bool, range, slice, type(None)):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

# How builtin methods print and name themselves when taken from their class.
for m in (list.append, int.__add__, dict.__getitem__, list.__getitem__, str.__len__,
          list.__reversed__, set.__contains__, tuple.count):
    print(m, m.__name__, m.__qualname__)
print([].append.__qualname__, len)
