def f(a, b):
    c = a * 2 + b
    c += 1
    return c - a // 3
