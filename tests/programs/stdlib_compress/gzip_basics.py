import gzip, io, os, tempfile
data = b"line one\nline two\n" * 20
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data)
print(gzip.decompress(c + gzip.compress(b'more', mtime=0))[-10:])
try: gzip.decompress(b'xxxxxxxxxxxx')
except gzip.BadGzipFile as e: print("BadGzipFile", e)
try: gzip.decompress(c[:-5])
except EOFError as e: print("EOFError", e)
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt.gz")
with gzip.open(p, "wb") as f:
    print(f.write(data))
with gzip.open(p, "rb") as f:
    print(f.read() == data)
with gzip.open(p, "rt", encoding="utf-8") as f:
    print([l.rstrip() for l in f][:3])
with gzip.open(p, "wt") as f:
    f.write("héllo\nworld\n")
with gzip.open(p) as f:
    print(f.readline(), f.read())
with open(p, "rb") as raw:
    head = raw.read(20)
print(head[3], b"t.txt\0" in head)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"abc")
print(gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.read(), g.mode)
try: gzip.open(p, "rb", encoding="x")
except ValueError as e: print(e)
with gzip.open(p, 'rb') as f:
    try: f.write(b'x')
    except OSError as e: print("OSError", e)
import shutil; shutil.rmtree(d)
