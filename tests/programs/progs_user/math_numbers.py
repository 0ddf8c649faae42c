"""Numeric work: math, divmod, rounding, float repr, int ops, complex, fractions."""
import math
import cmath
from fractions import Fraction

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-7.5, 2), -17 // 5, -17 % 5, 7 % -3)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5 + 1e-9))
print(int("  42 "), int("0x1f", 16), int("1_000"), int("z", 36), int(-3.9), int(True), float("1e-3"), float(" -inf "))
print(2 ** 100, 2 ** -2, (-8) ** (1 / 3) if False else "skip", pow(2, 10, 1000), pow(3, -1, 7))
print(10 / 4, 10 // 4, 1e300 * 10, -1e300 * 1e10, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(3, -0.0))
print(math.gcd(48, 18, 30), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.isqrt(99), math.dist((0, 0), (3, 4)))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.fmod(-7, 3), math.remainder(7, 3))
print(math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")), math.nextafter(1, 2) - 1, math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: 1 / 0, lambda: 2.0 ** 10000, lambda: int("abc"), lambda: math.comb(3, -1)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(1 / 3), repr(2 / 3), 1e16, 1.5e-7, 123456789.123456789, 1e100, float(2**53 + 1), 0.1 * 3)
print((255).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "", bin(-10), oct(64), hex(-255), f"{-255:#x}")
print((3.75).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (10).as_integer_ratio(), 7.0.is_integer())
print(abs(-3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j).conjugate(), complex("1-2j"), cmath.sqrt(-4), cmath.phase(-1))
print(cmath.polar(1j), cmath.exp(1j * math.pi).real, complex(1, 0) == 1, (2j) ** 2)
f = Fraction(7, 3)
print(f, f.numerator, f.denominator, float(f), int(f), round(f), round(Fraction(5, 2)), math.floor(f), math.ceil(f))
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(-6, 4), Fraction("3/9"), Fraction(0.1).limit_denominator(100))
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]), Fraction(2, 3) ** 2, Fraction(4, 9) ** 0.5)
print(sum(range(1, 101)), sum(i * i for i in range(10)), max(3, 7.5, -1), min("b", "a"), abs(-0.0))
print(1_000_000 * 1_000_000, 10 ** 30 // 7, -(10 ** 30) % 7, 12345678901234567890 * 98765432109876543210)
print(hash(1) == hash(1.0) == hash(Fraction(1)), 3 < 3.5 < Fraction(4), 2 ** 63 > 9.2e18, True + True)
print(format(123.456, "e"), format(-0.0, ".1f"), format(1e-5, "f"), format(1 / 7, ".15g"), "%.0f" % 0.5, "%.0f" % 1.5)
