from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, localcontext
prices = ["19.99", "5.01", "0.10", "100.00", "3.333"]
total = sum(Decimal(p) for p in prices)
print(total, repr(total))
print(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
tax = Decimal("0.0825")
print((total * tax).quantize(Decimal("0.01")))
print(Decimal(1) / Decimal(7))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal("1.10") + Decimal("2.20"), Decimal(0.1), Decimal("1e3"), Decimal("-0"))
print(Decimal("10") ** 20, Decimal(2).sqrt(), Decimal("100").log10(), Decimal(1).exp())
print(Decimal("3.14159").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
print(int(Decimal("42.9")), float(Decimal("1.5")), Decimal("1.50").normalize(), Decimal("7") % Decimal("3"))
print(Decimal("12.345").as_tuple(), Decimal("NaN").is_nan(), Decimal("inf") > 10**100)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(22) / Decimal(7))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid", type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", format(Decimal("1e-7"), "f"))
print(Decimal("1.23E+5"), Decimal("0.000001"), Decimal("0.0000001"), str(Decimal(10)**-10))
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.05")]), max(Decimal(1), 2))
print(Decimal("5").compare(Decimal("3")), Decimal(-3).copy_abs(), Decimal("19.99") * 3)
print(Decimal("1") / 3 * 3 == 1, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
