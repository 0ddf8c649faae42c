"""The parts of `sys` made on first use (the `sys` module's attribute hook looks names up
here): the interpreter's description, its flags and numeric limits, and the hooks.

Deliberate differences: `implementation.name` is "kestrel" with no `cache_tag` (Kestrel
writes no bytecode caches); `settrace`/`setprofile` accept only None (Kestrel has no tracing);
`getsizeof` estimates with CPython 3.11's sizes for the builtin types."""

import sys
import _structseq

executable, orig_argv, _natives = sys._sysinfo()
_base_executable = executable
builtin_module_names = tuple(sorted(set(_natives) | {"builtins", "sys"}))
del _natives

version_info = _structseq.make(
    "version_info", "sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"),
    "sys")((3, 11, 0, "final", 0))
hexversion = 0x030B00F0
api_version = 1013
abiflags = ""
copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
float_repr_style = "short"
platlibdir = "lib"
pycache_prefix = None
prefix = base_prefix = exec_prefix = base_exec_prefix = "/usr/local"
dont_write_bytecode = False
warnoptions = []
_xoptions = {}
meta_path = []
path_hooks = []
path_importer_cache = {}


class _Namespace:
    """A types.SimpleNamespace-like record, shown as `namespace(...)` as CPython does."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in self.__dict__.items())
        return "namespace(%s)" % items

    def __eq__(self, other):
        return isinstance(other, _Namespace) and self.__dict__ == other.__dict__


implementation = _Namespace(name="kestrel", cache_tag=None, version=version_info,
                            hexversion=hexversion, _multiarch="x86_64-linux-gnu")

flags = _structseq.make(
    "flags", "sys.flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
     "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
     "safe_path", "int_max_str_digits"), "sys")(
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))

float_info = _structseq.make(
    "float_info", "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"), "sys")(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))

int_info = _structseq.make(
    "int_info", "sys.int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    "sys")((30, 4, 4300, 640))

# Kestrel hashes str and bytes with FNV-1a (unseeded); numbers as CPython does.
hash_info = _structseq.make(
    "hash_info", "sys.hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
     "cutoff"), "sys")((64, 2305843009213693951, 314159, 0, 1000003, "fnv", 64, 0, 0))

thread_info = _structseq.make("thread_info", "sys.thread_info", ("name", "lock", "version"),
                              "sys")(("pthread", "mutex+cond", None))

_asyncgen_hooks_type = _structseq.make("asyncgen_hooks", "asyncgen_hooks",
                                       ("firstiter", "finalizer"), "sys")

# CPython 3.11's standard library module names.
stdlib_module_names = frozenset("""
__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs
_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections
_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses
_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib
_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof
_lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support
_overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random
_scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
_statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize
_tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc
antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii
bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop
collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg
crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email
encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib
functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword
lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap
modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers
opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil
platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr
pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy
sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket
socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib
tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace
traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid
venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp
zipfile zipimport zlib zoneinfo
""".split())


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def settrace(function):
    if function is not None:
        raise NotImplementedError("sys.settrace: Kestrel does not support tracing")


def setprofile(function):
    if function is not None:
        raise NotImplementedError("sys.setprofile: Kestrel does not support profiling")


def gettrace():
    return None


def getprofile():
    return None


def call_tracing(func, args):
    return func(*args)


_switch_interval = [0.005]


def getswitchinterval():
    return _switch_interval[0]


def setswitchinterval(interval):
    interval = float(interval)
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval[0] = interval


def getrefcount(obj):
    # Kestrel has a tracing collector and no reference counts: a constant stand-in.
    return 2


def is_finalizing():
    return False


_audit_hooks = []


def addaudithook(hook):
    _audit_hooks.append(hook)


def audit(event, *args):
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in list(_audit_hooks):
        hook(event, args)


def get_asyncgen_hooks():
    # The hooks themselves live in the VM (set by the native sys.set_asyncgen_hooks).
    return _asyncgen_hooks_type(sys._asyncgen_hooks())


_unset = object()


_coro_depth = [0]


def get_coroutine_origin_tracking_depth():
    return _coro_depth[0]


def set_coroutine_origin_tracking_depth(depth):
    if depth < 0:
        raise ValueError("depth must be >= 0")
    _coro_depth[0] = depth


def displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    sys.stdout.write(repr(value) + "\n")
    builtins._ = value


def excepthook(exctype, value, traceback):
    import traceback as _tb
    _tb.print_exception(exctype, value, traceback, file=sys.stderr)


def unraisablehook(unraisable):
    import traceback as _tb
    err = sys.stderr
    msg = getattr(unraisable, "err_msg", None) or "Exception ignored in"
    obj = getattr(unraisable, "object", None)
    err.write("%s: %r\n" % (msg, obj) if obj is not None else msg + "\n")
    _tb.print_exception(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback,
                        file=err)


def breakpointhook(*args, **kws):
    """breakpoint(): call the hook $PYTHONBREAKPOINT names (default
    pdb.set_trace; "0" disables it)."""
    import os
    name = os.environ.get('PYTHONBREAKPOINT')
    if not name:
        name = 'pdb.set_trace'
    elif name == '0':
        return None
    modname, dot, funcname = name.rpartition('.')
    if not dot:
        modname = 'builtins'
    try:
        import importlib
        hook = getattr(importlib.import_module(modname), funcname)
    except Exception:
        import warnings
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % name,
                      RuntimeWarning)
        return None
    return hook(*args, **kws)


__displayhook__ = displayhook
__excepthook__ = excepthook
__unraisablehook__ = unraisablehook
__breakpointhook__ = breakpointhook


def getsizeof(obj, default=_unset):
    import _sizes
    try:
        size = type(obj).__sizeof__(obj)
        if not isinstance(size, int):
            raise TypeError("an integer is required")
    except TypeError:
        if default is not _unset:
            return default
        raise
    if size < 0:
        raise ValueError("__sizeof__() should return >= 0")
    return size + _sizes.preheader(obj)
