from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("ml")
p = os.path.join(d, "big.txt")
with open(p, "w") as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "x" * (i % 50)))
count = 0
total = 0
with open(p) as f:
    for line in f:
        count += 1
        total += len(line)
print(count, total, os.path.getsize(p))
with open(p) as f:
    data = f.read()
print(len(data), data.count("\n"), data[-12:])
with open(p, "rb") as f:
    f.seek(-10, 2)
    print(f.read())
with open(p) as f:
    f.readline()
    print(f.tell(), f.readline())
cleanup(d)
