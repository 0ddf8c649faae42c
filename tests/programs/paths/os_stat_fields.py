import os
import stat
import tempfile

fd, name = tempfile.mkstemp(prefix="kxtest_")
os.write(fd, b"x" * 5000)
os.close(fd)
try:
    st = os.stat(name)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
    print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == int(st.st_mtime),
          abs(st.st_mtime_ns / 1e9 - st.st_mtime) < 1e-3, st.st_atime_ns > 0, st.st_ctime_ns > 0)
    print(st.st_blksize > 0, st.st_blocks >= 8, st.st_rdev, st.st_nlink, len(st), st[6], st[stat.ST_SIZE])
    os.utime(name, (1000000000, 1234567890.5))
    st = os.stat(name)
    print(st.st_mtime, st.st_atime, st.st_mtime_ns, st[8], st[7])
    os.utime(name)
    print(os.stat(name).st_mtime > 1234567890.5)
    os.chmod(name, 0o751)
    print(oct(stat.S_IMODE(os.stat(name).st_mode)), stat.filemode(os.stat(name).st_mode))
    print(os.access(name, os.F_OK), os.access(name, os.R_OK), os.access(name + "_no", os.F_OK))
    print(stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o1777 | stat.S_IFDIR))
    try:
        os.utime(name, (1, 2, 3))
    except TypeError as e:
        print("TypeError", e)
    try:
        os.stat(name + "_no")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == name + "_no")
finally:
    os.unlink(name)
print(os.path.exists(name))
