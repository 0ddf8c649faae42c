import random
from decimal import *
random.seed(7)
def rd():
    k = random.random()
    if k < 0.05: return random.choice(["0", "-0", "0.000", "1E+5", "-0E-3", "Infinity", "-Infinity", "NaN"])
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 40)))
    e = random.randint(-40, 40)
    s = random.choice(["", "-"])
    return f"{s}{digits}E{e}"
out = []
for prec in (5, 28, 40):
    for rounding in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_UP, ROUND_05UP):
        ctx = Context(prec=prec, rounding=rounding, traps=[])
        setcontext(ctx)
        for i in range(20):
            a, b = Decimal(rd()), Decimal(rd())
            res = []
            for op in ("+", "-", "*", "/", "//", "%"):
                try:
                    res.append(str(eval("a" + op + "b")))
                except Exception as e:
                    res.append(type(e).__name__)
            for f in (lambda: a.sqrt(), lambda: +a, lambda: -a, lambda: abs(a), lambda: a.normalize(), lambda: a.quantize(Decimal("1E-3")), lambda: a.to_integral_value(), lambda: a.compare(b), lambda: a.max(b), lambda: a.min(b), lambda: a < b, lambda: a == b, lambda: hash(a) if not a.is_nan() else 0, lambda: a.next_plus(), lambda: a.next_minus(), lambda: a ** 3, lambda: a ** -2, lambda: a.fma(b, 1), lambda: a.to_eng_string(), lambda: a.exp() if a.adjusted() < 3 else 0, lambda: a.ln() if a > 0 else 0, lambda: a.log10() if a > 0 else 0, lambda: format(a, ".3f"), lambda: format(a, ".4e"), lambda: format(a, ",g"), lambda: a.scaleb(3), lambda: a.logb(), lambda: a.number_class(), lambda: a.as_tuple()):
                try:
                    res.append(str(f()))
                except Exception as e:
                    res.append(type(e).__name__)
            out.append(f"{prec} {rounding} {a} {b} " + " ".join(res) + " " + str(sorted(k.__name__ for k, v in ctx.flags.items() if v)))
            ctx.clear_flags()
print("\n".join(out))
