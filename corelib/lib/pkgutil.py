"""pkgutil: listing the modules of a path or package (iter_modules, walk_packages),
reading a package's data files (get_data), and resolving dotted names."""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import sys

__all__ = [
    "get_importer", "iter_importers", "get_loader", "find_loader", "walk_packages",
    "iter_modules", "get_data", "read_code", "extend_path", "ModuleInfo", "resolve_name",
]

ModuleInfo = collections.namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


def _module_name(filename):
    """The module a file name stands for ('x.py' -> 'x'), or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _dir_modules(path, prefix=""):
    """(name, ispkg) for the modules and packages in directory `path`, sorted by file."""
    try:
        names = os.listdir(path)
    except OSError:
        return
    names.sort()
    yielded = set()
    for fn in names:
        modname = _module_name(fn)
        if modname == "__init__" or modname in yielded:
            continue
        full = os.path.join(path, fn)
        ispkg = False
        if not modname and os.path.isdir(full) and "." not in fn:
            try:
                inner = os.listdir(full)
            except OSError:
                inner = []
            if not any(_module_name(f) == "__init__" for f in inner):
                continue
            modname, ispkg = fn, True
        if modname and "." not in modname:
            yielded.add(modname)
            yield prefix + modname, ispkg


class _FrozenLister:
    """Lists the core library's top-level modules, which live in the interpreter rather
    than in a directory of sys.path (CPython finds them in its stdlib directory)."""

    def __repr__(self):
        return "<kestrel frozen modules>"

    def find_spec(self, fullname, target=None):
        return importlib.util.find_spec(fullname)

    def iter_modules(self, prefix=""):
        import _kestrel_imp
        for name, ispkg in _kestrel_imp.frozen_names():
            if "." not in name and not name.startswith("_"):
                yield prefix + name, ispkg


def iter_importer_modules(importer, prefix=""):
    if isinstance(importer, importlib.machinery.FileFinder):
        return _dir_modules(importer.path, prefix)
    lister = getattr(importer, "iter_modules", None)
    if lister is None:
        return iter(())
    return lister(prefix)


def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, "path_importer_cache", None)
    if cache is None:
        cache = sys.path_importer_cache = {}
    try:
        return cache[path_item]
    except KeyError:
        pass
    for hook in getattr(sys, "path_hooks", []):
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        cache[path_item] = importer
        return importer
    if os.path.isdir(path_item or "."):
        importer = importlib.machinery.FileFinder(path_item)
        cache[path_item] = importer
        return importer
    return None


def iter_importers(fullname=""):
    """The finders that would be asked for `fullname`: sys.meta_path then the path's."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    if "." in fullname:
        pkg = importlib.import_module(fullname.rpartition(".")[0])
        path = getattr(pkg, "__path__", None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)
    if "." not in fullname:
        yield _FrozenLister()


def iter_modules(path=None, prefix=""):
    """ModuleInfo for each module in `path` (a list of directories; None: the whole
    search path), each name once."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for finder in importers:
        if finder is None:
            continue
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """Like iter_modules, and then into each package found (which is imported)."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True
        return False

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], "__path__", None) or []
                subpath = [p for p in subpath if not seen(p)]
                yield from walk_packages(subpath, info.name + ".", onerror)


def get_loader(module_or_name):
    """The loader of a module (or module name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, "__loader__", None)
        if loader is not None:
            return loader
        if getattr(module, "__spec__", None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader importlib would use for `fullname`, or None."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f"Error while finding loader for {fullname!r} "
                          f"({type(ex)}: {ex})") from ex
    return spec.loader if spec is not None else None


def get_data(package, resource):
    """The bytes of `resource` ('/'-separated, relative to the package's directory), read
    through the package's loader; None when the loader cannot read files."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    mod = sys.modules.get(package)
    if mod is None:
        mod = importlib.import_module(package)
    if mod is None or not hasattr(mod, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


def read_code(stream):
    raise NotImplementedError("pkgutil.read_code: Kestrel has no bytecode files")


def extend_path(path, name):
    """A package's __path__ extended with the `name` subdirectories of sys.path entries
    (for packages split over several directories)."""
    if not isinstance(path, list):
        return path
    sname = name.rpartition(".")[2]
    sname_pkg = sname + ".pkg"
    path = path[:]
    parent, _, _ = name.rpartition(".")
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for d in search:
        if not isinstance(d, str):
            continue
        sub = os.path.join(d, sname)
        if os.path.isdir(sub) and sub not in path:
            path.append(sub)
        pkgfile = os.path.join(d, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write(f"Can't open {pkgfile}: {msg}\n")
            else:
                with f:
                    for line in f:
                        line = line.rstrip("\n")
                        if not line or line.startswith("#"):
                            continue
                        path.append(line)
    return path


def _is_identifier_path(text):
    return all(p.isidentifier() for p in text.split("."))


def resolve_name(name):
    """The object a name like 'os.path:join' or 'os.path.join' refers to."""
    if ":" in name:
        modname, _, attrs = name.partition(":")
        if not _is_identifier_path(modname) or (attrs and not _is_identifier_path(attrs)):
            raise ValueError(f"invalid format: {name!r}")
        obj = importlib.import_module(modname)
        for part in attrs.split(".") if attrs else []:
            obj = getattr(obj, part)
        return obj
    if not _is_identifier_path(name):
        raise ValueError(f"invalid format: {name!r}")
    parts = name.split(".")
    modname = parts.pop(0)
    obj = importlib.import_module(modname)
    while parts:
        p = parts[0]
        candidate = f"{modname}.{p}"
        try:
            obj = importlib.import_module(candidate)
            parts.pop(0)
            modname = candidate
        except ImportError:
            break
    for p in parts:
        obj = getattr(obj, p)
    return obj
