class Config:
    defaults = {"debug": False}
    items = []
    level = 1
    def add(self, x):
        self.items.append(x)
    def bump(self):
        self.level += 1
a = Config()
b = Config()
a.add(1)
b.add(2)
print(a.items, b.items, Config.items)
a.bump()
a.bump()
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level)
print("level" in a.__dict__, "level" in b.__dict__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
cs = [Counter() for _ in range(5)]
print([c.id for c in cs], Counter.total)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
try:
    w.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(w.a, hasattr(w, "b"))
class Meta:
    x = 1
    y = x + 1
    z = [x, y]
print(Meta.y, Meta.z)
print(getattr(Config, "level"), getattr(Config, "nope", None))
setattr(Config, "newattr", "hi")
print(a.newattr)
