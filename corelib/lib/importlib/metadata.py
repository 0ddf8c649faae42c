"""importlib.metadata: the metadata of installed distributions, read from the
`*.dist-info` / `*.egg-info` folders on sys.path."""

import os
import sys

__all__ = ["Distribution", "PackageNotFoundError", "distribution", "metadata", "requires",
           "version", "files", "entry_points", "packages_distributions"]


class PackageNotFoundError(ModuleNotFoundError):
    def __str__(self):
        return "No package metadata was found for %s" % self.name

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    out = []
    for c in name.lower():
        out.append("_" if c in "-_." else c)
    return "".join(out)


class _Metadata:
    """The e-mail style header fields of a METADATA/PKG-INFO file."""

    def __init__(self, text):
        self._items = []
        for line in text.split("\n"):
            if not line.strip():
                break
            if line[:1] in " \t" and self._items:
                k, v = self._items[-1]
                self._items[-1] = (k, v + "\n" + line.strip())
                continue
            key, sep, value = line.partition(":")
            if sep:
                self._items.append((key.strip(), value.strip()))

    def __getitem__(self, key):
        for k, v in self._items:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, default=None):
        v = self[key]
        return default if v is None else v

    def get_all(self, key, failobj=None):
        vals = [v for k, v in self._items if k.lower() == key.lower()]
        return vals or failobj

    def __contains__(self, key):
        return self[key] is not None

    def __iter__(self):
        return iter([k for k, _ in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, _ in self._items]

    @property
    def json(self):
        return {k.lower().replace("-", "_"): v for k, v in self._items}


class Distribution:
    def __init__(self, path):
        self._path = path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        wanted = _normalize(name)
        for entry in sys.path:
            entry = entry or "."
            try:
                names = sorted(os.listdir(entry))
            except OSError:
                continue
            for n in names:
                stem, dot, ext = n.rpartition(".")
                if ext not in ("dist-info", "egg-info"):
                    continue
                if _normalize(stem.partition("-")[0]) == wanted:
                    return cls(os.path.join(entry, n))
        raise PackageNotFoundError(name)

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except OSError:
            return None

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or ""
        return _Metadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def requires(self):
        return self.metadata.get_all("Requires-Dist")

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            return None
        return [line.split(",")[0] for line in text.splitlines() if line]

    @property
    def entry_points(self):
        raise NotImplementedError("importlib.metadata: entry points are not supported")


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def requires(distribution_name):
    return distribution(distribution_name).requires


def files(distribution_name):
    return distribution(distribution_name).files


def entry_points(**params):
    raise NotImplementedError("importlib.metadata.entry_points is not supported")


def packages_distributions():
    raise NotImplementedError("importlib.metadata.packages_distributions is not supported")
