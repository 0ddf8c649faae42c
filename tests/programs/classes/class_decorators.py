def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.tag = name
        return cls
    return deco
@register("pt")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), Point.tag, registry["pt"] is Point)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)
def count_instances(cls):
    orig = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, n):
        self.n = n
ws = [Widget(i) for i in range(4)]
print(Widget.created, ws[-1].n)
