class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            "method doc"

    def f(self):
        def g():
            pass
        return g


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__, Outer.__module__, Outer.f.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__)


class Sub(Outer):
    pass


print(Sub.__doc__)
Outer.__doc__ = "changed"
print(Outer.__doc__)


def func():
    """Function doc."""


print(func.__doc__)
func.__doc__ = "new doc"
print(func.__doc__)
func.__name__ = "renamed"
func.__qualname__ = "Q.renamed"
print(func.__name__, func.__qualname__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = "X.Y"
print(Outer.__qualname__, repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError", e)
func.__module__ = "elsewhere"
print(func.__module__)
