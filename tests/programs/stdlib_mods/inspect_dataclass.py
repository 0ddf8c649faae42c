import dataclasses, inspect, typing
@dataclasses.dataclass
class P:
    x: int
    y: float = 0.0
    z: list = dataclasses.field(default_factory=list)
    w: typing.Optional[int] = None
    v: "str" = "s"
    q: list[int] = dataclasses.field(default=None)
    nope: int = dataclasses.field(default=3, init=False)
@dataclasses.dataclass(kw_only=True)
class K:
    a: int
    b: dataclasses.InitVar[int] = 1
    c: typing.ClassVar[int] = 5
    d: P = None
print(inspect.signature(P))
print(P.__doc__)
print(inspect.signature(K))
print(K.__doc__)
print(P.__init__.__annotations__)
