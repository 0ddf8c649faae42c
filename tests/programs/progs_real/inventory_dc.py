from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import Enum, IntEnum
from typing import Optional, Iterator, ClassVar


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    qty: int = 0
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    priority: Priority = Priority.LOW
    count: ClassVar[int] = 0

    def __post_init__(self):
        self.sort_key = (self.category.value, self.name)
        Item.count += 1

    @property
    def value(self) -> float:
        return round(self.qty * self.price, 2)


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    where: dict[str, Location] = field(default_factory=dict)

    def add(self, item: Item, loc: Optional[Location] = None) -> None:
        if item.name in self.items:
            raise KeyError(f"duplicate item {item.name!r}")
        self.items[item.name] = item
        if loc:
            self.where[item.name] = loc

    def restock(self, name: str, n: int) -> Item:
        old = self.items[name]
        new = replace(old, qty=old.qty + n)
        self.items[name] = new
        return new

    def by_category(self, cat: Category) -> Iterator[Item]:
        return (i for i in sorted(self.items.values()) if i.category is cat)

    def total(self) -> float:
        return round(sum(i.value for i in self.items.values()), 2)


inv = Inventory()
inv.add(Item("hammer", Category.TOOL, 3, 12.5, ["metal"]), Location(4))
inv.add(Item("apple", Category.FOOD, 40, 0.3, priority=Priority.HIGH), Location(1, "C"))
inv.add(Item("yoyo", Category.TOY, 7, 2.0))
inv.add(Item("saw", Category.TOOL, 1, 20.0, ["metal", "sharp"], Priority.MEDIUM))
print(inv.items["hammer"])
print(Item.count, inv.total())
print([i.name for i in sorted(inv.items.values())])
print([i.name for i in inv.by_category(Category.TOOL)])
print(inv.restock("yoyo", 5))
print(asdict(inv.items["saw"]))
print(astuple(inv.where["apple"]))
print([f.name for f in fields(Item)])
try:
    inv.add(Item("saw", Category.TOOL))
except KeyError as e:
    print("KeyError", e)
loc = inv.where["hammer"]
try:
    loc.aisle = 9
except Exception as e:
    print(type(e).__name__, e)
print(loc == Location(4, "A"), hash(loc) == hash(Location(4)))
print(sorted(inv.items.values(), key=lambda i: i.priority, reverse=True)[0].name)
print(Priority.HIGH > Priority.LOW, Priority(2), Priority.MEDIUM + 1, Category("toy"))
try:
    Category("car")
except ValueError as e:
    print("ValueError", e)
print(Item.__annotations__["qty"], Inventory.__dataclass_fields__["items"].default_factory)
