# round() with banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.51]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(12345, -3))
print(round(7), round(-7), round(7, 2), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
print(round(1e20), round(2.5e-3, 3), round(0.0), round(-0.0, 1))
print(round(10 ** 30 + 5, -1), round(123.456, 10))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.5))
print(math.floor(7), math.ceil(7))
