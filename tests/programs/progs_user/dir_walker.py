"""Directory walker with pathlib/os/tempfile/shutil; output is deterministic."""
import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "proj"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {
        "README.md": "# Project\n\nHello.\n",
        "src/main.py": "import pkg\nprint('hi')\n",
        "src/pkg/__init__.py": "",
        "src/pkg/util.py": "def f():\n    return 1\n\n\n",
        "docs/guide.txt": "line1\nline2\nline3\n",
    }
    for rel, text in files.items():
        (root / rel).write_text(text)

    def rel(p):
        return p.relative_to(root).as_posix()

    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("*")))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        depth = len(Path(dirpath).relative_to(root).parts)
        print("  " * depth + (Path(dirpath).name + "/"), sorted(filenames))

    total = 0
    for p in sorted(root.rglob("*")):
        if p.is_file():
            size = p.stat().st_size
            total += size
            lines = p.read_text().count("\n")
            print(f"{rel(p):<22} {size:>4} bytes {lines} lines suffix={p.suffix!r} stem={p.stem!r}")
    print("total", total)

    backup = Path(tmp) / "backup"
    shutil.copytree(root, backup)
    print(sorted(rel_p.relative_to(backup).as_posix() for rel_p in backup.rglob("*") if rel_p.is_file()))
    shutil.move(str(backup / "docs" / "guide.txt"), str(backup / "guide.md"))
    print((backup / "guide.md").exists(), (backup / "docs" / "guide.txt").exists())
    shutil.rmtree(backup / "src")
    print(sorted(os.listdir(backup)))
    p = root / "src" / "main.py"
    print(p.name, p.parent.name, p.with_suffix(".txt").name, p.with_name("x.py").name)
    with open(p, "a") as fh:
        fh.write("# end\n")
    print(p.read_text().splitlines())
    os.rename(p, p.with_suffix(".bak"))
    print(sorted(x.name for x in (root / "src").iterdir()))
    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    (root / "docs").mkdir(exist_ok=True)
    print(Path("a/b/../c.tar.gz").suffixes, Path("/x/y").is_absolute(), Path("a") / "b" / "c")
    print(os.path.join("a", "b", "c.txt"), os.path.splitext("f.tar.gz"), os.path.basename("/q/r.s"))
    with tempfile.NamedTemporaryFile("w+", suffix=".tmp", dir=tmp, delete=False) as nt:
        nt.write("data")
        name = nt.name
    print(Path(name).suffix, Path(name).read_text(), os.path.getsize(name))
print(os.path.exists(tmp))
