import random
from decimal import *
from fractions import Fraction
random.seed(11)
def rd():
    k = random.random()
    if k < 0.1: return random.choice(["0", "-0", "0.00", "1E+3", "-0E-2", "Infinity", "-Infinity", "NaN", "sNaN", "-NaN5", "5", "0.5", "2.5", "-2.5", "1.05", "9.995", "99999", "100000"])
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 12)))
    e = random.randint(-8, 8)
    s = random.choice(["", "-"])
    return f"{s}{digits}E{e}"
out = []
for prec in (3, 9, 28):
    for rounding in (ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_FLOOR, ROUND_UP):
        ctx = Context(prec=prec, rounding=rounding, traps=[], Emax=99, Emin=-99)
        setcontext(ctx)
        for i in range(20):
            a, b = Decimal(rd()), Decimal(rd())
            res = []
            for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a.sqrt(), lambda: a.quantize(b), lambda: a.quantize(Decimal("0.1"), ROUND_HALF_UP), lambda: a.to_integral_exact(), lambda: a.to_integral_value(ROUND_CEILING), lambda: a ** 2, lambda: a ** -1, lambda: a ** 7, lambda: a.exp(), lambda: a.ln(), lambda: a.log10(), lambda: a < b, lambda: a == b, lambda: a <= 1.5, lambda: a == Fraction(1, 4), lambda: a > Fraction(-1, 3), lambda: a.compare(b), lambda: a.same_quantum(b), lambda: a.copy_sign(b), lambda: a.is_normal(), lambda: a.is_subnormal(), lambda: round(a, 1), lambda: round(a), lambda: int(a), lambda: a.normalize(), lambda: a.scaleb(b) if b.is_finite() and abs(b) < 50 else 0, lambda: Decimal(float(a)) if a.is_finite() else 0, lambda: a.as_integer_ratio(), lambda: format(a, "_>10.2f"), lambda: format(a, "<+12.3e"), lambda: format(a, "%"), lambda: format(a, ".3g"), lambda: format(a, "015,.2f"), lambda: format(a, ".0f"), lambda: format(a, ".1e"), lambda: ctx.create_decimal(str(a)), lambda: a.next_plus(), lambda: a.max(b), lambda: a.min(b), lambda: hash(a) == hash(float(a)) if a.is_finite() else 0):
                try:
                    res.append(str(f()))
                except Exception as e:
                    res.append(type(e).__name__)
            out.append(f"{prec} {rounding} {a} {b} " + " ".join(res) + " " + str(sorted(k.__name__ for k, v in ctx.flags.items() if v)))
            ctx.clear_flags()
print("\n".join(out))
