# Files written and dropped without close(): their bytes are on disk by the time the program
# opens the file again, looks at it through os, or hands it to a child process.
import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "out.txt")

open(p, "w").write("one-liner")
print(open(p).read())


def save(path, text):
    f = open(path, "a")
    f.write(text)


save(p, " + appended")
print(open(p).read())
print(os.path.getsize(p))

open(p, "wb").write(b"bytes too")
print(os.stat(p).st_size, open(p, "rb").read())

open(p, "w").write("for cat")
print(subprocess.run(["cat", p], capture_output=True, text=True).stdout)

# Many dropped files: their descriptors come back (no "Too many open files").
for i in range(600):
    g = open(p, "w")
    g.write(str(i))
    g.close()
    h = open(p)
    h.read()
print(open(p).read())

with open(p, "w") as f:
    f.write("closed properly")
print(open(p).read())
os.remove(p)
os.rmdir(d)
