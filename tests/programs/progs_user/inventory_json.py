"""Inventory system: dataclasses + enum + json round-trip."""
import json
from dataclasses import dataclass, field, asdict, fields, replace
from enum import Enum, auto
from typing import List, Optional


class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

    def label(self):
        return self.name.title()


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOLS
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

    @property
    def value(self):
        return round(self.price * self.qty, 2)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku!r}")
        self.items[item.sku] = item

    def restock(self, sku, n):
        self.items[sku] = replace(self.items[sku], qty=self.items[sku].qty + n)

    def total(self):
        return sum(i.value for i in self.items.values())

    def by_category(self):
        out = {}
        for it in self.items.values():
            out.setdefault(it.category, []).append(it.name)
        return out

    def to_json(self):
        def enc(o):
            if isinstance(o, Category):
                return o.name
            raise TypeError(type(o).__name__)
        data = [asdict(i) for i in self.items.values()]
        return json.dumps(data, default=enc, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        inv = cls()
        for d in json.loads(text):
            d["category"] = Category[d["category"]]
            inv.add(Item(**d))
        return inv


inv = Inventory()
inv.add(Item("A1", "Hammer", 12.5, 3, tags=["steel"]))
inv.add(Item("B2", "Apple", 0.35, 120, Category.FOOD))
inv.add(Item("C3", "Yo-yo", 2.99, 10, Category.TOYS, ["fun", "kids"], "red"))
try:
    inv.add(Item("A1", "Other", 1.0))
except KeyError as e:
    print("error:", e)
inv.restock("A1", 2)
print(inv.items["A1"])
print("total", inv.total())
for cat, names in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    print(cat.label(), cat, names)
text = inv.to_json()
print(text)
inv2 = Inventory.from_json(text)
print(inv2.items == inv.items)
print([f.name for f in fields(Item)])
print(repr(Category.FOOD), Category(2), list(Category))
try:
    json.dumps({"x": {1, 2}}, default=lambda o: (_ for _ in ()).throw(TypeError("no sets")))
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": 1, "a": [1.5, None, True]}, separators=(",", ":")))
