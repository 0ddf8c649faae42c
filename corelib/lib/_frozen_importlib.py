"""The import system's Python-side objects: ModuleSpec (a module's `__spec__`)."""


class ModuleSpec:
    def __init__(self, name, origin=None, is_package=False, loader=None):
        self.name = name
        self.origin = origin
        self.loader = loader
        self.loader_state = None
        self.submodule_search_locations = None
        if is_package and origin is not None:
            self.submodule_search_locations = [origin.rpartition("/")[0]]
        self.has_location = origin is not None
        self.cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def loader(self):
        # A module imported from a source file gets its loader when someone asks for it,
        # so that imports do not pay for importlib.machinery.
        loader = self._loader
        if loader is None and self.has_location and str(self.origin).endswith(".py"):
            from importlib.machinery import SourceFileLoader
            loader = self._loader = SourceFileLoader(self.name, self.origin)
        return loader

    @loader.setter
    def loader(self, value):
        self._loader = value

    def __repr__(self):
        args = ["name=%r" % (self.name,), "loader=%r" % (self.loader,)]
        if self.origin is not None:
            args.append("origin=%r" % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations=%r" % (self.submodule_search_locations,))
        return "ModuleSpec(%s)" % ", ".join(args)


class FrozenImporter:
    """The loader named by the core library's (frozen) modules' specs."""

    @staticmethod
    def is_package(name):
        import sys
        return hasattr(sys.modules.get(name), "__path__")

    @staticmethod
    def get_source(name):
        import _kestrel_imp
        src = _kestrel_imp.source(name)
        if src is None:
            raise ImportError(f"No module named {name!r}", name=name)
        return src

    @staticmethod
    def get_code(name):
        return compile(FrozenImporter.get_source(name), f"<frozen {name}>", "exec")


def _frozen_spec(name, is_package):
    """The `__spec__` of a core-library module: origin "frozen", no location; a package's
    submodules are frozen too, so its search locations are empty."""
    spec = ModuleSpec(name, "frozen", False, FrozenImporter)
    spec.has_location = False
    if is_package:
        spec.submodule_search_locations = []
    return spec
