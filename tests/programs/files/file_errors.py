from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("err")
missing = os.path.join(d, "missing.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
    print(str(e).replace(d, "<d>"))
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(os.path.join(d, "nodir", "x.txt"), "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(isinstance(FileNotFoundError(), OSError), OSError(2, "x").__class__.__name__)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)
e = OSError(2, "No such file or directory", "f.txt")
print(e, e.args, repr(e))
cleanup(d)
open("definitely_missing_file.txt")
