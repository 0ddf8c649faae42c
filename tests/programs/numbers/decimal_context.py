import decimal
from decimal import *

print(getcontext())
print(DefaultContext.prec, BasicContext, ExtendedContext)
ctx = Context(prec=6, rounding=ROUND_DOWN, traps=[DivisionByZero])
print(ctx, ctx.Etiny(), ctx.Etop())
print(ctx.divide(Decimal(2), Decimal(3)), ctx.add(Decimal("1.23456789"), 1), ctx.power(Decimal(2), 40), ctx.sqrt(Decimal(10)))
try:
    ctx.divide(Decimal(1), Decimal(0))
except DivisionByZero as e:
    print("trapped", type(e).__name__, e.args, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero], ctx.traps[DivisionByZero], ctx.traps[InvalidOperation])
ctx.clear_flags()
print(ctx)
print(ctx.divide(Decimal(0), Decimal(0)), ctx.flags[InvalidOperation])

# The current context follows setcontext and localcontext.
setcontext(ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
print(getcontext().prec, DefaultContext.flags[DivisionByZero])
with localcontext() as c:
    c.prec = 4
    c.rounding = ROUND_CEILING
    print(Decimal(1) / 3, Decimal(-1) / 3, +Decimal("1.23456"))
    with localcontext(Context(prec=2)) as c2:
        print(Decimal(22) / 7, getcontext() is c2)
    print(Decimal(22) / 7)
print(Decimal(22) / 7)
with localcontext(prec=10, rounding=ROUND_HALF_UP) as c:
    print(c.prec, c.rounding, Decimal("0.123456789049999"))
    print(+Decimal("0.12345678905"))
try:
    localcontext(precision=3)
except TypeError as e:
    print("TypeError", e)

# Traps: signals become exceptions when their trap is set.
getcontext().traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print("Inexact trapped", e.args)
getcontext().traps[Inexact] = False
getcontext().traps[InvalidOperation] = False
print(Decimal("abc"), Decimal(-4).sqrt(), Decimal("inf") * 0)
getcontext().traps[InvalidOperation] = True
getcontext().traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation", e.args, isinstance(e, TypeError))
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print("FloatOperation compare", e.args)
print(Decimal(1) == 1.0)
getcontext().traps[FloatOperation] = False

# Overflow and underflow at small exponent limits.
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
print(c.multiply(Decimal(999), Decimal(1000)), c.flags[Overflow], c.flags[Inexact])
c.rounding = ROUND_DOWN
print(c.multiply(Decimal(999), Decimal(1000)))
print(c.divide(Decimal(1), Decimal(10**7)), c.flags[Underflow], c.flags[Subnormal], c.flags[Clamped])
print(c.create_decimal("1.2345E-6"), c.create_decimal("123456"), c.create_decimal("12"))
for bad in (lambda: setattr(c, "prec", 0), lambda: setattr(c, "rounding", "UP"), lambda: setattr(c, "Emax", -1), lambda: setattr(c, "foo", 1), lambda: setcontext(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print([s.__name__ for s in (Clamped, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext, Subnormal, Underflow, Overflow)])
print(issubclass(Underflow, Subnormal), issubclass(Overflow, Inexact), issubclass(ConversionSyntax, InvalidOperation), issubclass(DecimalException, ArithmeticError))
