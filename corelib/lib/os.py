"""os: operating system services, built on the native `posix` module."""

import sys
import posix
import _kestrel_io
import posixpath as path
from posix import getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace, \
    lstat as _lstat, stat as _stat, getpid, strerror, chmod, chown, lchown, utime, symlink, \
    link, readlink, \
    access, putenv, unsetenv, getppid, getuid, geteuid, getgid, getegid, cpu_count, \
    urandom, pipe, dup, dup2, kill, umask, fsync, confstr, read, write, fstat as _fstat, _exit

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
O_NONBLOCK = 2048
O_NDELAY = 2048
O_DSYNC = 4096
O_SYNC = 1052672
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_CLOEXEC = 524288
O_NOCTTY = 256
O_ACCMODE = 3
WNOHANG = 1
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


# The struct-sequence classes are made on first use (module __getattr__ below), keeping
# `import os` cheap.
_STRUCTS = {
    "stat_result": ("os.stat_result",
                    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                     "st_size", "_st_atime", "_st_mtime", "_st_ctime"), "os",
                    ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                     "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")),
    "terminal_size": ("os.terminal_size", ("columns", "lines"), "os", ()),
    "times_result": ("posix.times_result",
                     ("user", "system", "children_user", "children_system", "elapsed"),
                     "posix", ()),
    "uname_result": ("posix.uname_result",
                     ("sysname", "nodename", "release", "version", "machine"), "posix", ()),
    "statvfs_result": ("os.statvfs_result",
                       ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                        "f_ffree", "f_favail", "f_flag", "f_namemax"), "os", ("f_fsid",)),
}


def __getattr__(name):
    spec = _STRUCTS.get(name)
    if spec is None:
        raise AttributeError("module 'os' has no attribute %r" % name)
    import _structseq
    shown, fields, module, extra = spec
    cls = _structseq.make(name, shown, fields, module, extra)
    if name == "stat_result":
        # The tuple holds whole seconds, the attributes the float times.
        cls._fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                       "st_size", "st_atime", "st_mtime", "st_ctime")
        cls.n_unnamed_fields = 3
        cls.__repr__ = _stat_repr
    globals()[name] = cls
    return cls


def _stat_result(values):
    v = tuple(values)
    return _struct("stat_result")(v[:7] + (int(v[7]), int(v[8]), int(v[9])) + v[7:])


def _struct(name):
    return globals().get(name) or __getattr__(name)


def _stat_repr(self):
    parts = ", ".join("%s=%r" % (f, v) for f, v in zip(type(self)._fields, self))
    return "os.stat_result(%s)" % parts


def get_terminal_size(fd=1):
    return _struct("terminal_size")(posix._terminal_size(fd))


def times():
    return _struct("times_result")(posix._times())


def uname():
    return _struct("uname_result")(posix._uname())


def statvfs(path):
    """Statistics of the file system holding `path` (block sizes and counts, inodes)."""
    return _struct("statvfs_result")(posix._statvfs(path))


def fstat(fd):
    return _stat_result(_fstat(fd))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if follow_symlinks:
        return _stat_result(_stat(path))
    return _stat_result(_lstat(path))


def lstat(path, *, dir_fd=None):
    return _stat_result(_lstat(path))


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
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

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
        if key in self._data:
            unsetenv(key)
        return self._data.pop(key, *default)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        return dict(self.items()) == other

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

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


class _PathLikeMeta(type):
    # abc.ABC's subclass hook, without importing abc: a class is a PathLike when it (or a
    # base) defines __fspath__.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any("__fspath__" in vars(c) for c in sub.__mro__)
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


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
        self._stat = None
        self._lstat = None

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_dir(self, *, follow_symlinks=True):
        return posix._filetype(self.path, follow_symlinks) == "dir"

    def is_file(self, *, follow_symlinks=True):
        return posix._filetype(self.path, follow_symlinks) == "file"

    def is_symlink(self):
        return posix._filetype(self.path, False) == "link"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __class_getitem__(cls, item):
        return cls

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


def get_inheritable(fd):
    return False


def waitstatus_to_exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    if 0 < status & 0x7f < 0x7f:
        return -(status & 0x7f)
    raise ValueError("invalid wait status: %d" % status)


def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return 0 < status & 0x7f < 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


def WCOREDUMP(status):
    return bool(status & 0x80)


WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8

# the callables of register_at_fork: (before, after_in_parent, after_in_child)
_at_fork = ([], [], [])


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Callables to run around os.fork(): before it (latest registered
    first), then in the parent or in the child (in registration order)."""
    given = [f for f in (before, after_in_child, after_in_parent) if f is not None]
    if not given:
        raise TypeError("At least one argument is required.")
    for f in given:
        if not callable(f):
            raise TypeError("'%s' must be callable, not %s" % (
                "before" if f is before else "after_in_child" if f is after_in_child
                else "after_in_parent", type(f).__name__))
    if before is not None:
        _at_fork[0].append(before)
    if after_in_parent is not None:
        _at_fork[1].append(after_in_parent)
    if after_in_child is not None:
        _at_fork[2].append(after_in_child)


def _run_hooks(hooks):
    for f in hooks:
        try:
            f()
        except BaseException as e:
            sys.unraisablehook(_unraisable(e, f))


def _unraisable(exc, obj):
    class _U:
        pass
    u = _U()
    u.exc_type, u.exc_value, u.exc_traceback = type(exc), exc, exc.__traceback__
    u.err_msg = "Exception ignored in fork hook"
    u.object = obj
    return u


def fork():
    """Fork a child process: 0 in the child, the child's pid in the parent."""
    import _kestrel_process
    _run_hooks(reversed(_at_fork[0]))
    pid = _kestrel_process.fork()
    if pid == 0:
        # CPython's random registers this hook when imported: a child does
        # not repeat its parent's random numbers
        random = sys.modules.get("random")
        if random is not None:
            random._inst.seed()
    _run_hooks(_at_fork[2] if pid == 0 else _at_fork[1])
    return pid


def forkpty():
    """Fork a child whose controlling terminal is a new pseudo-terminal:
    (0, invalid fd) in the child, (pid, master fd) in the parent."""
    import _kestrel_process
    master, slave = _kestrel_process.openpty()
    pid = fork()
    if pid == 0:
        close(master)
        _kestrel_process.setsid()
        _kestrel_process.make_controlling_tty(slave)
        for fd in (0, 1, 2):
            dup2(slave, fd)
        if slave > 2:
            close(slave)
        return 0, -1
    close(slave)
    return pid, master


def waitpid(pid, options):
    """Wait for a child: (pid, wait status); (0, 0) with WNOHANG when it
    has not ended."""
    import _kestrel_process
    return _kestrel_process.waitpid(pid, options)


def wait():
    """Wait for any child: (pid, wait status)."""
    return waitpid(-1, 0)


def openpty():
    """A new pseudo-terminal: (master fd, slave fd)."""
    import _kestrel_process
    return _kestrel_process.openpty()


def setsid():
    import _kestrel_process
    _kestrel_process.setsid()


def ttyname(fd):
    import _kestrel_process
    return _kestrel_process.ttyname(fd)


def get_blocking(fd):
    import _kestrel_process
    return _kestrel_process.get_blocking(fd)


def set_blocking(fd, blocking):
    import _kestrel_process
    _kestrel_process.set_blocking(fd, blocking)


def _exec_args(name, path, args):
    if not isinstance(args, (list, tuple)):
        raise TypeError("%s() arg 2 must be a tuple or list" % name)
    if not args:
        raise ValueError("%s() arg 2 must not be empty" % name)
    args = [fsdecode(a) if isinstance(a, bytes) else fspath(a) for a in args]
    if not args[0]:
        raise ValueError("%s() arg 2 first element cannot be empty" % name)
    return fsdecode(path) if isinstance(path, bytes) else fspath(path), args


def execv(path, argv):
    """Replace this process with the program at path."""
    import _kestrel_process
    path, argv = _exec_args("execv", path, argv)
    _kestrel_process.execve(path, argv, None)


def execve(path, argv, env):
    """Replace this process with the program at path, with environment env."""
    import _kestrel_process
    path, argv = _exec_args("execve", path, argv)
    if not hasattr(env, "keys"):
        raise TypeError("execve: environment must be a mapping object")
    pairs = []
    for k, v in env.items():
        k = fsdecode(k) if isinstance(k, bytes) else k
        v = fsdecode(v) if isinstance(v, bytes) else v
        if not k or "=" in k:
            raise ValueError("illegal environment variable name")
        pairs.append(k + "=" + v)
    _kestrel_process.execve(path, argv, pairs)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    run = execv if env is None else (lambda p, a: execve(p, a, env))
    if path.dirname(file):
        run(file, args)
        return
    last = None
    for directory in get_exec_path(env):
        try:
            run(path.join(directory, file), args)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if getattr(e, "errno", None) not in (2, 20, 13):
                raise
    if last is not None:
        raise last
    raise FileNotFoundError(2, "No such file or directory", file)


def system(command):
    """Runs `command` with /bin/sh; returns its wait status (exit code * 256, or the
    signal number that ended it)."""
    import subprocess
    rc = subprocess.call(["/bin/sh", "-c", fspath(command)])
    return rc << 8 if rc >= 0 else -rc


class _wrap_close:
    """The file `popen` returns: closing it waits for the command and returns its wait
    status, or None when it succeeded."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        rc = self._proc.wait()
        if rc == 0:
            return None
        return rc << 8 if rc > 0 else -rc

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open descriptor (closing it closes the descriptor)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd).__name__)
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, text=True)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, text=True)
    return _wrap_close(proc.stdin, proc)
