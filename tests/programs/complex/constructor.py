def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(1j), complex(1j, 1j), complex(1+2j, 3), complex(real=1, imag=2), complex(imag=3))
print(complex(True), complex(False, True), complex(10**20), complex(2, 10**20))
class C:
    def __complex__(self):
        return 5+6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
err(lambda: complex([]))
err(lambda: complex(1, []))
err(lambda: complex(1, "2"))
err(lambda: complex("1", 2))
err(lambda: complex(None))
class Bad:
    def __complex__(self):
        return 1
err(lambda: complex(Bad()))
