import errno, os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[2], errno.errorcode[errno.EPIPE], errno.errorcode[11], errno.errorcode[35])
print(len(errno.errorcode), sum(1 for n in dir(errno) if n.startswith("E")))
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.EDEADLK == errno.EDEADLOCK, errno.ETIMEDOUT)
for code in (1, 2, 13, 17, 20, 21, 22, 28, 32, 39, 110, 111):
    print(code, errno.errorcode[code], os.strerror(code))
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(names[:8], names[-5:])
print(all(errno.errorcode[getattr(errno, n)] in dir(errno) for n in names))
try:
    open("/nonexistent_dir_kx/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    errno.errorcode[9999]
except KeyError as e:
    print("KeyError", e)
