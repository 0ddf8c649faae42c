from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("wce")
p = os.path.join(d, "w.txt")
try:
    with open(p, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print(e, f.closed)
print(open(p).read())
f2 = open(p)
print(f2.__enter__() is f2)
f2.__exit__(None, None, None)
print(f2.closed)
cleanup(d)
