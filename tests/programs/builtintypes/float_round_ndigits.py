for x, n in ((2.675, 2), (1.005, 2), (123.456, -1), (123.456, -2), (-0.5, 0), (0.125, 2), (1e16, 2), (2.5, None)):
    print(round(x, n), (x).__round__(n) if n is not None else (x).__round__())
print(round(float("inf"), 2), round(1.5, 0), type(round(1.5, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
