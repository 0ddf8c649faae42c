# Calls that pass every parameter of a function with defaults take the exact-call forms;
# the defaults still apply when arguments are left out.

class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other, scale=1):
        return GVector(self.x + other.x * scale, self.y + other.y * scale, self.z + other.z * scale)

    def __repr__(self):
        return f"GVector({self.x}, {self.y}, {self.z})"


def combine(vs):
    acc = GVector(0, 0, 0)
    for v in vs:
        acc = acc.add(v, 2)
        acc = acc.add(v)
    return acc


vs = [GVector(i, i, i) for i in range(10)]
print(combine(vs), GVector(), GVector(1), GVector(1, 2))


def f(a, b=10):
    return a + b


print([f(i, i) for i in range(5)], [f(i) for i in range(3)])
try:
    f()
except TypeError as e:
    print("TypeError:", e)
print(f(1, 2), f(b=1, a=2))


def g(a, b=1, *rest):
    return (a, b, rest)


print([g(i, i) for i in range(3)], g(1, 2, 3))


def h(a, b=1, *, c=2):
    return a + b + c


print([h(i, i) for i in range(3)], h(1, 2, c=3))
