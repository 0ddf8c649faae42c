from typing import (Any, Callable, Dict, Generic, Iterable, List, Literal, NamedTuple, Optional,
                    Protocol, TypedDict, TypeVar, Union, cast, overload, get_type_hints,
                    runtime_checkable, Final, Tuple, get_origin, get_args)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self) -> str:
        return f"Stack({self.items})"


s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s, s.pop(), Stack[int].__origin__ is Stack)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(y=0), Point._fields, Point._field_defaults, isinstance(p, tuple))
x, y = p
print(x + y, Point(1))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Alien", "year": 1979}
print(m, Movie.__total__, sorted(Movie.__annotations__))


@runtime_checkable
class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello {name}"


class Mute:
    pass


print(isinstance(English(), Greeter), isinstance(Mute(), Greeter))


def apply(f: Callable[[T], V], xs: Iterable[T]) -> List[V]:
    return [f(x) for x in xs]


print(apply(str, [1, 2]), get_type_hints(apply)["xs"])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))
Mode = Literal["r", "w"]
MAX: Final = 10


def first(d: Dict[K, V], default: Optional[V] = None) -> Optional[V]:
    return next(iter(d.values()), default)


print(first({"a": 1}), first({}, 5), cast(int, "not really"), MAX)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), Mode, get_args(Mode))
print(list[int], dict[str, int] == dict[str, int], int | None, (int | str).__args__)


@dataclass
class Box(Generic[T]):
    content: T

    def map(self, f: Callable[[T], V]) -> "Box[V]":
        return Box(f(self.content))


print(Box(3).map(lambda v: v * 1.5), get_type_hints(Box))
print(T, T.__name__, TypeVar("N", int, float).__constraints__, Any)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
