import io
import os
import tarfile
import tempfile


def info(name, data=b"", mode=0o644, mtime=1700000000, **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mode = mode
    ti.mtime = mtime
    ti.uname = "user"
    ti.gname = "group"
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti


buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tf:
    tf.addfile(info("hello.txt", b"hello world\n"), io.BytesIO(b"hello world\n"))
    d = info("sub", mode=0o755)
    d.type = tarfile.DIRTYPE
    tf.addfile(d)
    tf.addfile(info("sub/data.bin", bytes(range(256)) * 3), io.BytesIO(bytes(range(256)) * 3))
    link = info("sub/link", linkname="../hello.txt")
    link.type = tarfile.SYMTYPE
    tf.addfile(link)
    long_name = "deep/" + "x" * 120 + ".txt"
    tf.addfile(info(long_name, b"long"), io.BytesIO(b"long"))
    tf.addfile(info("caf\u00e9.txt", b"u"), io.BytesIO(b"u"))
    tf.addfile(info("float.txt", b"f", mtime=1700000000.5), io.BytesIO(b"f"))
raw = buf.getvalue()
print(len(raw), len(raw) % tarfile.RECORDSIZE)
print(raw[:100].rstrip(b"\0"), raw[100:148], raw[148:156], raw[156:157], raw[257:265])
import hashlib
print(hashlib.sha256(raw).hexdigest())

buf.seek(0)
with tarfile.open(fileobj=buf) as tf:
    print(tf.getnames())
    for m in tf.getmembers():
        print(m.name[:30], m.size, oct(m.mode), m.mtime, m.type, m.isfile(), m.isdir(),
              m.issym(), m.linkname, m.uname, m.gname, m.uid, m.gid, sorted(m.pax_headers))
    print(tf.extractfile("hello.txt").read(), tf.extractfile("sub") is None)
    f = tf.extractfile("sub/link")
    print(f.read(), tf.extractfile(tf.getmember("sub/data.bin")).read()[:5])
    f = tf.extractfile("sub/data.bin")
    print(f.read(3), f.tell(), f.seek(256), f.read(2), f.readable())
    try:
        tf.getmember("nope")
    except KeyError as e:
        print("KeyError", e)
    m = tf.getmember("hello.txt")
    print(m.path, m.offset, m.offset_data, m.chksum > 0, repr(m).startswith("<TarInfo 'hello.txt' at 0x"))
    tf.list(verbose=False)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "inner"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "inner", "b.txt"), "w") as f:
        f.write("beta\n" * 100)
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    for mode, ext in [("w", ".tar"), ("w:gz", ".tar.gz"), ("w:", ".tar2")]:
        path = os.path.join(d, "arch" + ext)
        with tarfile.open(path, mode) as tf:
            tf.add(src, arcname="src")
        print(mode, tarfile.is_tarfile(path))
        with tarfile.open(path) as tf:
            names = tf.getnames()
            print(names, [oct(m.mode) for m in tf.getmembers()])
            out = os.path.join(d, "out" + ext)
            tf.extractall(out)
        for root, dirs, files in sorted(os.walk(out)):
            dirs.sort()
            for fn in sorted(files):
                p = os.path.join(root, fn)
                with open(p) as f:
                    print(os.path.relpath(p, out), len(f.read()), oct(os.stat(p).st_mode & 0o777))
    path = os.path.join(d, "arch.tar")
    with tarfile.open(path, "a") as tf:
        tf.addfile(info("appended.txt", b"more"), io.BytesIO(b"more"))
    with tarfile.open(path, "r:") as tf:
        print(tf.getnames()[-2:], tf.extractfile("appended.txt").read())
        tf.extract("src/a.txt", os.path.join(d, "one"))
        print(os.listdir(os.path.join(d, "one", "src")))
    with tarfile.open(os.path.join(d, "arch.tar.gz"), "r:gz") as tf:
        print(len(tf.getmembers()))
    try:
        tarfile.open(os.path.join(d, "arch.tar"), "r:gz")
    except tarfile.ReadError as e:
        print("ReadError", e)
    with open(os.path.join(d, "junk"), "wb") as f:
        f.write(b"this is not a tar file at all" * 30)
    print(tarfile.is_tarfile(os.path.join(d, "junk")))
    try:
        tarfile.open(os.path.join(d, "junk"))
    except tarfile.ReadError as e:
        print("ReadError", str(e).splitlines()[0])
    open(os.path.join(d, "empty"), "wb").close()
    try:
        tarfile.open(os.path.join(d, "empty"), "r:")
    except tarfile.ReadError as e:
        print("ReadError", e)
    with tarfile.open(os.path.join(d, "none.tar"), "w"):
        pass
    with tarfile.open(os.path.join(d, "none.tar")) as tf:
        print(tf.getmembers(), os.path.getsize(os.path.join(d, "none.tar")))
    with tarfile.open(os.path.join(d, "filt.tar"), "w") as tf:
        tf.add(src, arcname="src", filter=lambda ti: None if ti.name.endswith("b.txt") else ti)
    with tarfile.open(os.path.join(d, "filt.tar")) as tf:
        print(tf.getnames())
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode="w") as tf:
        tf.addfile(info("../escape.txt", b"x"), io.BytesIO(b"x"))
        tf.addfile(info("/abs.txt", b"y"), io.BytesIO(b"y"))
    for flt in ["data", "tar"]:
        evil.seek(0)
        with tarfile.open(fileobj=evil) as tf:
            for m in tf.getmembers():
                try:
                    tf.extract(m, os.path.join(d, "safe"), filter=flt)
                    print(flt, "extracted", m.name)
                except tarfile.FilterError as e:
                    print(flt, type(e).__name__, str(e).split(" would")[0])
    try:
        tarfile.open(os.path.join(d, "x.tar"), "q")
    except ValueError as e:
        print("ValueError", e)
    try:
        tarfile.open(os.path.join(d, "x.tar"), "w:zz")
    except tarfile.CompressionError as e:
        print("CompressionError", e)

ustar = io.BytesIO()
with tarfile.open(fileobj=ustar, mode="w", format=tarfile.USTAR_FORMAT) as tf:
    tf.addfile(info("a/" * 60 + "f", b"z"), io.BytesIO(b"z"))
ustar.seek(0)
with tarfile.open(fileobj=ustar) as tf:
    print(len(tf.getnames()[0]), tf.getmembers()[0].name[:10])
gnu = io.BytesIO()
with tarfile.open(fileobj=gnu, mode="w", format=tarfile.GNU_FORMAT) as tf:
    tf.addfile(info("g" * 150, b"q"), io.BytesIO(b"q"))
print(hashlib.sha256(gnu.getvalue()).hexdigest())
gnu.seek(0)
with tarfile.open(fileobj=gnu) as tf:
    print(len(tf.getnames()[0]), tf.extractfile(tf.getmembers()[0]).read())
