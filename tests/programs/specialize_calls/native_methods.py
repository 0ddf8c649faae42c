# CALL_METHOD of builtin methods (CALL_METHOD_NATIVE): str, list, dict methods in loops,
# then the deopt cases: the receiver changes type at a site, a method stored on a user class,
# builtin methods shadowed by instance attributes and subclasses, and errors raised inside.
words = "The quick brown Fox jumps over the lazy dog the end".split()
counts = {}
out = []
for w in words * 3:
    lw = w.lower()
    counts[lw] = counts.get(lw, 0) + 1
    out.append(lw.strip("e"))
print(sorted(counts.items()))
print(out[:6], len(out))


def shout(x):
    return x.upper()


for v in ["a", "b", "c", "d"]:
    print(shout(v), end=" ")
print()


class Up:
    def upper(self):
        return "Up.upper"


class MyStr(str):
    def upper(self):
        return "MyStr.upper:" + super().upper()


for v in ["x", Up(), MyStr("y"), "z", b"bytes"]:
    print(shout(v))


# The same site called on different builtin types.
def add_one(c, v):
    c.append(v) if isinstance(c, list) else c.add(v)
    return c


def pop_it(c):
    return c.pop()


for c in [[1, 2], [3], {4}, [5, 6], {7, 8}]:
    print(pop_it(c), end=" ")
print()


def get(d, k):
    return d.get(k, "default")


class D(dict):
    def get(self, k, default=None):
        return "D.get"


for d in [{1: "one"}, {2: "two"}, {}, D(), {1: "uno"}]:
    print(get(d, 1), end=" ")
print()


# A builtin method stored on a user class: the receiver check still applies.
class Odd:
    up = str.upper


for i in range(3):
    try:
        print(Odd().up())
    except TypeError as e:
        print("TypeError:", e)


# Errors from inside the native and from arguments.
for v in ["abc", "a,b", 5]:
    try:
        print(v.split(","))
    except AttributeError as e:
        print("AttributeError:", e)
for i in range(4):
    try:
        print([1, 2].index(i))
    except ValueError as e:
        print("ValueError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)

# Monkeypatched instance attribute shadowing a method of a user class wrapping a list.
class Box(list):
    pass


b = Box()
for i in range(5):
    if i == 3:
        b.append = lambda v: print("patched append", v)
    b.append(i)
print(list(b))
