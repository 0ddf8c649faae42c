from mod_tmp import tmpdir, cleanup
import os, sys
d = tmpdir("pf")
p = os.path.join(d, "p.txt")
with open(p, "w") as f:
    print("a", "b", sep="-", end="!\n", file=f)
    print(1, 2, 3, file=f, flush=True)
print(open(p).read(), end="")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("x", 5, file=c)
print(c.parts)
print("to stdout", file=None)
print("direct", file=sys.stdout)
cleanup(d)
