def outer(x, *args, k=1, **kw):
    def inner(y):
        nonlocal x
        x += y
        return x
    inner(2)
    print(x, *args, sep=",", **kw)
    return [v * k for v in args if v]
