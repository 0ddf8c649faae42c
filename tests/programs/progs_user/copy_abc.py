"""copy/deepcopy and abc abstract classes in a shape-drawing app."""
import copy
import math
from abc import ABC, abstractmethod, abstractproperty


class Shape(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)

    def __init__(self, name, style=None):
        self.name = name
        self.style = style if style is not None else {"color": "black", "dash": [1, 0]}

    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def sides(self): ...

    def describe(self):
        return f"{self.name}: {type(self).__name__} area={self.area():.2f} sides={self.sides}"


class Circle(Shape):
    def __init__(self, name, r, **kw):
        super().__init__(name, **kw)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def sides(self):
        return 0


class Rect(Shape):
    def __init__(self, name, w, h, **kw):
        super().__init__(name, **kw)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    sides = 4

    def __copy__(self):
        print("  Rect.__copy__")
        new = Rect(self.name + "-copy", self.w, self.h, style=self.style)
        return new

    def __deepcopy__(self, memo):
        print("  Rect.__deepcopy__")
        return Rect(self.name + "-deep", self.w, self.h, style=copy.deepcopy(self.style, memo))


class Half(Shape):
    def area(self):
        return 1


try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Half("h")
except TypeError as e:
    print("TypeError:", e)
print(Shape.registry, Circle.__abstractmethods__, sorted(Half.__abstractmethods__))
c = Circle("c1", 2)
r = Rect("r1", 3, 4)
print(c.describe())
print(r.describe())
print(isinstance(c, Shape), issubclass(Rect, ABC))

c2 = copy.copy(c)
c2.style["color"] = "red"
c3 = copy.deepcopy(c)
c3.style["dash"].append(9)
print(c.style, c3.style, c2.style is c.style)
r2 = copy.copy(r)
r3 = copy.deepcopy(r)
print(r2.name, r3.name, r2.style is r.style, r3.style is r.style)

shared = [1, 2]
nested = {"a": shared, "b": shared, "t": (shared, 5), "s": frozenset([1])}
dc = copy.deepcopy(nested)
print(dc["a"] is dc["b"], dc["a"] is shared, dc["t"][0] is dc["a"], dc["s"] is nested["s"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
print(copy.copy((1, 2)) == (1, 2), copy.copy([1, [2]])[1] is not None)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized))


class Plugin(ABC):
    pass


Plugin.register(int)
print(isinstance(5, Plugin), issubclass(bool, Plugin), issubclass(str, Plugin))
