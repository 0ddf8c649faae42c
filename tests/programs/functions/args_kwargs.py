def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, sorted(kwargs.items()))
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=1, y=2))
print(f(*[1, 2], **{"d": 0, "extra": True}))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, 2), g(a=1), g(1, *[2, 3], x=4, **{"y": 5}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def defaults(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z
print(defaults(1))
print(defaults(2))
print(defaults(3, []))
def safe(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(safe(1), safe(2))
def kwonly(*, key, value=0):
    return f"{key}={value}"
print(kwonly(key="k"), kwonly(value=2, key="j"))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def count(*a, sep=","):
    return sep.join(map(str, a))
print(count(1, 2, 3), count(sep="|"), count(*range(5), sep=""))
