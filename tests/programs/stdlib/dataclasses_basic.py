from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
    def dist2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.dist2(), Point(1), Point(y=2, x=1))
print(p == Point(3, 4), p == (3, 4), p is Point(3, 4))
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty())
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
n = NoRepr(1)
print(n.a, n == NoRepr(1), repr(n).startswith("<"))
