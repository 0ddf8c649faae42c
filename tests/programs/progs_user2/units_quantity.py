"""Physical quantities with units: operators built from functools.partialmethod and
singledispatchmethod, total_ordering, __slots__, a units registry with a class method."""
import functools
import math
import operator
from fractions import Fraction


class UnitError(TypeError):
    pass


@functools.total_ordering
class Quantity:
    __slots__ = ("value", "unit")
    _factors = {"m": 1, "km": 1000, "cm": Fraction(1, 100), "mm": Fraction(1, 1000), "in": Fraction(254, 10000)}

    def __init__(self, value, unit="m"):
        if unit not in self._factors:
            raise UnitError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    @classmethod
    def parse(cls, text):
        num, _, unit = text.strip().partition(" ")
        return cls(Fraction(num) if "/" in num else float(num) if "." in num else int(num), unit or "m")

    @classmethod
    def register(cls, unit, factor):
        cls._factors[unit] = factor

    @property
    def metres(self):
        return self.value * self._factors[self.unit]

    def to(self, unit):
        return Quantity(self.metres / self._factors[unit], unit)

    def _combine(self, other, op):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(op(self.metres, other.metres) / self._factors[self.unit], self.unit)

    __add__ = functools.partialmethod(_combine, op=operator.add)
    __sub__ = functools.partialmethod(_combine, op=operator.sub)

    @functools.singledispatchmethod
    def __mul__(self, other):
        return NotImplemented

    @__mul__.register(int)
    @__mul__.register(float)
    @__mul__.register(Fraction)
    def _(self, k):
        return Quantity(self.value * k, self.unit)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.metres / other.metres
        return Quantity(self.value / other, self.unit)

    def _cmp(self, other, op):
        if not isinstance(other, Quantity):
            return NotImplemented
        return op(self.metres, other.metres)

    __eq__ = functools.partialmethod(_cmp, op=operator.eq)
    __lt__ = functools.partialmethod(_cmp, op=operator.lt)

    def __hash__(self):
        return hash(self.metres)

    def __neg__(self):
        return Quantity(-self.value, self.unit)

    def __abs__(self):
        return Quantity(abs(self.value), self.unit)

    def __bool__(self):
        return self.value != 0

    def __format__(self, spec):
        return f"{float(self.value):{spec or 'g'}} {self.unit}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return format(self)


a = Quantity(1.5, "km")
b = Quantity.parse("250 m")
c = Quantity.parse("3/4 in")
print(a, b, c, repr(c))
print(a + b, b + a, a - b, (b - a).to("km"), -b, abs(-b))
print(b * 2, 3 * b, b * Fraction(1, 3), b / 4, a / b)
print(a > b, b < a, a == Quantity(1500, "m"), a != b, b >= Quantity(25000, "cm"), a <= b)
print(sorted([a, b, c, Quantity(2, "mm")]))
print(max(a, b, key=lambda q: q.metres), min([a, b]), bool(Quantity(0)), bool(c))
print(f"{a:.3f}|{c.to('mm'):>12.2f}|{b.to('in'):.1f}")
Quantity.register("mi", Fraction(1609344, 1000))
print(f"{Quantity(26.2, 'mi').to('km'):.3f}", Quantity(1, "mi").metres)
print(len({Quantity(1, "km"), Quantity(1000, "m"), Quantity(100000, "cm")}))
for bad in [lambda: a + 1, lambda: a * "x", lambda: a < 3, lambda: Quantity(1, "ly")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    a.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(sum([a, b, c], Quantity(0)), math.isclose((a + b).metres, 1750.0))
print(Quantity.__add__.__name__, type(Quantity.__dict__["__add__"]).__name__, type(Quantity.__dict__["__mul__"]).__name__)
