"""Organise a messy download folder: pathlib, os.walk, shutil, glob, fnmatch, file stats,
tempfile, and a dry-run report sorted by size; all paths shown relative to the root."""
import fnmatch
import glob
import hashlib
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

CATEGORIES = {
    "images": ["*.png", "*.jpg", "*.gif"],
    "docs": ["*.pdf", "*.txt", "*.md"],
    "code": ["*.py", "*.rs", "*.json"],
}

FILES = {
    "photo1.png": b"\x89PNG" + b"a" * 100,
    "photo1 (copy).png": b"\x89PNG" + b"a" * 100,
    "notes.txt": b"remember the milk\n",
    "README.md": b"# readme\n",
    "script.py": b"print('hi')\n",
    "data.json": b'{"a": 1}',
    "archive.tar.gz": b"\x1f\x8b" + b"z" * 50,
    "sub/deep/report.pdf": b"%PDF" + b"p" * 300,
    "sub/Holiday.JPG": b"\xff\xd8" + b"j" * 70,
    ".hidden": b"secret",
}


def category(name):
    for cat, patterns in CATEGORIES.items():
        if any(fnmatch.fnmatch(name.lower(), p) for p in patterns):
            return cat
    return "other"


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(32), b""):
            h.update(chunk)
    return h.hexdigest()[:12]


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "Downloads"
    for rel, data in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.startswith("."):
                continue
            full = Path(dirpath, fn)
            found.append((full.relative_to(root).as_posix(), full.stat().st_size))
    print(found)
    print(sorted(os.path.relpath(p, root) for p in glob.glob(str(root / "**" / "*.p*"), recursive=True)))
    print(sorted(p.name for p in root.rglob("*.png")), [p.suffixes for p in root.glob("*.gz")])

    by_hash = defaultdict(list)
    for rel, _ in found:
        by_hash[digest(root / rel)].append(rel)
    dupes = [sorted(v) for v in by_hash.values() if len(v) > 1]
    print("duplicates:", dupes)

    plan = defaultdict(list)
    for rel, size in sorted(found, key=lambda t: (-t[1], t[0])):
        plan[category(Path(rel).name)].append(rel)
    for cat in sorted(plan):
        print(f"{cat:>7}: {plan[cat]}")

    for cat, items in plan.items():
        dest = root / cat
        dest.mkdir(exist_ok=True)
        for rel in items:
            src = root / rel
            target = dest / src.name
            if target.exists():
                target = target.with_stem(target.stem + "-2")
            shutil.move(str(src), target)
    shutil.rmtree(root / "sub")
    tree = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    print(tree)
    shutil.copytree(root / "docs", root / "docs-backup")
    print(sorted(os.listdir(root)), len(list((root / "docs-backup").iterdir())))
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print("total bytes:", total, "| disk usage has fields:", hasattr(shutil.disk_usage(tmp), "free"))
    p = root / "docs" / "notes.txt"
    print(p.read_text().strip(), p.with_suffix(".bak").name, p.parent.name, p.stem, p.match("*.txt"), p.is_absolute())
    print(Path("a/b/../c.tar.gz").suffix, Path("a/b/c").parts, Path("/x/y").anchor, Path("rel").joinpath("x", "y").as_posix())
    print(os.path.splitext("a/b.c.d"), os.path.split("/a/b/c"), os.path.join("a", "/b", "c"), os.path.normpath("a//b/./c/.."), os.path.commonprefix(["/usr/lib", "/usr/local"]))
