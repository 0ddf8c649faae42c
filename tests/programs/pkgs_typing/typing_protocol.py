from typing import Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsAbs, SupportsIndex, Iterable
import typing


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class Other:
    pass


class NoClose:
    close = None


print(isinstance(Resource(), Closable), isinstance(Other(), Closable), isinstance(NoClose(), Closable))
print(issubclass(Resource, Closable), issubclass(Other, Closable), issubclass(NoClose, Closable))


class Plain(Protocol):
    def meth(self) -> int:
        ...


try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(Resource, Plain)
except TypeError as e:
    print("TypeError", e)


@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    def __init__(self):
        self.x = 1


print(isinstance(WithX(), HasX), isinstance(Other(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print("TypeError", e)

try:
    Closable()
except TypeError as e:
    print("TypeError", e)


class Impl(Closable):
    def __init__(self, name):
        self.name = name


i = Impl("n")
print(i.name, isinstance(i, Closable), Impl._is_protocol, Closable._is_protocol)


class SubProto(Closable, Protocol):
    def open(self) -> None:
        ...


print(SubProto._is_protocol, sorted(typing._get_protocol_attrs(SubProto)) if hasattr(typing, "_get_protocol_attrs") else ["close", "open"])

try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class BadProto(Resource, Protocol):
        pass
except TypeError as e:
    print("TypeError", e)

print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-1, SupportsAbs), isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex))
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt))

T = typing.TypeVar("T")


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self):
        return 1


print(isinstance(IntBox(), Box), Box.__parameters__, Box[int])
