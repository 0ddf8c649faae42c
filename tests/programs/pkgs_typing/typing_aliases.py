import typing
from typing import *

names = ['List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Callable', 'Iterable',
         'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
         'AbstractSet', 'MutableSet', 'Deque', 'DefaultDict', 'OrderedDict', 'Counter',
         'ChainMap', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
         'AsyncGenerator', 'Reversible', 'Container', 'Collection', 'Hashable', 'Sized',
         'ByteString', 'KeysView', 'ItemsView', 'ValuesView', 'MappingView', 'ContextManager',
         'AsyncContextManager']
for n in names:
    a = getattr(typing, n)
    print(n, repr(a), a.__origin__)

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int])
print(Mapping[str, int], MutableMapping[str, float], Deque[int], DefaultDict[str, int])
print(Counter[str], OrderedDict[str, int], ChainMap[str, int], AbstractSet[int])
print(Callable[[int, str], bool], Callable[[], None], Callable[..., Any])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Optional[Union[int, str]])
print(Union[int, Union[str, float]], Union[int, str] == Union[str, int], Union[int, int, str])
print(Literal[1, 2, "x"], Literal[True], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3])
print(List["Foo"], Dict[str, "Bar"], Optional["Baz"])
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(List[int].__args__, List[int].__origin__, Dict[str, int].__args__, List.__parameters__ if hasattr(List, "__parameters__") else "-")
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(List), get_args(List), get_origin(int), get_args(int))
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(Optional[int]))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(ClassVar[int]), get_origin(Generic))
print(get_args(list[int]), get_origin(list[int]), get_args(int | str))
print(List[int] | None, Optional[int] | str, int | List[str], None | List[int])

# Calling aliases
print(DefaultDict(int), Deque([1, 2]), Counter("abca"), OrderedDict(a=1))
print(type(Deque[int]()), Counter[str]("ab"))
try:
    List[int]()
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
try:
    Dict[str, int]()
except TypeError as e:
    print("TypeError", e)
try:
    Tuple()
except TypeError as e:
    print("TypeError", e)

# Instance checks against bare aliases
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(1, Hashable))
print(isinstance([], Iterable), isinstance(len, Callable), isinstance({}, Mapping), issubclass(list, Sequence))
for expr in ("isinstance([], List[int])", "issubclass(list, List[int])", "isinstance(1, Any)",
             "isinstance(1, Optional)", "isinstance(1, Literal[1])"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
print(isinstance(1, Optional[int]), isinstance("a", Union[int, str]), isinstance(1.5, Union[int, str]))

# Errors
for expr in ("List[int, str]", "Dict[int]", "Hashable[int]", "List[int][str]", "Union[()]",
             "Optional[int, str]", "Callable[int]", "Callable[int, str]", "Final[int, str]",
             "ClassVar[int, str]", "Annotated[int]", "Tuple[int][str]", "Literal[1][2]",
             "Any[int]", "NoReturn[int]", "Union()", "type(Generic())", "type(Protocol())", "Generic[int]",
             "Protocol[int]", "Generic[()]", "List[Final[int]]", "Union[int, Final]"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
