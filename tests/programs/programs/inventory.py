class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.events.append(("add", item.sku))
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.events.append(("restock", sku, n))
    def sell(self, sku, n):
        it = self.items.get(sku)
        if it is None:
            raise KeyError(sku)
        if it.qty < n:
            raise ValueError(f"only {it.qty} of {it.name} left")
        it.qty -= n
        self.events.append(("sell", sku, n))
        return it.price * n
    def report(self):
        lines = []
        for it in sorted(self.items.values(), key=lambda i: (-i.value(), i.sku)):
            lines.append(f"{it.sku:<6}{it.name:<14}{it.qty:>5}{it.price:>9.2f}{it.value():>11.2f}")
        lines.append(f"{'TOTAL':<34}{sum(i.value() for i in self.items.values()):>11.2f}")
        return "\n".join(lines)
inv = Inventory()
for sku, name, price in [("A1", "bolt", 0.25), ("B2", "nut", 0.1), ("C3", "gear", 12.5), ("D4", "spring", 1.75)]:
    inv.add(Item(sku, name, price))
for sku, n in [("A1", 1000), ("B2", 2500), ("C3", 12), ("D4", 40)]:
    inv.restock(sku, n)
revenue = 0
orders = [("A1", 150), ("C3", 5), ("C3", 10), ("Z9", 1), ("B2", 2500), ("D4", 3)]
for sku, n in orders:
    try:
        revenue += inv.sell(sku, n)
    except ValueError as e:
        print("cannot sell:", e)
    except KeyError as e:
        print("unknown sku:", e)
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("error:", e)
print(inv.report())
print(f"revenue {revenue:.2f}, events {len(inv.events)}")
print(inv.events[-3:])
low = [it.name for it in inv.items.values() if it.qty < 50]
print("low stock:", low)
print(inv.items["C3"])
