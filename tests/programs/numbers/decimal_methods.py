from decimal import *
import copy
D = Decimal
print(D(18).remainder_near(6), D(17).remainder_near(6), D(15).remainder_near(6), D(10).remainder_near(6), D(-10).remainder_near(6), D("10.2").remainder_near(1), D("10.5").remainder_near(1), D("11.5").remainder_near(1), D("3.6").remainder_near(D("1.3")), D(0).remainder_near(5), D("-0.0").remainder_near(3), D(5).remainder_near(D("inf")))
for bad in (lambda: D(1).remainder_near(0), lambda: D(0).remainder_near(0), lambda: D("inf").remainder_near(1), lambda: D("1e40").remainder_near(3)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
vals = [D("12"), D("12.0"), D("-0"), D("0"), D("nan"), D("-nan"), D("snan"), D("-snan"), D("inf"), D("-inf"), D("-1"), D("nan5"), D("nan3"), D("1E+1"), D("10")]
print([str(a.compare_total(b)) for a in vals for b in vals])
print([str(a.compare_total_mag(b)) for a in vals[:6] for b in vals[:6]])
print(sorted(vals, key=lambda d: [d.compare_total(v) for v in vals].count(Decimal(1))))
print(D("1.5").__round__(0), round(D("2.5"), 0), D("1E+2").__round__(-3))
print(copy.copy(D(2)), copy.deepcopy(D(3)))
class MyD(Decimal):
    pass
m = MyD("1.5")
print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal), MyD.from_float(0.25), type(MyD.from_float(0.5)).__name__)
print(D("1.23").conjugate(), D(5).real, D(5).imag, complex(D("1.5")), D(10) ** D(2), D(0).is_zero(), D("1.0") in {D(1)}, {D(1): "a"}[1])
print(sorted([D("1.5"), 1, 0.5, D("-2")]), max(D(1), D("1.0")), min(D(1), 2), sum([D("1.1"), D("2.2")]), D("3.3") - 1)
print(D(1).is_canonical(), D("-0").is_signed(), D(2).exp(), D("1e-7").log10(), D(1).logb(), D("0.001").adjusted(), D("123.45").as_tuple())
print(D(" -1.50E+3 "), D("+.5"), D("5."), D("1_000.000_1"), D("iNF"), D("-sNaN0"), D("NaN0012"))
for bad in ("1__0", "_1", "1_", "1e", "e5", ".", "1.2.3", "--1", "1 2", "infinite", "nan1.5", "0x10", ""):
    try:
        print(repr(D(bad)))
    except InvalidOperation as e:
        print(repr(bad), "InvalidOperation")
print(D(2) ** 0.5 if False else "", D(3).fma(D(4), D(5)), D(10).scaleb(-2), D("1.2345").same_quantum(D("1.0000")), D("1.20").to_integral_exact(ROUND_UP), D("7.5").to_integral(ROUND_HALF_DOWN))
