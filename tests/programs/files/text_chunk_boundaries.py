from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("chunk")
p = os.path.join(d, "c.txt")
# Multi-byte characters and \r\n pairs straddle the 8192-byte read boundaries.
parts = []
for i in range(3000):
    parts.append("é" * (i % 7) + "line%d" % i + ("\r\n" if i % 3 == 0 else "\n" if i % 3 == 1 else "\r"))
with open(p, "w", newline="") as f:
    f.write("".join(parts))
with open(p, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], all(l.endswith("\n") for l in lines))
with open(p, encoding="utf-8", newline="") as f:
    raw = f.readlines()
print(len(raw), sum(1 for l in raw if l.endswith("\r\n")), sum(1 for l in raw if l.endswith("\r")))
with open(p, encoding="utf-8") as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, repr(second))
    chunk = f.read(20000)
    rest = f.read()
    print(len(chunk), len(rest), f.read() == "")
with open(p, encoding="utf-8") as f:
    total = 0
    while True:
        s = f.read(997)
        if not s:
            break
        total += len(s)
print(total, total == sum(len(l) for l in lines))
with open(p, "r+", encoding="utf-8") as f:
    f.readline()
    f.seek(f.tell())
    f.write("X")
with open(p, "rb") as f:
    print(f.read(12))
cleanup(d)
