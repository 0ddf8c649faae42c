import os
import stat
import tempfile


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# tempfile
d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempdir() is d, tempfile.gettempprefix())
fd, name = tempfile.mkstemp(suffix=".txt", prefix="kx_")
print(type(fd).__name__, os.path.isabs(name), os.path.basename(name).startswith("kx_"),
      name.endswith(".txt"), os.path.dirname(name) == d, oct(os.stat(name).st_mode & 0o777))
os.write(fd, b"abc")
os.close(fd)
print(open(name, "rb").read())
os.unlink(name)
dd = tempfile.mkdtemp(prefix="kxd_")
print(os.path.isdir(dd), oct(os.stat(dd).st_mode & 0o777), os.path.basename(dd)[:4])
fd, inner = tempfile.mkstemp(dir=dd)
os.close(fd)
print(os.path.dirname(inner) == dd)
os.unlink(inner)
os.rmdir(dd)
m = tempfile.mktemp()
print(os.path.exists(m), os.path.dirname(m) == d)

with tempfile.TemporaryDirectory() as td:
    print(type(td).__name__, os.path.isdir(td))
    with open(os.path.join(td, "f"), "w") as fh:
        fh.write("x")
    os.mkdir(os.path.join(td, "sub"))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(suffix="_s")
print(repr(t).startswith("<TemporaryDirectory '"), t.name.endswith("_s"), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile() as f:
    print(os.path.exists(f.name), f.write(b"hello"), f.seek(0), f.read(), f.mode)
    fname = f.name
print(os.path.exists(fname))
f = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
f.write("line1\nline2\n")
f.seek(0)
print([l for l in f], f.name.endswith(".log"))
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)
with tempfile.TemporaryFile() as tf:
    tf.write(b"data")
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryFile("w+", encoding="utf-8") as tf:
    tf.write("é")
    tf.seek(0)
    print(tf.read())

print(__import__("shutil").which("sh") is not None)
with tempfile.SpooledTemporaryFile(max_size=10) as sf:
    sf.write(b"spooled data")
    sf.rollover()
    sf.seek(0)
    print(sf.read(), sf.closed)
print(sf.closed)
