class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("fallback", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))


class FromProperty:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "recovered " + name


print(FromProperty().broken)


class Both:
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr " + name


b = Both()
print(b.x)
b.y = 1
print(b.y)


class Other:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    Other().z
except KeyError as e:
    print("KeyError", e)
print(hasattr(Proxy([]), "nothing_here") if False else "skip")
