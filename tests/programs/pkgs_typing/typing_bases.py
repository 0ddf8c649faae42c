import typing
from typing import Iterator, Mapping, Sequence, TypeVar, Generic, Dict, Callable, Any
class It(Iterator[int]):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), It.__mro__, isinstance(It(), Iterator))
class Bad(Sequence[int]): pass
try: Bad()
except TypeError as e: print(e)
class M(Mapping[str, int]):
    def __getitem__(self, k): return len(k)
    def __iter__(self): return iter(["a", "bb"])
    def __len__(self): return 2
print(dict(M()), M().get("ccc"), M.__parameters__, M.__orig_bases__)
T = TypeVar("T", bound="Base")
class Base:
    def clone(self: T) -> T: return self
print(typing.get_type_hints(Base.clone))
print(T.__module__ if False else "skip", repr(T))
Handler = Callable[[str], None]
registry: Dict[str, Handler] = {}
print(Handler, typing.get_args(Handler))
KT = TypeVar("KT"); VT = TypeVar("VT")
class Cache(Dict[KT, VT]):
    pass
c = Cache[str, int](); c["x"] = 1
print(c, type(c).__name__, Cache.__parameters__, Cache[str, int])
def deco(fn: Callable[..., Any]) -> Callable[..., Any]: return fn
print(deco.__annotations__)
print(typing.Optional[typing.Callable[[int], int]], typing.Union[typing.List[int], None])
print(typing.Tuple[int, str].__args__, typing.get_args(typing.Tuple[()]), typing.Tuple[()].__args__)
