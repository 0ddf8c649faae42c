"""grp: the group database (getgrgid, getgrnam, getgrall), read through the C library."""

import _structseq
import _grp

__all__ = ["struct_group", "getgrgid", "getgrnam", "getgrall"]

struct_group = _structseq.make(
    "struct_group", "grp.struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"), "grp")


def getgrgid(id):
    """The entry of group id `id`; KeyError when there is none."""
    if not isinstance(id, int):
        index = getattr(type(id), "__index__", None)
        if index is None:
            raise TypeError(f"gid should be integer, not {type(id).__name__}")
        id = index(id)
    id = int(id)
    entry = _grp.getgrgid(id)
    if entry is None:
        if 0 <= id < 1 << 32:
            raise KeyError(f"getgrgid(): gid not found: {id}")
        raise KeyError("getgrgid(): gid not found")
    return struct_group(entry)


def getgrnam(name):
    """The entry of group `name`; KeyError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument 'name' must be str, not {type(name).__name__}")
    entry = _grp.getgrnam(name)
    if entry is None:
        raise KeyError(f"getgrnam(): name not found: {name!r}")
    return struct_group(entry)


def getgrall():
    """Every entry of the local database (/etc/group), in its order. (Kestrel is linked
    statically, where the C library cannot enumerate other NSS sources safely.)"""
    out = []
    try:
        f = open("/etc/group", encoding="utf-8", errors="surrogateescape")
    except OSError:
        return out
    with f:
        for line in f:
            parts = line.rstrip("\n").split(":")
            if len(parts) != 4 or line.startswith(("#", "+", "-")):
                continue
            try:
                gid = int(parts[2])
            except ValueError:
                continue
            members = [m for m in parts[3].split(",") if m]
            out.append(struct_group((parts[0], parts[1], gid, members)))
    return out
