"""Regular expressions: Pattern and Match objects over Kestrel's native engine `_re`
(corelib/src/modules/re), which parses, compiles and matches."""

import _re
from enum import IntFlag

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
_NOARG = object()


def _missing(name, arg, pos):
    raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, arg, pos))


_SUB_ARGS = ("repl", "string", "count")


def _clinic(name, args, kwargs, names, required):
    """The arguments of a C method in names' order (_NOARG where not given), bound and
    refused with CPython's argument-clinic wording."""
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError("%s() takes at most %d arguments (%d given)"
                        % (name, len(names), given))
    vals = list(args) + [_NOARG] * (len(names) - len(args))
    rest = dict(kwargs)
    for i in range(len(args), len(names)):
        vals[i] = rest.pop(names[i], _NOARG)
    for i in range(required):
        if vals[i] is _NOARG:
            _missing(name, names[i], i + 1)
    for k in rest:
        if k in names:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, names.index(k) + 1))
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    return vals


def _index(n):
    """`n` as an int, refused like CPython's C arguments (`'str' object cannot be ...`)."""
    if isinstance(n, int):
        return n
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return f(n)


class RegexFlag(IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        value = int(self)
        if not value:
            return "re.NOFLAG"
        return _flag_names(value, _ENUM_ORDER)

    __str__ = __repr__


# The enum lists flags in definition order; a pattern's repr in the C module's order.
_ENUM_ORDER = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
]
_PATTERN_ORDER = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]


def _flag_names(value, order):
    names = []
    for name, bit in order:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """A bad regular expression (or replacement template)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_code")

    def __init__(self, pattern, flags):
        self.pattern = pattern
        code, groups, groupindex, flags = _re.compile(pattern, flags, error)
        self._code = code
        self.groups = groups
        self._groupindex = groupindex
        self.flags = flags

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if not flags:
            return "re.compile(%s)" % r
        return "re.compile(%s, %s)" % (r, _flag_names(flags, _PATTERN_ORDER))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        t = _re.match(self._code, string, pos, endpos, mode)
        if t is None:
            return None
        return Match(self, string, t)

    def match(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            _missing("match", "string", 1)
        t = _re.match(self._code, string, pos, endpos, 0)
        return None if t is None else Match(self, string, t)

    def search(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            _missing("search", "string", 1)
        t = _re.match(self._code, string, pos, endpos, 1)
        return None if t is None else Match(self, string, t)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    # `_re.match` gives a tuple: pos, endpos (clamped), lastindex, the text since the
    # previous match (scans only), start and end of each group (-1 if unset), then each
    # group's text or None. `_re.scan` gives (list of those tuples, the text after the
    # last match).

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # Lazy, as CPython's: the matches are found a few at a time (a growing number, so a
        # long scan costs few calls), and each becomes a Match only when it is reached.
        found = _re.scan(self._code, string, pos, endpos, 1)[0]
        return iter(_Scanner(self, string, pos, endpos, found).next, None)

    def split(self, string, maxsplit=0):
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [string]
        return _re.split(self._code, string, maxsplit)

    # Pattern.sub is a C function in CPython: its argument errors say so.
    def sub(self, *args, **kwargs):
        repl, string, count = _clinic("sub", args, kwargs, _SUB_ARGS, 2)
        return self._subx(repl, string, count)[0]

    def subn(self, *args, **kwargs):
        repl, string, count = _clinic("subn", args, kwargs, _SUB_ARGS, 2)
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        count = 0 if count is _NOARG else _index(count)
        if callable(repl):
            filter = repl
            template = None
        else:
            template = _compile_template(self, repl)
            filter = None
        if count < 0:
            # No substitution, but the subject is still checked (str or bytes-like).
            _re.match(self._code, string, 0, 0, 0)
            return string, 0
        if template is not None:
            r = _re.sub(self._code, string, template, count)
            if r is not None:
                return r
        found, tail = _re.scan(self._code, string, 0, _MAXSIZE, count)
        empty = tail[:0]
        g = 2 * self.groups + 6
        pieces = []
        for t in found:
            if t[3]:
                pieces.append(t[3])
            if template is None:
                r = filter(Match(self, string, t))
                if r is not None:
                    pieces.append(r)
            elif type(template) is not list:
                pieces.append(template)
            else:
                for item in template:
                    if type(item) is int:
                        x = t[g + item]
                        if x is not None:
                            pieces.append(x)
                    else:
                        pieces.append(item)
        if tail:
            pieces.append(tail)
        return empty.join(pieces), len(found)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


class _MappingProxy(dict):
    """A read-only view of a pattern's group names (repr like CPython's mappingproxy)."""

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly


class _Scanner:
    """The state of a `finditer`: matches found but not yet handed out, and where to go on."""

    __slots__ = ("pattern", "string", "pos", "endpos", "found", "at", "chunk")

    def __init__(self, pattern, string, pos, endpos, found):
        self.pattern = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.found = found
        self.at = 0
        self.chunk = 1

    def next(self):
        found = self.found
        if self.at == len(found):
            if len(found) < self.chunk:
                return None
            last = found[-1]
            self.chunk = min(self.chunk * 2, 4096)
            self.found = found = _re.scan(self.pattern._code, self.string, self.pos,
                                          self.endpos, self.chunk, last[5], last[4] == last[5])[0]
            self.at = 0
            if not found:
                self.chunk = 0
                return None
        t = found[self.at]
        self.at += 1
        return Match(self.pattern, self.string, t)


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "_spans")

    def __init__(self, pattern, string, spans):
        self.re = pattern
        self.string = string
        self._spans = spans

    @property
    def pos(self):
        return self._spans[0]

    @property
    def endpos(self):
        return self._spans[1]

    @property
    def lastindex(self):
        return self._spans[2] or None

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, g in self.re._groupindex.items():
            if g == i:
                return name
        return None

    @property
    def regs(self):
        t = self._spans
        return tuple((t[2 * g + 4], t[2 * g + 5]) for g in range(self.re.groups + 1))

    def _index(self, g):
        if type(g) is not int:
            if isinstance(g, str):
                i = self.re._groupindex.get(g)
                if i is not None:
                    return i
                raise IndexError("no such group")
            try:
                g = type(g).__index__(g)
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        x = self._spans[2 * self.re.groups + 6 + self._index(g)]
        return default if x is None else x

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, *args, **kw):
        # Checked like CPython's C method (total count first, then the keyword's name).
        default = None
        if args or kw:
            n = len(args) + len(kw)
            if n > 1:
                raise TypeError("groupdict() takes at most 1 %sargument (%d given)"
                                % ("" if args else "keyword ", n))
            if args:
                default = args[0]
            else:
                (key, default), = kw.items()
                if key != "default":
                    raise TypeError("'%s' is an invalid keyword argument for groupdict()" % key)
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 4]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 5]

    def span(self, group=0):
        i = 2 * self._index(group)
        return (self._spans[i + 4], self._spans[i + 5])

    def expand(self, template):
        t = _compile_template(self.re, template)
        if type(t) is not list:
            return t
        empty = self._spans[2 * self.re.groups + 6][:0]
        out = []
        for item in t:
            if type(item) is int:
                v = self._get(item)
                out.append(empty if v is None else v)
            else:
                out.append(item)
        return empty.join(out)

    def __repr__(self):
        m = repr(self.group(0))
        if len(m) > 50:
            m = m[:50]
        return "<re.Match object; span=%r, match=%s>" % (self.span(), m)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --- replacement templates -------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIG = "0123456789"


def _compile_template(pattern, repl):
    """The template as a str/bytes (no group references) or a list of literals and group
    numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        try:
            text = bytes(memoryview(repl)).decode("latin-1")
        except TypeError:
            hash(repl)  # CPython caches templates by repl: unhashable ones fail first
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__) from None
    else:
        text = repl
    if "\\" not in text:
        return repl
    items = []
    lit = []
    n = len(text)
    i = 0

    def err(msg, pos):
        return error(msg, repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise err("invalid group reference %d" % index, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            raise err("bad escape (end of pattern)", n - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            j = text.find(">", i)
            if j < 0:
                if i >= n:
                    raise err("missing group name", i)
                raise err("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                raise err("missing group name", i)
            i = j + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise err("bad character in group name %r" % name, i - len(name) - 1)
                index = int(name)
                if index >= 1 << 30:
                    raise err("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            k = i
            while k < n and k < i + 2 and text[k] in _OCT:
                k += 1
            lit.append(chr(int(text[i - 1:k], 8) & 0xFF))
            i = k
        elif c in _DIG:
            start = i - 2
            if i < n and text[i] in _DIG:
                if c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT:
                    v = int(text[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise err("octal escape value %s outside of range 0-0o377"
                                  % text[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            addgroup(int(text[start + 1:i]), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise err("bad escape \\%s" % c, i - 2)
        else:
            lit.append("\\" + c)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if type(x) is str else x for x in items]
    if not any(type(x) is int for x in items):
        empty = b"" if is_bytes else ""
        return empty.join(items)
    return items


# --- module functions ------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    if flags & (DEBUG | TEMPLATE):
        raise NotImplementedError("re.DEBUG and re.TEMPLATE are not supported")
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL).encode("latin1")
