# A dict subclass that keeps dict's __iter__ is merged from its storage (keys() and
# __getitem__ overrides are not called), as CPython's dict merge does.
class Odd(dict):
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return 5

def f(**kw):
    return kw

o = Odd(a=1)
print(f(**o), {**o}, dict(o))
d = {}
d.update(o)
print(d)

# With its own __iter__, the mapping protocol is used instead.
class Own(dict):
    def __iter__(self):
        return iter(["z"])
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return 7

w = Own(a=1)
print(f(**w), {**w}, dict(w))

# dict.__ior__ is d.update(other) and returns d itself.
d = {1: 2}
r = d.__ior__([(3, 4)])
print(r is d, d)
d |= {5: 6}
print(d)
try:
    d |= 3
except TypeError as e:
    print(e)
class D(dict):
    pass
x = D()
x |= {1: 2}
print(type(x).__name__, x, type(D() | {}).__name__)
