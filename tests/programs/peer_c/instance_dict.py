# obj.__dict__ assignment and deletion.

class M:
    pass

o = M()
o.__dict__ = {"a": 1, "b": [2]}
print(o.a, o.b, sorted(o.__dict__.items()))
o.c = 3
print(sorted(vars(o)))
setattr(o, "__dict__", {"z": 26})
print(o.z, hasattr(o, "a"), sorted(o.__dict__))
object.__setattr__(o, "__dict__", {"y": 25})
print(o.y, hasattr(o, "z"))
for bad in [1, None, [("a", 1)], "abc"]:
    try:
        o.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
print(o.y)
del o.__dict__
print(o.__dict__, hasattr(o, "y"))
o.again = 1
print(o.__dict__)

class WithProp:
    @property
    def p(self):
        return "prop"

w = WithProp()
w.__dict__ = {"x": 1, "p": "shadow"}
print(w.x, w.p)

class Slotted:
    __slots__ = ("a",)

s = Slotted()
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)

class Base:
    def __init__(self):
        self.v = 1
class Child(Base):
    pass
c = Child()
c.__dict__ = dict(c.__dict__, w=2)
print(c.v, c.w)
