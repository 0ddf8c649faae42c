# LOAD_METHOD on classes (`Cls.f(x)`): functions and staticmethods found on the class,
# then the attribute replaced, deleted, shadowed by a metaclass or turned into a
# classmethod; and GET_ATTR on instances across collections.
import gc


class Strength:
    def plain(a, b):
        return ("plain", a, b)

    @staticmethod
    def stronger(a, b):
        return a > b

    @classmethod
    def make(cls, v):
        return (cls.__name__, v)


class Sub(Strength):
    pass


def use(cls, n):
    out = None
    for i in range(n):
        out = (cls.stronger(i, 3), cls.plain(i, 1), cls.make(i))
    return out


print(use(Strength, 30))
print(use(Sub, 30))
Strength.stronger = staticmethod(lambda a, b: "replaced")
print(use(Strength, 3))
print(use(Sub, 3))
Sub.stronger = lambda a, b: "Sub's own"
print(use(Sub, 3))
del Sub.stronger
print(use(Sub, 3))
Strength.stronger = classmethod(lambda cls, a, b: ("classmethod", cls.__name__, a, b))
print(use(Strength, 3))
del Strength.stronger
try:
    use(Strength, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__


class WithMeta(metaclass=Meta):
    def own(x):
        return ("own", x)


def use_meta(n):
    out = None
    for _ in range(n):
        out = (WithMeta.hello(), WithMeta.own(1))
    return out


print(use_meta(30))


# Dunder names on classes are left to the generic path (type's descriptors come first).
def names(classes):
    return [c.mro()[0].__name__ for c in classes]


print(names([Strength, Sub] * 15)[-2:])


# GET_ATTR on instances with collections in between.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(points):
    t = 0
    for j, p in enumerate(points):
        if j % 50 == 0:
            gc.collect()
        t += p.x * p.y
    return t


pts = [P(i, i + 1) for i in range(300)]
print(total(pts))
P.x = property(lambda self: -1)
print(total(pts))
