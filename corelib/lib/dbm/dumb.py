"""dbm.dumb: a simple, portable key-value database in two files: `<name>.dat` holds the
values in 512-byte blocks, `<name>.dir` the index, one `'key', (offset, size)` line per
key. Keys and values are bytes (str is stored as UTF-8)."""

import ast as _ast
import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebasename, mode, flag="c"):
        filebasename = _os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == "r"
        self._dirfile = _os.fsdecode(filebasename + b".dir")
        self._datfile = _os.fsdecode(filebasename + b".dat")
        self._bakfile = _os.fsdecode(filebasename + b".bak")
        self._index = None
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == "n":
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        try:
            f = _io.open(self._datfile, "r", encoding="Latin-1")
        except OSError:
            if flag not in ("c", "n"):
                raise
            with _io.open(self._datfile, "w", encoding="Latin-1"):
                self._chmod(self._datfile)
        else:
            f.close()

    def _update(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            if flag not in ("c", "n"):
                raise
            self._modified = True
        else:
            with f:
                for line in f:
                    line = line.rstrip()
                    if not line:
                        continue
                    key, pos_and_siz = _ast.literal_eval(line)
                    self._index[key.encode("Latin-1")] = pos_and_siz

    def _commit(self):
        """Writes the index anew (the old one kept as .bak meanwhile)."""
        if self._index is None or not self._modified:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, "w", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, pos_and_siz in self._index.items():
                f.write("%r, %r\n" % (key.decode("Latin-1"), pos_and_siz))
        self._modified = False

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode("utf-8")
        self._verify_open()
        pos, siz = self._index[key]
        with _io.open(self._datfile, "rb") as f:
            f.seek(pos)
            return f.read(siz)

    def _addval(self, val):
        with _io.open(self._datfile, "rb+") as f:
            f.seek(0, 2)
            pos = int(f.tell())
            npos = ((pos + _BLOCKSIZE - 1) // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b"\0" * (npos - pos))
            f.write(val)
        return npos, len(val)

    def _setval(self, pos, val):
        with _io.open(self._datfile, "rb+") as f:
            f.seek(pos)
            f.write(val)
        return pos, len(val)

    def _addkey(self, key, pos_and_siz):
        self._index[key] = pos_and_siz
        with _io.open(self._dirfile, "a", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write("%r, %r\n" % (key.decode("Latin-1"), pos_and_siz))

    def __setitem__(self, key, val):
        if self._readonly:
            raise error("The database is opened for reading only")
        if isinstance(key, str):
            key = key.encode("utf-8")
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode("utf-8")
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        key, val = bytes(key), bytes(val)
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._addkey(key, self._addval(val))
        else:
            pos, siz = self._index[key]
            oldblocks = (siz + _BLOCKSIZE - 1) // _BLOCKSIZE
            newblocks = (len(val) + _BLOCKSIZE - 1) // _BLOCKSIZE
            if newblocks <= oldblocks:
                self._index[key] = self._setval(pos, val)
            else:
                self._index[key] = self._addval(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error("The database is opened for reading only")
        if isinstance(key, str):
            key = key.encode("utf-8")
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise error("DBM object has already been closed") from None

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode("utf-8")
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error("DBM object has already been closed") from None
            raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise error("DBM object has already been closed") from None

    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise error("DBM object has already been closed") from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        try:
            _os.chmod(file, self._mode)
        except (OSError, AttributeError):
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag="c", mode=0o666):
    """Opens (or creates) the dumb database `file` ('file.dat'/'file.dir')."""
    try:
        um = _os.umask(0)
        _os.umask(um)
    except AttributeError:
        pass
    else:
        mode = mode & (~um)
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
