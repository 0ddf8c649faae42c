# __new__ defined in a class body is an implicit staticmethod; __init__ returning a value
# raises TypeError in the caller, where an enclosing try can catch it.
class Point:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = cls.__name__
        return obj

    def __init__(self, x=0):
        self.x = x


p = Point(3)
print(p.made_by, p.x)
q = p.__new__(Point)
print(type(q).__name__, q.made_by, hasattr(q, "x"))
print(type(Point.__dict__["__new__"]).__name__)


class Sub(Point):
    pass


r = Sub.__new__(Sub)
print(type(r).__name__, r.made_by)


class Bad:
    def __init__(self, v):
        return v


for v in (None, 0, "s"):
    try:
        Bad(v)
        print("ok", v)
    except TypeError as e:
        print("caught:", e)


def make():
    try:
        return Bad(1)
    finally:
        print("finally ran")


try:
    make()
except TypeError as e:
    print("outer:", e)
