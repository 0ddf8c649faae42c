# fileinput over several files and stdin: names, line numbers, first lines, in-place editing.
import fileinput
import os
import sys
import tempfile

d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt")
b = os.path.join(d, "b.txt")
with open(a, "w") as f:
    f.write("alpha 1\nalpha 2\n")
with open(b, "w") as f:
    f.write("beta 1\nbeta 2\nbeta 3\n")

for line in fileinput.input([a, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), line.rstrip())

with fileinput.FileInput(files=(a, b)) as fi:
    for line in fi:
        if fi.filelineno() == 1 and fi.filename() == a:
            fi.nextfile()
        print("with:", line.rstrip())

with fileinput.input(b, inplace=True, backup=".orig") as fi:
    for line in fi:
        print(line.rstrip().upper())
print(open(b).read(), end="")
print(open(b + ".orig").read(), end="")
with fileinput.input(b, mode="rb") as fi:
    print([l for l in fi])

try:
    fileinput.filename()
except RuntimeError as e:
    print(e)
sys.argv[1:] = [a]
print([l.rstrip() for l in fileinput.input()])
fileinput.close()
try:
    fileinput.FileInput(a, mode="w")
except ValueError as e:
    print(e)
for p in (a, b, b + ".orig"):
    os.remove(p)
os.rmdir(d)
