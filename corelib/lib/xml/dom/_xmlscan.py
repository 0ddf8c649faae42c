"""A small non-validating XML scanner for xml.dom.minidom: it reports the document's
parts (declaration, doctype, elements with their attributes in order, text, CDATA,
comments, processing instructions) to a builder, decoding character and the predefined
entity references, and raises ExpatError with expat's messages and positions."""


class ExpatError(Exception):
    """A document that is not well-formed (named and worded as CPython's expat's)."""


ExpatError.__module__ = "xml.parsers.expat"

_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_NAME_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_:")
_NAME_CHARS = _NAME_START | set("0123456789.-")
_SPACE = " \t\r\n"


def _is_name_start(c):
    return c in _NAME_START or c > "\x7f"


def _is_name_char(c):
    return c in _NAME_CHARS or c > "\x7f"


class Scanner:
    def __init__(self, text, builder):
        self.t = text.replace("\r\n", "\n").replace("\r", "\n")
        self.b = builder

    def error(self, msg, pos):
        t = self.t
        line = t.count("\n", 0, pos) + 1
        col = pos - (t.rfind("\n", 0, pos) + 1)
        err = ExpatError(f"{msg}: line {line}, column {col}")
        err.lineno = line
        err.offset = col
        err.code = {"syntax error": 2, "no element found": 3,
                    "not well-formed (invalid token)": 4, "unclosed token": 5,
                    "mismatched tag": 7, "duplicate attribute": 8,
                    "junk after document element": 9, "undefined entity": 11,
                    "unclosed CDATA section": 20}.get(msg, 4)
        return err

    def pseudo_attrs(self, text):
        """The name="value" pairs of an XML declaration, as a dict."""
        out = {}
        i = 0
        while True:
            eq = text.find("=", i)
            if eq < 0:
                return out
            key = text[i:eq].strip()
            j = eq + 1
            while j < len(text) and text[j] in _SPACE:
                j += 1
            if j >= len(text) or text[j] not in "\"'":
                return out
            end = text.find(text[j], j + 1)
            if end < 0:
                return out
            out[key] = text[j + 1:end]
            i = end + 1

    def text(self, chunk, pos):
        """Character data: whole (references decoded) for builders that merge it, or in
        expat's pieces (each line, each newline, each reference apart) for those that set
        `split_text`."""
        if not getattr(self.b, "split_text", False):
            self.b.text(self.refs(chunk, pos))
            return
        run = []
        i = 0
        n = len(chunk)
        while i < n:
            c = chunk[i]
            if c == "\n" or c == "&":
                if run:
                    self.b.text("".join(run))
                    run = []
                if c == "\n":
                    self.b.text("\n")
                    i += 1
                else:
                    k = chunk.find(";", i)
                    if k < 0:
                        raise self.error("not well-formed (invalid token)", pos + i)
                    self.b.text(self.refs(chunk[i:k + 1], pos + i))
                    i = k + 1
                continue
            run.append(c)
            i += 1
        if run:
            self.b.text("".join(run))

    def name(self, i):
        t = self.t
        if i >= len(t) or not _is_name_start(t[i]):
            raise self.error("not well-formed (invalid token)", i)
        j = i + 1
        while j < len(t) and _is_name_char(t[j]):
            j += 1
        return t[i:j], j

    def skip_space(self, i):
        t = self.t
        while i < len(t) and t[i] in _SPACE:
            i += 1
        return i

    def refs(self, s, pos, attr=False):
        """`s` with its references decoded (and, in attributes, whitespace as spaces)."""
        if attr:
            s = s.replace("\t", " ").replace("\n", " ")
        if "&" not in s:
            return s
        out = []
        i = 0
        while True:
            j = s.find("&", i)
            if j < 0:
                out.append(s[i:])
                return "".join(out)
            out.append(s[i:j])
            k = s.find(";", j)
            if k < 0:
                raise self.error("not well-formed (invalid token)", pos + j)
            ref = s[j + 1:k]
            try:
                if ref.startswith("#x"):
                    out.append(chr(int(ref[2:], 16)))
                elif ref.startswith("#"):
                    out.append(chr(int(ref[1:], 10)))
                elif ref in _ENTITIES:
                    out.append(_ENTITIES[ref])
                else:
                    raise self.error("undefined entity", pos + j)
            except ValueError:
                raise self.error("not well-formed (invalid token)", pos + j) from None
            i = k + 1

    def run(self):
        t = self.t
        n = len(t)
        i = 0
        stack = []
        root_done = False
        if t.startswith("\ufeff"):
            i = 1
        if t.startswith("<?xml", i) and (i + 5 < n and t[i + 5] in _SPACE + "?"):
            end = t.find("?>", i)
            if end < 0:
                raise self.error("unclosed token", i)
            decl = getattr(self.b, "xmldecl", None)
            if decl is not None:
                decl(self.pseudo_attrs(t[i + 5:end]))
            i = end + 2
        while i < n:
            lt = t.find("<", i)
            if lt < 0:
                lt = n
            if lt > i:
                chunk = t[i:lt]
                if stack:
                    self.text(chunk, i)
                elif chunk.strip(_SPACE):
                    pos = i + (len(chunk) - len(chunk.lstrip(_SPACE)))
                    if root_done:
                        raise self.error("junk after document element", pos)
                    raise self.error("syntax error", pos)
                i = lt
                if i >= n:
                    break
            if t.startswith("<!--", i):
                end = t.find("--", i + 4)
                if end < 0:
                    raise self.error("unclosed token", i)
                if not t.startswith("-->", end):
                    raise self.error("not well-formed (invalid token)", end + 2)
                self.b.comment(t[i + 4:end])
                i = end + 3
            elif t.startswith("<![CDATA[", i):
                if not stack:
                    raise self.error("not well-formed (invalid token)", i)
                end = t.find("]]>", i + 9)
                if end < 0:
                    raise self.error("unclosed CDATA section", i)
                self.b.cdata(t[i + 9:end])
                i = end + 3
            elif t.startswith("<!DOCTYPE", i):
                i = self.doctype(i + 9)
            elif t.startswith("<?", i):
                target, j = self.name(i + 2)
                if target.lower() == "xml":
                    raise self.error("XML or text declaration not at start of entity", i)
                end = t.find("?>", j)
                if end < 0:
                    raise self.error("unclosed token", i)
                self.b.pi(target, t[j:end].lstrip(_SPACE))
                i = end + 2
            elif t.startswith("</", i):
                name, j = self.name(i + 2)
                if not stack or stack[-1] != name:
                    raise self.error("mismatched tag", i + 2)
                j = self.skip_space(j)
                if j >= n or t[j] != ">":
                    raise self.error("not well-formed (invalid token)", j)
                stack.pop()
                self.b.end(name)
                i = j + 1
                if not stack:
                    root_done = True
            else:
                if root_done:
                    raise self.error("junk after document element", i)
                i = self.start_tag(i, stack)
                if not stack:
                    root_done = True
        if stack or not root_done:
            raise self.error("no element found", n)

    def start_tag(self, i, stack):
        t = self.t
        n = len(t)
        name, j = self.name(i + 1)
        attrs = []
        seen = set()
        while True:
            k = self.skip_space(j)
            if k >= n:
                raise self.error("unclosed token", i)
            if t[k] == ">":
                self.b.start(name, attrs)
                stack.append(name)
                return k + 1
            if t.startswith("/>", k):
                self.b.start(name, attrs)
                self.b.end(name)
                return k + 2
            if k == j:
                raise self.error("not well-formed (invalid token)", k)
            aname, j = self.name(k)
            j = self.skip_space(j)
            if j >= n or t[j] != "=":
                raise self.error("not well-formed (invalid token)", j)
            j = self.skip_space(j + 1)
            if j >= n or t[j] not in "\"'":
                raise self.error("not well-formed (invalid token)", j)
            q = t[j]
            end = t.find(q, j + 1)
            if end < 0:
                raise self.error("unclosed token", i)
            raw = t[j + 1:end]
            if "<" in raw:
                raise self.error("not well-formed (invalid token)", j + 1 + raw.index("<"))
            if aname in seen:
                raise self.error("duplicate attribute", k)
            seen.add(aname)
            attrs.append((aname, self.refs(raw, j + 1, attr=True)))
            j = end + 1

    def doctype(self, i):
        """<!DOCTYPE name [PUBLIC 'p' 's' | SYSTEM 's'] [internal subset]>"""
        t = self.t
        j = self.skip_space(i)
        name, j = self.name(j)
        public = system = None
        j = self.skip_space(j)

        def literal(j):
            if j >= len(t) or t[j] not in "\"'":
                raise self.error("syntax error", j)
            end = t.find(t[j], j + 1)
            if end < 0:
                raise self.error("unclosed token", j)
            return t[j + 1:end], self.skip_space(end + 1)

        if t.startswith("PUBLIC", j):
            public, j = literal(self.skip_space(j + 6))
            system, j = literal(j)
        elif t.startswith("SYSTEM", j):
            system, j = literal(self.skip_space(j + 6))
        subset = None
        if j < len(t) and t[j] == "[":
            end = t.find("]", j)
            if end < 0:
                raise self.error("unclosed token", j)
            subset = t[j + 1:end]
            j = self.skip_space(end + 1)
        if j >= len(t) or t[j] != ">":
            raise self.error("syntax error", j)
        self.b.doctype(name, public, system, subset)
        return j + 1
