from typing import Generic, TypeVar, ParamSpec, Callable, List, Dict, Iterator, Optional
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
P = ParamSpec("P")
print(T, T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Node")
print(N.__constraints__, B.__bound__, TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True))
for args, kw in ((("X", int), {}), (("X",), {"covariant": True, "contravariant": True}),
                 (("X", int, str), {"bound": int})):
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print("TypeError", e)
print(T | int, int | T, Optional[T], List[T], Dict[K, V][str, int], List[T][int])


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), s.__orig_class__, type(s).__name__)
print(Stack.__parameters__, Stack[int].__parameters__, Stack[K].__parameters__, Stack[int].__args__)
print(Stack.__mro__, Stack.__orig_bases__)
print(Stack[int], Stack[List[V]], Stack[List[V]][str], Stack[int] == Stack[int], Stack[int] == Stack[str])
print(typing.get_origin(Stack[int]) is Stack, typing.get_args(Stack[int]))


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int]("a", 1).v, Pair.__parameters__)
for expr in ("Pair[int]", "Pair[int, str, float]", "Stack[int][str]", "Pair[int, str].k"):
    try:
        print(expr, eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, type(e).__name__, e)


class IntStack(Stack[int]):
    pass


class AnyStack(Stack[T]):
    pass


class Mixed(Dict[K, V], Generic[K, V]):
    pass


print(IntStack.__parameters__, IntStack.__mro__, AnyStack.__parameters__, AnyStack[str])
print(Mixed.__parameters__, Mixed.__mro__)
m = Mixed()
m["a"] = 1
print(m, isinstance(m, dict))


class FromList(List[int]):
    pass


print(FromList.__mro__, FromList([1, 2]))

for src in ("class Bad(Generic): pass",
            "class Bad(Generic[T], Generic[K]): pass",
            "class Bad(Stack[T], Generic[K]): pass",
            "class Bad(Generic[T, T]): pass",
            "class Bad(List[int], Generic[int]): pass"):
    try:
        exec(src)
        print("ok", src)
    except TypeError as e:
        print("TypeError", e)


class Fn(Generic[P, T]):
    pass


print(P, P.args, P.kwargs, Fn[[int, str], bool], Fn[..., int], Callable[P, T])
print(Callable[P, T][[int], str], Callable[[T], K][int, str])
print(typing.Concatenate[int, P], Callable[typing.Concatenate[int, P], int])
print(isinstance(s, Stack), issubclass(IntStack, Stack))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError", e)
