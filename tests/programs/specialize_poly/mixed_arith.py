# int with float in the generic arithmetic forms: float(int) rounding, signs, zeros,
# infinities, nan, big ints, bool operands and division by zero.
import math

vals_i = [0, 1, -1, 3, 2**53, 2**53 + 1, -(2**53) - 1, 2**62 + 12345, -(2**63), 2**63 - 1]
vals_f = [0.0, -0.0, 0.5, -2.25, 1e300, -1e-300, float("inf"), float("-inf"), 3.0]

def show(x):
    if isinstance(x, float) and math.isnan(x):
        return "nan"
    return repr(x)

out = []
for _ in range(3):
    out = []
    for a in vals_i:
        for b in vals_f:
            out.append(show(a + b) + show(b + a) + show(a - b) + show(b - a)
                       + show(a * b) + show(b * a))
            try:
                out.append(show(a / b))
            except ZeroDivisionError as e:
                out.append("ZDE " + str(e))
            try:
                out.append(show(b / a))
            except ZeroDivisionError as e:
                out.append("ZDE " + str(e))
print(len(out))
for line in out[::7]:
    print(line)

# Big ints (not machine ints) with floats, and bools.
big = 10**400
for b in [0.5, 1.0, float("inf")]:
    for op in ("+", "-", "*", "/"):
        try:
            print(op, show(eval("big %s b" % op)))
        except OverflowError as e:
            print(op, "OverflowError", e)
print(True + 0.5, 2.5 * False, 1.5 - True, True / 2.0)
print((2**53 + 1) * 1.0 == 2**53, 1.0 * (2**53 + 1))
