class P:
    __slots__ = ("x",)


print(type(P.__dict__["x"]).__name__)
print(P.x.__name__)
p = P()
P.x.__set__(p, 5)
print(p.x, P.x.__get__(p, P))
print("x" in dir(P))
