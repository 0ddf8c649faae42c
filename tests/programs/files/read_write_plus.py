from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("rwp")
p = os.path.join(d, "rw.txt")
with open(p, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read())
    f.seek(6)
    f.write("there")
    f.seek(0)
    print(f.read())
with open(p, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("HELLO")
with open(p) as f:
    print(f.read())
with open(p, "r+") as f:
    f.truncate(5)
print(repr(open(p).read()))
cleanup(d)
