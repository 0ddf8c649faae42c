class I(int): pass
class F(float): pass
print(int(I(5)), type(int(I(5))).__name__, float(I(5)), int(F(2.7)), type(float(F(1.0))).__name__, str(I(5)), str(F(0.1)), complex(1).real if False else 0)
import math
print(math.sqrt(I(16)), math.floor(F(2.7)), math.ceil(F(2.1)), abs(I(-3)), type(abs(I(-3))).__name__, divmod(I(7), 2), hex(I(255)), chr(I(65)), ord(S := "a") if False else 0)
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], (5).__index__(), bin(Idx()), range(Idx()))
