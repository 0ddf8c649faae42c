from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("ax")
p = os.path.join(d, "a.txt")
with open(p, "a") as f:
    f.write("first\n")
with open(p, "a") as f:
    f.write("second\n")
    print(f.tell())
print(open(p).read(), end="")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
q = os.path.join(d, "new.txt")
with open(q, "x") as f:
    f.write("created")
print(open(q).read())
with open(p, "a+") as f:
    f.write("third\n")
    f.seek(0)
    print(f.read(), end="")
cleanup(d)
