class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.x
except AttributeError as e:
    print("AttributeError", e)
object.__delattr__(f, "x")
print(hasattr(f, "x"))


class Tracking:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


t = Tracking()
t.a = 1
setattr(t, "b", 2)
del t.a
delattr(t, "b")
print(vars(t))
try:
    del t.zz
except AttributeError as e:
    print("AttributeError", e)
