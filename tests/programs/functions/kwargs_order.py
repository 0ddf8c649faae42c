def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"x": 1}, {"y": 2, "x": 3}, z=4))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(1, 2, 3), f(c=3, a=1, b=2), f(1, c=3, b=2), f(*(1, 2), c=3), f(**dict(a=1, b=2, c=3)))
args = [1]
kwargs = {"c": 9}
print(f(*args, 5, **kwargs))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
