import typing as t
from typing import *
class M(TypedDict):
    name: str
print(type(M(name="x")), M.__mro__, M.__required_keys__)
try: t.List[int, str]
except TypeError as e: print(e)
try: t.Hashable[int]
except TypeError as e: print(e)
T = TypeVar("T")
class C(Generic[T]): pass
try: C[int, str]
except TypeError as e: print(e)
print(C.__mro__, C[int], C[int]().__orig_class__, t.List[T][int], t.Dict[str, T][int])
try: isinstance(1, t.List[int])
except TypeError as e: print(e)
print(isinstance([], t.List), isinstance(1, t.Union[int, str]), t.Union[int, str] == int | str, t.Optional[int], t.Union[int, str, None])
print(t.Callable[[int], str], t.Callable[..., int], t.Tuple[()], t.Tuple[int, ...], t.Type[int], repr(t.Any), t.Literal[1, "a"], t.Annotated[int, "m"], t.Final[int], t.ClassVar[int])
class D(C[int]): pass
print(D.__mro__, D.__parameters__, C.__parameters__)
try: t.Any()
except TypeError as e: print(e)
try: isinstance(1, t.Any)
except TypeError as e: print(e)
try: t.Union()
except TypeError as e: print(e)
try: t.Union[()]
except TypeError as e: print(e)
print(t.List[int] | None, int | t.List[int], t.Union[int, t.List[int]] | str)
U = NewType("U", int); print(U, U(3), U.__supertype__)
print(get_args(t.Callable[[int], str]), get_origin(t.List[int]), get_origin(int|str), get_origin(t.Union[int,str]), get_args(t.Annotated[int, "x"]), get_origin(t.Annotated[int, "x"]))
P = ParamSpec("P"); print(P, P.args, P.kwargs, t.Callable[P, int], t.Concatenate[int, P], t.Callable[t.Concatenate[int, P], int])
print(TypeVar("X", bound=int).__bound__, TypeVar("Y", covariant=True), TypeVar("Z", int, str).__constraints__)
print(t.Self, t.Never, t.NoReturn, t.TypeAlias, t.LiteralString)
