"""Typing-heavy plugin registry: Protocol, Generic, TypeVar, overload, TypedDict, Literal, get_type_hints."""
from __future__ import annotations

import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Literal,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, overload,
                    runtime_checkable, get_type_hints, get_origin, get_args, Final, NewType)
from dataclasses import dataclass
from enum import IntEnum, StrEnum, Flag, auto

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
UserId = NewType("UserId", int)
Mode = Literal["fast", "safe"]
MAX_PLUGINS: Final = 8


@runtime_checkable
class Plugin(Protocol):
    name: str

    def run(self, data: List[int]) -> List[int]: ...


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Config(TypedDict, total=False):
    mode: Mode
    retries: int
    tags: List[str]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Registry(Generic[T]):
    _instances: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: Dict[str, Tuple[Priority, T]] = {}
        Registry._instances += 1

    def register(self, name: str, priority: Priority = Priority.NORMAL) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            if len(self._items) >= MAX_PLUGINS:
                raise OverflowError("too many plugins")
            self._items[name] = (priority, obj)
            return obj
        return deco

    @overload
    def get(self, name: str) -> T: ...
    @overload
    def get(self, name: str, default: T) -> T: ...

    def get(self, name, default=None):
        pair = self._items.get(name)
        return pair[1] if pair else default

    def __iter__(self) -> Iterator[Tuple[str, T]]:
        for name, (_, obj) in sorted(self._items.items(), key=lambda kv: -kv[1][0]):
            yield name, obj

    def __len__(self) -> int:
        return len(self._items)


plugins: Registry[type] = Registry()


@plugins.register("double", Priority.HIGH)
@dataclass
class Doubler:
    name: str = "double"

    def run(self, data: List[int]) -> List[int]:
        return [x * 2 for x in data]


@plugins.register("evens")
@dataclass
class Evens:
    name: str = "evens"

    def run(self, data: List[int]) -> List[int]:
        return [x for x in data if x % 2 == 0]


@plugins.register("noop", Priority.LOW)
class NotAPlugin:
    pass


def largest(items: Iterable[K]) -> Optional[K]:
    best: Optional[K] = None
    for it in items:
        if best is None or best < it:
            best = it
    return best


def pipeline(data: List[int], cfg: Config) -> List[int]:
    for name, cls in plugins:
        inst = cls()
        if isinstance(inst, Plugin):
            data = inst.run(data)
        else:
            print(f"skip {name}: not a Plugin")
    return data


cfg: Config = {"mode": "fast", "retries": 2}
print(pipeline([1, 2, 3, 4, 5], cfg), len(plugins), Registry._instances)
print(plugins.get("evens").__name__, plugins.get("missing", NotAPlugin).__name__)
print(largest([3, 9, 2]), largest(["pear", "apple"]), largest([]))
print(UserId(5), UserId.__name__, type(UserId(5)).__name__)
hints = get_type_hints(pipeline)
print(hints)
print(get_type_hints(Config))
print(get_origin(List[int]), get_args(Dict[str, Tuple[int, ...]]), get_args(Mode), get_origin(Mode))
print(get_args(Optional[int]), get_origin(Union[int, str]) is Union, Optional[int] == Union[int, None])
print(int | None, typing.get_args(int | str), list[int], dict[str, list[int]])
print(Registry[int], Registry.__parameters__, Generic in Registry.__mro__, Registry.__orig_bases__)
print(Priority.HIGH > Priority.LOW, Priority(5).name, Priority.HIGH + 1, sorted(Priority, reverse=True))
print(Color.RED, Color.RED.upper(), Color("green"), f"{Color.GREEN}", Color.RED == "red")
p = Perm.R | Perm.X
print(p, Perm.RW, Perm.W in Perm.RW, bool(Perm(0)), list(Perm), ~Perm.R, p.value)
print(Config.__required_keys__, sorted(Config.__optional_keys__), Config.__total__)
print(isinstance(Doubler(), Plugin), isinstance(3, Plugin))
for probe in (lambda: issubclass(Evens, Plugin), lambda: isinstance(1, Comparable)):
    try:
        probe()
    except TypeError as e:
        print("TypeError:", e)
print(typing.cast(int, "not really"), typing.TYPE_CHECKING, T, K.__bound__, T.__constraints__)
