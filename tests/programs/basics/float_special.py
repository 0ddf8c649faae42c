inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(1 / inf, -1 / inf)
print(repr(-0.0), -0.0 == 0.0, str(0.0 * -1))
x = [nan]
print(nan in x, x == x, x[0] == x[0])
print(inf > 10 ** 400, 10 ** 400 < inf)
print(float("1e400"), float("-1e400"))
print(max(inf, 5), min(-inf, 5))
print(type(inf).__name__, isinstance(nan, float))
print(1e308 * 10, 2.0 ** 1023 * 2 == inf)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(round(1e300), 10 ** 300 == round(1e300))
