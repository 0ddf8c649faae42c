rows = [
    ("Widget", 4, 3.5, True),
    ("Gadget extra long name", 12, 10.0, False),
    ("Doohickey", 1000, 0.125, True),
    ("Thing", 0, 1234567.891, False),
]
headers = ("Item", "Qty", "Price", "Stock")
def fmt_row(r):
    return (r[0], str(r[1]), f"{r[2]:,.2f}", "yes" if r[3] else "no")
cells = [headers] + [fmt_row(r) for r in rows]
widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
align = ["<", ">", ">", "^"]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
for i, c in enumerate(cells):
    print("| " + " | ".join(f"{v:{a}{w}}" for v, a, w in zip(c, align, widths)) + " |")
    if i == 0:
        print(sep.replace("-", "="))
print(sep)
total = sum(r[1] * r[2] for r in rows)
print(f"{'Total value:':>30} {total:>15,.2f}")
print(f"{'Mean price:':>30} {sum(r[2] for r in rows) / len(rows):>15.4f}")
print(f"{'In stock:':>30} {sum(r[3] for r in rows):>15d}")
for n in [0, 1, 12, 123, 1234, 12345678, -9876543]:
    print(f"{n:>12,}|{n:<12_}|{n:^+12}|{n:012d}|{n:>#12x}")
for x in [0.0, 1.0, -1.5, 3.14159, 1e-7, 12345.6789, 1e21]:
    print(f"{x:>14.4f}|{x:>14.3e}|{x:>14g}|{x!r:>24}")
print("%-10s|%10s|%-6.2f|%06d" % ("left", "right", 2.0 / 3, 42))
# A multiplication table with column totals
size = 9
print("    |" + "".join(f"{c:>4}" for c in range(1, size + 1)))
print("----+" + "-" * (4 * size))
col_totals = [0] * size
for r in range(1, size + 1):
    vals = [r * c for c in range(1, size + 1)]
    for i, v in enumerate(vals):
        col_totals[i] += v
    print(f"{r:>3} |" + "".join(f"{v:>4}" for v in vals))
print("----+" + "-" * (4 * size))
print(" sum|" + "".join(f"{v:>4}" for v in col_totals))
# A text bar chart, scaled to width 40
data = {"alpha": 17, "beta": 42, "gamma": 5, "delta": 29, "epsilon": 0}
scale = 40 / max(data.values())
name_w = max(map(len, data))
for name, v in sorted(data.items(), key=lambda kv: (-kv[1], kv[0])):
    bar = "█" * round(v * scale)
    print(f"{name:>{name_w}} │{bar:<40}│ {v:>3} ({v / sum(data.values()):6.1%})")
# Centered titles with fill characters
for title in ["Report", "Q3 Summary", ""]:
    print(f"{title:=^30}")
    print(f"[{title:*<12}] [{title:*>12}]")
