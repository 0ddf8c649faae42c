# Random arguments to math's float functions (cbrt left out: its last bit is the platform
# C library's).
import math, random
random.seed(5)
out = []
for i in range(400):
    x = random.choice([random.uniform(-180, 180), random.uniform(-5, 5), random.uniform(0, 30), random.randint(-5, 30) + random.choice([0, 0.5, 1e-9]), random.uniform(-1, 1) * 10 ** random.randint(-25, 3)])
    r = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.asinh, math.atanh, math.acosh, math.expm1, math.log1p, math.sinh, math.cosh, math.tanh, math.exp, math.log, math.log10, math.log2, math.sqrt, math.sin, math.cos, math.tan, math.atan, math.asin, math.acos, math.exp2):
        try:
            r.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            r.append(type(e).__name__)
    y = random.uniform(-10, 10)
    r.append(repr(math.hypot(x, y)))
    r.append(repr(math.hypot(x, y, 1.5)))
    r.append(repr(math.dist((x, y), (y, 1.25))))
    r.append(repr(math.atan2(x, y)))
    r.append(repr(math.fmod(x, y)))
    r.append(repr(math.remainder(x, y)))
    r.append(repr(math.fsum([x, y, 1e100, -1e100, x * 1e-17])))
    try:
        r.append(repr(math.pow(x, y)))
    except Exception as e:
        r.append(type(e).__name__)
    out.append(repr(x) + " " + " ".join(r))
print("\n".join(out))
# Float repr ties: Python takes the even last digit.
print(1402639749505.90625, 83483367702948.625, 642075143917563.25, 0.125, 2.5, 1e23, 5e-324)
# True division of big ints rounds once.
a = 13140637533727903168383174717589049
print(a / 10**19, (2**200 + 1) / 3**100, (10**400 + 7) / (10**399 * 3), -(10**30 + 1) / 7, 1 / 3**50, 2**1074 // 3 / 2**1074, 3 / 2**1075)
