from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import json
@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty
    @property
    def total(self):
        return self.price * self.qty
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
inv = [Item("widget", 2.5, 10, ["a"]), Item("gadget", 10.0, 1), Item("doohickey", 0.75, 100)]
for it in sorted(inv):
    print(it, it.total)
print(asdict(inv[0]))
print(astuple(inv[1]))
print(json.dumps([asdict(i) for i in inv], indent=2))
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), replace(p, y=5))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Item)])
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) < Item("b", 2.0, 1))
@dataclass
class Node:
    val: int
    children: "List[Node]" = field(default_factory=list)
    parent: Optional["Node"] = None
n = Node(1, [Node(2), Node(3)])
print(n)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
