from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("nl")
p = os.path.join(d, "n.txt")
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\n") as f:
    print(f.readlines())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", newline="") as f:
    f.write("p\r\nq\n")
with open(p, "rb") as f:
    print(f.read())
cleanup(d)
