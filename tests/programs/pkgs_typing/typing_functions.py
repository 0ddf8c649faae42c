from __future__ import annotations
import typing
from typing import (Any, List, Optional, Dict, ClassVar, Final, Annotated, cast, overload,
                    get_type_hints, NewType, assert_never, reveal_type, TYPE_CHECKING,
                    NoReturn, Never, Self, TypeAlias, dataclass_transform, final,
                    no_type_check, get_overloads, assert_type, Literal, Union)

print(TYPE_CHECKING, cast(int, "not an int"), cast("List[int]", [1]), assert_type(5, int))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f("a"), len(get_overloads(f)))
try:
    @overload
    def g(x: int) -> int: ...
    g(1)
except NotImplementedError as e:
    print("NotImplementedError", e)


class Node:
    value: int
    next: Optional[Node]
    count: ClassVar[int] = 0
    tag: Annotated[str, "meta"]

    def method(self, x: List[int], y: "Dict[str, Node]" = None) -> Node:
        return self


def plain(a: int, b: str = "x", *args, c: Optional[int] = None, **kw) -> None:
    pass


hints = get_type_hints(Node)
print({k: hints[k] for k in sorted(hints)})
print(get_type_hints(Node, include_extras=True)["tag"])
h = get_type_hints(Node.method)
print({k: h[k] for k in sorted(h)})
h = get_type_hints(plain)
print({k: h[k] for k in sorted(h)})
print(Node.__annotations__["next"], plain.__annotations__["return"])


def noann(x):
    pass


print(get_type_hints(noann), get_type_hints(lambda: 0))
try:
    get_type_hints(42)
except TypeError as e:
    print("TypeError", e)


def bad(x: "Undefined") -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print("NameError", e)

UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(reveal_type([1, 2]))


@dataclass_transform()
def model(cls):
    return cls


@model
class M:
    pass


print(sorted(model.__dataclass_transform__), M.__name__)


@final
class Fin:
    @final
    def m(self):
        pass


print(Fin.__final__, Fin.m.__final__)


@no_type_check
def untyped(x: "nonsense garbage"):
    return x


print(untyped.__no_type_check__, get_type_hints(untyped))

Vector: TypeAlias = List[float]
print(Vector, NoReturn, Never, Self, Any, repr(Literal["a"]))


def describe(x: int | str) -> Literal["int", "str"]:
    return "int" if isinstance(x, int) else "str"


print(describe(1), describe("s"), get_type_hints(describe))


class Shape:
    def set_scale(self, scale: float) -> Self:
        return self


print(get_type_hints(Shape.set_scale))
for name in ("ForwardRef", "Text", "AnyStr", "IO", "TextIO", "BinaryIO", "SupportsRound",
             "SupportsComplex", "SupportsBytes", "ParamSpecArgs", "ParamSpecKwargs",
             "TypeGuard", "Unpack", "TypeVarTuple", "Required", "NotRequired", "LiteralString",
             "clear_overloads", "is_typeddict", "no_type_check_decorator", "get_origin",
             "get_args"):
    print(name, hasattr(typing, name))
print(typing.ForwardRef("int"), typing.ForwardRef("int") == typing.ForwardRef("int"), typing.Text, typing.AnyStr)
print(typing.TypeGuard[int], typing.Optional["int"])
missing = [n for n in typing.__all__ if not hasattr(typing, n)]
print(missing)
