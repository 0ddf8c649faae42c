import math

def f(a, b):
    return a - b

def g(a, b=5):
    return a * b

def site(fn, x):
    return fn(x, 2)

for i in range(30):
    site(f, i)
print(site(f, 10), site(g, 10), site(max, 10), site(lambda *a: a, 1))

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def add(self, n):
        return self.x + n

class Q:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
    def get(self):
        return -self.x

def read(o):
    return o.x, o.get()

for i in range(30):
    read(P(i))
print(read(P(3)), read(Q(4)))
p = P(1)
p.get = lambda: "instance attribute wins"
print(read(p))
P.get = lambda self: "patched method"
print(read(P(5)))

def mod_attr(m):
    return m.pi
for i in range(30):
    mod_attr(math)
import types
fake = types.SimpleNamespace(pi=3)
print(mod_attr(math), mod_attr(fake))
math.pi = 3.0
print(mod_attr(math))

def less(a, b):
    n = 0
    while a < b:
        a += 1
        n += 1
    return n
for i in range(20):
    less(0, 5)
print(less(0, 3), less(0.5, 3.0), less("a", "c") if False else less(1, 2.5))
try:
    less("a", 1)
except TypeError as e:
    print("TypeError:", e)
