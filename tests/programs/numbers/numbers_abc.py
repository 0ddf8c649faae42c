import numbers
from fractions import Fraction
from decimal import Decimal

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "x", None]
for v in values:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real), issubclass(Decimal, numbers.Real), issubclass(Decimal, numbers.Number))
print(numbers.Integral.__mro__[1:4] == (numbers.Rational, numbers.Real, numbers.Complex))


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "MyInt(%d)" % self.v


try:
    MyInt(3)
except TypeError as e:
    print("TypeError", "abstract" in str(e))


class Half(numbers.Real):
    """A real number implementing only what Real requires."""

    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v / 2

    def __trunc__(self): return int(float(self))
    def __floor__(self): return int(float(self) // 1)
    def __ceil__(self): return -int(-float(self) // 1)
    def __round__(self, n=None): return round(float(self), n)
    def __floordiv__(self, o): return float(self) // o
    def __rfloordiv__(self, o): return o // float(self)
    def __mod__(self, o): return float(self) % o
    def __rmod__(self, o): return o % float(self)
    def __lt__(self, o): return float(self) < o
    def __le__(self, o): return float(self) <= o
    def __add__(self, o): return float(self) + o
    def __radd__(self, o): return o + float(self)
    def __neg__(self): return -float(self)
    def __pos__(self): return float(self)
    def __mul__(self, o): return float(self) * o
    def __rmul__(self, o): return o * float(self)
    def __truediv__(self, o): return float(self) / o
    def __rtruediv__(self, o): return o / float(self)
    def __pow__(self, o): return float(self) ** o
    def __rpow__(self, o): return o ** float(self)
    def __abs__(self): return abs(float(self))
    def __eq__(self, o): return float(self) == o
    __hash__ = None


h = Half(5)
print(isinstance(h, numbers.Real), float(h), complex(h), h.real, h.imag, h.conjugate(), divmod(h, 1), h - 1, 1 - h)
print(Fraction(3, 4) + h, sorted(numbers.__all__))
