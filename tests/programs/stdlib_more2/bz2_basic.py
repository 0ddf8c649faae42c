import bz2
import hashlib
import io
import os
import tarfile
import tempfile

data = b"hello world\n" * 1000 + bytes(range(256)) * 10
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, len(c), c[:4], hashlib.md5(c).hexdigest(), bz2.decompress(c) == data)
print(bz2.compress(b""), bz2.decompress(bz2.compress(b"")))
c = bz2.BZ2Compressor()
print(c.compress(b"abc"), len(c.flush()))
for call in [c.flush, lambda: c.compress(b"x")]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
d = bz2.BZ2Decompressor()
stream = bz2.compress(b"hello" * 100)
print(d.decompress(stream[:10]), d.needs_input, d.eof)
print(len(d.decompress(stream[10:] + b"extra")), d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
for bad in [b"junk", stream[:-5], b""]:
    try:
        print(bz2.decompress(bad))
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: bz2.compress(b"x", 10), lambda: bz2.BZ2Compressor(0),
             lambda: bz2.compress("text")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bz2.decompress(bz2.compress(b"a") + bz2.compress(b"b") + b"trailing garbage"))
d = bz2.BZ2Decompressor()
print(d.decompress(stream, max_length=7), d.needs_input,
      len(d.decompress(b"", max_length=1000)), d.eof)

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f.bz2")
    with bz2.open(p, "wb") as f:
        print(f.write(b"line one\n"), f.write(b"line two\nthree"), f.tell(), f.writable())
    with bz2.open(p, "ab") as f:
        f.write(b"\nappended\n")
    with bz2.open(p) as f:
        print(f.readline(), f.read(4), f.tell(), f.readable(), f.seekable())
        print(f.read())
        f.seek(0)
        print(list(f))
    with bz2.open(p, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    with bz2.open(p, "wt") as f:
        f.write("caf\u00e9\n")
    with open(p, "rb") as raw:
        print(bz2.decompress(raw.read()))
    with bz2.BZ2File(p, "w", compresslevel=1) as f:
        f.writelines([b"a", b"b"])
    with bz2.BZ2File(open(p, "rb")) as f:
        print(f.read(), f.closed)
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError", e)
    for args in [("x", "rw"), ("x", "rb", 9, "utf-8"), ("x", "z")]:
        try:
            bz2.open(*args)
        except ValueError as e:
            print("ValueError", e)
    with bz2.open(p, "rb") as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    tp = os.path.join(tmp, "a.tar.bz2")
    with tarfile.open(tp, "w:bz2") as tf:
        ti = tarfile.TarInfo("inside.txt")
        ti.size = 5
        tf.addfile(ti, io.BytesIO(b"12345"))
    with tarfile.open(tp) as tf:
        print(tf.getnames(), tf.extractfile("inside.txt").read())
    with tarfile.open(tp, "r:bz2") as tf:
        print(len(tf.getmembers()))
    try:
        tarfile.open(p, "r:bz2")
    except tarfile.ReadError as e:
        print("ReadError", e)
