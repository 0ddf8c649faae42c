# Polymorphic attribute and method sites: receivers of several classes at one site, classes
# changed while a site is hot, instances shadowing methods, attributes at other positions.

class Base:
    def __init__(self, n):
        self.n = n
        self.tag = "base"

    def kind(self):
        return "Base"

    def shared(self):
        return self.n * 2


class A(Base):
    def __init__(self, n):
        self.extra = 1          # 'n' lands at another dict position than in Base
        super().__init__(n)

    def kind(self):
        return "A"


class B(Base):
    def kind(self):
        return "B"


class C(Base):
    @property
    def n(self):
        return 1000

    @n.setter
    def n(self, v):
        self._n = v


class Slotted:
    __slots__ = ("n", "tag")

    def __init__(self, n):
        self.n = n
        self.tag = "slot"

    def kind(self):
        return "Slotted"

    def shared(self):
        return -self.n


def run(objs):
    out = []
    for o in objs:
        out.append((o.kind(), o.shared(), o.n, o.tag))
    return out


objs = [Base(1), A(2), B(3), C(4), Slotted(5)] * 30
res = run(objs)
print(res[:5])
print(sum(r[1] for r in res), sum(r[2] for r in res))

# A method replaced on the class while sites are specialized.
def kinds(objs):
    return "".join(o.kind()[0] for o in objs)

print(kinds(objs[:10]))
for _ in range(50):
    kinds(objs)
B.kind = lambda self: "b!"
print(kinds(objs[:10]))
del B.kind
print(kinds(objs[:10]))
Base.shared = lambda self: 7
print(run(objs[:5]))

# An instance shadowing a method at a polymorphic site, then losing it again.
x = A(9)
x.kind = lambda: "own"
mix = [Base(1), x, B(2)] * 40
print(kinds(mix[:6]))
del x.kind
print(kinds(mix[:6]))

# Many attributes (key-bit collisions) and a method looked up past them.
class Wide:
    def __init__(self):
        for i in range(12):
            setattr(self, "a%d" % i, i)

    def total(self):
        return sum(getattr(self, "a%d" % i) for i in range(12))


class Wide2(Wide):
    def total(self):
        return -1


ws = [Wide(), Wide2()] * 40
print(sum(w.total() for w in ws))
ws[0].total = lambda: 100
print(sum(w.total() for w in ws))

# Attribute sites: the same name at different positions, a class attribute default, and
# the attribute going away.
class P:
    default = "class-level"

    def __init__(self, with_attr, order):
        if order:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10
        if with_attr:
            self.default = "instance"


def read(ps):
    return [(p.a, p.b, p.default) for p in ps]


ps = [P(i % 3 == 0, i % 2 == 0) for i in range(60)]
for _ in range(20):
    r = read(ps)
print(r[:6])
del ps[0].a
try:
    read(ps)
except AttributeError as e:
    print("AttributeError:", e)
