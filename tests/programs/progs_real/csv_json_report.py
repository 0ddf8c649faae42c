import csv
import io
import json
from collections import defaultdict
from statistics import mean, median

RAW = """region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,gizmo,7,4.25
south,gadget,1,10.00
east,widget,12,2.40
north,gizmo,2,4.25
west,widget,0,2.50
"""

rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), "rows; fields:", list(rows[0].keys()))
by_region = defaultdict(list)
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["revenue"] = round(r["units"] * r["price"], 2)
    by_region[r["region"]].append(r)

summary = {}
for region in sorted(by_region):
    rs = by_region[region]
    summary[region] = {
        "orders": len(rs),
        "units": sum(r["units"] for r in rs),
        "revenue": round(sum(r["revenue"] for r in rs), 2),
        "mean_price": round(mean(r["price"] for r in rs), 3),
        "products": sorted({r["product"] for r in rs}),
    }

print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(summary["north"], separators=(",", ":")))
text = json.dumps({"regions": summary, "total": sum(s["revenue"] for s in summary.values())})
back = json.loads(text)
print(back["total"], back == {"regions": summary, "total": back["total"]})

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue", "note"])
for region, s in summary.items():
    w.writerow([region, f"{s['revenue']:.2f}", 'has "quotes", commas' if s["units"] > 15 else ""])
print(out.getvalue(), end="")
for line in csv.reader(io.StringIO(out.getvalue())):
    print(line)

dw = csv.DictWriter(out := io.StringIO(), fieldnames=["a", "b"], lineterminator="\r\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": 2}, {"a": "x,y", "b": None}])
print(repr(out.getvalue()))
print("median units", median(r["units"] for r in rows))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), None, True, "é"]))
print(json.dumps("é\n", ensure_ascii=False))
class Obj:
    def __init__(self, v): self.v = v
print(json.dumps({"o": Obj(3)}, default=lambda o: {"__obj__": o.v}))
print(json.loads('{"x": {"__obj__": 5}}', object_hook=lambda d: Obj(d["__obj__"]) if "__obj__" in d else d)["x"].v)
try:
    json.dumps({"o": Obj(1)})
except TypeError as e:
    print("TypeError:", e)
