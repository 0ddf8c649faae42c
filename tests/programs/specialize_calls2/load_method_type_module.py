# LOAD_METHOD on builtin values and on modules, specialized and deoptimized.
import math
import types


def lowers(words):
    return [w.lower() for w in words]


print(lowers(["A", "Bc", "DEF"] * 20)[:3])
# The same site with other receiver types.
def first_method(xs):
    out = []
    for x in xs:
        out.append(x.count(1))
    return out


print(first_method([[1, 1, 2], (1, 2, 1, 1), [3], (1,)] * 10)[:4])

d = {}
for w in "a b c a b a".split() * 10:
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))


class MyList(list):
    def count(self, x):
        return "MyList.count"


print(first_method([[1], MyList([1]), (1,)] * 10)[:3])

# Module functions: builtin and Python.
def roots(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return round(t, 6)


print(roots(200))

m = types.ModuleType("m")
m.f = lambda x: x + 1
m.g = lambda x, y=2: x * y


def use_mod(n):
    t = 0
    for i in range(n):
        t += m.f(i) + m.g(i)
    return t


print(use_mod(100))
m.f = lambda x: x - 1  # rebinding keeps the entry
print(use_mod(100))
m.extra = 1  # a new key moves the namespace epoch
print(use_mod(100))
del m.f
try:
    use_mod(1)
except AttributeError as e:
    print("AttributeError:", e)
m.f = abs
print(use_mod(10))


# A module-level __getattr__ answers only for missing names.
m2 = types.ModuleType("m2")
m2.__getattr__ = lambda name: (lambda *a: "dyn " + name)


def dyn(n):
    return [m2.thing(1) for _ in range(n)][-1]


print(dyn(30))
m2.thing = lambda x: "real"
print(dyn(30))

# A receiver that changes from module to instance and class at one site.
class K:
    @staticmethod
    def sqrt(x):
        return "K.sqrt"

    def inst(self):
        return "inst"


def site(objs):
    return [o.sqrt(4) for o in objs]


print(site([math] * 20 + [K, K()] + [math] * 5)[-8:])
print(K.inst(K()), [K().inst() for _ in range(20)][-1])

# Wrong receiver types for a builtin's method must still raise the same errors.
def up(xs):
    return [x.upper() for x in xs]


print(up(["a"] * 20)[-1])
try:
    up(["a"] * 5 + [b"b", 3])
except AttributeError as e:
    print("AttributeError:", e)
