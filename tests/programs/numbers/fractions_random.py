import random, math
from fractions import Fraction as F
from decimal import Decimal
random.seed(4)
def rf():
    k = random.random()
    if k < 0.2:
        return F(random.randint(-50, 50), random.randint(1, 12))
    if k < 0.4:
        return F(random.randint(-10**20, 10**20), random.randint(1, 10**15))
    if k < 0.6:
        return F(random.uniform(-1e6, 1e6))
    if k < 0.8:
        return F(str(random.randint(-999, 999)) + "." + str(random.randint(0, 999)) + "e" + str(random.randint(-5, 5)))
    return F(random.randint(-5, 5))
for i in range(250):
    a, b = rf(), rf()
    n = random.randint(-3, 3)
    x = random.uniform(-10, 10)
    r = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** n, lambda: a ** F(1, 2), lambda: a + x, lambda: x - a, lambda: a * 2j, lambda: a < b, lambda: a <= x, lambda: a == x, lambda: float(a), lambda: int(a), lambda: round(a), lambda: round(a, 2), lambda: round(a, -1), lambda: math.floor(a), lambda: math.ceil(a), lambda: hash(a), lambda: a.limit_denominator(100), lambda: a.limit_denominator(7), lambda: str(a), lambda: repr(abs(a)), lambda: a == Decimal(str(float(a))), lambda: F(Decimal(str(float(a)))), lambda: F(float(a)) == float(a), lambda: 2 ** F(n), lambda: n / a, lambda: n // a):
        try:
            r.append(repr(f()))
        except Exception as e:
            r.append(type(e).__name__ + ":" + str(e))
    print(" ".join(r))
# Negative floats to fractional powers are complex.
print((-5.0) ** 0.5, (-8) ** (1 / 3), pow(-2.0, 1.5), (-2.0) ** float("inf"), (-2.0) ** 2.0)
