"""File I/O in a temp dir: text modes, binary, seek/tell, line iteration, encodings, io classes."""
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "notes.txt")

with open(path, "w", encoding="utf-8") as f:
    f.write("first line\n")
    f.writelines(["second\n", "third — ünïcode\n"])
    print("pos", f.tell())
    print("wrote", f.write("no newline"))

with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(path) as f:
    print(f.readline(), end="")
    print(f.read(6))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()))
with open(path, "rb") as f:
    data = f.read()
    print(len(data), data[:10], data.count(b"\n"))
    f.seek(-10, os.SEEK_END)
    print(f.read(), f.tell())
    f.seek(6)
    print(f.read(4), f.tell())
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    print(f.read().splitlines()[-2:])
with open(path, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(f.readline().rstrip())

bpath = os.path.join(tmp, "data.bin")
with open(bpath, "wb") as f:
    f.write(bytes(range(256)))
    f.write(bytearray(b"\x00\x01"))
print(os.path.getsize(bpath))
with open(bpath, "rb") as f:
    f.seek(250)
    print(list(f.read(8)))
    print(f.read(), f.read() == b"")

with open(path, "w", newline="") as f:
    f.write("a\r\nb\nc\r")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()), f.newlines if hasattr(f, "newlines") else None)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    open(os.path.join(tmp, "missing", "x.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    with open(path) as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(f.closed, f.name == path, f.mode)

s = io.StringIO("l1\nl2\nl3")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("a\nb")))
b = io.BytesIO()
b.write(b"hello")
b.seek(0)
print(b.read(2), b.getvalue(), b.tell())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("tëxt")
w.flush()
print(w.buffer.getvalue())
for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print(os.path.isdir(tmp))
