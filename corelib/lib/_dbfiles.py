"""The local account databases (/etc/passwd, /etc/group) read as the C library's "files"
source reads them, for `pwd` and `grp`. Kestrel is linked statically, and a statically
linked C library cannot load the other NSS sources safely (a lookup that misses the files
crashes it), so the files are read here."""


def entries(path, nfields):
    """The colon-separated records of `path` with `nfields` fields, in file order."""
    try:
        f = open(path, encoding="utf-8", errors="surrogateescape")
    except OSError:
        return []
    out = []
    with f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith(("#", "+", "-")):
                continue
            parts = line.split(":")
            if len(parts) != nfields:
                continue
            try:
                parts[2] = int(parts[2])
                if nfields == 7:
                    parts[3] = int(parts[3])
            except ValueError:
                continue
            out.append(parts)
    return out
