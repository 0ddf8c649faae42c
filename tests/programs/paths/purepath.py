import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(repr(p), str(p), p.as_posix(), os.fspath(p))
print(p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(repr(p.parent), list(p.parents), len(p.parents), repr(p.parents[0]), repr(p.parents[-1]))
print(p.parents[1:3], repr(p.parents))
show(lambda: p.parents[10])
print(repr(PurePath("a/b")), repr(PurePath()), repr(PurePath(".")), repr(PurePath("")))
for s in ("a//b", "a/./b", "a/../b", "/a/b/", "//a/b", "///a/b", "./a", "a/b/.", "/", "//", "...",
          ".hidden", "archive.tar.gz", "name.", "a.b.c/", "~/x"):
    q = PurePosixPath(s)
    print(repr(s), str(q), q.parts, repr(q.name), repr(q.stem), repr(q.suffix), q.suffixes,
          repr(q.parent), q.is_absolute())
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath("a", PurePosixPath("/x"), "y"))
print(PurePosixPath("/etc") / "init.d" / "reboot", "usr" / PurePosixPath("bin"))
print(PurePosixPath("a").joinpath("b", "c"), PurePosixPath("a") / PurePosixPath("b"))
print(PurePosixPath("a/b.py").with_name("c.txt"), PurePosixPath("a/b.py").with_suffix(".txt"),
      PurePosixPath("a/b.py").with_suffix(""), PurePosixPath("a/b").with_suffix(".gz"),
      PurePosixPath("a/b.tar.gz").with_stem("c"), PurePosixPath("a/b.tar.gz").with_suffix(".bz2"))
show(lambda: PurePosixPath("/").with_name("x"))
show(lambda: PurePosixPath("a").with_name("x/y"))
show(lambda: PurePosixPath("a").with_name(""))
show(lambda: PurePosixPath("a").with_suffix("txt"))
show(lambda: PurePosixPath("a").with_suffix("."))
show(lambda: PurePosixPath("").with_suffix(".x"))
print(PurePosixPath("/etc/passwd").relative_to("/"), PurePosixPath("/etc/passwd").relative_to("/etc"))
print(repr(PurePosixPath("/etc").relative_to("/etc")))
show(lambda: PurePosixPath("/etc/passwd").relative_to("/usr"))
show(lambda: PurePosixPath("a/b").relative_to("/a"))
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
for pat in ("*.py", "b/*.py", "/a/*.py", "a/*.py", "*", "**/*.py", "*.PY", "[ab]/*"):
    print(pat, PurePosixPath("/a/b/c.py").match(pat), PurePosixPath("b/c.py").match(pat))
show(lambda: PurePosixPath("a").match(""))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"),
      PurePosixPath("a") == "a", PurePosixPath("a") != PurePosixPath("b"))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("/z") < PurePosixPath("a"),
      sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), len({PurePosixPath("x"), PurePosixPath("x/")}))
show(lambda: PurePosixPath("a") < "b")
show(lambda: PurePosixPath(5))
show(lambda: PurePosixPath("a") / 5)
print(PurePosixPath("/a b/c").as_uri())
show(lambda: PurePosixPath("a").as_uri())
print(bytes(PurePosixPath("/x/y")), PurePosixPath("a").is_reserved())
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath),
      isinstance(Path("x"), PurePosixPath), repr(Path("a/b")), repr(PosixPath("/")))
print(type(Path("a") / "b").__name__, type(Path("a").parent).__name__)
print(Path("~/x").expanduser() == Path(os.path.expanduser("~/x")), Path("x").expanduser())
print(Path.home() == Path(os.path.expanduser("~")), Path.cwd() == Path(os.getcwd()))
print(Path("a").absolute() == Path(os.getcwd()) / "a", Path("/x").absolute())
