"""sysconfig: where an installation keeps its files (installation schemes and paths) and
the interpreter's configuration variables."""

import os
import sys

__all__ = [
    "get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename",
    "get_path", "get_path_names", "get_paths", "get_platform", "get_python_version",
    "get_scheme_names", "parse_config_h", "get_default_scheme", "get_preferred_scheme",
    "is_python_build",
]

_INSTALL_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "nt": {
        "stdlib": "{installed_base}/Lib",
        "platstdlib": "{base}/Lib",
        "purelib": "{base}/Lib/site-packages",
        "platlib": "{base}/Lib/site-packages",
        "include": "{installed_base}/Include",
        "platinclude": "{installed_base}/Include",
        "scripts": "{base}/Scripts",
        "data": "{base}",
    },
    "posix_venv": {
        "stdlib": "{installed_base}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "nt_venv": {
        "stdlib": "{installed_base}/Lib",
        "platstdlib": "{base}/Lib",
        "purelib": "{base}/Lib/site-packages",
        "platlib": "{base}/Lib/site-packages",
        "include": "{installed_base}/Include",
        "platinclude": "{installed_base}/Include",
        "scripts": "{base}/Scripts",
        "data": "{base}",
    },
    "nt_user": {
        "stdlib": "{userbase}/Python{py_version_nodot_plat}",
        "platstdlib": "{userbase}/Python{py_version_nodot_plat}",
        "purelib": "{userbase}/Python{py_version_nodot_plat}/site-packages",
        "platlib": "{userbase}/Python{py_version_nodot_plat}/site-packages",
        "include": "{userbase}/Python{py_version_nodot_plat}/Include",
        "scripts": "{userbase}/Python{py_version_nodot_plat}/Scripts",
        "data": "{userbase}",
    },
    "posix_user": {
        "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
    "osx_framework_user": {
        "stdlib": "{userbase}/lib/python",
        "platstdlib": "{userbase}/lib/python",
        "purelib": "{userbase}/lib/python/site-packages",
        "platlib": "{userbase}/lib/python/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}

_INSTALL_SCHEMES["venv"] = _INSTALL_SCHEMES["posix_venv"]

_SCHEME_KEYS = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_PY_VERSION = "%d.%d.%d" % sys.version_info[:3]
_PY_VERSION_SHORT = "%d.%d" % sys.version_info[:2]
_PY_VERSION_NODOT = "%d%d" % sys.version_info[:2]

_CONFIG_VARS = None


def get_python_version():
    return _PY_VERSION_SHORT


def get_platform():
    """'<os>-<machine>' as wheels name platforms, e.g. 'linux-x86_64'."""
    osname, _, _, _, machine = os.uname()
    osname = osname.lower().replace("/", "")
    machine = machine.replace(" ", "_").replace("/", "-")
    if osname == "linux":
        return f"{osname}-{machine}"
    return f"{osname}-{machine}"


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_default_scheme():
    if sys.prefix != sys.base_prefix:
        return "venv"
    return "posix_prefix"


def get_preferred_scheme(key):
    if key == "prefix":
        return get_default_scheme()
    if key == "home":
        return "posix_home"
    if key == "user":
        return "posix_user"
    raise ValueError(f"'key' must be 'prefix', 'home', or 'user', not {key!r}")


def is_python_build(check_home=False):
    return False


def _getuserbase():
    env = os.environ.get("PYTHONUSERBASE")
    if env:
        return env
    return os.path.join(os.path.expanduser("~"), ".local")


def _expand(template, values):
    def lookup(name):
        if name in values:
            return str(values[name])
        if name in os.environ:
            return os.environ[name]
        raise AttributeError(f"{{{name}}}")
    out = []
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.find("}", j)
        out.append(template[i:j])
        out.append(lookup(template[j + 1:k]))
        i = k + 1
    return "".join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The scheme's paths ({'stdlib': ..., 'purelib': ...}), with the config variables
    (overridden by `vars`) filled in unless expand=False."""
    if scheme is None:
        scheme = get_default_scheme()
    if scheme not in _INSTALL_SCHEMES:
        raise KeyError(scheme)
    paths = dict(_INSTALL_SCHEMES[scheme])
    if not expand:
        return paths
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {k: os.path.normpath(_expand(v, values)) for k, v in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """The configuration variables (a dict), or the values of the names given."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        prefix = os.path.normpath(sys.prefix)
        exec_prefix = os.path.normpath(sys.exec_prefix)
        base_prefix = os.path.normpath(sys.base_prefix)
        base_exec = os.path.normpath(getattr(sys, "base_exec_prefix", sys.exec_prefix))
        _CONFIG_VARS = {
            "prefix": prefix,
            "exec_prefix": exec_prefix,
            "py_version": _PY_VERSION,
            "py_version_short": _PY_VERSION_SHORT,
            "py_version_nodot": _PY_VERSION_NODOT,
            "py_version_nodot_plat": "",
            "installed_base": base_prefix,
            "base": prefix,
            "installed_platbase": base_exec,
            "platbase": exec_prefix,
            "projectbase": os.path.dirname(os.path.abspath(sys.executable or ".")),
            "platlibdir": getattr(sys, "platlibdir", "lib"),
            "abiflags": getattr(sys, "abiflags", ""),
            "userbase": _getuserbase(),
            "BINDIR": os.path.join(exec_prefix, "bin"),
            "LIBDEST": os.path.join(base_prefix, "lib", "python" + _PY_VERSION_SHORT),
            "EXE": "",
            "VERSION": _PY_VERSION_SHORT,
            "SIZEOF_VOID_P": 8 if sys.maxsize > 2 ** 32 else 4,
            "Py_ENABLE_SHARED": 0,
            "WITH_DOC_STRINGS": 1,
            "EXT_SUFFIX": None,
            "SOABI": None,
            "MULTIARCH": None,
            "HOST_GNU_TYPE": None,
        }
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def get_makefile_filename():
    raise FileNotFoundError("Kestrel has no Makefile: its configuration is built in")


def get_config_h_filename():
    raise FileNotFoundError("Kestrel has no pyconfig.h: its configuration is built in")


def parse_config_h(fp, vars=None):
    """Reads #define/#undef lines of a config header into `vars`."""
    if vars is None:
        vars = {}
    for line in fp:
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "#define":
            value = parts[2] if len(parts) > 2 else "1"
            try:
                value = int(value)
            except ValueError:
                pass
            vars[parts[1]] = value
        elif len(parts) >= 3 and parts[0] == "/*" and parts[1] == "#undef":
            vars[parts[2]] = 0
    return vars
