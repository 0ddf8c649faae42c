# Instances keep up to three attributes inline while their shape follows the class's shared
# keys; every other shape, and every way of looking at the attributes, must behave as a dict.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return "method"


p = P(1, 2)
q = P(3, 4)
print(p.a, p.b, q.a, q.b, vars(p), p.__dict__)

# Other order: the second instance sets b before a.
class Q:
    pass


x = Q()
x.a = 1
x.b = 2
y = Q()
y.b = 3
y.a = 4
print(vars(x), vars(y), list(y.__dict__))

# More than three attributes, and the fourth added later.
z = Q()
z.a, z.b, z.c = 1, 2, 3
z.d = 4
print(vars(z), z.a, z.d)
w = Q()
w.a = 9
w.e = 10
print(vars(w), w.e)

# Deleting the last, then one in the middle.
class R:
    pass


r = R()
r.x, r.y, r.z = 1, 2, 3
del r.z
print(vars(r), hasattr(r, "z"))
r.z = 30
print(vars(r))
del r.x
print(vars(r), hasattr(r, "x"))
try:
    del r.x
except AttributeError as e:
    print("AttributeError", e)
r2 = R()
try:
    print(r2.x)
except AttributeError as e:
    print("AttributeError", e)

# Shadowing a method with an instance attribute, in a loop (the method cache must see it).
class S:
    def f(self):
        return "class f"


objs = [S() for _ in range(5)]
out = []
for i, o in enumerate(objs * 40):
    if i == 100:
        objs[2].f = lambda: "instance f"
    out.append(o.f())
print(out.count("class f"), out.count("instance f"))

# A method name becoming a shared key of another class's instances.
class T:
    def g(self):
        return "T.g"


t1 = T()
res = [t1.g() for _ in range(50)]
t2 = T()
t2.g = lambda: "own g"
res += [t1.g() for _ in range(50)] + [t2.g()]
print(res.count("T.g"), res[-1])

# __dict__ written to, and replaced.
u = P(1, 2)
u.__dict__["c"] = 3
print(u.c, vars(u))
u.__dict__ = {"z": 26}
print(vars(u), hasattr(u, "a"))
v = P(5, 6)
d = v.__dict__
d["a"] = 50
print(v.a)

# __class__ assignment keeps the attributes.
class A:
    pass


class B:
    pass


a = A()
a.p, a.q = 1, 2
a.__class__ = B
print(type(a).__name__, vars(a))
b = B()
b.q = 7
print(vars(b), a.q)

# setattr/getattr with computed names (not interned).
k = "".join(["na", "me"])
o = Q()
setattr(o, k, "v1")
print(o.name, getattr(o, "name"), vars(o))
o2 = Q()
o2.name = "v2"
print(getattr(o2, "".join(["n", "ame"])), vars(o2))

# __slots__ classes.
class Pt:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = float(i)
        self.y = i * 2.0
        self.z = i * 3.0


pts = [Pt(i) for i in range(1000)]
print(sum(p.x + p.y + p.z for p in pts))
pp = Pt(1)
del pp.y
try:
    pp.y
except AttributeError as e:
    print("AttributeError", e)
pp.y = 5
print(pp.x, pp.y, pp.z)
try:
    pp.w = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Pt.__slots__
    print(pp.__dict__)
except AttributeError as e:
    print("AttributeError", e)

class Pt2:
    __slots__ = ("a", "b")


s2 = Pt2()
s2.b = 1
s2.a = 2
print(s2.a, s2.b)

# Properties and __setattr__ next to inline attributes.
class W:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10


print(W().v)

class Log:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)


lg = Log()
lg.a = 1
print(lg.a, vars(lg))

# Copying and pickling.
import copy
import pickle

c1 = copy.copy(P(1, [2]))
c2 = copy.deepcopy(P(1, [2]))
print(vars(c1), vars(c2))
pk = pickle.loads(pickle.dumps(P("s", 2.5)))
print(type(pk).__name__, vars(pk))

# Many instances, many collections.
class Node:
    def __init__(self, l, v, r):
        self.left = l
        self.value = v
        self.right = r


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(n):
    if n is None:
        return 0
    return walk(n.left) + n.value + walk(n.right)


tree = build(0, 3000)
junk = [Node(None, i, None) for i in range(3000)]
print(walk(tree), sum(j.value for j in junk))
print(sorted(dir(Node(1, 2, 3)))[-3:])
