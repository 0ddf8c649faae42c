# super().method(...) through LOAD_SUPER_METHOD: the fast path (instances, functions and
# builtin methods found after __class__), and every fallback: a shadowed `super`, a
# classmethod (class as first argument), properties and other descriptors, missing names,
# diamonds, classes changed after the first calls, builtin bases.


class Base:
    def __init__(self, name):
        self.name = name

    def hello(self, x=1):
        return f"Base.hello({self.name}, {x})"

    @classmethod
    def make(cls, n):
        return cls(f"made-{n}")

    @staticmethod
    def stat(v):
        return f"stat({v})"

    @property
    def prop(self):
        return f"prop of {self.name}"


class Child(Base):
    def __init__(self, name):
        super().__init__(name.upper())

    def hello(self, x=2):
        return "Child>" + super().hello(x)

    @classmethod
    def make(cls, n):
        return super().make(n * 2)

    def use_stat(self):
        return super().stat(7)

    def use_prop(self):
        return super().prop

    def missing(self):
        return super().nothing_here()


class Grand(Child):
    def hello(self, x=3):
        return "Grand>" + super().hello(x)


for i in range(40):
    g = Grand(f"g{i % 3}")
    c = Child("c")
    if i % 10 == 0:
        print(g.hello(), c.hello(), Child.make(i).name, g.use_stat(), c.use_prop())

try:
    Child("x").missing()
except AttributeError as e:
    print("AttributeError:", e)


# Diamond: super() follows the instance's MRO, not the defining class's bases.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


for _ in range(30):
    r1, r2 = D().who(), B().who()
print(r1, r2)


# Methods replaced after the site ran: the lookup follows the class as it is now.
for i in range(30):
    if i == 20:
        A.who = lambda self: ["A2"]
    r = D().who()
print(r)


# Builtin base: super() reaching a builtin method (list.append, dict.__setitem__).
class Log(list):
    def append(self, x):
        super().append(x * 10)


class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)


lg, ct = Log(), Counter()
for i in range(30):
    lg.append(i)
    ct[i % 3] = i
print(lg[:5], len(lg), sorted(ct.items()))


# object.__init__ and __init_subclass__ through super().
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


for _ in range(30):
    p = Plain()
print(p.ok)
try:

    class Bad:
        def __init__(self):
            super().__init__(1, 2)

    Bad()
except TypeError as e:
    print("TypeError:", e)


# A shadowed `super`: the global replaced, then a local one.
real_super = super


def fake_super(*args):
    print("fake super called with", len(args), "arguments")
    return Base("fake")


class S(Base):
    def hello(self, x=0):
        return "S>" + super().hello(x)


for i in range(25):
    if i == 20:
        super = fake_super
    r = S("s").hello()
print(r)
del super


class L(Base):
    def hello(self, x=0):
        super = lambda *a: Base("local")
        return super().hello(x)


print(L("l").hello())


# super() with the first argument reassigned to a non-instance.
class W(Base):
    def hello(self, x=0):
        self = 42
        return super().hello(x)


try:
    W("w").hello()
except TypeError as e:
    print("TypeError:", e)


# super() in a generator method and a nested class.
class G(Base):
    def items(self):
        yield super().hello(5)
        yield super().stat(6)


print(list(G("gen").items()))
