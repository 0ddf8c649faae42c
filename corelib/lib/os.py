"""os: operating system services, built on the native `posix` module."""

import sys
import posix
import _kestrel_io
import posixpath as path
from posix import getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace, \
    lstat as _lstat, stat as _stat, getpid, strerror, chmod, utime, symlink, link, readlink, \
    access, kill

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result:
    n_sequence_fields = 10
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        values = tuple(values)
        self._values = values[:10]
        self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid, \
            self.st_size, self.st_atime, self.st_mtime, self.st_ctime = self._values
        if len(values) == 16:
            self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns, self.st_blksize, \
                self.st_blocks, self.st_rdev = values[10:]

    def __getitem__(self, i):
        v = self._values[i]
        if isinstance(i, int) and 7 <= i % 10 <= 9:
            return int(v)
        return v

    def __len__(self):
        return 10

    def __iter__(self):
        return iter([self[i] for i in range(10)])

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._values == other._values

    def __repr__(self):
        parts = ", ".join("%s=%r" % (f, self[i]) for i, f in enumerate(self._fields))
        return "os.stat_result(%s)" % parts


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if follow_symlinks:
        return stat_result(_stat(path))
    return stat_result(_lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_lstat(path))


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return "environ(%r)" % (self._data,)


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__")


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(path).__name__)
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(r).__name__))
    return r


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return posix._filetype(self.path, follow_symlinks) == "dir"

    def is_file(self, *, follow_symlinks=True):
        return posix._filetype(self.path, follow_symlinks) == "file"

    def is_symlink(self):
        return posix._filetype(self.path, False) == "link"

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(p="."):
    p = fspath(p)
    return _ScandirIterator([DirEntry(p, n) for n in listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _kestrel_io.open(fspath(path), flags, mode)


def read(fd, n):
    return _kestrel_io.read(fd, n)


def write(fd, data):
    return _kestrel_io.write(fd, data)


def close(fd):
    _kestrel_io.close(fd)


def lseek(fd, pos, how):
    if how not in (0, 1, 2):
        raise OSError(22, "Invalid argument")
    return _kestrel_io.lseek(fd, pos, how)


def isatty(fd):
    return _kestrel_io.isatty(fd)


def get_exec_path(env=None):
    return environ.get("PATH", defpath).split(pathsep)


def cpu_count():
    return None


def urandom(n):
    raise NotImplementedError("os.urandom is not available")
