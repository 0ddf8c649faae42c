"""pathlib: object-oriented file system paths (POSIX flavour).

A path is its root ('', '/' or '//') and a tuple of name parts, parsed once when made;
every other pure operation works on those. Windows paths are not supported."""

import os
import fnmatch as _fnmatch
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _split(arg, parts, root):
    """Adds one argument's parts; returns the root in force after it."""
    if arg.startswith("/"):
        parts.clear()
        stripped = arg.lstrip("/")
        root = "//" if len(arg) - len(stripped) == 2 else "/"
        arg = stripped
    for p in arg.split("/"):
        if p and p != ".":
            parts.append(p)
    return root


class _PathParents:
    """The logical ancestors of a path, nearest first."""
    __slots__ = ("_path", "_n")

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path that does no I/O."""
    __slots__ = ("_root", "_parts", "_str", "_hash")
    _flavour = "posix"
    _sep = "/"

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        parts = []
        root = ""
        for a in args:
            if isinstance(a, PurePath):
                if a._root:
                    parts.clear()
                    root = a._root
                parts.extend(a._parts)
                continue
            if isinstance(a, str):
                s = a
            else:
                try:
                    s = os.fspath(a)
                except TypeError:
                    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                    % type(a).__name__) from None
                if not isinstance(s, str):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % (type(s),))
            root = _split(s, parts, root)
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _new(self, root, parts):
        return type(self)._make(root, parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + self._sep.join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._sep, "/")

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + "".join(
            c if c.isalnum() or c in "/-._~!$&'()*+,;=:@" else
            "".join("%%%02X" % b for b in c.encode("utf-8")) for c in str(self))

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def _key(self):
        return (self._root, self._parts)

    def _fold(self, s):
        """A name as comparisons see it (Windows names ignore case)."""
        return s

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._flavour != self._flavour:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath) or other._flavour != self._flavour:
            return None
        return [self._fold(p) for p in self.parts], [self._fold(p) for p in other.parts]

    def __lt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] < c[1]

    def __le__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] >= c[1]

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not isinstance(name, str):
            raise TypeError("expected str, not %s" % type(name).__name__)
        if not name or "/" in name or name == "." or self._bad_name(name):
            raise ValueError("Invalid name %r" % (name,))
        return self._new(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if not isinstance(suffix, str):
            raise TypeError("expected str, not %s" % type(suffix).__name__)
        if "/" in suffix or self._sep in suffix or (suffix and not suffix.startswith(".")) \
                or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._new(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        fold = self._fold
        if fold(base._root) != fold(self._root) or \
                [fold(p) for p in self._parts[:n]] != [fold(p) for p in base._parts]:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._new("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, pattern):
        pat = type(self)(pattern)
        fold = self._fold
        if not pat._root and not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if fold(pat._root) != fold(self._root) or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not _fnmatch.fnmatchcase(fold(part), fold(p)):
                return False
        return True

    def _bad_name(self, name):
        return False


class PurePosixPath(PurePath):
    __slots__ = ()
    _flavour = "posix"
    _sep = "/"


def _win_splitroot(s):
    """(anchor, rest) of a Windows path with backslashes: the anchor is a drive ('c:'),
    a UNC share ('\\\\server\\share'), either followed by a root '\\', or a root alone."""
    drv = ""
    if s[:2] == "\\\\" and s[2:3] != "\\":
        i = s.find("\\", 2)
        if i != -1:
            j = s.find("\\", i + 1)
            if j != i + 1:
                if j == -1:
                    j = len(s)
                return s[:j] + "\\", s[j + 1:]
    if s[1:2] == ":" and s[:1].isascii() and s[:1].isalpha():
        drv, s = s[:2], s[2:]
    if s[:1] == "\\":
        return drv + "\\", s.lstrip("\\")
    return drv, s


def _win_drive(anchor):
    return anchor[:-1] if anchor.endswith("\\") else anchor


_WIN_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | \
    {"COM%s" % c for c in "123456789\xb9\xb2\xb3"} | {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"}


class PureWindowsPath(PurePath):
    """A Windows path: drive letters or UNC shares, backslashes, names that ignore case."""
    __slots__ = ()
    _flavour = "windows"
    _sep = "\\"

    @classmethod
    def _from_args(cls, args):
        # The last argument with an anchor decides it; a root without a drive keeps the
        # drive of an earlier argument (so ("c:", "/", "a") is c:\\a).
        strs = []
        for a in args:
            if isinstance(a, PurePath):
                strs.append(str(a) if isinstance(a, PureWindowsPath) else a.as_posix())
                continue
            if isinstance(a, str):
                strs.append(a)
                continue
            try:
                v = os.fspath(a)
            except TypeError:
                raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                % type(a).__name__) from None
            if not isinstance(v, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(v),))
            strs.append(v)
        parts = []
        anchor = ""
        for k in range(len(strs) - 1, -1, -1):
            anchor, rest = _win_splitroot(strs[k].replace("/", "\\"))
            parts[:0] = [p for p in rest.split("\\") if p and p != "."]
            if anchor:
                if not _win_drive(anchor):
                    for earlier in reversed(strs[:k]):
                        drv = _win_drive(_win_splitroot(earlier.replace("/", "\\"))[0])
                        if drv:
                            anchor = drv + anchor
                            break
                break
        return cls._make(anchor, parts)

    def _join(self, other):
        """self / other: an anchored other replaces self, except that a root keeps
        self's drive and the same drive continues self."""
        o = type(self)(other)
        if o._root.endswith("\\"):
            if not _win_drive(o._root) and _win_drive(self._root):
                return self._new(_win_drive(self._root) + o._root, o._parts)
            return o
        if o._root:
            if o._root.lower() == _win_drive(self._root).lower():
                return self._new(self._root, self._parts + o._parts)
            return o
        return self._new(self._root, self._parts + o._parts)

    def __truediv__(self, key):
        try:
            return self._join(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key)._join(self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        p = self
        for a in args:
            p = p._join(a)
        return p

    def _key(self):
        return (self._root.lower(), tuple(p.lower() for p in self._parts))

    def _fold(self, s):
        return s.lower()

    @property
    def drive(self):
        return _win_drive(self._root)

    @property
    def root(self):
        return "\\" if self._root.endswith("\\") else ""

    def is_absolute(self):
        return bool(self.drive and self.root)

    def _bad_name(self, name):
        anchor, rest = _win_splitroot(name.replace("/", "\\"))
        return bool(anchor) or "\\" in name or len([p for p in rest.split("\\") if p]) != 1

    def is_reserved(self):
        if not self._parts or self._root.startswith("\\\\"):
            return False
        name = self._parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WIN_RESERVED

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        path = self.as_posix()
        drive = self.drive
        if len(drive) == 2 and drive[1] == ":":
            prefix, path = "file:///" + drive, path[2:]
        else:
            prefix, path = "file:", path
        return prefix + "".join(
            c if c.isalnum() or c in "/-._~!$&'()*+,;=:@" else
            "".join("%%%02X" % b for b in c.encode("utf-8")) for c in path)


class Path(PurePath):
    """A path with file system operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return type(self)(os.path.realpath(self))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return os.stat(self, follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and _stat.S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and _stat.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and _stat.S_ISLNK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and _stat.S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and _stat.S_ISSOCK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISCHR(m)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._new(self._root, self._parts + (name,))

    def _select(self, parts, i, path, seen_dirs):
        """Paths under `path` matching pattern parts[i:]."""
        if i == len(parts):
            yield path
            return
        part = parts[i]
        if part == "**":
            # Zero or more directories, each visited once.
            for d in self._walk_dirs(path):
                yield from self._select(parts, i + 1, d, seen_dirs)
            return
        if part == "..":
            yield from self._select(parts, i + 1, path._new(path._root, path._parts + ("..",)),
                                    seen_dirs)
            return
        last = i == len(parts) - 1
        if not any(c in part for c in "*?["):
            child = path._new(path._root, path._parts + (part,))
            if last:
                if child.exists():
                    yield child
            elif child.is_dir():
                yield from self._select(parts, i + 1, child, seen_dirs)
            return
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            if not _fnmatch.fnmatchcase(name, part):
                continue
            child = path._new(path._root, path._parts + (name,))
            if last:
                yield child
            elif child.is_dir():
                yield from self._select(parts, i + 1, child, seen_dirs)

    def _walk_dirs(self, path):
        yield path
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            child = path._new(path._root, path._parts + (name,))
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def glob(self, pattern):
        if not isinstance(pattern, str):
            pattern = os.fspath(pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith("/"):
            parts.append("")
        seen = set()
        for p in self._select([q for q in parts if q], 0, self, None):
            if parts and parts[-1] == "" and not p.is_dir():
                continue
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        if not isinstance(pattern, str):
            pattern = os.fspath(pattern)
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self.glob("**/" + pattern if pattern else "**")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view.tobytes())

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == "~":
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
