import copy
class P(int):
    pass
p = P(3); p.a = 1
q = copy.copy(p); r = copy.deepcopy(p)
print(q, type(q).__name__, q.a, r, type(r).__name__, r.a)
class L(list):
    pass
l = L([1, [2]]); l.x = 5
m = copy.deepcopy(l); n = copy.copy(l)
print(m, type(m).__name__, m.x, n, type(n).__name__, m[1] is l[1], n[1] is l[1])
class D(dict):
    pass
print(copy.copy(D(a=1)), type(copy.deepcopy(D(a=[1]))).__name__)
class T(tuple):
    pass
t = copy.deepcopy(T(([1], 2)))
print(t, type(t).__name__)
class S(str):
    pass
print(repr(copy.copy(S("s"))), type(copy.deepcopy(S("s"))).__name__)
class St(set):
    pass
print(sorted(copy.copy(St([2, 1]))), type(copy.copy(St())).__name__)
