from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("pl")
class P:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s
p = P(os.path.join(d, "pl.txt"))
with open(p, "w") as f:
    f.write("via fspath")
print(open(p).read())
print(os.path.exists(p), os.fspath(p) == p.s, os.path.basename(p))
print(os.stat(p).st_size)
os.remove(p)
try:
    open(42.0)
except TypeError as e:
    print(e)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
cleanup(d)
