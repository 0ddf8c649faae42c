import math
tests = [
 "math.factorial(5.0)", "math.factorial(-1)", "math.factorial(2.5)", "math.factorial('a')", "math.factorial(20)",
 "math.comb(5, 2)", "math.comb(-1, 2)", "math.comb(5, -2)", "math.comb(5.0, 2)", "math.comb(100, 50)", "math.comb(3, 5)",
 "math.perm(5)", "math.perm(5, 2)", "math.perm(-1)", "math.perm(5, -1)", "math.perm(3, 5)", "math.perm(5, None)",
 "math.prod([1, 2, 3], start=2)", "math.prod([])", "math.prod([1.5, 2])", "math.prod(['a'], start='')",
 "math.isqrt(-1)", "math.isqrt(10**30)", "math.isqrt(3.0)",
 "math.gcd(12, 18, 27)", "math.gcd()", "math.gcd(-4, 6)", "math.gcd(2.0)", "math.lcm(4, 6, 10)", "math.lcm()", "math.lcm(-4, 6)", "math.lcm(0, 5)",
 "math.dist((0, 0), (3, 4))", "math.dist((1,), (1, 2))", "math.dist([1, 2], [3, 4])", "math.dist((1, 2, 3), (4, 5, 6))",
 "math.hypot(3, 4, 12)", "math.hypot()", "math.hypot(1e308, 1e308)", "math.hypot(float('inf'), float('nan'))", "math.hypot(1.5, 2.5, 3.5, 4.5)",
 "math.nextafter(1.0, 2.0)", "math.nextafter(0.0, -1.0)", "math.ulp(1.0)", "math.ulp(0.0)", "math.ulp(1e308)",
 "math.fsum([0.1]*10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", "math.fsum([float('inf'), 1])", "math.fsum([float('inf'), float('-inf')])", "math.fsum([1e308, 1e308])",
 "math.log(8, 2)", "math.log(100, 10)", "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.log(10**400)", "math.log(2**1000, 2)", "math.log10(10**400)", "math.log2(2**1000)", "math.log2(10**400)", "math.log(0.0)",
 "math.cbrt(-8)", "math.exp2(10)", "math.exp2(0.5)", "math.exp(1000)", "math.exp(-1000)",
 "math.sqrt(-1)", "math.sqrt(10**400)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(2, 1024)", "math.pow(float('inf'), 0)", "math.pow(1, float('nan'))",
 "math.asinh(1.5)", "math.acosh(2.5)", "math.atanh(0.5)", "math.acosh(0.5)", "math.atanh(1)",
 "math.erf(0.5)", "math.erfc(0.5)", "math.gamma(5)", "math.gamma(0.5)", "math.lgamma(10.5)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(171.5)", "math.lgamma(-2)", "math.gamma(-0.5)", "math.lgamma(0.5)",
 "math.floor(2.5)", "math.floor(float('inf'))", "math.ceil(float('nan'))", "math.trunc(-2.5)", "math.floor('a')",
 "math.isclose(1, 1.0000000001)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, abs_tol=1)", "math.isclose(1, 2, 3)",
 "math.fmod(10, 3)", "math.fmod(-10, 3)", "math.fmod(1, 0)", "math.fmod(float('inf'), 1)", "math.remainder(10, 3)", "math.remainder(1, 0)",
 "math.modf(-2.5)", "math.frexp(8.0)", "math.ldexp(0.5, 4)", "math.copysign(1, -0.0)", "math.degrees(math.pi)", "math.radians(180)",
 "math.tau", "math.inf", "math.nan", "math.e", "math.sin(math.inf)", "math.cos(1e22)", "math.tan(1.5)", "math.atan2(-0.0, -1)",
 "math.expm1(1e-10)", "math.log1p(-1)", "math.log1p(1e-10)", "math.sqrt(2)", "math.sqrt('x')", "math.floor(-0.5)", "math.isfinite(1e308*10)",
 "math.factorial(True)", "math.comb(True, True)", "math.gcd(True, 4)", "math.isqrt(True)",
 "math.log(10, 0)", "math.log(10, -1)", "math.log(-10**400)", "math.log('x')", "math.ldexp(1.0, 2000)", "math.ldexp(1.0, 2.0)",
 "math.trunc('a')", "math.ceil(2**100)", "math.pow('a', 2)", "math.prod(range(1, 10))", "math.prod([1, 2], 3)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
