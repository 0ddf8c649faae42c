for n, d in ((1234, -2), (1250, -2), (1350, -2), (-1250, -2), (5, -1), (15, -1), (25, -1), (7, 0), (7, 2), (10**30 + 5 * 10**9, -10), (99, -5)):
    print(round(n, d), type(round(n, d)).__name__)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1e300, -300), round(0.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
