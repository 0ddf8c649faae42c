class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
p.x = 10
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
del p.x
print(sorted(vars(p)))
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)


class OnlyDelete:
    def __delete__(self, obj):
        print("only delete")


class H:
    od = OnlyDelete()


h = H()
del h.od
try:
    h.od = 1
except AttributeError as e:
    print("AttributeError", e)
