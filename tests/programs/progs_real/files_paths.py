import glob
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

base = Path(tempfile.mkdtemp(prefix="kfiles_"))
try:
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "docs").mkdir()
    files = {
        "src/main.py": "print('hi')\n",
        "src/pkg/__init__.py": "",
        "src/pkg/util.py": "def f():\n    return 1\n",
        "docs/readme.md": "# Title\n\nSome text.\n",
        "docs/notes.txt": "a\nb\nc\n",
        "setup.cfg": "[metadata]\nname = demo\n",
    }
    for rel, content in files.items():
        (base / rel).write_text(content)
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*")))
    print(sorted(p.name for p in base.glob("src/**/*.py")))
    print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / "docs" / "*.*"))))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
    for dirpath, dirnames, filenames in sorted(os.walk(base)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, base)
        print(f"{rel}: dirs={dirnames} files={sorted(filenames)}")
    readme = base / "docs" / "readme.md"
    print(readme.name, readme.stem, readme.suffix, readme.parent.name, readme.exists(), readme.is_file())
    print(readme.stat().st_size, os.path.getsize(readme), len(readme.read_bytes()))
    print(readme.with_suffix(".rst").name, readme.with_name("x.md").name)
    with readme.open("a") as f:
        f.write("More.\n")
    print(readme.read_text().splitlines())
    shutil.copy(readme, base / "copy.md")
    shutil.copytree(base / "src", base / "src2")
    print(sorted(os.listdir(base)))
    os.rename(base / "copy.md", base / "moved.md")
    shutil.move(str(base / "moved.md"), str(base / "docs"))
    print(sorted(os.listdir(base / "docs")))
    shutil.rmtree(base / "src2")
    (base / "docs" / "notes.txt").unlink()
    print(sorted(e.name for e in os.scandir(base / "docs")), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
    try:
        (base / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base / "docs")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=base, delete=False) as tf:
        tf.write("line1\nline2\n")
        tf.seek(0)
        print(tf.readline().strip(), tf.name.endswith(".log"))
    print(os.path.exists(tf.name))
    p = PurePosixPath("/usr/local/lib/python3.11/site.py")
    print(p.parts, p.parents[1], p.suffixes, p.anchor, p.is_absolute())
    print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("x/y.tar.gz").suffixes)
    print(os.path.join("a", "b", "/c"), os.path.splitext("f.tar.gz"), os.path.normpath("a//b/./c/../d"))
    print(os.path.split("/x/y/z.txt"), os.path.dirname("/x/y/"), os.path.commonprefix(["/a/bc", "/a/bd"]))
    print(Path("a/b").match("*/b"), PurePosixPath("/a/b/c").relative_to("/a"))
    cwd = os.getcwd()
    os.chdir(base)
    print(Path.cwd() == base.resolve(), Path("docs").resolve() == (base / "docs").resolve())
    os.chdir(cwd)
finally:
    shutil.rmtree(base)
print(base.exists())
