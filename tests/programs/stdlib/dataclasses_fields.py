from dataclasses import dataclass, field, fields, MISSING
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    price: float = field(default=1.5, metadata={"unit": "eur"})
    hidden: int = field(default=0, repr=False, compare=False)
    computed: int = field(init=False, default=7)
a = Item("a")
b = Item("a")
a.tags.append("x")
print(a, b.tags, a.computed)
print(Item("a", hidden=3) == Item("a", hidden=4))
for f in fields(Item):
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, dict(f.metadata))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
print(Item.price, hasattr(Item, "tags"))
