# Attributes added in __init__ (appended in place by SET_ATTR_INSTANCE), with names whose
# key bits collide, conditional attributes, __dict__ replaced, and subclasses sharing sites.

class V:
    def __init__(self, x, y, z, w=None):
        self.x = x
        self.y = y
        self.z = z
        if w is not None:
            self.w = w


vs = [V(i, i + 1, i + 2, i if i % 4 == 0 else None) for i in range(200)]
print(sum(v.x + v.y + v.z for v in vs), sum(getattr(v, "w", 0) for v in vs))
print(vars(vs[0]), vars(vs[1]))


class Many:
    def __init__(self, k):
        for_names = k
        self.aa = 1
        self.ab = 2
        self.ac = 3
        self.ad = 4
        self.ae = 5
        self.af = 6
        self.ag = 7
        self.ah = 8
        self.ai = 9
        self.aj = 10
        self.aa = for_names      # rebinding one already present


ms = [Many(i) for i in range(100)]
print(sum(m.aa for m in ms), list(vars(ms[3]).items())[:3], len(vars(ms[3])))


class Swap:
    def __init__(self, d):
        if d is not None:
            self.__dict__ = d
        self.p = 1
        self.q = 2


shared = {}
ss = [Swap(shared if i == 50 else None) for i in range(100)]
print(shared, vars(ss[0]))


class Sub(V):
    pass


objs = [V(1, 2, 3) if i % 2 else Sub(4, 5, 6, 7) for i in range(100)]
print(sum(o.z for o in objs), [type(o).__name__ for o in objs[:3]], vars(objs[0]))


# A subclass with a property for one of the names: the store must run the setter.
class Prop(V):
    @property
    def y(self):
        return self._y * 100

    @y.setter
    def y(self, v):
        self._y = v


objs = [V(1, 2, 3) if i % 3 else Prop(1, 2, 3) for i in range(90)]
print(sum(o.y for o in objs), vars(objs[0]))
