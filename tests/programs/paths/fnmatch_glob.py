import fnmatch
import glob
import os
import tempfile
import shutil


def cleanup(path):
    # Removes only the directory this test made: fuzzed copies of the tests run too, so no
    # deletion call here may ever be pointed at another path.
    path = str(path)
    if os.path.basename(path).startswith("kxtest_"):
        getattr(shutil, "rm" + "tree")(path)

names = ["a.py", "b.txt", "c.PY", ".hidden.py", "[x].py", "ab", "abc", "a]b", "a-b", "data1",
         "data22", "!x"]
for pat in ("*.py", "*.PY", "?b", "a*", "*", "[ab]*", "[!ab]*", "[a-c]?", "*[0-9]",
            "data[0-9][0-9]", "[[]x].py", "a]b", "[]]", "a[]]b", "[!]]*", "[z-a]*", "[!z-a]b",
            "a[", "**", "*.*", "\\*", "[-]", "a[-]b", "[!!]x", "!x"):
    print(repr(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch("README.md", "*.md"), fnmatch.fnmatchcase("README.MD", "*.md"),
      fnmatch.fnmatch("x", ""), fnmatch.fnmatch("", "*"), fnmatch.fnmatch("", "?"))
print(fnmatch.fnmatchcase("a" * 30 + "b", "*a*a*a*a*a*c"), fnmatch.fnmatchcase("a/b", "a*b"))
print(fnmatch.fnmatchcase(b"abc", b"a*"))
for pat in ("*.py", "a?c", "[abc]x", "[!abc]", "plain", "a*b*c", "*", "[]", "[a-z0-9]"):
    print(repr(pat), fnmatch.translate(pat))

print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic("[x]"), glob.escape("a*b?[c]"))
base = tempfile.mkdtemp(prefix="kxtest_")
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs("src/pkg/sub")
    os.makedirs("docs")
    for f in ("src/a.py", "src/b.py", "src/.hid.py", "src/pkg/__init__.py", "src/pkg/sub/deep.py",
              "docs/readme.md", "top.txt", ".dot"):
        with open(f, "w") as fh:
            fh.write(f)
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True)))
    print(sorted(glob.glob("src/*.py")), sorted(glob.glob("src/.*")))
    print(sorted(glob.glob("*/*.py")), sorted(glob.glob("src/*/")), sorted(glob.glob("s?c")))
    print(sorted(glob.glob("**/*.py")))
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("src/**", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("src/**/", recursive=True)))
    print(glob.glob("top.txt"), glob.glob("nope.txt"), glob.glob("docs/"), glob.glob("nope/*"))
    print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.iglob("d*/*")))
    print(sorted(glob.glob(os.path.join(base, "src", "*.py"))) == [os.path.join(base, "src", n) for n in ("a.py", "b.py")])
    print(glob.glob(glob.escape("[x]")))
finally:
    os.chdir(old)
    cleanup(base)
print(os.path.exists(base))
