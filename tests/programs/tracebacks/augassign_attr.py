class A:
    pass


def f(a):
    a.v += 1  # comment


f(A())
