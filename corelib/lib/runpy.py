"""runpy: run a module (run_module) or a file, directory or zip file (run_path) as a
program in a fresh namespace, and return that namespace."""

import importlib.machinery
import importlib.util
import io
import os
import sys

__all__ = ["run_module", "run_path"]

_ModuleType = type(sys)


class _TempModule:
    """Puts a fresh module in sys.modules under `name` for the duration of a with block."""

    def __init__(self, name):
        self.mod_name = name
        self.module = _ModuleType(name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved = self._sentinel = object()

    def __enter__(self):
        if self._saved is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Executes `code` in `run_globals` after setting the module dunders; returns it."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin if mod_spec.has_location else script_name
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        mod_globals = temp.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _get_code(spec, name):
    loader = spec.loader
    if loader is None:
        raise ImportError(f"No module named {name}")
    get_code = getattr(loader, "get_code", None)
    code = get_code(name) if get_code is not None else None
    if code is None:
        raise ImportError(f"No code object available for {name}")
    return code


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and
                                  not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = (f"{mod_name!r} found in sys.modules after import of package "
                   f"{pkg_name!r}, but prior to execution of {mod_name!r}; this may "
                   "result in unpredictable behaviour")
            warn(RuntimeWarning(msg))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error(f"No module named {mod_name}")
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            main_name = mod_name + ".__main__"
            return _get_module_details(main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f"{e}; {mod_name!r} is a package and cannot be directly "
                        "executed") from None
    try:
        code = _get_code(spec, mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module `mod_name` (a package's __main__) as `run_name` (default: its own
    name) and returns its globals. With alter_sys, sys.argv[0] and sys.modules[run_name]
    are updated while it runs."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _read_source(path):
    with io.open_code(path) if hasattr(io, "open_code") else open(path, "rb") as f:
        data = f.read()
    return data


def _get_code_from_file(fname):
    data = _read_source(fname)
    return compile(data, fname, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the Python file `path_name` (or the __main__.py of a directory) as `run_name`
    (default '<run_path>') and returns its globals."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fsdecode(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, "__main__.py")
        if not os.path.isfile(main):
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        sys.path.insert(0, path_name)
        try:
            code = _get_code_from_file(main)
            spec = importlib.util.spec_from_file_location("__main__", main)
            with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
                mod_globals = temp.module.__dict__
                _run_code(code, mod_globals, init_globals, run_name, spec, pkg_name)
                return mod_globals.copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    if path_name.endswith(".zip") or _is_zip(path_name):
        return _run_zip(path_name, init_globals, run_name, pkg_name)
    code = _get_code_from_file(path_name)
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                            script_name=path_name)


def _is_zip(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _run_zip(path_name, init_globals, run_name, pkg_name):
    """A zip archive with a top-level __main__.py (what zipapp writes)."""
    import zipfile
    with zipfile.ZipFile(path_name) as zf:
        try:
            source = zf.read("__main__.py")
        except KeyError:
            raise ImportError(f"can't find '__main__' module in {path_name!r}") from None
    fname = os.path.join(path_name, "__main__.py")
    code = compile(source, fname, "exec")
    sys.path.insert(0, path_name)
    try:
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            mod_globals = temp.module.__dict__
            _run_code(code, mod_globals, init_globals, run_name, None, pkg_name, fname)
            return mod_globals.copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
