# Specialized call, attribute and method sites after warm-up: each guard must notice the change
# and the site must give CPython's answer afterwards.


def f(a, b):
    return a + b


def g(a, b):
    return a * b


def call_f(n):
    out = 0
    for i in range(n):
        out += f(i, 1)
    return out


print(call_f(100))
f = g  # the global now names another function
print(call_f(100))


def h(a, b=10):
    return a - b


def call_h(n):
    return [h(i) for i in range(n)][-1], [h(i, 1) for i in range(n)][-1]


print(call_h(50))
h.__defaults__ = (100,)
print(call_h(50))
h.__defaults__ = (7,)
print(call_h(50))
h.__defaults__ = None
try:
    call_h(5)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def twice(x):
        return 2 * x


class Q(P):
    def get(self):
        return -self.x


def use(objs, n):
    t = 0
    for _ in range(n):
        for o in objs:
            t += o.get() + o.x + P.twice(o.x) + o.make(1).x
    return t


objs = [P(i) for i in range(5)]
print(use(objs, 20))
objs[2].__class__ = Q
print(use(objs, 20))
P.get = lambda self: 1000
print(use(objs, 20))
P.twice = staticmethod(lambda x: 3 * x)
print(use(objs, 20))
P.make = classmethod(lambda cls, x: Q(x * 7))
print(use(objs, 20))


# A data descriptor added to the class shadows the instance attribute.
def read_x(objs, n):
    return sum(o.x for _ in range(n) for o in objs)


print(read_x(objs, 30))
P.x = property(lambda self: 5)
print(read_x(objs, 30))
del P.x
print(read_x(objs, 30))


# A method shadowed by an instance attribute after warm-up, then unshadowed.
def call_get(o, n):
    return [o.get() for _ in range(n)][-1]


o = P(3)
P.get = lambda self: self.x * 11
print(call_get(o, 40))
o.get = lambda: "instance"
print(call_get(o, 40))
del o.get
print(call_get(o, 40))


# Attribute stores after warm-up: __slots__ classes, __setattr__ added later.
class R:
    pass


def store(objs, n):
    for i in range(n):
        for o in objs:
            o.v = i
    return [o.v for o in objs]


rs = [R() for _ in range(3)]
print(store(rs, 30))
R.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 2)
print(store(rs, 30))
del R.__setattr__
print(store(rs, 30))
