from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("cl")
p = os.path.join(d, "c.txt")
f = open(p, "w")
print(f.closed)
f.close()
print(f.closed)
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(p) as g:
    pass
print(g.closed)
cleanup(d)
with open("no_such_dir_kestrel/x.txt", "w") as h:
    pass
