from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("fd")
p = os.path.join(d, "fd.bin")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"raw bytes"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
os.close(fd)
with open(fd := os.open(p, os.O_RDONLY), closefd=True) as f:
    print(f.read())
try:
    os.open(os.path.join(d, "nope"), os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno)
cleanup(d)
