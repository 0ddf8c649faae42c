"""An inventory with typing.NamedTuple rows, sorting by multiple keys, grouping reports,
low-stock alerts with heapq, CSV export via csv.writer to a StringIO, and %-format tables."""
import csv
import heapq
import io
from collections import defaultdict
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple


class Product(NamedTuple):
    sku: str
    name: str
    category: str
    qty: int
    price: float
    reorder_at: int = 5

    @property
    def value(self):
        return self.qty * self.price

    def restock(self, n):
        return self._replace(qty=self.qty + n)


STOCK = [
    Product("A-100", "Anchor bolt", "hardware", 120, 0.35),
    Product("A-200", "Angle bracket", "hardware", 4, 2.10, 10),
    Product("B-010", "Brush, small", "paint", 18, 3.99),
    Product("B-020", "Brush, large", "paint", 2, 7.49),
    Product("C-001", "Cement 25kg", "building", 30, 8.75, 12),
    Product("P-500", "Primer 1L", "paint", 0, 12.00, 3),
    Product("S-042", "Screws x100", "hardware", 55, 4.20, 20),
]

print("%-6s %-14s %-9s %5s %8s %9s" % ("SKU", "Name", "Category", "Qty", "Price", "Value"))
print("-" * 56)
for p in sorted(STOCK, key=lambda p: (p.category, -p.value)):
    print("%-6s %-14.14s %-9s %5d %8.2f %9.2f" % (p.sku, p.name, p.category, p.qty, p.price, p.value))
print("-" * 56)
print("%-31s %5d %18.2f" % ("TOTAL", sum(p.qty for p in STOCK), sum(p.value for p in STOCK)))

for cat, items in groupby(sorted(STOCK, key=attrgetter("category")), key=attrgetter("category")):
    items = list(items)
    print(f"{cat:<9} items={len(items)} value={sum(i.value for i in items):8.2f} "
          f"cheapest={min(items, key=attrgetter('price')).name!r}")

urgent = [(p.qty - p.reorder_at, p.sku, p) for p in STOCK if p.qty <= p.reorder_at]
heapq.heapify(urgent)
print("reorder:", [f"{sku}({short})" for short, sku, _ in (heapq.heappop(urgent) for _ in range(len(urgent)))])

restocked = [p.restock(p.reorder_at * 2) if p.qty <= p.reorder_at else p for p in STOCK]
changed = [(a.sku, a.qty, b.qty) for a, b in zip(STOCK, restocked) if a != b]
print(changed)
print(restocked[1], restocked[1]._fields[-1], Product._field_defaults, restocked[1].value)

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(Product._fields + ("value",))
for p in restocked:
    w.writerow([*p, f"{p.value:.2f}"])
print(buf.getvalue().splitlines()[:3])
back = [Product(r[0], r[1], r[2], int(r[3]), float(r[4]), int(r[5])) for r in list(csv.reader(io.StringIO(buf.getvalue())))[1:]]
print(back == restocked, len(back))
idx = defaultdict(set)
for p in STOCK:
    for word in p.name.lower().replace(",", "").split():
        idx[word].add(p.sku)
print(sorted(idx["brush"]), sorted(k for k in idx if len(idx[k]) > 1), sorted(idx)[:4])
print(max(STOCK, key=attrgetter("price")).name, sorted(STOCK, key=attrgetter("qty"), reverse=True)[0].sku)
