from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("wl")
p = os.path.join(d, "w.txt")
with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
    f.writelines(x + "\n" for x in ["d", "e"])
with open(p) as f:
    print(next(f), end="")
    print(list(f))
with open(p) as f:
    print(f.readline(1), f.readline(100), f.readlines(3))
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, line.strip())
cleanup(d)
