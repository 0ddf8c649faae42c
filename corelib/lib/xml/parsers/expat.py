"""xml.parsers.expat: expat's event interface (ParserCreate, the handler attributes,
ExpatError) over Kestrel's own XML scanner (`xml.dom._xmlscan`): character data comes in
expat's pieces (each line, newline and reference apart, merged when buffer_text is set),
errors carry expat's messages, codes and positions.

Unlike expat, the document is scanned when the final piece is given (Parse(data, True)
or ParseFile): events of earlier, non-final Parse calls arrive then, in the same order."""

from xml.dom._xmlscan import ExpatError, Scanner

__all__ = ["ParserCreate", "ExpatError", "error", "ErrorString", "EXPAT_VERSION",
           "version_info", "native_encoding", "XMLParserType"]

error = ExpatError
EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1)]

_MESSAGES = {
    1: "out of memory", 2: "syntax error", 3: "no element found",
    4: "not well-formed (invalid token)", 5: "unclosed token", 6: "partial character",
    7: "mismatched tag", 8: "duplicate attribute", 9: "junk after document element",
    10: "illegal parameter entity reference", 11: "undefined entity",
    12: "recursive entity reference", 13: "asynchronous entity",
    14: "reference to invalid character number", 15: "reference to binary entity",
    16: "reference to external entity in attribute",
    17: "XML or text declaration not at start of entity", 18: "unknown encoding",
    19: "encoding specified in XML declaration is incorrect",
    20: "unclosed CDATA section",
}


def ErrorString(code):
    """expat's message for an error code."""
    return _MESSAGES.get(code)


class _Events:
    """Receives the scanner's events and calls the parser's handlers."""

    split_text = True

    def __init__(self, parser):
        self.p = parser
        self.ns = [{}]
        self.pending = []

    def _flush(self):
        if self.pending:
            data = "".join(self.pending)
            self.pending = []
            h = self.p.CharacterDataHandler
            if h is not None:
                h(data)

    def _call(self, name, *args):
        self._flush()
        h = getattr(self.p, name)
        if h is not None:
            h(*args)

    def xmldecl(self, attrs):
        sa = attrs.get("standalone")
        standalone = -1 if sa is None else (1 if sa == "yes" else 0)
        self._call("XmlDeclHandler", attrs.get("version"), attrs.get("encoding"),
                   standalone)

    def doctype(self, name, public, system, subset):
        self._call("StartDoctypeDeclHandler", name, system, public,
                   0 if subset is None else 1)
        self._call("EndDoctypeDeclHandler")

    def _qualify(self, name, scope, is_attr):
        sep = self.p._sep
        prefix, colon, local = name.partition(":")
        if colon:
            uri = scope.get(prefix)
            if uri is None:
                return name
            return uri + sep + local
        if is_attr:
            return name
        uri = scope.get(None)
        return uri + sep + name if uri else name

    def start(self, name, attrs):
        p = self.p
        if p._sep is not None:
            scope = dict(self.ns[-1])
            declared = []
            plain = []
            for aname, value in attrs:
                if aname == "xmlns":
                    scope[None] = value or None
                    declared.append((None, value or None))
                elif aname.startswith("xmlns:"):
                    scope[aname[6:]] = value
                    declared.append((aname[6:], value))
                else:
                    plain.append((aname, value))
            self.ns.append((scope, declared))
            for prefix, uri in declared:
                self._call("StartNamespaceDeclHandler", prefix, uri)
            name = self._qualify(name, scope, False)
            attrs = [(self._qualify(a, scope, True), v) for a, v in plain]
            self.ns[-1] = scope
            self._declared = getattr(self, "_declared", [])
            self._declared.append(declared)
        if p.ordered_attributes:
            out = []
            for a, v in attrs:
                out.extend((a, v))
        else:
            out = dict(attrs)
        self._call("StartElementHandler", name, out)

    def end(self, name):
        p = self.p
        if p._sep is not None:
            scope = self.ns.pop()
            name = self._qualify(name, scope, False)
            self._call("EndElementHandler", name)
            for prefix, _ in reversed(self._declared.pop()):
                self._call("EndNamespaceDeclHandler", prefix)
            return
        self._call("EndElementHandler", name)

    def text(self, data):
        if self.p.buffer_text:
            self.pending.append(data)
            return
        h = self.p.CharacterDataHandler
        if h is not None:
            h(data)

    def cdata(self, data):
        self._call("StartCdataSectionHandler")
        pieces = data.split("\n")
        for i, piece in enumerate(pieces):
            if piece:
                self.text(piece)
            if i < len(pieces) - 1:
                self.text("\n")
        self._call("EndCdataSectionHandler")

    def comment(self, data):
        self._call("CommentHandler", data)

    def pi(self, target, data):
        self._call("ProcessingInstructionHandler", target, data)


class XMLParserType:
    """An expat parser: set the *Handler attributes, then Parse or ParseFile."""

    def __init__(self, encoding=None, namespace_separator=None):
        self._sep = namespace_separator
        self._chunks = []
        self._done = False
        self.buffer_text = False
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        for h in ("StartElementHandler", "EndElementHandler", "CharacterDataHandler",
                  "ProcessingInstructionHandler", "CommentHandler",
                  "StartCdataSectionHandler", "EndCdataSectionHandler", "XmlDeclHandler",
                  "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
                  "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "DefaultHandler",
                  "DefaultHandlerExpand", "NotationDeclHandler", "UnparsedEntityDeclHandler",
                  "EntityDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
                  "ExternalEntityRefHandler", "NotStandaloneHandler",
                  "SkippedEntityHandler"):
            setattr(self, h, None)

    def Parse(self, data, isfinal=False):
        """Feeds `data` (str or bytes); with isfinal, the document is complete and is
        parsed. Returns 1."""
        if self._done:
            raise ExpatError("parsing finished: line 1, column 0")
        self._chunks.append(data)
        if not isfinal:
            return 1
        self._done = True
        text = self._text()
        events = _Events(self)
        try:
            Scanner(text, events).run()
        except ExpatError as e:
            self.ErrorCode = e.code
            self.ErrorLineNumber = e.lineno
            self.ErrorColumnNumber = e.offset
            raise
        events._flush()
        return 1

    def _text(self):
        parts = self._chunks
        self._chunks = []
        if any(isinstance(c, (bytes, bytearray)) for c in parts):
            raw = b"".join(c if isinstance(c, (bytes, bytearray)) else c.encode("utf-8")
                           for c in parts)
            from xml.dom.minidom import _decode
            return _decode(raw)
        return "".join(parts)

    def ParseFile(self, file):
        """Parses a whole file opened in binary mode."""
        return self.Parse(file.read(), True)

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new parser. With namespace_separator (one character), element and attribute
    names are 'uri' + separator + 'local' and namespace declarations are reported."""
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str "
                            f"or None, not {type(namespace_separator).__name__}")
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, "
                             "omitted, or None")
    return XMLParserType(encoding, namespace_separator)
