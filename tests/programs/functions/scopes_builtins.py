print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
x = 1
def g():
    x = 2
    def h():
        return x
    return h()
print(g(), x)
def k():
    pass
    list = "not a list"
    return list
print(k(), list("ab"))
