"""Shape hierarchy: abc.ABC, __init_subclass__ registry, a metaclass counting instances,
class/static methods, properties with validation, __slots__ inheritance, operator dunders."""
import math
from abc import ABC, abstractmethod
from functools import total_ordering, cached_property


class Counted(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._made = 0
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        cls._made += 1
        return inst

    def __repr__(cls):
        return f"<shape class {cls.__name__}>"


class ABCCounted(Counted, type(ABC)):
    pass


@total_ordering
class Shape(ABC, metaclass=ABCCounted):
    registry = {}
    __slots__ = ("label",)

    def __init_subclass__(cls, *, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Shape.registry[key] = cls

    def __init__(self, label=None):
        self.label = label or type(self).__name__.lower()

    @property
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @classmethod
    def create(cls, spec):
        kind, *nums = spec.split()
        try:
            return cls.registry[kind](*map(float, nums))
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None

    @staticmethod
    def fmt(x):
        return f"{x:.2f}"

    def __eq__(self, other):
        return isinstance(other, Shape) and math.isclose(self.area, other.area)

    def __lt__(self, other):
        return self.area < other.area

    def __hash__(self):
        return hash(round(self.area, 6))

    def __repr__(self):
        return f"{type(self).__name__}(area={self.fmt(self.area)}, perimeter={self.fmt(self.perimeter())})"


class Circle(Shape, key="circle"):
    __slots__ = ("_r",)

    def __init__(self, r):
        super().__init__()
        self.r = r

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, value):
        if value <= 0:
            raise ValueError("radius must be positive")
        self._r = value

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, key="rect"):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __mul__(self, k):
        return type(self)(self.w * k, self.h * k) if type(self) is Rect else Square(self.w * k)


class Square(Rect, key="square"):
    __slots__ = ()

    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape, key="tri"):
    def __init__(self, a, b, c):
        super().__init__()
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"impossible triangle {a}, {b}, {c}")
        self.sides = (a, b, c)

    @cached_property
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


shapes = []
for spec in ["circle 1", "rect 3 4", "square 2", "tri 3 4 5", "hexagon 1", "tri 1 1 5", "circle -2"]:
    try:
        shapes.append(Shape.create(spec))
    except ValueError as e:
        print("ValueError:", e)
print(shapes)
print(sorted(shapes), max(shapes).label, min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rect(1, 4), Rect(2, 3) < Circle(2), Square(3) >= Rect(3, 3), len({Square(2), Rect(4, 1), Circle(1)}))
print(Rect(1, 2) * 3, Square(1) * 5, isinstance(Square(1), Rect), Square.__mro__[1:3])
print(sorted(Shape.registry), Shape.registry["square"], Circle._made, Square._made, Rect._made)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Square(1).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
t = Triangle(3, 4, 5)
print(t.area, "area" in t.__dict__, t.label, Triangle.fmt(2 / 3), type(Circle), type(Shape).__mro__[1].__name__)
c = Circle(1)
c.r = 2
print(round(c.area, 4), hasattr(c, "__dict__"), Circle.__slots__, Shape.__subclasses__())
