import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.trunc(-3.7))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.sqrt(0.25))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isfinite(1.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(math.exp(0), math.exp(1), round(math.exp(2), 10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan(1), math.tan(0))
print(math.hypot(3, 4), math.hypot(5, 12), math.fabs(-2.5), math.fabs(3))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
