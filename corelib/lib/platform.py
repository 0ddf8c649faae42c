"""platform: the machine, operating system and interpreter this program runs on.

Deliberate difference: `python_implementation()` says "Kestrel" (as `sys.implementation.name`
says "kestrel"), and `python_compiler()`/`python_build()` describe Kestrel's build."""

import os
import sys

__version__ = "1.0.8"


class uname_result(tuple):
    """(system, node, release, version, machine), and `processor`, found only when asked
    for (it runs `uname -p`, as CPython does)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        parts = ", ".join("%s=%r" % (f, tuple.__getitem__(self, i))
                          for i, f in enumerate(self._fields[:5]))
        return "uname_result(%s)" % parts

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


uname_result.__module__ = "platform"
_uname_cache = None
_processor_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def processor():
    global _processor_cache
    if _processor_cache is None:
        try:
            import subprocess
            p = subprocess.check_output(["uname", "-p"], stderr=subprocess.DEVNULL,
                                        text=True).strip()
        except (OSError, ImportError, ValueError):
            p = ""
        except Exception:
            p = ""
        _processor_cache = "" if p == "unknown" else p
    return _processor_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def architecture(executable=sys.executable, bits="", linkage=""):
    if not bits:
        bits = "%dbit" % ((sys.maxsize.bit_length() + 1))
    return bits, linkage or "ELF"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    try:
        ver = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        ver = None
    if ver:
        name, _, number = ver.partition(" ")
        return name, number
    return lib, version


def platform(aliased=False, terse=False):
    u = uname()
    libname, libversion = libc_ver()
    if u.system == "Linux":
        # As CPython: on Linux the C library is named and `terse` has no effect.
        parts = [u.system, u.release, u.machine, processor(), "with", libname + libversion]
    elif terse:
        parts = [u.system, u.release]
    else:
        parts = [u.system, u.release, u.machine, processor()]
    text = "-".join(p.strip() for p in parts if p)
    text = text.replace(" ", "_").replace("/", "-").replace("\\", "-").replace(":", "-") \
        .replace(";", "-").replace('"', "-").replace("(", "-").replace(")", "-")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def python_implementation():
    return "Kestrel"


def python_version():
    v = sys.version_info
    return "%d.%d.%d" % (v[0], v[1], v[2])


def python_version_tuple():
    return tuple(python_version().split("."))


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("kestrel", "")


def python_compiler():
    return "rustc"


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def freedesktop_os_release():
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, "No such file or directory", "/etc/os-release")


if __name__ == "__main__":
    # `python -m platform [--terse] [--nonaliased]` (also the bare words).
    _terse = "terse" in sys.argv or "--terse" in sys.argv
    _aliased = "nonaliased" not in sys.argv and "--nonaliased" not in sys.argv
    print(platform(_aliased, _terse))
    sys.exit(0)
