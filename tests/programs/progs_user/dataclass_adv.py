"""Dataclasses in depth: frozen, slots, post_init, InitVar, kw_only, field options."""
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, make_dataclass, KW_ONLY
from typing import ClassVar, List
import math


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    @property
    def norm(self):
        return math.hypot(self.x, self.y)


@dataclass
class Polygon:
    name: str
    points: List[Point] = field(default_factory=list)
    closed: bool = True
    _area: float = field(init=False, repr=False, default=0.0)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Polygon.count += 1
        pts = self.points
        self._area = abs(sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))) / 2

    @property
    def area(self):
        return self._area


@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = password[::-1].upper()


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int = 1


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, compare=False, repr=False)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default="")


sq = Polygon("square", [Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)])
tri = Polygon("tri", [Point(0, 0), Point(4, 0), Point(0, 3)], closed=False)
print(sq)
print(sq.area, tri.area, Polygon.count, Point(3, 4).norm, Point(1, 2) + Point(3, 4))
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)} == {p}, replace(p, y=9))
u = User("ann", "secret")
print(u, asdict(u), fields(User)[1].name if len(fields(User)) > 1 else fields(User))
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(Options(depth=3), Mixed(1, c=5))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, n1)
print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "y"))
print(astuple(tri)[0], asdict(tri)["points"][1], is_dataclass(tri), is_dataclass(Polygon), is_dataclass(3))
Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="q"))], namespace={"twice": lambda self: self.a * 2})
d = Dyn(4)
print(d, d.twice(), [f.name for f in fields(d)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Polygon.__dataclass_fields__["closed"].default, Point.__dataclass_params__.frozen)
print(sorted([Point(2, 1), Point(1, 5)], key=lambda q: q.x), Point(1, 2) == (1, 2))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version.parse(s) for s in ["1.2.3", "1.10", "0.9.9", "1.2"]]
print([str(v) for v in sorted(vs)], max(vs), Version(1) < Version(1, 0, 1))
