import os, shutil, tempfile, pathlib, glob, fnmatch, io
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "src").mkdir()
    (base / "src" / "sub").mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(["a.txt", "b.py", "sub/c.txt", "sub/d.md"]):
        p = base / "src" / name
        p.write_text(f"file {i}\n" * (i + 1))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
    print(sorted(p.name for p in (base / "src").iterdir()))
    for root, dirs, files in sorted(os.walk(base / "src")):
        dirs.sort()
        print(os.path.relpath(root, d), sorted(files))
    shutil.copytree(base / "src", base / "dst")
    shutil.copy(base / "src" / "a.txt", base / "copy.txt")
    print((base / "copy.txt").read_text().count("\n"), (base / "dst" / "sub" / "d.md").exists())
    shutil.move(str(base / "copy.txt"), str(base / "moved.txt"))
    print(sorted(os.listdir(d)))
    shutil.rmtree(base / "dst")
    print(sorted(os.listdir(d)), os.path.getsize(base / "moved.txt"))
    p = base / "src" / "b.py"
    print(p.suffix, p.stem, p.name, p.parent.name, p.with_suffix(".txt").name, p.stat().st_size, p.is_file(), p.is_dir())
    with open(p, "a") as f: f.write("more\n")
    with p.open() as f: print(f.readlines())
    (base / "bin.dat").write_bytes(bytes(range(5)))
    print((base / "bin.dat").read_bytes())
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, "src", "*"))))
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, "**", "*.md"), recursive=True)))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=d, delete=False) as tf:
        tf.write("hello"); tf.seek(0); print(tf.read(), tf.name.endswith(".log"))
    os.remove(tf.name)
    os.rename(base / "moved.txt", base / "r.txt")
    print(sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in sorted(os.scandir(d), key=lambda e: e.name)])
    try:
        open(base / "nope.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        (base / "src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(shutil.disk_usage(d).total > 0, shutil.which("sh") is not None)
print(fnmatch.fnmatch("foo.txt", "*.txt"), fnmatch.filter(["a.py", "b.txt"], "*.py"))
print(Path("/a/b/c.tar.gz").suffixes, Path("a") / "b" / "c", Path("/a/b").parts, Path("x/y/../z").as_posix(), pathlib.PurePosixPath("/a").joinpath("b"))
print(os.path.join("a", "b", "/c"), os.path.splitext("x.tar.gz"), os.path.split("/a/b/c"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.sep, os.path.commonprefix(["abc", "abd"]), os.path.dirname("/a/b"))
