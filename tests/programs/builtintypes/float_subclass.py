class F(float):
    pass
f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, abs(F(-1.5)), f == 2.5, hash(f) == hash(2.5))
print(round(f), round(F(2.567), 2), int(f), float(f), type(float(f)).__name__, f.is_integer(), f.as_integer_ratio(), f.hex())
print(f"{f:.3f}", format(f, "e"), str(f), bool(F(0.0)), f.real, f.imag, f.conjugate(), divmod(f, 1))
import math
print(math.floor(f), math.ceil(f), math.trunc(f))
class G(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
    def __str__(self):
        return "G!"
g = G("1.25")
print(g, repr(g), g + 0, f"{g}")
