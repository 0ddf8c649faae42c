def f(*, a):
    return a.b


f(a=1)
