# math's integer functions at C-long limits: errors instead of endless loops.
import math


def attempt(fn):
    try:
        return fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


class Seven:
    def __index__(self):
        return 7


huge = 3**50
for fn in [lambda: math.factorial(huge), lambda: math.factorial(-huge), lambda: math.factorial(2**63),
           lambda: math.factorial(Seven()), lambda: math.factorial(True), lambda: math.factorial(2.0),
           lambda: math.perm(huge), lambda: math.perm(-huge), lambda: math.perm(2**63),
           lambda: math.perm(huge, 2**63), lambda: math.perm(huge, 3), lambda: math.perm(4, huge),
           lambda: math.comb(huge, 2**63), lambda: math.comb(huge, huge - 2), lambda: math.comb(-huge, 1),
           lambda: math.comb(3, -huge), lambda: math.comb(2**64 + 5, 2**63 + 1),
           lambda: math.lcm(0, 2.5), lambda: math.lcm(0, 'x'), lambda: math.lcm(6, 0, 4), lambda: math.lcm(0, Seven()),
           lambda: math.lcm(4, 6, Seven()), lambda: math.gcd(0, 2.5)]:
    print(attempt(fn))
print(len(str(math.factorial(500))), math.perm(12), math.comb(60, 30))
