# GET_ATTR of class attributes specialized on the class: rebinding, deleting, shadowing in a
# subclass and descriptors must all be seen.

class Strength:
    REQUIRED = 0
    WEAK = 5

    def __init__(self, v):
        self.v = v


Strength.STRONG = Strength(1)


def read(cls, n):
    return [(cls.REQUIRED, cls.WEAK, cls.STRONG.v) for _ in range(n)][-1]


print(read(Strength, 5))
Strength.REQUIRED = 10
print(read(Strength, 3))
Strength.STRONG = Strength(2)
print(read(Strength, 3))


class Sub(Strength):
    WEAK = 50


print(read(Sub, 3), read(Strength, 3))
del Sub.WEAK
print(read(Sub, 3))


def get_x(cls):
    return cls.x


class WithMethods:
    def f(self):
        return "f"

    @staticmethod
    def s():
        return "s"

    @classmethod
    def c(cls):
        return cls.__name__

    x = property(lambda self: "prop")


class Desc:
    def __get__(self, obj, cls):
        return ("desc", cls.__name__)


for _ in range(4):
    print(WithMethods.f(None), WithMethods.s(), WithMethods.c(), type(get_x(WithMethods)).__name__)
WithMethods.x = Desc()
print(get_x(WithMethods), get_x(Sub) if hasattr(Sub, "x") else "no x")
WithMethods.x = staticmethod(lambda: "now static")
print(get_x(WithMethods)())
Desc.__get__ = lambda self, obj, cls: "changed get"
WithMethods.x = Desc()
print(get_x(WithMethods))


# A metaclass attribute, and the same site reading from instances and modules.
class Meta(type):
    x = "from meta"


class M(metaclass=Meta):
    pass


class Plain:
    x = "plain"


import types
mod = types.ModuleType("mod")
mod.x = "module"
o = Plain()
o.x = "instance"
for obj in [Plain, Plain, Plain, M, o, mod, Plain, M]:
    print(get_x(obj))
try:
    get_x(Strength)
except AttributeError as e:
    print("AttributeError:", e)
del Plain.x
try:
    get_x(Plain)
except AttributeError as e:
    print("AttributeError:", e)
