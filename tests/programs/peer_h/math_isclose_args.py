# math.isclose / cmath.isclose bind a and b by position or name, tolerances by name only.
import cmath
import math


def attempt(fn):
    try:
        return fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


for mod in (math, cmath):
    f = mod.isclose
    print(mod.__name__)
    print(' ', attempt(lambda: f(a=1.0, b=1.0)), attempt(lambda: f(1.0, b=1.0 + 1e-12)))
    print(' ', attempt(lambda: f(b=2.0, a=1.0, abs_tol=1.5)), attempt(lambda: f(1.0, 1.25, rel_tol=0.3)))
    print(' ', attempt(lambda: f(1.0, 2.0, a=3.0)))
    print(' ', attempt(lambda: f(1.0, 2.0, b=3.0)))
    print(' ', attempt(lambda: f(1.0, 1.0, foo=0.1)))
    print(' ', attempt(lambda: f()))
    print(' ', attempt(lambda: f(1.0)))
    print(' ', attempt(lambda: f(b=1.0)))
    print(' ', attempt(lambda: f(1.0, 2.0, 3.0)))
    print(' ', attempt(lambda: f(1, 2, rel_tol=1, abs_tol=2, x=1)))
    print(' ', attempt(lambda: f(1.0, 1.0, rel_tol=-1)), attempt(lambda: f(1.0, 1.0, abs_tol=-1)))
    print(' ', attempt(lambda: f('x', 1.0)), attempt(lambda: f(1.0, 1.0, rel_tol='x')))
