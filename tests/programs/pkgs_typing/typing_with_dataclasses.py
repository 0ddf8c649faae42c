from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, Dict, Any, Iterator, Callable, TypeVar, Generic, Protocol, NamedTuple
import typing, collections, collections.abc

@dataclass
class Inv:
    name: str
    items: List[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    opt: Optional[str] = None
    cb: "Callable[[int], int] | None" = None

print(Inv("a"), [f.name for f in fields(Inv)])

T = TypeVar("T")
@dataclass
class Box(Generic[T]):
    item: T
print(Box[int](3), Box(4))

def gen() -> Iterator[int]:
    yield 1
print(typing.get_type_hints(gen), list(gen()))

class P(NamedTuple):
    a: int
    b: List[str] = []
print(P(1), P._field_defaults)
x: Dict[str, Any] = {}
print(__annotations__)
print(isinstance(collections.OrderedDict(), collections.abc.MutableMapping), isinstance(collections.Counter(), dict), isinstance(collections.deque(), collections.abc.MutableSequence))
print(issubclass(collections.deque, collections.abc.Sequence), isinstance(collections.defaultdict(), collections.abc.Mapping))
import functools
@functools.lru_cache
def f(x: int) -> int: return x
print(typing.get_type_hints(f))
print(typing.Optional[int].__args__, typing.Union[int, str].__origin__)
import enum
class Color(enum.Enum):
    RED = 1
print(typing.Literal[Color.RED])
