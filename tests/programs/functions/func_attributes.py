def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
documented.custom = "attr"
print(documented.custom, hasattr(documented, "custom"))
def nodoc():
    pass
print(nodoc.__doc__, nodoc())
print(type(documented).__name__, callable(documented))
f = documented
print(f is documented, f(2), f(a=3, b=4))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class A:
    def meth(self):
        pass
print(A.meth.__name__, A.meth.__qualname__, (lambda: 1).__qualname__)
