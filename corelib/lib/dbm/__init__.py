"""dbm: a generic interface to the dbm-style key-value databases. Kestrel has one
implementation, `dbm.dumb` (pure Python, portable files); `open` picks it for new
databases and recognises which kind an existing database is."""

import io
import os
import struct
import sys

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


_names = ["dbm.gnu", "dbm.ndbm", "dbm.dumb"]
_defaultmod = None
_modules = {}

error = (error, OSError)


def _load_modules():
    global _defaultmod
    if _defaultmod is not None:
        return
    for name in _names:
        try:
            mod = __import__(name, fromlist=["open"])
        except ImportError:
            continue
        if not _defaultmod:
            _defaultmod = mod
        _modules[name] = mod
    if not _defaultmod:
        raise ImportError(f"no dbm clone found; tried {_names}")


def open(file, flag="r", mode=0o666):
    """Opens the database `file`: of the kind it already is, or (flag 'c' or 'n') a new
    one of the default kind. Flags: 'r' read-only, 'w' read-write, 'c' create if
    missing, 'n' always new and empty."""
    _load_modules()
    result = whichdb(file) if "n" not in flag else None
    if result is None:
        if "c" in flag or "n" in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0](f"db type is {result}, but the module is not available")
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """The module name of the kind of database `filename` is ('dbm.dumb', 'dbm.gnu',
    'dbm.ndbm'), '' when the kind is unknown, None when it cannot be read."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        with io.open(filename + ".pag", "rb"):
            pass
        with io.open(filename + ".dir", "rb"):
            pass
        return "dbm.ndbm"
    except OSError:
        try:
            with io.open(filename + ".db", "rb"):
                pass
            return "dbm.ndbm"
        except OSError:
            pass
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        with io.open(filename + ".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ""
    try:
        (magic,) = struct.unpack("=l", s)
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    try:
        (magic,) = struct.unpack("=l", s16[-4:])
    except struct.error:
        return ""
    return ""


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)
