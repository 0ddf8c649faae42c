"""xml.etree.ElementTree: the Element tree API, with Kestrel's own XML parser (elements,
attributes, namespaces, character and entity references, CDATA; comments and processing
instructions are skipped as the default parser does; no DTD processing)."""

import io
import re

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace", "canonicalize", "C14NWriterTarget"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib dict, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        for child in self._children:
            elem.append(copy.deepcopy(child, memo))
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not "
                            + type(subelement).__name__)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return next(_select(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _select(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# --- ElementPath: the subset of XPath that find/findall take ---

_step_re = re.compile(r"\s*(\.\.?|\*|//?|\{[^}]*\}\*|\{[^}]*\}[^/\[\s]+|[^/\[\s]+)"
                      r"((?:\[[^\]]*\])*)")


def _expand(tag, namespaces):
    if namespaces and tag[:1] != '{' and ':' in tag:
        prefix, local = tag.split(':', 1)
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and '' in namespaces and tag[:1] != '{' and tag not in ('*', '.', '..'):
        return "{%s}%s" % (namespaces[''], tag)
    return tag


def _tag_matches(elem, tag):
    if tag == '*':
        return isinstance(elem.tag, str)
    if tag.endswith('}*'):
        return isinstance(elem.tag, str) and elem.tag.startswith(tag[:-1])
    if tag == '{*}*':
        return True
    if tag.startswith('{*}'):
        return isinstance(elem.tag, str) and (elem.tag == tag[3:] or
                                              elem.tag.endswith('}' + tag[3:]))
    return elem.tag == tag


def _predicate(elems, pred, namespaces):
    pred = pred.strip()
    m = re.fullmatch(r"@([^=\s]+)\s*(?:(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        key, op, _, value = m.groups()
        if op is None:
            return [e for e in elems if e.get(key) is not None]
        if op == '=':
            return [e for e in elems if e.get(key) == value]
        return [e for e in elems if e.get(key) != value]
    if re.fullmatch(r"-?\d+", pred) or pred.startswith('last()'):
        if pred.startswith('last()'):
            off = pred[6:].replace(' ', '')
            idx = -1 + (int(off) if off else 0)
            if idx >= 0:
                raise SyntaxError("invalid predicate")
        else:
            idx = int(pred) - 1
            if idx < 0:
                raise SyntaxError("XPath position >= 1 expected")
        out = []
        parents = {}
        for e in elems:
            parents.setdefault(id(e._parent_hint), (e._parent_hint, []))[1].append(e)
        for parent, group in parents.values():
            try:
                out.append(group[idx])
            except IndexError:
                pass
        return out
    m = re.fullmatch(r"(\.|[^=\s!]+)\s*(?:(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        tag, op, _, value = m.groups()
        if tag == '.':
            if op is None:
                raise SyntaxError("invalid predicate")
            text = lambda e: "".join(e.itertext())
            if op == '=':
                return [e for e in elems if text(e) == value]
            return [e for e in elems if text(e) != value]
        tag = _expand(tag, namespaces)
        out = []
        for e in elems:
            kids = [c for c in e if _tag_matches(c, tag)]
            if op is None:
                if kids:
                    out.append(e)
            elif op == '=':
                if any("".join(c.itertext()) == value for c in kids):
                    out.append(e)
            elif any("".join(c.itertext()) != value for c in kids):
                out.append(e)
        return out
    raise SyntaxError("invalid predicate")


def _select(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    pos = 0
    while pos < len(path):
        m = _step_re.match(path, pos)
        if not m or m.end() == pos:
            raise SyntaxError("invalid path")
        steps.append((m.group(1), re.findall(r"\[([^\]]*)\]", m.group(2))))
        pos = m.end()
    current = [elem]
    elem._parent_hint = None
    descend = False
    for tag, preds in steps:
        if tag == '/':
            continue
        if tag == '//':
            descend = True
            continue
        tag = _expand(tag, namespaces)
        found = []
        seen = set()
        for e in current:
            if tag == '.' and not descend:
                cands = [(e, getattr(e, '_parent_hint', None))]
            elif tag == '..':
                p = getattr(e, '_parent_hint', None)
                cands = [(p, None)] if p is not None else []
            elif descend:
                cands = []
                stack = [(c, e) for c in reversed(list(e))]
                if tag == '.':
                    cands.append((e, getattr(e, '_parent_hint', None)))
                while stack:
                    c, par = stack.pop()
                    if tag == '.' or _tag_matches(c, tag):
                        cands.append((c, par))
                    stack.extend((g, c) for g in reversed(list(c)))
                if tag == '.':
                    cands = cands
            else:
                cands = [(c, e) for c in e if _tag_matches(c, tag)]
            for c, par in cands:
                if id(c) not in seen:
                    seen.add(id(c))
                    c._parent_hint = par
                    found.append(c)
        descend = False
        for p in preds:
            found = _predicate(found, p, namespaces)
        current = found
    return iter(current)


# --- the tree and its serialization ---

class ElementTree:
    """A whole document: a root element, read with parse() and written with write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not encoding:
            encoding = "us-ascii"
        text = _serialize(self._root, method or "xml", short_empty_elements,
                          default_namespace)
        enc_lower = encoding.lower()
        if enc_lower == "unicode":
            out = text
            if xml_declaration:
                import locale
                decl_enc = locale.getpreferredencoding()
                out = "<?xml version='1.0' encoding='%s'?>\n" % decl_enc + out
        else:
            if xml_declaration or (xml_declaration is None and
                                   enc_lower not in ("utf-8", "us-ascii", "utf8")):
                text = "<?xml version='1.0' encoding='%s'?>\n" % encoding + text
            out = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(out)
        else:
            mode = "w" if enc_lower == "unicode" else "wb"
            with open(file_or_filename, mode,
                      **({"encoding": "utf-8"} if mode == "w" else {})) as f:
                f.write(out)


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attrib(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
    return text.replace("\t", "&#09;")


def _serialize(elem, method, short_empty, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def qname(tag):
        if isinstance(tag, QName):
            tag = tag.text
        if tag in qnames:
            return qnames[tag]
        if tag[:1] == "{":
            uri, local = tag[1:].rsplit("}", 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[tag] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace "
                                 "option")
            qnames[tag] = tag
        return qnames[tag]

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, (str, QName)):
            qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for k, v in e.items():
            if isinstance(k, QName):
                k = k.text
            qname(k)
            if isinstance(v, QName):
                qname(v.text)

    out = []
    write = out.append

    def ser(e, top):
        tag = e.tag
        text = e.text
        if tag is Comment:
            write("<!--%s-->" % text)
        elif tag is ProcessingInstruction:
            write("<?%s?>" % text)
        elif tag is None:
            if text:
                write(_escape_cdata(text))
            for c in e:
                ser(c, False)
        else:
            q = qnames[tag.text if isinstance(tag, QName) else tag]
            if method == "text":
                pass
            write("<" + q)
            if top and namespaces:
                for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
                    if prefix:
                        prefix = ":" + prefix
                    write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))
            for k, v in e.items():
                if isinstance(k, QName):
                    k = k.text
                if isinstance(v, QName):
                    v = qnames[v.text]
                elif not isinstance(v, str):
                    raise TypeError("cannot serialize %r (type %s)" % (v, type(v).__name__))
                else:
                    v = _escape_attrib(v)
                write(' %s="%s"' % (qnames[k], v))
            if text or len(e) or not short_empty:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for c in e:
                    ser(c, False)
                write("</" + q + ">")
            else:
                write(" />")
        if e.tail:
            write(_escape_cdata(e.tail))

    if method == "text":
        return "".join(elem.itertext())
    tail = elem.tail
    ser(elem, True)
    return "".join(out)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_indentation = indentations[level] + space
        if len(indentations) <= level + 1:
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


# --- parsing ---

class TreeBuilder:
    """Builds a tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element

    def close(self):
        if self._root is None:
            raise ParseError("missing root element")
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return None

    def pi(self, target, text=None):
        return None


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_NAME = re.compile(r"[^\s/>=<&\"'!?]+")


class XMLParser:
    """Parses XML text fed to it, calling a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._chunks = []
        self.version = "Kestrel"
        self.entity = {}

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        data = self._chunks
        self._chunks = []
        if data and isinstance(data[0], bytes):
            raw = b"".join(data)
            enc = "utf-8"
            m = re.match(rb"<\?xml[^>]*encoding=['\"]([A-Za-z0-9._-]+)['\"]", raw)
            if m:
                enc = m.group(1).decode("ascii")
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            text = raw.decode(enc)
        else:
            text = "".join(data)
        _Parse(self, text).run()
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def _error(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1)
        err = ParseError("%s: line %d, column %d" % (msg, line, col))
        err.code = {"syntax error": 2, "no element found": 3, "not well-formed (invalid "
                    "token)": 4, "unclosed token": 5, "mismatched tag": 7,
                    "junk after document element": 9, "undefined entity": 11}.get(msg, 4)
        err.position = (line, col)
        return err


class _Parse:
    """One run over a whole document."""

    def __init__(self, parser, text):
        self.p = parser
        self.t = text
        self.target = parser.target
        self.ns_stack = [{"xml": "http://www.w3.org/XML/1998/namespace"}]

    def err(self, msg, pos):
        return self.p._error(msg, self.t, pos)

    def text_refs(self, s, pos):
        if "&" not in s:
            return s
        out = []
        i = 0
        while True:
            j = s.find("&", i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = s.find(";", j)
            if k < 0:
                raise self.err("not well-formed (invalid token)", pos + j)
            name = s[j + 1:k]
            if name.startswith("#x"):
                try:
                    out.append(chr(int(name[2:], 16)))
                except ValueError:
                    raise self.err("not well-formed (invalid token)", pos + j) from None
            elif name.startswith("#"):
                try:
                    out.append(chr(int(name[1:])))
                except ValueError:
                    raise self.err("not well-formed (invalid token)", pos + j) from None
            elif name in _ENTITIES:
                out.append(_ENTITIES[name])
            elif name in self.p.entity:
                out.append(self.p.entity[name])
            else:
                raise self.err("undefined entity &%s;" % name, pos + j) if False else \
                    self.err("undefined entity", pos + j)
            i = k + 1
        return "".join(out)

    def qualify(self, name, pos, is_attr=False):
        if name.startswith("xmlns"):
            return None
        if ":" in name:
            prefix, local = name.split(":", 1)
            for scope in reversed(self.ns_stack):
                if prefix in scope:
                    return "{%s}%s" % (scope[prefix], local)
            raise self.err("unbound prefix", pos)
        if is_attr:
            return name
        for scope in reversed(self.ns_stack):
            if "" in scope:
                return "{%s}%s" % (scope[""], name) if scope[""] else name
        return name

    def run(self):
        t = self.t
        n = len(t)
        i = 0
        depth = 0
        stack = []
        seen_root = False
        while i < n:
            lt = t.find("<", i)
            if lt < 0:
                lt = n
            if lt > i:
                chunk = t[i:lt]
                if depth:
                    self.target.data(self.text_refs(chunk, i))
                elif chunk.strip():
                    raise self.err("junk after document element" if seen_root else
                                   "syntax error", i)
            i = lt
            if i >= n:
                break
            if t.startswith("<!--", i):
                k = t.find("-->", i + 4)
                if k < 0:
                    raise self.err("unclosed token", i)
                if hasattr(self.target, "comment") and depth:
                    self.target.comment(t[i + 4:k])
                i = k + 3
            elif t.startswith("<![CDATA[", i):
                k = t.find("]]>", i)
                if k < 0:
                    raise self.err("unclosed token", i)
                if not depth:
                    raise self.err("syntax error", i)
                self.target.data(t[i + 9:k])
                i = k + 3
            elif t.startswith("<?", i):
                k = t.find("?>", i)
                if k < 0:
                    raise self.err("unclosed token", i)
                i = k + 2
            elif t.startswith("<!", i):
                # A DOCTYPE, with an internal subset in brackets.
                k = i + 2
                level = 0
                while k < n:
                    if t[k] == "[":
                        level += 1
                    elif t[k] == "]":
                        level -= 1
                    elif t[k] == ">" and level <= 0:
                        break
                    k += 1
                if k >= n:
                    raise self.err("unclosed token", i)
                i = k + 1
            elif t.startswith("</", i):
                m = _NAME.match(t, i + 2)
                k = t.find(">", i)
                if not m or k < 0 or t[m.end():k].strip():
                    raise self.err("not well-formed (invalid token)" if k >= 0 else
                                   "unclosed token", i)
                name = m.group()
                if not stack or stack[-1] != name:
                    raise self.err("mismatched tag", i + 2)
                stack.pop()
                self.target.end(self.qualify(name, i))
                self.ns_stack.pop()
                depth -= 1
                i = k + 1
            else:
                if seen_root and not depth:
                    raise self.err("junk after document element", i)
                m = _NAME.match(t, i + 1)
                if not m:
                    raise self.err("not well-formed (invalid token)", i)
                name = m.group()
                j = m.end()
                attrs = []
                while True:
                    while j < n and t[j] in " \t\r\n":
                        j += 1
                    if j >= n:
                        raise self.err("unclosed token", i)
                    if t[j] == ">" or t.startswith("/>", j):
                        break
                    am = _NAME.match(t, j)
                    if not am or j == m.end() or t[j - 1] not in " \t\r\n":
                        raise self.err("not well-formed (invalid token)", j)
                    aname = am.group()
                    j = am.end()
                    while j < n and t[j] in " \t\r\n":
                        j += 1
                    if j >= n or t[j] != "=":
                        raise self.err("not well-formed (invalid token)", j)
                    j += 1
                    while j < n and t[j] in " \t\r\n":
                        j += 1
                    if j >= n or t[j] not in "\"'":
                        raise self.err("not well-formed (invalid token)", j)
                    q = t[j]
                    e = t.find(q, j + 1)
                    if e < 0:
                        raise self.err("unclosed token", i)
                    raw = t[j + 1:e]
                    if "<" in raw:
                        raise self.err("not well-formed (invalid token)", j + 1 + raw.find("<"))
                    value = self.text_refs(raw, j + 1)
                    value = value.replace("\t", " ").replace("\n", " ").replace("\r", " ") \
                        if "&" not in raw else value
                    if any(a == aname for a, _, _ in attrs):
                        raise self.err("duplicate attribute", am.start())
                    attrs.append((aname, value, am.start()))
                    j = e + 1
                scope = {}
                for aname, value, _ in attrs:
                    if aname == "xmlns":
                        scope[""] = value
                    elif aname.startswith("xmlns:"):
                        scope[aname[6:]] = value
                self.ns_stack.append(scope)
                attrib = {}
                for aname, value, apos in attrs:
                    q = self.qualify(aname, apos, True)
                    if q is not None:
                        attrib[q] = value
                tag = self.qualify(name, i)
                self.target.start(tag, attrib)
                seen_root = True
                if t.startswith("/>", j):
                    self.target.end(tag)
                    self.ns_stack.pop()
                    i = j + 2
                else:
                    stack.append(name)
                    depth += 1
                    i = j + 1
        if stack or not seen_root:
            raise self.err("no element found", n)


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Yields (event, element) pairs; the whole document is parsed first."""
    events = events or ("end",)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    collected = []

    class _Collect(TreeBuilder):
        def start(self, tag, attrs):
            elem = TreeBuilder.start(self, tag, attrs)
            if "start" in events:
                collected.append(("start", elem))
            return elem

        def end(self, tag):
            elem = TreeBuilder.end(self, tag)
            if "end" in events:
                collected.append(("end", elem))
            return elem

    p = XMLParser(target=_Collect())
    p.feed(data)
    root = p.close()

    class _IterParseIterator:
        def __init__(self):
            self._it = iter(collected)
            self.root = None

        def __iter__(self):
            return self

        def __next__(self):
            try:
                return next(self._it)
            except StopIteration:
                self.root = root
                raise

    return _IterParseIterator()


def XMLPullParser(*args, **kwargs):
    raise NotImplementedError("xml.etree.ElementTree.XMLPullParser is not supported by "
                              "Kestrel")


def canonicalize(*args, **kwargs):
    raise NotImplementedError("xml.etree.ElementTree.canonicalize is not supported by "
                              "Kestrel")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("C14NWriterTarget is not supported by Kestrel")
