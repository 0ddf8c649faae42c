"""pwd: the password database (getpwuid, getpwnam, getpwall), read through the C library."""

import _structseq
import _pwd

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
    entry = _pwd.getpwuid(uid)
    if entry is None:
        if 0 <= uid < 1 << 32:
            raise KeyError(f"getpwuid(): uid not found: {uid}")
        raise KeyError("getpwuid(): uid not found")
    return struct_passwd(entry)


def getpwnam(name):
    """The entry of user `name`; KeyError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    entry = _pwd.getpwnam(name)
    if entry is None:
        raise KeyError(f"getpwnam(): name not found: {name!r}")
    return struct_passwd(entry)


def getpwall():
    """Every entry of the local database (/etc/passwd), in its order. (Kestrel is linked
    statically, where the C library cannot enumerate other NSS sources safely.)"""
    out = []
    try:
        f = open("/etc/passwd", encoding="utf-8", errors="surrogateescape")
    except OSError:
        return out
    with f:
        for line in f:
            parts = line.rstrip("\n").split(":")
            if len(parts) != 7 or line.startswith(("#", "+", "-")):
                continue
            try:
                parts[2], parts[3] = int(parts[2]), int(parts[3])
            except ValueError:
                continue
            out.append(struct_passwd(parts))
    return out
