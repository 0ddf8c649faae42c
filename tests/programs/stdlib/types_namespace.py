from types import SimpleNamespace
a = SimpleNamespace(x=1, y=[1, 2])
b = SimpleNamespace(x=1, y=[1, 2])
print(a == b, a != b, a == SimpleNamespace(x=1))
a.z = "hi"
print(a)
del a.x
print(a, hasattr(a, "x"))
class Sub(SimpleNamespace):
    pass
print(Sub(q=2))
print(SimpleNamespace())
print(sorted(vars(b)))
