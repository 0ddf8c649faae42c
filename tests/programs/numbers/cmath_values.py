import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -0.5-2j, 3+4j, -3+4j, 1e-300+1e-300j, 1e300+1e300j, -1e300-1e-300j, 2+0j, -2+0j, 0.999+0.001j, 1+1e-20j, -1e-320j, 5e-324+0j, 1.5-0.0j, -1.5-0.0j, complex(0.0, -0.0), complex(-0.0, 0.0), 700+1j, -700+1j, 1+700j, 0.3+0.4j, 1e10+1e-10j, 42, -7.5]
names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh", "cos", "sin", "tan", "cosh", "sinh", "tanh"]
for n in names:
    f = getattr(cmath, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
for v in vals:
    print(cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isnan(v), cmath.isinf(v))
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.rect(0, 1), cmath.rect(3, -math.pi))
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.log(-1, 10), cmath.log(10, base=2) if False else "")
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
inf, nan = float("inf"), float("nan")
for v in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(-inf, 1), complex(inf, inf), complex(-inf, -inf), complex(1, -inf), complex(nan, inf), complex(-inf, nan)]:
    r = []
    for n in ["sqrt", "exp", "log", "log10"]:
        try:
            r.append(repr(getattr(cmath, n)(v)))
        except Exception as e:
            r.append(type(e).__name__)
    print(v, r, cmath.phase(v), cmath.polar(v))
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True))
for bad in ["cmath.sqrt('a')", "cmath.sqrt()", "cmath.log(0)", "cmath.log(2, 1)", "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.atanh(1)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, 3)", "cmath.polar(1e308+1e308j)", "cmath.rect(1, float('inf'))", "cmath.sqrt(1, 2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
