from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("st")
p = os.path.join(d, "s.bin")
with open(p, "wb") as f:
    f.write(b"0123456789")
with open(p, "rb") as f:
    print(f.tell(), f.seek(3), f.read(2), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(-5, 1), f.read(1))
    print(f.seekable(), f.readable(), f.writable())
    try:
        f.seek(0, 7)
    except ValueError as e:
        print(e)
with open(p) as f:
    f.read(4)
    print(f.tell())
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
cleanup(d)
