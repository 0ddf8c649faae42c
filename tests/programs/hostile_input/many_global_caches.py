# More than 65,535 global-lookup cache slots in one code object (the count was kept in 16
# bits, so the attribute caches after them were placed over the end of the table).
names = [f"b{i}" for i in range(7)]
for n in (60000, 65530, 70000):
    src = "".join(f"{v} = 1\n" for v in names)
    src += "x = " + " and ".join(names[i % 7] for i in range(n)) + "\n"
    src += "y = " + " or ".join(names[i % 7] for i in range(n)) + "\n"
    d = {}
    exec(src, d)
    print(n, d["x"], d["y"])

# Global caches and attribute caches in the same big module.
src = "class A: pass\na = A()\n" + "".join(f"a.x{i} = g\n" for i in range(34000))
src += "t = a.x0 + a.x33999\n"
d = {"g": 2}
exec(src, d)
print(d["t"])
