"""os.path for POSIX systems."""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    try:
        a = _fspath(a)
        parts = [_fspath(b) for b in p]
    except TypeError:
        bad = next(x for x in (a,) + p if not isinstance(x, (str, bytes))
                   and getattr(type(x), "__fspath__", None) is None)
        raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                        % type(bad).__name__) from None
    sep = "/" if isinstance(a, str) else b"/"
    path = a
    for b in parts:
        if type(b) is not type(sep):
            raise TypeError("Can't mix strings and bytes in path components") from None
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (
                new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = abspath(filename)
    r = posix._realpath(filename)
    if r is not None:
        return r
    if strict:
        posix.stat(filename)
    head, tail = split(filename)
    if head == filename:
        return filename
    return join(realpath(head), tail)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_fspath(p) for p in paths]
    split_paths = [p.split(sep) for p in paths]
    isabs_ = {p.startswith(sep) for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_.pop() else ""
    return prefix + sep.join(common)


def _passwd_home(name=None, uid=None):
    """The home directory /etc/passwd gives a user (by name or uid), or None."""
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split(":")
        if len(fields) < 7:
            continue
        if (name is not None and fields[0] == name) or \
                (uid is not None and fields[2] == str(uid)):
            return fields[5]
    return None


def expanduser(path):
    path = _fspath(path)
    tilde = "~" if isinstance(path, str) else b"~"
    if not path.startswith(tilde):
        return path
    sep = "/" if isinstance(path, str) else b"/"
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = posix.environ.get("HOME")
        if userhome is None:
            userhome = _passwd_home(uid=posix.getuid())
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode("utf-8", "surrogateescape")
        userhome = _passwd_home(name=name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        if isinstance(userhome, str):
            userhome = userhome.encode("utf-8", "surrogateescape")
        userhome = userhome.rstrip(b"/")
        return (userhome + path[i:]) or b"/"
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "$" and i + 1 < n:
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in posix.environ:
                out.append(posix.environ[name])
            else:
                out.append(path[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def exists(path):
    return posix._filetype(path, True) is not None


def lexists(path):
    return posix._filetype(path, False) is not None


def isfile(path):
    return posix._filetype(path, True) == "file"


def isdir(s):
    return posix._filetype(s, True) == "dir"


def islink(path):
    return posix._filetype(path, False) == "link"


def ismount(path):
    """Whether `path` is a mount point: its device differs from its parent's, or it is
    its own parent (as `/`)."""
    path = _fspath(path)
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1[0] & 0o170000 == 0o120000:
        return False
    parent = join(path, "..")
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return posix.stat(filename)[6]


def getmtime(filename):
    return posix.stat(filename)[8]


def getatime(filename):
    return posix.stat(filename)[7]


def getctime(filename):
    return posix.stat(filename)[9]


def samefile(f1, f2):
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    s1 = posix.fstat(fp1)
    s2 = posix.fstat(fp2)
    return s1[1] == s2[1] and s1[2] == s2[2]


supports_unicode_filenames = False


def normcase(s):
    return _fspath(s)
