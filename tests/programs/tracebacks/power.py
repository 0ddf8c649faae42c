def f(x):
    return 2 ** x ** 2 + x


f("s")
