"""typing constructs used at runtime."""
from typing import (Protocol, TypedDict, Generic, TypeVar, NamedTuple, overload, Optional,
                    Union, List, Dict, Callable, runtime_checkable, get_type_hints, Any,
                    ClassVar, Iterator, Literal, cast, Final, get_origin, get_args)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "origin"

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], K]) -> "Box[K]":
        return Box(f(self.item))

    def __repr__(self):
        return f"Box({self.item!r})"


class Registry(Generic[K, V]):
    count: ClassVar[int] = 0

    def __init__(self):
        self.data: Dict[K, V] = {}

    def put(self, k: K, v: V) -> None:
        self.data[k] = v
        Registry.count += 1

    def items(self) -> Iterator[tuple]:
        yield from sorted(self.data.items())


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def first(xs: List[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


MAX: Final = 10
Mode = Literal["r", "w"]

print(isinstance(Square(3), SupportsArea), isinstance("x", SupportsArea))
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m) is dict, Movie.__required_keys__ == {"title", "year"})
print(sorted(PartialMovie.__optional_keys__), PartialMovie.__total__)
p = Point(3, 4)
print(p, p.dist(), p._replace(label="p"), Point._fields, Point._field_defaults)
print(p._asdict(), Point._make([1, 2, "z"]), p == (3, 4, "origin"))
x, y, _ = p
print(x + y, Point.__annotations__)
b = Box(21).map(lambda v: v * 2).map(str)
print(b, Box[int], Box[int](5))
r: Registry[str, int] = Registry()
r.put("b", 2)
r.put("a", 1)
print(list(r.items()), Registry.count)
print(double(4), double("ab"), first([]), first([], 0), first(["q"]))
print(get_type_hints(first))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, None]))
print(Optional[int] == Union[int, None], get_origin(Literal["a"]), get_args(Mode))
print(cast(int, "not really"), MAX)


@dataclass
class Config:
    name: str
    debug: bool = False
    level: Union[int, str] = 1


print(Config.__annotations__)
print(Config("c"))
print(T, T.__name__, List[int], Dict[str, List[int]], Callable[[int], str], Optional[str])
print(Union[int, str] | None)
print(int | str, (int | None) == Optional[int], isinstance(3, int | str))
