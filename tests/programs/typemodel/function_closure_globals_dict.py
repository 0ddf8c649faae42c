def make(n):
    m = n * 2

    def add(x):
        return x + n + m

    return add


a = make(1)
print(type(a.__closure__).__name__, len(a.__closure__))
print(sorted(c.cell_contents for c in a.__closure__))
print(make.__closure__)
print(a.__globals__ is globals(), a.__module__)
a.tag = "hello"
a.count = 0
a.count += 1
print(a.tag, a.count, sorted(a.__dict__))
print(getattr(a, "missing", "none"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
del a.tag
print(hasattr(a, "tag"))
print(a.__name__, a.__qualname__)


def deco(fn):
    fn.registered = True
    return fn


@deco
def h():
    pass


print(h.registered, vars(h))
