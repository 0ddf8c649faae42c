# bool() on __len__ results (checked as len() checks them); obj.__dict__ assignment/deletion;
# str(SyntaxError) with odd argument counts.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

class IntSub(int): pass

for n in [0, 1, 5, True, False, IntSub(0), IntSub(3), -1, -(2**70), 2**70, 1.0, "1", None]:
    try:
        print(repr(n), bool(L(n)), not L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(n), type(e).__name__, e)
    try:
        if L(n):
            print("truthy")
    except (TypeError, ValueError, OverflowError) as e:
        print("if:", type(e).__name__)

class B:
    def __bool__(self): return self.v
for v in [True, False, 1, 0, "x", None]:
    b = B(); b.v = v
    try:
        print(repr(v), bool(b))
    except TypeError as e:
        print(repr(v), e)

class T: pass
t = T(); t.x = 1
t.__dict__ = {"z": 3, "y": 4}
print(sorted(vars(t).items()), t.z, t.y, hasattr(t, "x"))
t.__dict__ = {}
print(vars(t), hasattr(t, "z"))
class D(dict): pass
t.__dict__ = D(q=5)
print(t.q, vars(t))
t.w = 1
del t.__dict__
print(vars(t), hasattr(t, "q"))
t.k = 2
print(vars(t))
for bad in [5, [("a", 1)], None]:
    try:
        t.__dict__ = bad
    except TypeError as e:
        print(e)

def f():
    u = T()
    u.__dict__ = {"m": 1}
    return u.m, u.__dict__
print(f())

class S:
    __slots__ = ("p", "__dict__")
s = S(); s.p = 1; s.k = 2
s.__dict__ = {"m": 3}
print(s.p, s.m, s.__dict__, hasattr(s, "k"))

for a in [(), ("m",), ("m", 1, 2), ("m", ("f", 1, 2, "t")), ("m", ("f", None, None, None)), (1, ("f", 2, 3, "x")), (None,), ([1],)]:
    e = SyntaxError(*a)
    print(repr(str(e)), e.msg, e.filename, e.lineno)
