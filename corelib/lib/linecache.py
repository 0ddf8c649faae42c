"""Source lines of files, read once and kept (for tracebacks)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname), CPython's layout (programs such as doctest
# runners put entries of their own here); each line ends in "\n".
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Files are not re-read when they change on disk; this only drops nothing."""


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (sum(map(len, lines)), None, lines, filename)
    return lines
