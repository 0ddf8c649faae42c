class L(list):
    def append(self, x):
        super().append(x * 10)
    def __getitem__(self, i):
        return super().__getitem__(i) + 1
l = L()
l.append(1); l.append(2)
print(l, l[0], list.__getitem__(l, 0), len(l))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])
d = D()
d["a"] = 1
print(d, d["a"])
class S(str):
    def upper(self):
        return "UP:" + super().upper()
print(S("x").upper(), S("x").lower())
class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 10)
print(I(1) + 2, type(I(1) + 2).__name__)
