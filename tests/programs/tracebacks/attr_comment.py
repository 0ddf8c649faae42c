class A:
    pass
def f(x):
    return x.y  # comment
a = A()
f(a)
