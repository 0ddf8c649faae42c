"""pwd: the password database (getpwuid, getpwnam, getpwall): the local accounts of
/etc/passwd (see `_dbfiles` for why the C library is not asked)."""

import _structseq
import _dbfiles

__all__ = ["struct_passwd", "getpwuid", "getpwnam", "getpwall"]

struct_passwd = _structseq.make(
    "struct_passwd", "pwd.struct_passwd",
    ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"), "pwd")


def _id_arg(value, what):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"{what} should be integer, not {type(value).__name__}")
    return index(value)


def getpwuid(uid):
    """The entry of user id `uid`; KeyError when there is none."""
    uid = _id_arg(uid, "uid")
    for e in _dbfiles.entries("/etc/passwd", 7):
        if e[2] == uid:
            return struct_passwd(e)
    if 0 <= uid < 1 << 32:
        raise KeyError(f"getpwuid(): uid not found: {uid}")
    raise KeyError("getpwuid(): uid not found")


def getpwnam(name):
    """The entry of user `name`; KeyError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null character")
    for e in _dbfiles.entries("/etc/passwd", 7):
        if e[0] == name:
            return struct_passwd(e)
    raise KeyError(f"getpwnam(): name not found: {name!r}")


def getpwall():
    """Every entry of the database, in its order."""
    return [struct_passwd(e) for e in _dbfiles.entries("/etc/passwd", 7)]
