from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("os")
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull)
print(os.getcwd() == os.path.abspath("."))
old = os.getcwd()
os.chdir(d)
print(os.getcwd() == d)
with open("f1.txt", "w") as f:
    f.write("12345")
os.mkdir("sub")
print(sorted(os.listdir()), sorted(os.listdir(d)))
os.rename("f1.txt", "f2.txt")
print(sorted(os.listdir(".")))
os.replace("f2.txt", "sub/f3.txt")
print(os.listdir("sub"))
st = os.stat("sub/f3.txt")
print(st.st_size, isinstance(st.st_mtime, float), oct(st.st_mode & 0o170000))
os.remove("sub/f3.txt")
os.rmdir("sub")
print(os.listdir("."))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove("nothing")
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir("nothing")
except OSError as e:
    print(type(e).__name__, e)
os.chdir(old)
print(isinstance(os.getpid(), int))
print(os.fspath("x"), os.fspath(os.path.join("a", "b")))
cleanup(d)
