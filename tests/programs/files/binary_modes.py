from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("bin")
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(f.write(b"\x00\x01abc\nxyz\xff"))
    print(repr(f).replace(d, "<d>"))
with open(p, "rb") as f:
    print(f.read())
with open(p, "rb") as f:
    print(f.read(2), f.readline(), f.read(), f.read())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3))
with open(p, "rb") as f:
    print(f.readlines())
try:
    with open(p, "wb") as f:
        f.write("text")
except TypeError as e:
    print(e)
cleanup(d)
