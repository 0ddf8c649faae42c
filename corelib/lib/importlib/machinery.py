"""importlib.machinery: the loaders and finders of Kestrel's import system."""

import sys
import _frozen_importlib
import _kestrel_imp

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
FrozenImporter = _frozen_importlib.FrozenImporter


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec(_frozen_importlib.ModuleSpec):
    """CPython's signature: ModuleSpec(name, loader, *, origin=None, loader_state=None,
    is_package=None)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        _frozen_importlib.ModuleSpec.__init__(self, name, origin, False, loader)
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.has_location = False


class BuiltinImporter:
    """The loader of the interpreter's native modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or _kestrel_imp.kind(fullname) != "builtin":
            return None
        spec = _frozen_importlib.ModuleSpec(fullname, "built-in", False, cls)
        spec.has_location = False
        return spec

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @staticmethod
    def is_package(fullname):
        return False


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash((self.name, self.path))

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname=None):
        return self.path.rpartition("/")[2] == "__init__.py"

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, "exec")

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        spec = importlib.util.spec_from_file_location(fullname or self.name, self.path,
                                                      loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return sys.modules[spec.name]


SourcelessFileLoader = None
ExtensionFileLoader = None


class PathFinder:
    """Finds modules as files in sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        last = fullname.rpartition(".")[2]
        for entry in (sys.path if path is None else path):
            entry = entry or "."
            init = os.path.join(entry, last, "__init__.py")
            if os.path.isfile(init):
                init = os.path.abspath(init)
                return _file_spec(fullname, init, [os.path.dirname(init)])
            file = os.path.join(entry, last + ".py")
            if os.path.isfile(file):
                return _file_spec(fullname, os.path.abspath(file), None)
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


def _file_spec(name, location, search_locations):
    spec = _frozen_importlib.ModuleSpec(name, location, False, SourceFileLoader(name,
                                                                              location))
    spec.submodule_search_locations = search_locations
    spec.has_location = True
    return spec


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or "."

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass
