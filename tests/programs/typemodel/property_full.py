class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Temperature in C."
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None

    ro = property(lambda self: "read-only")
    wo = property(None, lambda self, v: print("wo", v))


t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(t.celsius)
p = Temp.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temp.celsius.__doc__)
print(Temp.celsius is p)
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.ro
except AttributeError as e:
    print("AttributeError", e)
t.wo = 3
try:
    t.wo
except AttributeError as e:
    print("AttributeError", e)
print(Temp.ro.fset, Temp.ro.fdel)
