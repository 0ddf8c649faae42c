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

    def __repr__(self):
        args = ["name=%r" % (self.name,), "loader=%r" % (self.loader,)]
        if self.origin is not None:
            args.append("origin=%r" % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations=%r" % (self.submodule_search_locations,))
        return "ModuleSpec(%s)" % ", ".join(args)
