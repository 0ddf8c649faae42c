"""importlib: import_module and reload over the interpreter's import system."""

import sys
from _frozen_importlib import ModuleSpec


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "%s.%s" % (base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for %r" % (name,))
        for c in name:
            if c != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    name = getattr(module, "__name__", None)
    if name is None or type(module).__name__ != "module":
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    file = getattr(module, "__file__", None)
    if file is None:
        # A native or frozen module: import it afresh into the same namespace.
        del sys.modules[name]
        try:
            fresh = __import__(name)
        finally:
            sys.modules[name] = module
        module.__dict__.update(fresh.__dict__)
        return module
    with open(file) as f:
        source = f.read()
    code = compile(source, file, "exec")
    exec(code, module.__dict__)
    return module


def invalidate_caches():
    pass
