from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("twr")
p = os.path.join(d, "t.txt")
f = open(p, "w")
print(f.write("line one\n"), f.write("line two\n"), f.write("end"))
f.close()
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print([l.rstrip() for l in f])
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(6)), repr(f.read()))
cleanup(d)
