from pathlib import PurePath, PureWindowsPath as W, PurePosixPath, WindowsPath


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("c:/Windows/System32/drivers", "C:\\a\\b.txt", "c:a/b", "c:", "c:/", "/a/b", "\\a",
          "\\\\server\\share\\dir\\f.txt", "//server/share", "//server/share/", "a/b/../c",
          "a\\.\\b", "", ".", "dir\\archive.tar.gz", "\\\\\\x", "d:\\", "1:\\x"):
    p = W(s)
    print(repr(s), repr(p), str(p), p.as_posix(), p.parts, repr(p.drive), repr(p.root),
          repr(p.anchor), repr(p.name), repr(p.stem), repr(p.suffix), repr(p.parent),
          p.is_absolute())
print(W("c:/a", "b", "c"), W("c:/a", "/b"), W("c:/a", "d:b"), W("c:a", "c:b"), W("a", "c:", "/", "x"))
print(W("c:/a") / "b", W("c:/a") / "/b", W("c:/a") / "d:b", W("c:a") / "c:b", W("c:a") / "C:b",
      "x" / W("y"), W("c:/") / "\\\\srv\\sh\\z", W("a").joinpath("b", "c:d", "e"))
print(W("C:/A/b") == W("c:/a/B"), hash(W("C:/A")) == hash(W("c:/a")), W("a") == PurePosixPath("a"),
      W("a") < W("B"), sorted([W("b"), W("A"), W("c:/x")]))
show(lambda: W("a") < PurePosixPath("b"))
print(list(W("c:/a/b").parents), W("c:/a/b").parents[-1], len(W("a/b").parents))
print(W("c:/a/b.py").with_name("C.txt"), W("c:/a/b.py").with_suffix(".pyc"), W("c:/a/b.py").with_stem("z"))
show(lambda: W("c:/").with_name("x"))
show(lambda: W("c:/a").with_name("d:e"))
show(lambda: W("c:/a").with_name("x\\y"))
show(lambda: W("c:/a").with_suffix("\\x"))
print(W("C:/Users/Me/file").relative_to("c:/users"), W("c:/a/b").is_relative_to("C:\\A"))
show(lambda: W("c:/a/b").relative_to("d:/a"))
for pat in ("*.PY", "b/*.py", "c:/*/*.py", "D:/*/*.py", "*"):
    print(pat, W("C:/a/B.py").match(pat))
print(W("c:/x/con.txt").is_reserved(), W("nul").is_reserved(), W("a/b").is_reserved(),
      W("\\\\srv\\sh\\nul").is_reserved(), W("COM1 ").is_reserved())
print(W("c:/a b/c").as_uri(), W("//server/share/x").as_uri())
show(lambda: W("a").as_uri())
print(type(PurePath("x")).__name__, isinstance(W("a"), PurePath))
show(lambda: WindowsPath("a"))
