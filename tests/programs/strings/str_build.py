rows = []
for i in range(1, 6):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
print("\n".join(rows))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(f"<{word}>")
print("".join(parts))
s = ""
for i in range(26):
    s += chr(ord("a") + i)
print(s, len(s))
print(s.upper()[::3])
csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome"
table = [line.split(",") for line in csv.splitlines()]
widths = [max(len(r[c]) for r in table) for c in range(3)]
for r in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print(str([1, 2]) + str((3,)) + str({4: 5}))
print(repr("x") + repr(1) + repr(None))
big = "ab" * 5000
print(len(big), big.count("ab"), big[4999:5003])
