import gc
import weakref


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __str__(self):
        return "Point(%d, %d)" % (self.x, self.y)


p = Point(3, 4)
q = weakref.proxy(p)
print(q.x, q.y, q.norm(), len(q), q[1], str(q))
q.x = 10
print(p.x)
print(str(q + Point(1, 1)))
print(list(q))
print(type(q) is weakref.ProxyType, isinstance(q, weakref.ProxyTypes))
try:
    hash(q)
except TypeError as e:
    print("TypeError", e)


def func(a, b):
    return a * b


cp = weakref.proxy(func)
print(cp(6, 7), type(cp) is weakref.CallableProxyType)

calls = []
q2 = weakref.proxy(p, lambda pr: calls.append("cb"))
del p
gc.collect()
print(calls)
try:
    q.x
except ReferenceError as e:
    print("ReferenceError", e)
try:
    str(q2)
except ReferenceError as e:
    print("ReferenceError", e)
