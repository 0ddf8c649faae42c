# Results that used to be silently wrong: each line must match CPython exactly.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# enumerate counting past the machine word
show("enumerate big start", lambda: list(enumerate("abc", 2 ** 200)))
show("enumerate near max", lambda: list(enumerate("ab", 2 ** 63 - 1)))
show("enumerate float start", lambda: enumerate([], 1.5))
show("enumerate negative", lambda: list(enumerate("xy", -(2 ** 70))))

class Idx:
    def __index__(self):
        return 7
show("enumerate __index__", lambda: list(enumerate("ab", Idx())))

# complex and huge ints
show("complex(10**400)", lambda: complex(10 ** 400, 0))
show("complex(0, 10**400)", lambda: complex(0, 10 ** 400))
show("0j + 10**400", lambda: 0j + 10 ** 400)
show("10**400 * 1j", lambda: 10 ** 400 * 1j)
show("1j == 10**400", lambda: 1j == 10 ** 400)
show("complex(2**60)", lambda: complex(2 ** 60))

class C(complex):
    pass
show("subclass __complex__ type", lambda: type(C(3 + 4j).__complex__()).__name__)
show("subclass conjugate", lambda: C(3 + 4j).conjugate())
show("subclass abs", lambda: abs(C(3 + 4j)))

# float() underscores only between digits
for s in ["0_0", "1_000.5", "1e1_0", "0._0", "0_.0", "._0", "0_", "_.0", "1__0", "_1", "1_e5", "1e_5", " 1_2 "]:
    show("float(%r)" % s, lambda s=s: float(s))

# format() and f-strings check what __format__ returns
class BadFormat:
    def __format__(self, spec):
        return 42
class StrSub(str):
    pass
class SubFormat:
    def __format__(self, spec):
        return StrSub("sub:" + spec)
show("format(BadFormat())", lambda: format(BadFormat()))
show("f-string BadFormat", lambda: f"{BadFormat()}")
show("format str subclass", lambda: format(SubFormat(), "x"))
show("f-string str subclass", lambda: f"{SubFormat():>3}")

# __repr__/__str__ may return a str subclass
class R:
    def __repr__(self):
        return StrSub("R!")
    def __str__(self):
        return StrSub("S!")
show("repr str subclass", lambda: repr(R()))
show("str str subclass", lambda: str(R()))
show("list repr", lambda: repr([R()]))
show("ascii", lambda: ascii(R()))

# truth through __len__
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 3, -1, 2 ** 70, -(2 ** 70), True, "x", 1.0]:
    show("bool(L(%r))" % (n,), lambda n=n: bool(L(n)))
    show("len(L(%r))" % (n,), lambda n=n: len(L(n)))
    show("not L(%r)" % (n,), lambda n=n: not L(n))
class BoolAndLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 1
show("__bool__ wins", lambda: bool(BoolAndLen()))

# the singletons' types give the singletons back
show("NoneType()", lambda: type(None)() is None)
show("NoneType(1)", lambda: type(None)(1))
show("ellipsis()", lambda: type(...)() is ...)
show("ellipsis(1)", lambda: type(...)(1))
show("NotImplementedType()", lambda: type(NotImplemented)() is NotImplemented)
show("NotImplementedType(x=1)", lambda: type(NotImplemented)(x=1))
show("ellipsis.__new__", lambda: type(...).__new__(type(...)) is ...)
show("ellipsis.__new__(int)", lambda: type(...).__new__(int))
show("None.__bool__", lambda: None.__bool__())
show("NoneType.__bool__", lambda: type(None).__bool__(None))
