from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3))
@dataclass
class Scaled:
    x: float
    factor: InitVar[float] = 1.0
    def __post_init__(self, factor):
        self.x = self.x * factor
print(Scaled(2), Scaled(2, 3), [f.name for f in fields(Scaled)])
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print(e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(default=4, kw_only=False)
print(Mixed(1, c=3), Mixed(1, 9, c=3, b=2))
@dataclass
class Defaulted:
    x: int = field(default=0, kw_only=True)
    y: int
print(Defaulted(5), Defaulted(5, x=1))
