class P(int):
    def __init__(self, v):
        self.orig = v
p = P("42")
print(p, p.orig, p + 0)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
class B(int):
    pass
print(B("ff", 16), B(" 12 "), B(3.9), B())
