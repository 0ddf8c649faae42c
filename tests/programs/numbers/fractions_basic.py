from fractions import Fraction as F
import numbers
print(F(3, 6), repr(F(-4, -8)), F("  -1/3 "), F("2.5e-3"), F(0.1), F(7), F(F(1,2), F(1,3)))
print(isinstance(F(1,2), numbers.Rational), isinstance(3, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
a, b = F(1, 3), F(2, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, 2 ** F(3), 4 ** F(1, 2), a ** 0.5)
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 1j, 1 - a, 3 / a, a == F(2, 6), a < b, a > 0.3, a >= 1, F(1,2) == 0.5, F(1, 2) == 0.5 + 0j)
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234), -2))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(5))
print(F.from_float(0.25), F(10, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, bool(F(0)), abs(F(-2, 3)), -F(2, 3), +F(2, 3))
for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F(1,2).limit_denominator(0), lambda: F.from_float("x"), lambda: F(0) ** -1, lambda: F(1,2) + "a"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), F(2, 3)), sum([F(1, 2), F(1, 3), F(1, 6)]))
print(str(F(1_000, 3)), F("1_000/3"), F("1.5"), F(" 3 "), F("-.5"), F("1e3"), F("1E-2"))
class MyF(F): pass
print(type(MyF(1, 2)).__name__, repr(MyF(1, 2)), type(MyF(1,2) + 1).__name__)
