# Assigning and deleting a function's __defaults__ / __kwdefaults__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=1, *, c=2):
    return a, b, c

def set_defaults(v):
    f.__defaults__ = v

def set_kwdefaults(v):
    f.__kwdefaults__ = v

t(lambda: f.__defaults__)
t(lambda: set_defaults((5,)))
t(lambda: f(0))
t(lambda: f.__defaults__)
t(lambda: set_defaults((7, 8)))
t(lambda: f())
t(lambda: f(1, b=3))
t(lambda: set_kwdefaults({'c': 9}))
t(lambda: f(0))
t(lambda: set_defaults(None))
t(lambda: f.__defaults__)
t(lambda: f(0, 1))
t(lambda: f(0))
t(lambda: set_defaults([1]))
t(lambda: set_defaults(3))
t(lambda: set_kwdefaults(3))
t(lambda: set_kwdefaults(None))
t(lambda: f.__kwdefaults__)
t(lambda: f(1, 2))
t(lambda: set_defaults((4,)))
t(lambda: set_kwdefaults({'c': 0}))

def delete():
    del f.__defaults__
    del f.__kwdefaults__

t(delete)
t(lambda: f.__defaults__)
t(lambda: f.__kwdefaults__)
t(lambda: f(1))


# A simple function (no kw-only) called in a loop before and after the change: the
# specialized call sites must see the new defaults.
def g(x, y=10):
    return x + y

total = 0
for i in range(300):
    if i == 150:
        g.__defaults__ = (1000,)
    total += g(i)
print(total)
g.__defaults__ = (1, 2)
print(g())
print(g(y=5, x=1))
g.__defaults__ = ()
t(lambda: g(1))


class C:
    def m(self, k=1):
        return k

C.m.__defaults__ = (42,)
print(C().m())
