"""glob: path names matching a shell pattern, with '**' for any depth when recursive."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    return any(c in s for c in ("*?[" if isinstance(s, str) else b"*?["))


def escape(pathname):
    """The pattern that matches pathname literally ([*], [?], [[])."""
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    seen = set()
    for p in _iglob(pathname, root_dir, recursive, include_hidden):
        if recursive and _is_recursive(pathname):
            if p in seen:
                continue
            seen.add(p)
        yield p


def _is_recursive(pattern):
    return "**" in pattern


def _join(base, name):
    if not base:
        return name
    return os.path.join(base, name)


def _exists(root_dir, p):
    return os.path.lexists(_join(root_dir, p)) if root_dir else os.path.lexists(p)


def _isdir(root_dir, p):
    return os.path.isdir(_join(root_dir, p) if root_dir else p)


def _iglob(pathname, root_dir, recursive, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob_double(root_dir, "", hidden, False)
        else:
            yield from _glob_one(root_dir, "", basename, hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == "**":
            for name in _glob_double(root_dir, d, hidden, True):
                yield os.path.join(d, name)
        elif has_magic(basename):
            for name in _glob_one(root_dir, d, basename, hidden):
                yield os.path.join(d, name)
        else:
            if basename:
                if _exists(root_dir, os.path.join(d, basename)):
                    yield os.path.join(d, basename)
            elif _isdir(root_dir, d):
                yield os.path.join(d, basename)


def _listdir(root_dir, dirname, dirs_only):
    path = _join(root_dir, dirname) if root_dir else (dirname or os.curdir)
    try:
        names = os.listdir(path or os.curdir)
    except OSError:
        return []
    if dirs_only:
        names = [n for n in names if os.path.isdir(os.path.join(path or os.curdir, n))]
    return names


def _glob_one(root_dir, dirname, pattern, hidden):
    names = _listdir(root_dir, dirname, False)
    if not (hidden or pattern.startswith(".")):
        names = [n for n in names if not n.startswith(".")]
    return fnmatch.filter(names, pattern)


def _glob_double(root_dir, dirname, hidden, top):
    """'' (the directory itself, for a trailing '**') and every path under it."""
    if top:
        yield dirname[:0]
    for name in _listdir(root_dir, dirname, False):
        if not hidden and name.startswith("."):
            continue
        yield name
        sub = os.path.join(dirname, name) if dirname else name
        full = _join(root_dir, sub) if root_dir else sub
        if os.path.isdir(full) and not os.path.islink(full):
            for y in _glob_double(root_dir, sub, hidden, False):
                yield os.path.join(name, y)
