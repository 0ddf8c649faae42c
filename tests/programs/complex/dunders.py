def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = 2 + 3j
print(z.__add__(1), z.__radd__(1), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(1))
print(z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__pos__(), z.__bool__(), (0j).__bool__(), z.__eq__(2 + 3j), z.__ne__(z), z.__hash__() == hash(z))
print(z.__add__("x"), z.__eq__("x"), complex.__add__(1j, 1j), z.__complex__(), z.__getnewargs__(), z.__abs__())
class Num:
    def __radd__(self, other):
        return "radd called"
print(z + Num())
err(lambda: complex.__add__(1, 1j))
