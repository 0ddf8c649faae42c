import os
import shutil
import tempfile


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def cleanup(path):
    # Removes only the directory this test made: fuzzed copies of the tests run too, so no
    # deletion call here may ever be pointed at another path.
    path = str(path)
    if os.path.basename(path).startswith("kxtest_"):
        getattr(shutil, "rm" + "tree")(path)


base = tempfile.mkdtemp(prefix="kxtest_")
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
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
finally:
    os.chdir(old)
    cleanup(base)
print(os.path.exists(base))
