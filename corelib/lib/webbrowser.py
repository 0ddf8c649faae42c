"""webbrowser: open a URL in a browser. Browsers are found on the PATH (console ones when
there is a terminal, graphical ones when there is a display, and $BROWSER's commands
first); with none, `open` returns False and `get` raises Error."""

import os
import shlex
import shutil
import sys

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_browsers = {}
_tryorder = None
_os_preferred_browser = None


def register(name, klass, instance=None, *, preferred=False):
    """Registers a browser by name: a class to instantiate on first use, or an instance.
    A preferred browser is tried first."""
    if _tryorder is None:
        register_standard_browsers()
    _browsers[name.lower()] = [klass, instance]
    if preferred or (_os_preferred_browser and name in _os_preferred_browser):
        _tryorder.insert(0, name)
    else:
        _tryorder.append(name)


def get(using=None):
    """The controller of browser `using` (a registered name, or a command line with %s
    for the URL), or of the first usable registered browser."""
    if _tryorder is None:
        register_standard_browsers()
    alternatives = [using] if using is not None else _tryorder
    for browser in alternatives:
        if "%s" in browser:
            command = shlex.split(browser)
            if browser[-1] == "&":
                return BackgroundBrowser(command[:-1])
            return GenericBrowser(command)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Shows `url` in the first browser that will (new: 0 same window, 1 new window,
    2 new tab); True if one did."""
    if _tryorder is None:
        register_standard_browsers()
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """A controller for a browser command that is on the PATH but not registered."""
    cmd = browser.split()[0]
    if not shutil.which(cmd):
        return [None, None]
    name = os.path.basename(cmd)
    try:
        command = _browsers[name.lower()]
    except KeyError:
        return [None, None]
    controller = command[1]
    if controller and name.lower() == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


class BaseBrowser:
    """A browser controller: `open` shows a URL and says whether it could."""

    args = ["%s"]

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command (its arguments with %s replaced by the URL), waited
    for: it succeeded if it exited with status 0."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def _cmdline(self, url):
        return [self.name] + [arg.replace("%s", url) for arg in self.args]

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        import subprocess
        try:
            p = subprocess.Popen(self._cmdline(url), close_fds=True)
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser command left running in the background."""

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        import subprocess
        try:
            p = subprocess.Popen(self._cmdline(url), close_fds=True, start_new_session=True)
            return p.poll() is None
        except OSError:
            return False


_GRAPHICAL = ["xdg-open", "gio", "gvfs-open", "x-www-browser", "firefox", "iceweasel",
              "seamonkey", "mozilla", "microsoft-edge", "google-chrome", "chrome", "chromium",
              "chromium-browser", "opera", "konqueror", "epiphany"]
_CONSOLE = ["www-browser", "links", "elinks", "lynx", "w3m"]


def register_standard_browsers():
    """Registers the browsers found on the PATH, $BROWSER's first."""
    global _tryorder
    _tryorder = []
    if sys.platform == "darwin":
        pass
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        for name in _GRAPHICAL:
            if shutil.which(name):
                register(name, None, BackgroundBrowser(name))
    if os.environ.get("TERM"):
        for name in _CONSOLE:
            if shutil.which(name):
                register(name, None, GenericBrowser(name))
    if "BROWSER" in os.environ:
        userchoices = os.environ["BROWSER"].split(os.pathsep)
        userchoices.reverse()
        for cmdline in userchoices:
            if cmdline != "":
                cmd = _synthesize(cmdline, preferred=True)
                if cmd[1] is None:
                    register(cmdline, None, GenericBrowser(cmdline), preferred=True)


def main():
    import getopt
    usage = ("Usage: %s [-n | -t] url\n    -n: open new window\n    -t: open new tab"
             % sys.argv[0])
    try:
        opts, args = getopt.getopt(sys.argv[1:], "ntd")
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for o, a in opts:
        if o == "-n":
            new_win = 1
        elif o == "-t":
            new_win = 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
