from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("mw")
os.makedirs(os.path.join(d, "a", "b", "c"))
os.makedirs(os.path.join(d, "a", "b", "c"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "a"))
except FileExistsError as e:
    print(type(e).__name__)
for name in ["a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "top.txt"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
print([x[0].replace(d, "") for x in os.walk(d, topdown=False)][-1] == "")
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(d))
print(entries)
with os.scandir(os.path.join(d, "a")) as it:
    print(sorted(e.name for e in it))
cleanup(d)
