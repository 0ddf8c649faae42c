# Builtin edge cases found by probing: results must match CPython exactly.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# round() at the ends of the float range
for x, n in [(1.2e-300, 299), (1.5e-300, 300), (5e-324, 323), (5e-324, 324), (1.234, 500),
             (1.2e300, -500), (1.7976931348623157e308, -308), (1.7976931348623157e308, 0),
             (2.675, 2), (0.125, 2), (-0.0, 2), (123.456, -1), (1e22, -21), (1.5, 17)]:
    show("round(%r, %r)" % (x, n), lambda x=x, n=n: round(x, n))
show("float.__round__", lambda: (1.2e-300).__round__(299))

# range equality through the dunders
show("range.__eq__", lambda: range(0, 10, 3).__eq__(range(0, 11, 3)))
show("range.__ne__", lambda: range(0, 10, 3).__ne__(range(0, 11, 3)))
show("range.__ne__ differ", lambda: range(3).__ne__(range(4)))
show("range.__eq__ list", lambda: range(3).__eq__([0, 1, 2]))
show("range.__lt__", lambda: range(1).__lt__(range(2)))
show("empty ranges equal", lambda: range(5, 5) == range(2, 1))

# list indexes that do not fit
x = [1, 2, 3]
show("insert huge", lambda: x.insert(10 ** 20, "z"))
show("insert -huge", lambda: x.insert(-(10 ** 20), "z"))
show("list after", lambda: x)
show("getitem huge", lambda: x[2 ** 100])
show("setitem huge", lambda: x.__setitem__(2 ** 100, 1))
show("tuple huge", lambda: (1,)[2 ** 100])
show("str huge", lambda: "a"[-(2 ** 100)])
show("setitem str key", lambda: x.__setitem__("a", 1))
show("delitem str key", lambda: x.__delitem__("a"))
show("clear(1)", lambda: [].clear(1))
show("reverse(1)", lambda: [].reverse(1))
show("copy(1)", lambda: [].copy(1))

# str prefix/suffix tests past the end
for args in [("", 5), ("", 4), ("", 3, 3), ("", 4, 3), ("d", 3), ("", -10), ("cd", 2, 10)]:
    show("endswith%r" % (args,), lambda a=args: "abcd".endswith(*a))
    show("startswith%r" % (args,), lambda a=args: "abcd".startswith(*a))
show("find past end", lambda: ("abc".find("", 5), "abc".rfind("", 5), "abc".count("", 5), "abc".find("", 3)))
show("index past end", lambda: "abc".index("", 4))

# int() keyword checks
show("int(base=2)", lambda: int(base=2))
show("int('11', base=2)", lambda: int("11", base=2))
show("int()", lambda: int())

# min/max keywords
show("max default multi", lambda: max(1, 2, default=0))
show("min default multi", lambda: min(1, 2, default=0))
show("max bad kw", lambda: max(1, 2, foo=1))
show("max no args kw", lambda: max(x=1))
show("max default empty", lambda: max([], default="d"))
show("min key None", lambda: min([3, 1, 2], key=None))

# property
p1 = property("a", "b", "c")
show("getter(None)", lambda: (p1.getter(None).fget, p1.setter(None).fset, p1.deleter(None).fdel))
show("getter(1)", lambda: p1.getter(1).fget)
show("property.__new__(object)", lambda: property.__new__(object))
show("property.__new__(int)", lambda: property.__new__(int))
class P(property):
    pass
show("property.__new__(P)", lambda: type(property.__new__(P)).__name__)

# powers and shifts of 0, 1 and -1 with huge exponents
show("pow(0, big)", lambda: pow(0, 10 ** 1000))
show("pow(1, big)", lambda: pow(1, 10 ** 1000))
show("pow(-1, big odd)", lambda: pow(-1, 10 ** 1000 + 1))
show("pow(-1, big even)", lambda: (-1) ** (10 ** 1000))
show("1 << huge", lambda: 1 << 10 ** 100)
show("0 << huge", lambda: 0 << 10 ** 100)

# %d obeys the int digit limit like str()
import sys
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(1000)
huge = 10 ** 1500
show("%d huge", lambda: len("%d" % huge))
show("%i huge", lambda: len("%i" % -huge))
show("b%d huge", lambda: len(b"%d" % huge))
show("%x huge", lambda: len("%x" % huge))
show("%d ok", lambda: "%d" % 10 ** 30)
sys.set_int_max_str_digits(old)

# str.startswith/endswith argument errors
for args in [(("A", 1),), ((1,),), (1,), (["a"],), (("", "x"), 9)]:
    show("startswith%r" % (args,), lambda a=args: "Hallo".startswith(*a))
    show("endswith%r" % (args,), lambda a=args: "Hallo".endswith(*a))
