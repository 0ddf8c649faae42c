# SET_ATTR on instances: the specialized form must follow every change of the class.

class P:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def bump(self, n):
        self.y = self.y + n


def run(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.bump(1)
    return [o.y for o in objs]


ps = [P(i) for i in range(5)]
print(run(ps, 10))

# A property for the attribute added to the class after the site specialized.
log = []
P.y = property(lambda self: self.__dict__["y"], lambda self, v: log.append(v) or self.__dict__.__setitem__("y", v))
print(run(ps, 2), log[:3], len(log))
del P.y
print(run(ps, 2))

# A __setattr__ added later.
def noisy(self, name, v):
    log.append(name)
    object.__setattr__(self, name, v * 2)
P.__setattr__ = noisy
log.clear()
print(run(ps[:2], 2), log)
del P.__setattr__
print(run(ps[:2], 3))


# The same site seeing instances of other classes, with attributes in other orders.
class Q:
    def __init__(self):
        self.y = 100
        self.x = 1

    bump = P.bump


class R(P):
    __slots__ = ()


mixed = [P(1), Q(), P(2), Q(), R(3)]
print(run(mixed, 4))

# Attributes deleted and set again move in the dict.
p = P(0)
for k in range(6):
    p.bump(1)
    if k == 2:
        del p.y
        p.z = 5
        p.y = 10
print(p.y, sorted(vars(p)))


# Slotted classes: slot names only.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def set_c(self):
        self.c = 1


ss = [S(i) for i in range(6)]
print([s.b for s in ss])
for s in ss:
    try:
        s.set_c()
    except AttributeError as e:
        print(type(e).__name__, e)
        break


def set_b(objs, v):
    for o in objs:
        o.b = v
    return [o.b for o in objs]


print(set_b(ss, 7))
# The same site storing to a class object, a module and an exception.
import types
m = types.ModuleType("m")
class K:
    pass
print(set_b([K, m, ValueError("x"), S(1)], 3), K.b, m.b)


# __class__ assigned to an instance at a specialized site's back.
class A:
    def __init__(self):
        self.v = 1

    def setv(self, v):
        self.v = v


class B:
    setv = A.setv

    @property
    def v(self):
        return "B.v"

    @v.setter
    def v(self, val):
        log.append(("B.v", val))


a = A()
log.clear()
for k in range(5):
    a.setv(k)
a.__class__ = B
a.setv(9)
print(a.v, log)


# A data descriptor elsewhere in the class does not stop other attributes.
class D:
    def __init__(self):
        self.plain = 0

    @property
    def prop(self):
        return self.plain * 10

    def inc(self):
        self.plain += 1


d = D()
for _ in range(20):
    d.inc()
print(d.plain, d.prop)


# Exceptions carry special attributes.
def mark(e, n):
    e.note = n
    e.__cause__ = None
    return e


errs = [mark(KeyError(i), i) for i in range(5)]
print([e.note for e in errs], errs[0].__cause__)
