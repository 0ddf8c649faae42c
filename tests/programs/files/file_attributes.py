from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("attr")
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print(f.name == p, f.mode, f.encoding, f.errors, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(isinstance(f.fileno(), int), f.fileno() > 2)
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f.buffer.raw.mode, f.buffer.mode)
    print(repr(f).replace(d, "<d>"))
    print(repr(f.buffer).replace(d, "<d>"))
    print(repr(f.buffer.raw).replace(d, "<d>"))
with open(p, "r+", encoding="utf-8") as f:
    print(f.mode, f.encoding, f.buffer.raw.mode, type(f.buffer).__name__)
    print(repr(f).replace(d, "<d>"))
with open(p, "ab") as f:
    print(f.mode, type(f).__name__)
cleanup(d)
