def g(a, b):
    return a.missing


def f():
    return g(
        1,
        2,
    )


f()
