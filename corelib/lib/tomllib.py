"""tomllib: parse TOML 1.0 documents (loads, load) into dicts, lists and Python scalars."""

import datetime as _dt
import re as _re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


TOMLDecodeError.__module__ = "tomllib"

_BARE = _re.compile(r"[A-Za-z0-9_-]+")
_DATETIME = _re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))?)?")
_TIME = _re.compile(r"(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_NUMBER = _re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*|"
    r"[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|"
    r"[+-]?(?:inf|nan)")
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


class _Parser:
    def __init__(self, src, parse_float):
        self.s = src
        self.i = 0
        self.parse_float = parse_float
        self.root = {}
        # Tables made by a header or by dotted keys, and those that are closed to more
        # keys (inline tables, arrays made inline).
        self.explicit = set()
        self.frozen = set()
        self.aot = set()

    def error(self, msg, pos=None):
        pos = self.i if pos is None else pos
        if pos >= len(self.s):
            where = "end of document"
        else:
            line = self.s.count("\n", 0, pos) + 1
            col = pos - (self.s.rfind("\n", 0, pos) + 1) + 1
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self):
        return self.s[self.i:self.i + 1]

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def comment(self):
        if self.peek() == "#":
            while self.i < len(self.s) and self.s[self.i] != "\n":
                c = self.s[self.i]
                if c < " " and c != "\t" or c == "\x7f":
                    raise self.error("Illegal character in comment")
                self.i += 1

    def ws_comments_newlines(self):
        while True:
            self.ws()
            self.comment()
            if self.peek() == "\n":
                self.i += 1
            else:
                return

    def end_of_line(self):
        self.ws()
        self.comment()
        if self.i < len(self.s):
            if self.s[self.i] != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.i += 1

    def document(self):
        current = ()
        while True:
            self.ws_comments_newlines()
            if self.i >= len(self.s):
                return self.root
            if self.s.startswith("[[", self.i):
                self.i += 2
                self.ws()
                key = self.key()
                self.ws()
                if not self.s.startswith("]]", self.i):
                    raise self.error("Expected ']]' at the end of an array declaration")
                self.i += 2
                self.array_of_tables(key)
                current = key
            elif self.peek() == "[":
                self.i += 1
                self.ws()
                key = self.key()
                self.ws()
                if self.peek() != "]":
                    raise self.error("Expected ']' at the end of a table declaration")
                self.i += 1
                self.table_header(key)
                current = key
            else:
                self.keyval(current)
            self.end_of_line()

    def navigate(self, key, create_from, pos):
        """The dict at `key` (following the last table of arrays of tables)."""
        d = self.root
        for n, part in enumerate(key):
            path = key[:n + 1]
            if part not in d:
                d[part] = {}
            v = d[part]
            if isinstance(v, list):
                if path not in self.aot:
                    raise self.error("Cannot overwrite a value", pos)
                v = v[-1]
            elif not isinstance(v, dict):
                raise self.error("Cannot overwrite a value", pos)
            if path in self.frozen:
                raise self.error("Cannot mutate immutable namespace " + repr(path), pos)
            d = v
        return d

    def real_path(self, key):
        """The key with each array of tables replaced by its last table's index."""
        out = []
        d = self.root
        for part in key:
            out.append(part)
            v = d.get(part) if isinstance(d, dict) else None
            if isinstance(v, list) and tuple(k for k in out if not isinstance(k, int)) \
                    in self.aot:
                out.append(len(v) - 1)
                v = v[-1]
            d = v
        return tuple(out)

    def table_header(self, key):
        pos = self.i
        real = self.real_path(key)
        if real in self.explicit:
            raise self.error(f"Cannot declare {key!r} twice", pos)
        parent = self.navigate(key[:-1], None, pos)
        if key[-1] in parent and not isinstance(parent[key[-1]], dict):
            raise self.error(f"Cannot declare {key!r} twice", pos)
        self.navigate(key, None, pos)
        self.explicit.add(self.real_path(key))

    def array_of_tables(self, key):
        pos = self.i
        parent = self.navigate(key[:-1], None, pos)
        last = key[-1]
        if last in parent:
            if not isinstance(parent[last], list) or key not in self.aot:
                raise self.error(f"Cannot overwrite a value", pos)
            parent[last].append({})
        else:
            parent[last] = [{}]
            self.aot.add(key)
        self.explicit.discard(self.real_path(key))

    def keyval(self, current):
        pos = self.i
        key = self.key()
        self.ws()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.i += 1
        self.ws()
        value = self.value()
        full = current + key
        real_current = self.real_path(current)
        for n in range(1, len(key)):
            sub = self.real_path(full[:len(current) + n])
            if sub in self.explicit and sub != real_current:
                raise self.error("Cannot redefine namespace " + repr(full[:len(current) + n]),
                                 pos)
        parent = self.navigate(full[:-1], None, pos)
        if key[-1] in parent:
            raise self.error("Cannot overwrite a value", pos)
        parent[key[-1]] = value
        if isinstance(value, (dict, list)):
            self.freeze(full, value)

    def freeze(self, path, value):
        if isinstance(value, dict):
            self.frozen.add(path)

    def key(self):
        parts = [self.simple_key()]
        while True:
            self.ws()
            if self.peek() != ".":
                return tuple(parts)
            self.i += 1
            self.ws()
            parts.append(self.simple_key())

    def simple_key(self):
        c = self.peek()
        if c == '"':
            return self.basic_string(False)
        if c == "'":
            return self.literal_string(False)
        m = _BARE.match(self.s, self.i)
        if not m:
            raise self.error("Invalid initial character for a key part")
        self.i = m.end()
        return m.group()

    def value(self):
        s = self.s
        c = self.peek()
        if c == '"':
            if s.startswith('"""', self.i):
                return self.multiline_basic()
            return self.basic_string(True)
        if c == "'":
            if s.startswith("'''", self.i):
                return self.multiline_literal()
            return self.literal_string(True)
        if c == "t" and s.startswith("true", self.i):
            self.i += 4
            return True
        if c == "f" and s.startswith("false", self.i):
            self.i += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME.match(s, self.i)
        if m:
            return self.datetime(m)
        m = _TIME.match(s, self.i)
        if m:
            self.i = m.end()
            return self.time(m.group(1), m.group(2), m.group(3), m.group(4), m.start())
        m = _NUMBER.match(s, self.i)
        if m:
            text = m.group()
            self.i = m.end()
            if text[:2] in ("0x", "0o", "0b"):
                return int(text[2:].replace("_", ""), {"x": 16, "o": 8, "b": 2}[text[1]])
            if any(ch in text for ch in ".eEn") or text.lstrip("+-") in ("inf", "nan"):
                v = self.parse_float(text.replace("_", ""))
                if isinstance(v, (dict, list)):
                    raise ValueError("parse_float must not return dicts or lists")
                return v
            return int(text.replace("_", ""))
        raise self.error("Invalid value")

    def time(self, h, mi, sec, frac, pos):
        micro = int((frac or "0")[:6].ljust(6, "0"))
        try:
            return _dt.time(int(h), int(mi), int(sec), micro)
        except ValueError:
            raise self.error("Invalid time", pos) from None

    def datetime(self, m):
        pos = m.start()
        self.i = m.end()
        y, mo, d, h, mi, sec, frac, z, sign, oh, om = m.groups()
        try:
            date = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            raise self.error("Invalid date or datetime", pos) from None
        if h is None:
            return date
        t = self.time(h, mi, sec, frac, pos)
        tz = None
        if z:
            tz = _dt.timezone.utc
        elif sign:
            off = _dt.timedelta(hours=int(oh), minutes=int(om))
            tz = _dt.timezone(-off if sign == "-" else off)
        return _dt.datetime(date.year, date.month, date.day, t.hour, t.minute, t.second,
                            t.microsecond, tzinfo=tz)

    def escape(self, multiline):
        s = self.s
        self.i += 1
        c = s[self.i:self.i + 1]
        if multiline and c in (" \t\n"):
            j = self.i
            while j < len(s) and s[j] in " \t":
                j += 1
            if s[j:j + 1] != "\n":
                raise self.error("Unescaped '\\' in a string")
            while j < len(s) and s[j] in " \t\n":
                j += 1
            self.i = j
            return ""
        if c in _ESCAPES:
            self.i += 1
            return _ESCAPES[c]
        if c in ("u", "U"):
            n = 4 if c == "u" else 8
            hexpart = s[self.i + 1:self.i + 1 + n]
            if len(hexpart) != n or not all(h in "0123456789abcdefABCDEF" for h in hexpart):
                raise self.error("Invalid hex value")
            code = int(hexpart, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            self.i += 1 + n
            return chr(code)
        raise self.error("Unescaped '\\' in a string")

    def check_char(self, c, multiline):
        if (c < " " and c != "\t" and not (multiline and c == "\n")) or c == "\x7f":
            raise self.error("Illegal character in string" if c != "\n" else
                             "Unterminated string")

    def basic_string(self, _value):
        self.i += 1
        out = []
        s = self.s
        while True:
            if self.i >= len(s):
                raise self.error("Unterminated string")
            c = s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                out.append(self.escape(False))
                continue
            self.check_char(c, False)
            out.append(c)
            self.i += 1

    def literal_string(self, _value):
        self.i += 1
        start = self.i
        s = self.s
        while True:
            if self.i >= len(s):
                raise self.error("Unterminated string")
            c = s[self.i]
            if c == "'":
                self.i += 1
                return s[start:self.i - 1]
            self.check_char(c, False)
            self.i += 1

    def multiline_basic(self):
        self.i += 3
        s = self.s
        if s.startswith("\n", self.i):
            self.i += 1
        out = []
        while True:
            if self.i >= len(s):
                raise self.error("Unterminated string")
            if s.startswith('"""', self.i):
                extra = 0
                while s.startswith('"', self.i + 3 + extra) and extra < 2:
                    extra += 1
                out.append('"' * extra)
                self.i += 3 + extra
                return "".join(out)
            c = s[self.i]
            if c == "\\":
                out.append(self.escape(True))
                continue
            self.check_char(c, True)
            out.append(c)
            self.i += 1

    def multiline_literal(self):
        self.i += 3
        s = self.s
        if s.startswith("\n", self.i):
            self.i += 1
        start = self.i
        while True:
            if self.i >= len(s):
                raise self.error("Unterminated string")
            if s.startswith("'''", self.i):
                extra = 0
                while s.startswith("'", self.i + 3 + extra) and extra < 2:
                    extra += 1
                text = s[start:self.i + extra]
                self.i += 3 + extra
                return text
            self.check_char(s[self.i], True)
            self.i += 1

    def array(self):
        self.i += 1
        out = []
        while True:
            self.ws_comments_newlines()
            if self.peek() == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws_comments_newlines()
            c = self.peek()
            if c == ",":
                self.i += 1
            elif c == "]":
                self.i += 1
                return out
            else:
                raise self.error("Unclosed array")

    def inline_table(self):
        self.i += 1
        table = {}
        self.ws()
        if self.peek() == "}":
            self.i += 1
            return table
        defined = set()
        while True:
            self.ws()
            pos = self.i
            key = self.key()
            self.ws()
            if self.peek() != "=":
                raise self.error("Expected '=' after a key in a key/value pair")
            self.i += 1
            self.ws()
            value = self.value()
            d = table
            for n, part in enumerate(key[:-1]):
                if part not in d:
                    d[part] = {}
                    defined.add(key[:n + 1])
                elif not isinstance(d[part], dict) or key[:n + 1] not in defined:
                    raise self.error("Cannot overwrite a value", pos)
                d = d[part]
            if key[-1] in d:
                raise self.error("Cannot overwrite a value", pos)
            d[key[-1]] = value
            self.ws()
            c = self.peek()
            if c == "}":
                self.i += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            self.i += 1
