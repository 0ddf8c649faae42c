import copy
def ok(n, make):
    x = make(None)
    for i in range(n): x = make(x)
    try:
        copy.deepcopy(x); return True
    except RecursionError:
        return False
for name, make in (("list", lambda x: [x]), ("dict", lambda x: {1: x}), ("tuple", lambda x: (x,))):
    lo, hi = 1, 3000
    while lo < hi:
        m = (lo + hi + 1) // 2
        if ok(m, make): lo = m
        else: hi = m - 1
    print(name, lo)
class P:
    def __init__(self, v): self.v = v
p = P([1, (2, {3: P(4)})])
q = copy.deepcopy(p)
print(q.v[1][1][3].v, q is not p, q.v[1][1] is not p.v[1][1])
import types
class M:
    def f(self): return self
m = M()
b = copy.deepcopy(m.f)
print(type(b).__name__, b.__self__ is not m)
copy._deepcopy_dispatch[P] = lambda x, memo: "custom"
print(copy.deepcopy([P(1)]))
