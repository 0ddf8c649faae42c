from decimal import *
import decimal
D = Decimal
print(D(1) / D(3), D(2).sqrt(), D("1.1") + D("2.2"), D("1.30") + D("1.20"), D("1.3") * D("1.2"), D(10) / 4, D(1) / 8)
print(repr(D("0.1")), repr(D(0.1)), D(-0.0), D("1e-7"), D("0.000001"), D("123e5"), D("-0e-3"), D("1.23E+3"), D(" 12_3 "), D("-Infinity"), D("-nan123"), D("sNaN"))
print(D("1e100") + D("1e-100"), D("12345678901234567890123456789012345"), +D("12345678901234567890123456789012345"))
print(D(7) // 2, D(-7) // 2, D(7) % 3, D(-7) % 3, divmod(D(-7), D(2)), D("7.5") % D("2"), D(2) ** 10, D(2) ** -2, D("1.5") ** 3, D(10) ** -2)
print(D("3.14159").quantize(D("0.01")), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("-2.5").quantize(D(1), ROUND_FLOOR))
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D("1"), rounding=r)) for x in ["2.5", "-2.5", "1.49", "-1.51", "0.5", "5.01", "10.5"]])
print(D("1.5").to_integral_value(), D("2.5").to_integral_value(), D("-1.7").to_integral_value(ROUND_DOWN), round(D("2.5")), round(D("3.14159"), 2), round(D("1234"), -2))
import math
print(int(D("-3.9")), float(D("1.1")), math.floor(D("-3.5")), math.ceil(D("-3.5")), math.trunc(D("-3.5")))
print(D(1) == 1, D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2, D("1.5") > 1.4, D(2) == D("2.000"), D("NaN") == D("NaN"), D("-0") == 0)
print(hash(D(1)) == hash(1), hash(D("0.5")) == hash(0.5), hash(D("1.50")) == hash(1.5), hash(D("-1")), hash(D("Infinity")), hash(D("1e50")) == hash(10**50))
from fractions import Fraction
print(D("0.5") == Fraction(1, 2), D("0.25") < Fraction(1, 3), hash(D("0.25")) == hash(Fraction(1, 4)), Fraction(D("0.75")), Fraction.from_decimal(D("1.25")))
print(D("1.25").as_tuple(), D("-0").as_tuple(), D("inf").as_tuple(), D("3.75").as_integer_ratio(), D("1.20").adjusted(), D("1.2000").normalize(), D("0.00").normalize(), D("120").normalize())
print(getcontext())
c = getcontext()
c.prec = 5
print(D(1) / 7, D("123456789") + 0, D("1.23456789") * 1)
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / 7)
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(D(2) / 3)
print(D(2) / 3)
c.prec = 28
for bad in [lambda: D("abc"), lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(-1).sqrt(), lambda: D("9e999999") * 10, lambda: D(1) // 0, lambda: D(5) % 0, lambda: D("inf") - D("inf"), lambda: D(1).quantize(D("1e-30")), lambda: int(D("nan")), lambda: int(D("inf")), lambda: D("snan") + 1, lambda: D("nan") < 1, lambda: D(0) ** 0, lambda: D([1]), lambda: D((0, (1, 20), -1)), lambda: hash(D("snan")), lambda: D(1) + 1.5, lambda: 1.5 * D(1), lambda: D(1) < 1j, lambda: round(D("nan")), lambda: round(D("inf"))]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(getcontext().flags[InvalidOperation], getcontext().flags[Inexact], getcontext().flags[DivisionByZero])
ctx = Context(prec=6, traps=[])
print(ctx, ctx.divide(D(1), D(0)), ctx.divide(D(0), D(0)), ctx.flags[DivisionByZero])
print(D((1, (3, 1, 4), -2)), D((0, (), "F")) if False else "", D.from_float(0.5), D(2).exp(), D(10).ln(), D(1000).log10(), D(2).log10(), D("0.5").ln(), D(-1).exp())
print(D("1.23e5").to_eng_string(), D("1.23e-7").to_eng_string(), D("0e4").to_eng_string(), str(D("12.3e10")), D("1E+1"))
print(format(D("1234.5678"), ".2f"), format(D("1234.5678"), ",.1f"), format(D("0.000123"), "e"), format(D("1234.5678"), ".3e"), f"{D('3.14159'):>10.3f}|", format(D("0.25"), "%"), format(D("1.5"), ""), format(D("-1.5"), "+.0f"), format(D("123.456"), "g"), format(D("123.456"), ".2g"))
print(D(3).max(D(5)), D(3).min(D(5)), D(3).compare(D(5)), D("-1.5").copy_abs(), D("1.5").copy_negate(), D(2).copy_sign(D(-1)), D(5).fma(2, 3), D("1.5").is_signed(), D("0").is_zero(), D("nan").is_nan(), D("inf").is_infinite())
print(D(1).next_plus(), D(1).next_minus(), D("inf").next_minus(), D("9.99").scaleb(2), D(100).logb(), D("1.5").number_class(), D("-0").number_class())
print(sum([D("0.1")] * 10), D(10) - D("0.1") * 100, -D("0"), abs(D("-0.00")), D("1") - D("1"), D("-1") + D("1"), D("-0") + D("-0"))
print(decimal.MAX_PREC, decimal.DecimalTuple, issubclass(DivisionByZero, ZeroDivisionError), ROUND_HALF_EVEN)
