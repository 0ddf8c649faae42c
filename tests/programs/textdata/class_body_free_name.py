def outer(decode):
    class D:
        def decode(self, x):
            return decode(x)
    return decode, D

f, D = outer(len)
print(f)
print(D().decode("abc"))
def outer(x):
    class C:
        y = 0
        x = 5
        def m(self):
            return x
    return C
C = outer(1)
print(C.y, C.x, C().m())
def outer2():
    v = 1
    class C:
        nonlocal v
        v = 2
        def m(self):
            return v
    return C, v
C, v = outer2()
print(v, C().m(), hasattr(C, 'v'))
