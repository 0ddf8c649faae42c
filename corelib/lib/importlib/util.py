"""importlib.util: finding module specs and making modules from them."""

import sys
import _frozen_importlib
import _kestrel_imp
from importlib import _resolve_name
from importlib.machinery import BuiltinImporter, PathFinder, SourceFileLoader, _file_spec

MAGIC_NUMBER = b"\xa7\r\r\n"
_default = object()


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError("no package specified for %r (required for relative module "
                          "names)" % name)
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            # Kestrel's native modules carry no __spec__: made here as CPython's are.
            if _kestrel_imp.kind(fullname) == "builtin":
                return BuiltinImporter.find_spec(fullname)
            raise ValueError("%s.__spec__ is not set" % fullname) from None
        if spec is None:
            raise ValueError("%s.__spec__ is None" % fullname)
        return spec
    kind = _kestrel_imp.kind(fullname)
    if kind == "builtin":
        return BuiltinImporter.find_spec(fullname)
    if kind is not None:
        return _frozen_importlib._frozen_spec(fullname, kind == "frozen_package")
    parent_name = fullname.rpartition(".")[0]
    if not parent_name:
        return PathFinder.find_spec(fullname)
    parent = __import__(parent_name, fromlist=["__name__"])
    try:
        parent_path = parent.__path__
    except AttributeError as e:
        raise ModuleNotFoundError(
            "__path__ attribute not found on %r while trying to find %r"
            % (parent_name, fullname), name=fullname) from e
    return PathFinder.find_spec(fullname, parent_path)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_default):
    if location is None:
        if loader is None:
            return None
        location = loader.get_filename(name)
    import os
    location = os.fspath(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = _file_spec(name, location, None)
    spec.loader = loader
    if submodule_search_locations is _default:
        is_pkg = getattr(loader, "is_package", None)
        if is_pkg is not None and is_pkg(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None:
        f = getattr(loader, "is_package", None)
        is_package = bool(f(name)) if f is not None else False
    spec = _frozen_importlib.ModuleSpec(name, origin, False, loader)
    spec.has_location = False
    if is_package:
        spec.submodule_search_locations = []
    return spec


def module_from_spec(spec):
    module = None
    create = getattr(spec.loader, "create_module", None)
    if create is not None:
        module = create(spec)
    elif spec.loader is not None and hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define "
                          "create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    raise NotImplementedError("importlib.util.source_hash: Kestrel has no bytecode cache")


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("importlib.util.cache_from_source: Kestrel writes no "
                              "bytecode caches")


def decode_source(source_bytes):
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
