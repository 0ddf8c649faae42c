"""Issuing and filtering warnings."""

import sys
import _warnings

__all__ = [
    "warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
    "simplefilter", "resetwarnings", "catch_warnings",
]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message pattern or None, category, module pattern or None, lineno); first match wins.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_REGEX_SPECIALS = set("\\^$*+?{}[]|()")


class _Pattern:
    """The subset of a regular expression these filters need: literal text matched at the
    start (case-insensitively for messages). Real regexes are refused."""

    def __init__(self, text, ignore_case):
        if any(c in _REGEX_SPECIALS for c in text.replace(".*", "")):
            raise NotImplementedError("warnings filters with regular expressions are not supported")
        self.pattern = text
        self.ignore_case = ignore_case

    def match(self, s):
        pat = self.pattern
        if self.ignore_case:
            pat, s = pat.lower(), s.lower()
        parts = pat.split(".*")
        pos = 0
        for i, part in enumerate(parts):
            if i == 0:
                if not _match_dots(s, 0, part):
                    return False
                pos = len(part)
                continue
            found = -1
            for k in range(pos, len(s) - len(part) + 1):
                if _match_dots(s, k, part):
                    found = k
                    break
            if found < 0:
                return False
            pos = found + len(part)
        return True

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,)


def _match_dots(s, at, part):
    if at + len(part) > len(s):
        return False
    for i, c in enumerate(part):
        if c != "." and s[at + i] != c:
            return False
    return True


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    Bad arguments raise AssertionError, as CPython's asserts do."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    # CPython anchors the module pattern at both ends; a plain name compares exactly.
    if module and any(c in _REGEX_SPECIALS for c in module):
        raise NotImplementedError("warnings filters with regular expressions are not supported")
    mod = module or None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, s):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return s == pattern
    return pattern.match(s)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except Exception:
        return None
    return None


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (
            "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
            % (self.message, self._category_name, self.filename, self.lineno, self.line)
        )


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            "category must be a Warning subclass, not '%s'" % type(category).__name__
        )
    where = _warnings.caller(stacklevel)
    if where is None:
        filename, lineno, globals_ = "sys", 1, sys.__dict__ if hasattr(sys, "__dict__") else {}
    else:
        filename, lineno, globals_ = where
    module = globals_.get("__name__", "<string>") if isinstance(globals_, dict) else "<string>"
    registry = globals_.setdefault("__warningregistry__", {}) if isinstance(globals_, dict) else {}
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (
            (msg is None or msg.match(text))
            and issubclass(category, cat)
            and _matches(mod, module)
            and (ln == 0 or lineno == ln)
        ):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """A context manager that copies and restores the warnings filter upon exiting."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        # The functions above read the module global, so rebinding it here affects them.
        globals()["filters"] = mod.filters
        _filters_mutated()
        self._showwarning = mod.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod.showwarning = lambda message, category, filename, lineno, file=None, line=None: log.append(
                WarningMessage(message, category, filename, lineno, file, line)
            )
            globals()["showwarning"] = mod.showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        globals()["filters"] = self._filters
        _filters_mutated()
        mod.showwarning = self._showwarning
        globals()["showwarning"] = self._showwarning
