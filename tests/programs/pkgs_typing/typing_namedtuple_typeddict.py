from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, get_type_hints
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(3, 4)
print(p, p.norm2(), p.swapped, p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(x=1), p._asdict(), Point._make([5, 6, "z"]), tuple(p), isinstance(p, tuple))
print(Point.__name__, Point.__module__, Point.__mro__, p == (3, 4, None))
x, y, label = p
print(x, y, label, p[0], p[-1])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    Point()
except TypeError as e:
    print("TypeError", e)

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, Emp._fields)
Emp2 = NamedTuple("Emp2", name=str, id=int)
print(Emp2("b", 2))

for src in ("class Bad(NamedTuple):\n    x: int = 0\n    y: int",
            "class Bad(NamedTuple):\n    _fields: int",
            "class Bad(NamedTuple, list):\n    x: int"):
    try:
        exec(src)
        print("ok")
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)


class Partial(TypedDict, total=False):
    a: int
    b: str


class Extended(Movie, total=False):
    rating: float


class Mixed(TypedDict):
    need: Required[int]
    maybe: NotRequired[str]


print(sorted(Partial.__optional_keys__), Partial.__total__, sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__), Extended.__annotations__)
Func = TypedDict("Func", {"a": int, "b": List[str]})
print(Func(a=1, b=["x"]), Func.__annotations__, typing.is_typeddict(Func), typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError", e)
