# Operator error messages name the real operand types; sequence repetition through __index__;
# %-format keyed/positional mixing; str.__rmod__; startswith tuple errors; print keywords;
# sticky "changed size" iterator errors; recursive set repr.
from operator import imul, mul

def show(f, *a):
    try:
        print(repr(f(*a)))
    except (TypeError, ValueError, OverflowError, RuntimeError, KeyError) as e:
        print(type(e).__name__, e)

show(lambda: 1 << 0.1)
show(lambda: 1 >> "abc")
show(lambda: True ^ 1.5)
show(lambda: 1.5 & True)
show(lambda: 2.5 | 1)
show(lambda: 1.5 @ 2)
show(lambda: (1 << 10**100))
def aug():
    x = 1
    x <<= 1.5
show(aug)
def aug2():
    x = 2.5
    x *= [1]
show(aug2)

class RI:
    def __init__(self, v): self.value = v
    def __index__(self): return self.value
class NoIdx: pass
print(RI(2) * [1], [1, 2] * RI(2), "ab" * RI(3), RI(2) * (0,), b"x" * RI(2), bytearray(b"y") * RI(2))
show(imul, RI(2), [1])
show(mul, "a", RI(-(2**100)))
show(mul, "a", RI(2**100))
show(mul, [1], NoIdx())
show(mul, NoIdx(), "s")
l = [1]; l2 = l
l *= RI(3)
print(l, l2 is l)
class BadIdx:
    def __index__(self): return 1.5
show(mul, "a", BadIdx())

show(lambda: "%s %(a)s" % {"a": 1})
show(lambda: "%(a)s %s" % {"a": 1})
show(lambda: "%(a)s %(b)s" % {"a": 1, "b": 2})
show(lambda: "%s" % {"a": 1})
show(lambda: "%(a)s" % ({"a": 1},))
show(lambda: b"%(a)s %s" % {b"a": b"1"})
show(lambda: str.__rmod__("%i", 30))
show(lambda: str.__rmod__("%i", "x%s"))
show(lambda: str.__mod__("%i", 30))
show(lambda: 30 % "%i")

a = "Hallo"
show(a.startswith, ("H", 1))
show(a.startswith, ("A", 1))
show(a.endswith, ("x", None))
show(a.endswith, 5)
show(a.startswith, ["H"])

for kw in [dict(end=4), dict(sep=["a"]), dict(flush=None, end=None, sep=None), dict(foo=1), dict(files=None)]:
    try:
        print("x", "y", **kw)
    except TypeError as e:
        print("TypeError", e)

s = {1, 2, 3}
it = iter(s)
s.add(4)
show(next, it)
s.remove(4)
show(next, it)
show(next, it)
d = {1: 2}
it = iter(d.items())
d[5] = 6
show(next, it)
del d[5]
show(next, it)

class H:
    def __init__(self, o): self.o = o
    def __repr__(self): return repr(self.o)
    def __hash__(self): return 1
rs = set()
rs.add(H(rs))
print(rs)
fs_holder = []
fs = frozenset([H(fs_holder)])
fs_holder.append(fs)
print(fs)
