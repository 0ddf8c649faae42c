import os
import shutil
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

# shutil
base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    with open("src.txt", "w") as fh:
        fh.write("content\n" * 3)
    os.chmod("src.txt", 0o640)
    print(shutil.copyfile("src.txt", "dst.txt"), open("dst.txt").read().count("\n"))
    show(lambda: shutil.copyfile("src.txt", "src.txt"))
    show(lambda: shutil.copyfile("missing.txt", "x.txt"))
    os.mkdir("dir")
    show(lambda: shutil.copyfile("src.txt", "dir"))
    print(shutil.copy("src.txt", "dir"), oct(os.stat("dir/src.txt").st_mode & 0o777))
    print(shutil.copy("src.txt", "copy.txt"), oct(os.stat("copy.txt").st_mode & 0o777))
    os.utime("src.txt", (1000000000, 1000000000))
    print(shutil.copy2("src.txt", "copy2.txt"), os.stat("copy2.txt").st_mtime)
    shutil.copymode("src.txt", "dst.txt")
    print(oct(os.stat("dst.txt").st_mode & 0o777))
    os.makedirs("tree/a/b")
    for p in ("tree/x.py", "tree/a/y.pyc", "tree/a/b/z.py"):
        with open(p, "w") as fh:
            fh.write(p)
    print(shutil.copytree("tree", "tree2"))
    print(sorted(os.path.join(r, f) for r, ds, fs in os.walk("tree2") for f in fs))
    show(lambda: shutil.copytree("tree", "tree2"))
    shutil.copytree("tree", "tree2", dirs_exist_ok=True)
    shutil.copytree("tree", "tree3", ignore=shutil.ignore_patterns("*.pyc"))
    print(sorted(os.path.join(r, f) for r, ds, fs in os.walk("tree3") for f in fs))
    print(shutil.move("copy.txt", "moved.txt"), os.path.exists("copy.txt"), os.path.exists("moved.txt"))
    print(shutil.move("moved.txt", "dir"), os.path.exists("dir/moved.txt"))
    print(shutil.move("tree3", "dir"), os.path.isdir("dir/tree3"))
    show(lambda: shutil.move("dir/src.txt", "dir"))
    with open("src2.txt", "w") as fh:
        fh.write("x")
    with open("dir/src2.txt", "w") as fh:
        fh.write("y")
    show(lambda: shutil.move("src2.txt", "dir"))
    shutil.rmtree("tree2")
    print(os.path.exists("tree2"))
    show(lambda: shutil.rmtree("tree2"))
    shutil.rmtree("tree2", ignore_errors=True)
    errs = []
    shutil.rmtree("tree2", onerror=lambda fn, p, ei: errs.append((fn.__name__, p, ei[0].__name__)))
    print(errs)
    os.symlink("tree", "tlink")
    show(lambda: shutil.rmtree("tlink"))
    os.unlink("tlink")

    # which
    os.mkdir("bin")
    with open("bin/tool", "w") as fh:
        fh.write("#!/bin/sh\n")
    os.chmod("bin/tool", 0o755)
    with open("bin/noexec", "w") as fh:
        fh.write("")
    print(shutil.which("tool", path="bin"), shutil.which("noexec", path="bin"),
          shutil.which("nothing", path="bin"), shutil.which("bin/tool"), shutil.which("tool", path=""))
    print(shutil.which("sh") is not None)
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
