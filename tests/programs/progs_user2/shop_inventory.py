"""Inventory with Decimal money, abstract base classes, heapq restock queue, reports."""
from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP, getcontext
from collections import OrderedDict, namedtuple
import heapq
import bisect

getcontext().prec = 28
CENT = Decimal("0.01")

Sale = namedtuple("Sale", "sku qty price")


class Item(ABC):
    tax_rate = Decimal("0.20")

    def __init__(self, sku, name, price, stock=0):
        self.sku = sku
        self.name = name
        self._price = Decimal(price)
        self.stock = stock

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        value = Decimal(value)
        if value < 0:
            raise ValueError(f"negative price for {self.sku}: {value}")
        self._price = value

    @abstractmethod
    def category(self) -> str: ...

    def gross(self):
        return (self.price * (1 + self.tax_rate)).quantize(CENT, rounding=ROUND_HALF_UP)

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price})"


class Food(Item):
    tax_rate = Decimal("0.05")

    def category(self):
        return "food"


class Gadget(Item):
    def category(self):
        return "gadget"


class Inventory:
    def __init__(self):
        self.items = OrderedDict()
        self.sales = []

    def add(self, item):
        self.items[item.sku] = item
        self.items.move_to_end(item.sku)

    def sell(self, sku, qty):
        item = self.items[sku]
        if qty > item.stock:
            raise RuntimeError(f"only {item.stock} of {item.name} left")
        item.stock -= qty
        self.sales.append(Sale(sku, qty, item.gross()))

    def restock_queue(self, threshold=5):
        heap = [(it.stock, it.sku) for it in self.items.values() if it.stock < threshold]
        heapq.heapify(heap)
        while heap:
            yield heapq.heappop(heap)

    def revenue(self):
        return sum((s.qty * s.price for s in self.sales), Decimal("0"))


try:
    Item("x", "abstract", "1")
except TypeError as e:
    print("TypeError:", e)

inv = Inventory()
for it in [Food("F1", "Apples", "0.35", 40), Food("F2", "Bread", "1.10", 3),
           Gadget("G1", "Cable", "4.99", 10), Gadget("G2", "Charger", "19.95", 2),
           Food("F3", "Cheese", "3.333", 6)]:
    inv.add(it)
inv.sell("F1", 12)
inv.sell("G1", 6)
inv.sell("F3", 4)
try:
    inv.sell("G2", 5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    inv.items["G2"].price = "-1"
except ValueError as e:
    print("ValueError:", e)
inv.items["G2"].price = "17.50"
print(list(inv.items))
print(inv.items["F3"], inv.items["F3"].gross(), inv.items["G2"].gross())
for s in inv.sales:
    print(f"{s.sku:<3} x{s.qty:>3} @ {s.price:>6} = {s.qty * s.price:>8}")
total = inv.revenue()
print("revenue:", total, "| avg/sale:", (total / len(inv.sales)).quantize(CENT))
print("restock:", list(inv.restock_queue()))
print({c: sorted(i.sku for i in inv.items.values() if i.category() == c) for c in ("food", "gadget")})
bands = [Decimal(1), Decimal(5), Decimal(10)]
names = ["cheap", "low", "mid", "high"]
for it in inv.items.values():
    print(f"{it.name:>8}: {names[bisect.bisect_right(bands, it.price)]}")
print(Decimal("1.005").quantize(CENT), Decimal("1.015").quantize(CENT, ROUND_HALF_UP), Decimal(1) / 3)
print(Decimal("10") ** -2, Decimal("2").sqrt(), Decimal("-0.0"), Decimal("1e3").normalize(), Decimal("123.4500").normalize())
print(f"{Decimal('1234.5'):,.2f}", format(Decimal("0.000123"), ".2e"), Decimal("7").as_tuple())
print(Sale("Z", 1, CENT)._fields, Sale._make(["A", 2, Decimal("3")]))
