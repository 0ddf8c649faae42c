"""grp: the group database (getgrgid, getgrnam, getgrall): the local groups of /etc/group
(see `_dbfiles` for why the C library is not asked)."""

import _structseq
import _dbfiles

__all__ = ["struct_group", "getgrgid", "getgrnam", "getgrall"]

struct_group = _structseq.make(
    "struct_group", "grp.struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"), "grp")


def _entry(e):
    return struct_group((e[0], e[1], e[2], [m for m in e[3].split(",") if m]))


def getgrgid(id):
    """The entry of group id `id`; KeyError when there is none."""
    if not isinstance(id, int):
        index = getattr(type(id), "__index__", None)
        if index is None:
            raise TypeError(f"gid should be integer, not {type(id).__name__}")
        id = index(id)
    id = int(id)
    for e in _dbfiles.entries("/etc/group", 4):
        if e[2] == id:
            return _entry(e)
    if 0 <= id < 1 << 32:
        raise KeyError(f"getgrgid(): gid not found: {id}")
    raise KeyError("getgrgid(): gid not found")


def getgrnam(name):
    """The entry of group `name`; KeyError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument 'name' must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null character")
    for e in _dbfiles.entries("/etc/group", 4):
        if e[0] == name:
            return _entry(e)
    raise KeyError(f"getgrnam(): name not found: {name!r}")


def getgrall():
    """Every entry of the database, in its order."""
    return [_entry(e) for e in _dbfiles.entries("/etc/group", 4)]
