# Specialized forms whose guard holds for the site but not for one execution run the generic
# form once: len/isinstance on arguments their inline forms do not cover, module attributes
# missing or made by a module __getattr__.
import collections.abc
import math
import sys
import types


class Sized:
    def __len__(self):
        return 7


def lens():
    items = [[1, 2], "abc", (1,), {1: 2}, {1, 2, 3}, Sized(), b"xy", range(5), frozenset()]
    out = []
    for j in range(5):
        for x in items:
            out.append(len(x))
    print(out[:9])
    try:
        len(5)
    except TypeError as e:
        print("TypeError:", e)


lens()


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Magic(metaclass=Meta):
    pass


class Pretender:
    @property
    def __class__(self):
        return int


def isinstances():
    out = []
    for j in range(5):
        for x, t in ((1, int), ("a", int), ([], collections.abc.Sequence), (42, Magic),
                     (41, Magic), (Pretender(), int), (True, (str, int)), (1.5, float)):
            out.append(isinstance(x, t))
    print(out[:8])
    try:
        isinstance(1, 2)
    except TypeError as e:
        print("TypeError:", e)


isinstances()


mod = types.ModuleType("dyn")
mod.value = 1


def module_attrs():
    out = []
    for i in range(30):
        if i == 10:
            mod.__getattr__ = lambda name: "made " + name
        if i == 20:
            del mod.value
        out.append(mod.value)
        out.append(math.pi > 3)
    print(out[18:22], out[-2:])
    try:
        sys.no_such_attribute_here
    except AttributeError as e:
        print("AttributeError:", e)


module_attrs()
