"""xml.dom.minidom: a small DOM. Parse with parseString/parse; walk and change the tree
(childNodes, getElementsByTagName, getAttribute, appendChild, ...); write it back with
toxml/toprettyxml/writexml, formatted as CPython's minidom formats it."""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, Node,
                     HierarchyRequestErr, NotFoundErr, InuseAttributeErr)
from xml.dom._xmlscan import ExpatError, Scanner

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element", "Text",
           "Comment", "Attr", "CDATASection", "ProcessingInstruction", "DocumentType",
           "DocumentFragment", "NodeList", "NamedNodeMap", "Node", "DOMImplementation"]


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;") \
            .replace(">", "&gt;")
        writer.write(data)


class NodeList(list):
    """A list of nodes, with the DOM's `length` and `item(i)`."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


EmptyNodeList = NodeList


class Node(xml.dom.Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    @property
    def localName(self):
        return None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise HierarchyRequestErr(f"{self!r} cannot be child of {node!r}")

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = self.childNodes.index(refChild)
            except ValueError:
                raise NotFoundErr() from None
            self.childNodes.insert(index, newChild)
            newChild.nextSibling = refChild
            refChild.previousSibling = newChild
            if index:
                prev = self.childNodes[index - 1]
                prev.nextSibling = newChild
                newChild.previousSibling = prev
            else:
                newChild.previousSibling = None
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children = self.childNodes
        if children:
            last = children[-1]
            node.previousSibling = last
            last.nextSibling = node
        else:
            node.previousSibling = None
        node.nextSibling = None
        children.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        newChild.nextSibling = oldChild.nextSibling
        newChild.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if newChild.previousSibling:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Merges adjacent text nodes and drops empty ones, all the way down."""
        out = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if out and out[-1].nodeType == child.nodeType:
                    out[-1].data = out[-1].data + child.data
                    child.parentNode = None
                    continue
                out.append(child)
            else:
                out.append(child)
                if child.nodeType == Node.ELEMENT_NODE:
                    child.normalize()
        for a, b in zip(out, out[1:]):
            a.nextSibling, b.previousSibling = b, a
        if out:
            out[0].previousSibling = None
            out[-1].nextSibling = None
        self.childNodes[:] = out

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _get_elements_by_tag_name(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                out.append(node)
            _get_elements_by_tag_name(node, name, out)
    return out


def _get_elements_by_tag_name_ns(parent, uri, local, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and \
                    (uri == "*" or node.namespaceURI == uri):
                out.append(node)
            _get_elements_by_tag_name_ns(node, uri, local, out)
    return out


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute node: name and value (and namespace parts)."""
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self.value = ""
        self.childNodes = NodeList()

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    @property
    def localName(self):
        return self.nodeName.split(":", 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    def __repr__(self):
        return f"<DOM Attr {self.name!r}>"

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """An element's attributes: a mapping of qualified name to Attr, in document order."""
    __slots__ = ("_attrs", "_attrsNS", "_ownerElement")

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value)
                for node in self._attrs.values()]

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return key in self._attrsNS

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def __getitem__(self, attname_or_tuple):
        if isinstance(attname_or_tuple, tuple):
            return self._attrsNS[attname_or_tuple]
        return self._attrs[attname_or_tuple]

    def __setitem__(self, attname, value):
        if isinstance(value, str):
            node = self._attrs.get(attname)
            if node is None:
                node = Attr(attname)
                node.value = value
                self.setNamedItem(node)
            else:
                node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError("value must be a string or Attr object")
            self.setNamedItem(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        n = self.getNamedItem(name)
        if n is None:
            raise NotFoundErr()
        del self._attrs[n.nodeName]
        del self._attrsNS[(n.namespaceURI, n.localName)]
        n.ownerElement = None
        return n

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise HierarchyRequestErr(f"{self!r} cannot be child of {node!r}")
        old = self._attrs.get(node.name)
        if old:
            old.unlink()
        self._attrs[node.name] = node
        self._attrsNS[(node.namespaceURI, node.localName)] = node
        node.ownerElement = self._ownerElement
        return old

    setNamedItemNS = setNamedItem

    def __delitem__(self, attname_or_tuple):
        node = self[attname_or_tuple]
        del self._attrs[node.nodeName]
        del self._attrsNS[(node.namespaceURI, node.localName)]
        node.ownerElement = None


AttributeList = NamedNodeMap


class Element(Node):
    """An element: tagName, attributes and children."""
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}
        self._attrsNS = {}

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def _get_attributes(self):
        return self.attributes

    def unlink(self):
        for attr in list(self._attrs.values()):
            attr.unlink()
        self._attrs = {}
        self._attrsNS = {}
        Node.unlink(self)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        return attr.value if attr is not None else ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        elif value != attr.value:
            attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        attr = self._attrsNS.get((namespaceURI, qualifiedName.split(":", 1)[-1]))
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, None, prefix)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        else:
            attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old1 = self._attrs.pop(attr.name, None)
        if old1 is not None:
            self._attrsNS.pop((old1.namespaceURI, old1.localName), None)
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        return old1 if old1 is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs[name]
        except KeyError:
            raise NotFoundErr() from None
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        try:
            attr = self._attrsNS[(namespaceURI, localName)]
        except KeyError:
            raise NotFoundErr() from None
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None:
            raise NotFoundErr()
        try:
            self._attrs[node.name]
        except KeyError:
            raise NotFoundErr() from None
        del self._attrs[node.name]
        self._attrsNS.pop((node.namespaceURI, node.localName), None)
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return f"<DOM Element: {self.tagName} at {id(self):#x}>"

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(f' {name}="')
            _write_data(writer, attr.value)
            writer.write('"')
        if self.childNodes:
            writer.write(">")
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                self.childNodes[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write(f"</{self.tagName}>{newl}")
        else:
            writer.write(f"/>{newl}")


class Childless:
    """Nodes that cannot have children."""
    attributes = None
    childNodes = NodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")


class ProcessingInstruction(Childless, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def nodeName(self):
        return self.target

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(f"{indent}<?{self.target} {self.data}?>{newl}")


class CharacterData(Childless, Node):
    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self.data)

    __len__ = length.fget

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return f'<DOM {self.__class__.__name__} node "{data[0:10]!r}{dots}">'

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self.data = f"{self.data[:offset]}{arg}{self.data[offset:]}"

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = f"{self.data[:offset]}{arg}{self.data[offset + count:]}"


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        newText = self.__class__()
        newText.data = self.data[offset:]
        newText.ownerDocument = self.ownerDocument
        nxt = self.nextSibling
        if self.parentNode and self in self.parentNode.childNodes:
            if nxt is None:
                self.parentNode.appendChild(newText)
            else:
                self.parentNode.insertBefore(newText, nxt)
        self.data = self.data[:offset]
        return newText

    @property
    def wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(n.data)
            n = n.nextSibling
        return "".join(parts)

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, f"{indent}{self.data}{newl}")


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f"{indent}<!--{self.data}-->{newl}")


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f"<![CDATA[{self.data}]]>")


class DocumentType(Childless, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = NamedNodeMap({}, {}, None)
        self.notations = NamedNodeMap({}, {}, None)
        if qualifiedName:
            self.name = qualifiedName
        self.nodeName = self.name

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            writer.write(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        if prefix and namespaceURI is None:
            raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
        if doctype:
            doc.appendChild(doctype)
        element = doc.createElementNS(namespaceURI, qualifiedName)
        doc.appendChild(element)
        doctype = doctype
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    """The whole document: its children are the root element and any comments, PIs and
    the doctype around it."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    implementation = DOMImplementation()
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType not in self._child_node_types:
            raise HierarchyRequestErr(f"{self!r} cannot be child of {node!r}")
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def createDocumentFragment(self):
        d = DocumentFragment()
        d.ownerDocument = self
        return d

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        t = Text()
        t.data = data
        t.ownerDocument = self
        return t

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        c = CDATASection()
        c.data = data
        c.ownerDocument = self
        return c

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        p = ProcessingInstruction(target, data)
        p.ownerDocument = self
        return p

    def createAttribute(self, qName):
        a = Attr(qName)
        a.ownerDocument = self
        a.value = ""
        return a

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        e = Element(qualifiedName, namespaceURI, prefix)
        e.ownerDocument = self
        return e

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        a = Attr(qualifiedName, namespaceURI, None, prefix)
        a.ownerDocument = self
        a.value = ""
        return a

    def getElementById(self, id):
        for node in _get_elements_by_tag_name(self, "*", NodeList()):
            if node.getAttribute("id") == id:
                return node
        return None

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def importNode(self, node, deep):
        if node.nodeType == Node.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone_node(node, deep, self)

    def cloneNode(self, deep):
        clone = Document()
        clone.encoding = self.encoding
        clone.standalone = self.standalone
        clone.version = self.version
        if deep:
            for n in self.childNodes:
                c = _clone_node(n, deep, clone)
                clone.childNodes.append(c)
                c.parentNode = clone
                if n is self.doctype:
                    clone.doctype = c
        for a, b in zip(clone.childNodes, clone.childNodes[1:]):
            a.nextSibling, b.previousSibling = b, a
        return clone

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def __repr__(self):
        return f"<xml.dom.minidom.Document object at {id(self):#x}>"


def _clone_node(node, deep, newOwnerDocument):
    t = node.nodeType
    if t == Node.ELEMENT_NODE:
        clone = newOwnerDocument.createElementNS(node.namespaceURI, node.nodeName)
        for attr in node._attrs.values():
            clone.setAttributeNS(attr.namespaceURI, attr.nodeName, attr.value)
            clone.getAttributeNode(attr.nodeName).specified = attr.specified
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif t == Node.DOCUMENT_FRAGMENT_NODE:
        clone = newOwnerDocument.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif t == Node.TEXT_NODE:
        clone = newOwnerDocument.createTextNode(node.data)
    elif t == Node.CDATA_SECTION_NODE:
        clone = newOwnerDocument.createCDATASection(node.data)
    elif t == Node.PROCESSING_INSTRUCTION_NODE:
        clone = newOwnerDocument.createProcessingInstruction(node.target, node.data)
    elif t == Node.COMMENT_NODE:
        clone = newOwnerDocument.createComment(node.data)
    elif t == Node.ATTRIBUTE_NODE:
        clone = newOwnerDocument.createAttributeNS(node.namespaceURI, node.nodeName)
        clone.specified = True
        clone.value = node.value
    elif t == Node.DOCUMENT_TYPE_NODE:
        clone = DocumentType(node.name)
        clone.publicId = node.publicId
        clone.systemId = node.systemId
        clone.internalSubset = node.internalSubset
    else:
        raise xml.dom.NotSupportedErr(f"Cannot clone node {node!r}")
    return clone


class _Builder:
    """Builds a Document from the scanner's events, resolving namespaces as minidom's
    namespace-aware builder does."""

    def __init__(self):
        self.doc = Document()
        self.stack = [self.doc]
        self.ns = [{"xml": xml.dom.XML_NAMESPACE}]

    def _append(self, node):
        parent = self.stack[-1]
        node.ownerDocument = self.doc
        Node.appendChild(parent, node)

    def start(self, name, attrs):
        scope = dict(self.ns[-1])
        for aname, value in attrs:
            if aname == "xmlns":
                scope[""] = value or None
            elif aname.startswith("xmlns:"):
                scope[aname[6:]] = value
        self.ns.append(scope)
        prefix, _, local = name.rpartition(":")
        uri = scope.get(prefix or "", None)
        el = Element(name, uri, prefix or None)
        for aname, value in attrs:
            if aname == "xmlns" or aname.startswith("xmlns:"):
                a = Attr(aname, XMLNS_NAMESPACE, None, "xmlns")
            elif ":" in aname:
                p = aname.split(":", 1)[0]
                a = Attr(aname, scope.get(p), None, p)
            else:
                a = Attr(aname)
            a.value = value
            a.ownerDocument = self.doc
            a.specified = True
            el._attrs[aname] = a
            el._attrsNS[(a.namespaceURI, a.localName)] = a
            a.ownerElement = el
        self._append(el)
        self.stack.append(el)

    def end(self, name):
        self.stack.pop()
        self.ns.pop()

    def text(self, data):
        parent = self.stack[-1]
        last = parent.childNodes[-1] if parent.childNodes else None
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last._data = last._data + data
            return
        t = Text()
        t._data = data
        self._append(t)

    def cdata(self, data):
        c = CDATASection()
        c._data = data
        self._append(c)

    def comment(self, data):
        self._append(Comment(data))

    def pi(self, target, data):
        self._append(ProcessingInstruction(target, data))

    def doctype(self, name, public, system, subset):
        dt = DocumentType(name)
        dt.publicId = public
        dt.systemId = system
        dt.internalSubset = subset
        self._append(dt)
        self.doc.doctype = dt


def _decode(data):
    if isinstance(data, str):
        return data
    data = bytes(data)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    enc = "utf-8"
    if data.startswith(b"<?xml"):
        end = data.find(b"?>")
        head = data[:end if end >= 0 else 200]
        i = head.find(b"encoding")
        if i >= 0:
            rest = head[i + 8:].lstrip(b" \t\r\n=").lstrip(b" \t\r\n")
            if rest[:1] in (b'"', b"'"):
                q = rest[:1]
                enc = rest[1:rest.find(q, 1)].decode("ascii")
    return data.decode(enc)


def parseString(string, parser=None):
    """The Document of the XML text `string` (str or bytes)."""
    if parser is not None:
        raise TypeError("parseString: Kestrel's minidom has its own parser; "
                        "a SAX parser cannot be given")
    b = _Builder()
    Scanner(_decode(string), b).run()
    return b.doc


def parse(file, parser=None, bufsize=None):
    """The Document of the XML file `file` (a path or an open file)."""
    if parser is not None:
        raise TypeError("parse: Kestrel's minidom has its own parser; "
                        "a SAX parser cannot be given")
    if isinstance(file, str) or hasattr(file, "__fspath__"):
        with open(file, "rb") as fp:
            data = fp.read()
    else:
        data = file.read()
    return parseString(data)


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, str):
            words = features.split()
            features = [(w, None) for w in words]
        for f, v in features:
            if not Document.implementation.hasFeature(f, v):
                return None
    return Document.implementation
