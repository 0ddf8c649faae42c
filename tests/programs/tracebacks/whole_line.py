def f(x):
    return x.missing
def g():
    f(1)
g()
