import io
import os
import shutil
import tempfile
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("hello.txt", "hello world\n" * 10)
    z.writestr("data/bin.dat", bytes(range(256)))
    z.writestr("empty/", "")
    info = zipfile.ZipInfo("fixed.txt", date_time=(2020, 5, 17, 12, 30, 44))
    z.writestr(info, b"fixed", compress_type=zipfile.ZIP_STORED)
    with z.open("streamed.txt", "w") as f:
        f.write(b"written through open()")

print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    print(z.namelist())
    print(z.read("hello.txt")[:12], len(z.read("hello.txt")))
    print(z.read("data/bin.dat") == bytes(range(256)))
    i = z.getinfo("fixed.txt")
    print(i.filename, i.date_time, i.file_size, i.compress_size, i.compress_type, i.CRC)
    print(z.getinfo("empty/").is_dir(), z.getinfo("hello.txt").is_dir())
    print(z.getinfo("hello.txt").compress_type == zipfile.ZIP_DEFLATED,
          z.getinfo("hello.txt").file_size)
    with z.open("streamed.txt") as f:
        print(f.read())
    with z.open("hello.txt") as f:
        print(io.TextIOWrapper(f, encoding="utf-8").readline())
    try:
        z.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    print(z.testzip())
    print(repr(i))
    print([x.filename for x in z.infolist()])

try:
    zipfile.ZipFile(io.BytesIO(b"garbage" * 10))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print("ValueError", e)

d = tempfile.mkdtemp()
try:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.txt"), "w") as f:
        f.write("beta\n")
    path = os.path.join(d, "arch.zip")
    with zipfile.ZipFile(path, "w") as z:
        z.write(os.path.join(src, "a.txt"), "a.txt")
        z.write(os.path.join(src, "sub", "b.txt"), "sub/b.txt")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("added.txt", "appended")
    with zipfile.ZipFile(path) as z:
        print(sorted(z.namelist()))
        out = os.path.join(d, "out")
        z.extractall(out)
        print(z.extract("a.txt", os.path.join(d, "one")) == os.path.join(d, "one", "a.txt"))
    for root, dirs, files in sorted(os.walk(out)):
        for name in sorted(files):
            with open(os.path.join(root, name)) as f:
                print(os.path.relpath(os.path.join(root, name), out), f.read().strip())
    z = zipfile.ZipFile(path)
    z.close()
    try:
        z.read("a.txt")
    except ValueError as e:
        print("ValueError", e)
finally:
    shutil.rmtree(d)
