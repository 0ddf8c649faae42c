"""CSV sales processing: csv.DictReader/DictWriter, dates, grouping, Decimal totals, temp files."""
import csv
import io
import os
import tempfile
from collections import defaultdict, Counter
from datetime import datetime, date, timedelta
from decimal import Decimal
from pathlib import Path
import itertools

RAW = '''order_id,date,customer,region,product,qty,unit_price
1001,2024-01-03,Acme Corp,North,Widget,10,2.50
1002,2024-01-03,"Smith, J.",South,Gadget,1,99.99
1003,2024-01-15,Acme Corp,North,Gizmo,3,15.00
1004,2024-02-01,Zeta Ltd,East,Widget,100,2.25
1005,2024-02-14,"Smith, J.",South,Widget,5,2.50
1006,2024-02-29,Nova,West,"Gadget ""Pro""",2,149.00
1007,2024-03-10,Zeta Ltd,East,Gizmo,7,14.50
'''


def load(fh):
    for row in csv.DictReader(fh):
        row["date"] = datetime.strptime(row["date"], "%Y-%m-%d").date()
        row["qty"] = int(row["qty"])
        row["unit_price"] = Decimal(row["unit_price"])
        row["total"] = row["qty"] * row["unit_price"]
        yield row


with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp) / "sales.csv"
    src.write_text(RAW, encoding="utf-8")
    print(src.name, src.suffix, src.stem, src.stat().st_size, src.exists())
    with src.open(newline="") as fh:
        rows = list(load(fh))
    print(len(rows), rows[1]["customer"], rows[5]["product"])

    by_month = defaultdict(Decimal)
    for r in rows:
        by_month[r["date"].strftime("%Y-%m")] += r["total"]
    for month, total in sorted(by_month.items()):
        print(f"{month}: {total:>9.2f}")

    per_customer = {k: sum(r["total"] for r in g)
                    for k, g in itertools.groupby(sorted(rows, key=lambda r: r["customer"]),
                                                  key=lambda r: r["customer"])}
    best = max(per_customer, key=per_customer.get)
    print("best customer:", best, per_customer[best])
    print(Counter(r["product"] for r in rows).most_common(2))

    out = Path(tmp, "summary.csv")
    with out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["customer", "orders", "total", "first", "last"],
                           quoting=csv.QUOTE_NONNUMERIC)
        w.writeheader()
        for cust in sorted(per_customer):
            mine = [r for r in rows if r["customer"] == cust]
            dates = [r["date"] for r in mine]
            w.writerow({"customer": cust, "orders": len(mine), "total": float(per_customer[cust]),
                        "first": min(dates).isoformat(), "last": max(dates).isoformat()})
    print(out.read_text(), end="")
    print(sorted(p.name for p in Path(tmp).iterdir()), [p.name for p in Path(tmp).glob("*.csv")] != [])
    os.rename(out, Path(tmp) / "renamed.csv")
    print(sorted(os.listdir(tmp)))

buf = io.StringIO()
writer = csv.writer(buf, delimiter=";", lineterminator="\n")
writer.writerows([["a", "b;c", 'd"e'], [1, 2.5, None], ["line\nbreak", "", " x "]])
print(buf.getvalue())
print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";")))
tsv = "name\tscore\nann\t3\nbob\t4\n"
print([dict(r) for r in csv.DictReader(io.StringIO(tsv), dialect="excel-tab")])
sniffed = csv.Sniffer().sniff("a|b|c\n1|2|3\n")
print(sniffed.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
print(list(csv.reader(["x, y,z"], skipinitialspace=True)))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
d0 = date(2024, 1, 31)
print(d0 + timedelta(days=30), (date(2024, 12, 25) - d0).days, d0.isocalendar(), d0.weekday(), d0.isoweekday())
dt = datetime(2024, 3, 10, 14, 5, 9)
print(dt.strftime("%a %b %d %H:%M:%S %Y | %j %U %p %I %y %%"), dt.isoformat(sep=" "), dt.timestamp() > 0)
print(datetime.fromisoformat("2024-02-29T23:59:59") + timedelta(seconds=1), timedelta(days=1, hours=25, minutes=-30))
print(timedelta(hours=36) // timedelta(hours=5), timedelta(hours=36) % timedelta(hours=5), timedelta(weeks=1).total_seconds())
print(repr(timedelta(seconds=-1)), str(timedelta(microseconds=1500)), date.fromordinal(738000), date(2024, 2, 29).replace(year=2025, day=28))
