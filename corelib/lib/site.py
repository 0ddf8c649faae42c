"""site: the site-packages directories and .pth files. Kestrel starts as `python -S`
would (nothing is imported at start-up), so importing this module only defines it;
`main()` does what CPython's start-up does with it."""

import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    path = os.path.join(*paths)
    try:
        path = os.path.abspath(path)
    except OSError:
        pass
    return path, os.path.normcase(path)


def _init_pathinfo():
    known = set()
    for item in sys.path:
        try:
            if os.path.exists(item):
                known.add(makepath(item)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Adds the directories a .pth file names (and runs its 'import' lines)."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, encoding="utf-8")
    except OSError:
        return None
    with f:
        for n, line in enumerate(f):
            if line.startswith("#"):
                continue
            if line.strip() == "":
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec(line)
                    continue
                line = line.rstrip()
                dir, dircase = makepath(sitedir, line)
                if dircase not in known_paths and os.path.exists(dir):
                    sys.path.append(dir)
                    known_paths.add(dircase)
            except Exception as err:
                print(f"Error processing line {n + 1:d} of {fullname}:\n", file=sys.stderr)
                import traceback
                for record in traceback.format_exception(err):
                    for line in record.splitlines():
                        print("  " + line, file=sys.stderr)
                print("\nRemainder of file ignored", file=sys.stderr)
                break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Adds `sitedir` to sys.path (once) and processes its .pth files."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return known_paths
    for name in sorted(n for n in names if n.endswith(".pth") and not n.startswith(".")):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    if sys.flags.no_user_site:
        return False
    if hasattr(os, "getuid") and hasattr(os, "geteuid"):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, "getgid") and hasattr(os, "getegid"):
        if os.getegid() != os.getgid():
            return None
    return True


def _getuserbase():
    env = os.environ.get("PYTHONUSERBASE")
    if env:
        return env
    return os.path.join(os.path.expanduser("~"), ".local")


def getuserbase():
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def getusersitepackages():
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        v = sys.version_info
        USER_SITE = f"{userbase}/lib/python{v[0]}.{v[1]}/site-packages"
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    return USER_SITE


def addusersitepackages(known_paths):
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages directories of the prefixes."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [getattr(sys, "platlibdir", "lib")]
        if libdirs[0] != "lib":
            libdirs.append("lib")
        for libdir in libdirs:
            path = os.path.join(prefix, libdir,
                                "python%d.%d" % sys.version_info[:2], "site-packages")
            sitepackages.append(path)
    return sitepackages


def addsitepackages(known_paths, prefixes=None):
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def removeduppaths():
    """Removes duplicate entries from sys.path (made absolute)."""
    L = []
    known = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if dircase not in known:
            L.append(dir)
            known.add(dircase)
    sys.path[:] = L
    return known


def setquit():
    import builtins

    class Quitter:
        def __init__(self, name, eof):
            self.name = name
            self.eof = eof

        def __repr__(self):
            return f"Use {self.name}() or {self.eof} to exit"

        def __call__(self, code=None):
            try:
                sys.stdin.close()
            except Exception:
                pass
            raise SystemExit(code)

    builtins.quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
    builtins.exit = Quitter("exit", "Ctrl-D (i.e. EOF)")


def main():
    """What CPython's start-up does: site-packages directories onto sys.path."""
    global ENABLE_USER_SITE
    known_paths = removeduppaths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)


def _script():
    print("sys.path = [")
    for dir in sys.path:
        print(f"    {dir!r},")
    print("]")
    print(f"USER_BASE: {getuserbase()!r}")
    print(f"USER_SITE: {getusersitepackages()!r}")
    print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")


if __name__ == "__main__":
    _script()
