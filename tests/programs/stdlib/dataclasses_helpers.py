from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
o = Outer("o", Inner(1), [Inner(2), 3], {"k": Inner(4)})
print(asdict(o))
print(astuple(o))
d = asdict(o)
d["items"].append(9)
print(len(o.items))
print(replace(o, name="p"))
r = replace(Inner(1), v=5)
print(r, is_dataclass(r), is_dataclass(Inner), is_dataclass(dict))
try:
    asdict(Inner)
except TypeError as e:
    print(e)
try:
    replace(o, nope=1)
except TypeError as e:
    print(e)
@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=0)
try:
    replace(WithNoInit(1), b=2)
except ValueError as e:
    print(e)
print(asdict(Inner(3), dict_factory=lambda kv: sorted(kv)))
