print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-2, -3))
print(pow(3, 4, 5), pow(2, 100, 7), pow(10, 18, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(5, -2, 13))
print(pow(0, 0), pow(0.0, 0), pow(1, 10 ** 6))
print(2 ** -3, (-2) ** -2, 10 ** -1, 4 ** -0.5)
print(pow(7, 2, 1), pow(12345678901234567890, 3, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError:", e)
for base in range(2, 6):
    print(base, [pow(base, e, 11) for e in range(8)])
print((-8) ** (1 / 3) == (-8) ** (1 / 3))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
