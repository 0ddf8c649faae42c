from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, InitVar, MISSING
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), Point(5))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), V(1, "a") <= V(1, "b"), hash(V(1)) == hash(V(1)), sorted([V(3), V(1)]))
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    name: str = field(default="n", repr=False)
    secret: int = field(default=0, compare=False)
i = Inv(); i.items.append(1)
print(i, Inv() == Inv(secret=5), Inv().items)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(K(1, c=3))
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass
class PI:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(PI(3), PI(3, 10), [f.name for f in fields(PI)])
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
print(Point.__match_args__, hash(Point) is not None, Point.__hash__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1)
print(s, S.__slots__)
try:
    Point()
except TypeError as e:
    print(e)
