import cmath
inf, nan = float("inf"), float("nan")
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for name in ["acos", "asin", "atan", "acosh", "asinh", "atanh", "cos", "sin", "tan", "cosh", "sinh", "tanh", "exp", "log", "sqrt", "log10"]:
    f = getattr(cmath, name)
    for x in parts:
        row = []
        for y in parts:
            z = complex(x, y)
            if all(abs(t) < inf for t in (x, y)) and not (x != x or y != y):
                continue
            try:
                r = f(z)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, x, " ".join(row))
print(cmath.rect(inf, 0.0), cmath.rect(-inf, 0.0), cmath.rect(inf, 1.0), cmath.rect(-inf, 2.0), cmath.rect(0.0, inf) if False else "")
for a in [(inf, nan), (nan, 1.0), (1.0, nan), (nan, nan), (0.0, inf), (0.0, nan), (-0.0, 1.0), (inf, -inf), (-1.0, 1.0)]:
    try:
        print(a, cmath.rect(*a))
    except Exception as e:
        print(a, type(e).__name__)
for a in [(nan, 0.0), (-inf, nan), (-0.0, inf), (-0.0, nan), (0.0, -inf), (nan, inf), (-inf, 0.0), (-inf, -0.0), (inf, -0.0), (1.0, -0.0), (-2.0, 0.0), (-inf, 3.0), (inf, -2.0)]:
    try:
        print(a, cmath.rect(*a))
    except Exception as e:
        print(a, type(e).__name__)
