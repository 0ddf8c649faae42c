"""CSV report with csv + statistics + decimal + fractions."""
import csv
import io
import statistics
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

DATA = """region,product,units,unit_price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.10
East,Widget,7,2.45
South,Gizmo,12,0.99
East,Gadget,1,10.10
North,Gizmo,"5",0.99
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[0])
totals = {}
for r in rows:
    amt = Decimal(r["unit_price"]) * int(r["units"])
    totals.setdefault(r["region"], Decimal("0"))
    totals[r["region"]] += amt

cents = Decimal("0.01")
print(f"{'Region':<8}|{'Total':>10}|{'Share':>8}")
print("-" * 28)
grand = sum(totals.values())
for region, t in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = (t / grand * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    print(f"{region:<8}|{t.quantize(cents):>10}|{share:>7}%")
print(f"{'ALL':<8}|{grand:>10}|")

units = [int(r["units"]) for r in rows]
print("mean", statistics.mean(units), "median", statistics.median(units))
print("stdev %.4f pstdev %.4f" % (statistics.stdev(units), statistics.pstdev(units)))
print("mode", statistics.mode([r["product"] for r in rows]))
print("fmean", statistics.fmean([1.5, 2.5, 4.0]), statistics.median_low([1, 3, 5, 7]))
print("variance", statistics.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]))

getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
print(Decimal("2.675").quantize(cents), round(Decimal("2.675"), 2), Decimal("-0"), Decimal("1E+3"))
f = Fraction(3, 4) + Fraction(5, 6)
print(f, float(f), f.limit_denominator(3), Fraction("0.125"), Fraction(1.5))
print(sum(Fraction(1, n) for n in range(1, 6)))

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["name", "quote", "n"])
w.writerow(["a,b", 'he said "hi"', 3])
w.writerow(["plain", "", None])
print(out.getvalue(), end="")
dw = csv.DictWriter(out, fieldnames=["x", "y"], lineterminator="\n")
out.seek(0); out.truncate()
dw.writeheader(); dw.writerows([{"x": 1, "y": 2}, {"x": "q", "y": ""}])
print(out.getvalue(), end="")
for rec in csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'"):
    print(rec)
