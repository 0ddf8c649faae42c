class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
del p.y
print(hasattr(p, "y"))
print(P.__slots__)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError", e)


class R(P):
    pass


r = R(1)
r.anything = 2
print(r.anything, sorted(vars(r)))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
