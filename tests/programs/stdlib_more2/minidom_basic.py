from xml.dom import minidom
from xml.dom.minidom import parseString, Node
import xml.dom

src = ('<?xml version="1.0"?><!-- top --><root a="1" b="x&amp;y"><![CDATA[<raw>]]>'
       't&lt;1<?pi data?><c/><!--c--></root>')
d = parseString(src)
print([(n.nodeType, n.nodeName) for n in d.documentElement.childNodes],
      [n.nodeName for n in d.childNodes])
print(d.toxml())
print(repr(d.documentElement.firstChild), repr(d.documentElement.childNodes[1]))
print(d.documentElement.getAttribute("b"), repr(d.documentElement.getAttribute("zz")))

for s in ["<a>", "<a></b>", "<a>&foo;</a>", "", "<a/><b/>", "text", '<a x="1" x="2"/>',
          "<a x=1/>", "<a><!-- -- --></a>", "<a><b></a>", "<a>x</a>junk"]:
    try:
        parseString(s)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

d = parseString('<r xmlns:p="urn:p" xmlns="urn:d"><p:x p:at="v">1</p:x>\n  <y>\n</y></r>')
x = d.getElementsByTagName("p:x")[0]
print(x.tagName, x.prefix, x.localName, x.namespaceURI, x.attributes.items(),
      x.getAttribute("p:at"))
print(d.documentElement.namespaceURI, list(d.documentElement.attributes.keys()))
print(repr(d.toprettyxml()))
print(d.toprettyxml(indent="  ", encoding="utf-8"))
print(d.toxml("utf-8"))
print(len(d.getElementsByTagNameNS("urn:p", "x")), len(d.getElementsByTagName("*")))
d2 = parseString('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://x/y.dtd">'
                 '<html>a\nb\tc</html>')
print(d2.doctype.name, d2.doctype.publicId, d2.doctype.systemId, d2.toxml())
print(repr(parseString('<a v="x\ny\tz"/>').documentElement.getAttribute("v")))

xml_text = """<catalog>
  <book id="b1" lang="en"><title>Dune</title><price>9.99</price></book>
  <book id="b2"><title>Emma &amp; more</title><price>5</price></book>
</catalog>"""
doc = parseString(xml_text)
for book in doc.getElementsByTagName("book"):
    title = book.getElementsByTagName("title")[0].firstChild.data
    price = float(book.getElementsByTagName("price")[0].firstChild.nodeValue)
    print(book.getAttribute("id"), title, price, book.hasAttribute("lang"),
          book.attributes.length, book.parentNode.tagName)
print(doc.getElementsByTagName("book").length, doc.documentElement.childNodes.length)
b1 = doc.getElementsByTagName("book")[0]
print(b1.nextSibling.nodeType == Node.TEXT_NODE, repr(b1.nextSibling.data),
      b1.previousSibling.data == "\n  ", b1.firstChild.tagName, b1.lastChild.tagName)

# building a document
impl = minidom.getDOMImplementation()
newdoc = impl.createDocument(None, "people", None)
top = newdoc.documentElement
for name, age in [("Ann", 31), ("Bob", 7)]:
    p = newdoc.createElement("person")
    p.setAttribute("name", name)
    p.setAttribute("note", 'say "hi" <now> & then')
    p.appendChild(newdoc.createTextNode(str(age)))
    top.appendChild(p)
top.appendChild(newdoc.createComment(" end "))
pi = newdoc.createProcessingInstruction("xml-stylesheet", 'href="s.css"')
newdoc.insertBefore(pi, top)
print(newdoc.toxml())
print(newdoc.toprettyxml(indent="  "))
empty = minidom.Document()
root = empty.appendChild(empty.createElement("root"))
root.appendChild(empty.createElement("child")).appendChild(empty.createCDATASection("a<b"))
print(empty.toprettyxml(), end="")
print(root.toxml(), root.firstChild.toprettyxml(indent="."))

# editing
p0 = top.getElementsByTagName("person")[0]
p0.removeAttribute("note")
p0.setAttribute("name", "Anne")
print(p0.toxml(), p0.hasAttributes(), sorted(p0.attributes.keys()))
removed = top.removeChild(top.getElementsByTagName("person")[1])
print(removed.parentNode, removed.getAttribute("name"), len(top.childNodes))
clone = p0.cloneNode(True)
clone.firstChild.data = "99"
print(clone.toxml(), p0.toxml())
shallow = p0.cloneNode(False)
print(shallow.toxml(), shallow.childNodes.length)
t = newdoc.createTextNode("a")
p0.appendChild(t)
p0.appendChild(newdoc.createTextNode("b"))
p0.appendChild(newdoc.createTextNode(""))
print(len(p0.childNodes), p0.toxml())
p0.normalize()
print(len(p0.childNodes), repr(p0.firstChild.data), p0.toxml())
new = newdoc.createElement("new")
top.replaceChild(new, p0)
print(top.toxml())
for bad in [lambda: p0.removeAttribute("nope"), lambda: top.removeChild(p0),
            lambda: newdoc.appendChild(newdoc.createElement("second")),
            lambda: t.appendChild(new)]:
    try:
        bad()
    except xml.dom.DOMException as e:
        print(type(e).__name__, e.code)
c = newdoc.createComment("bad -- comment")
try:
    c.toxml()
except ValueError as e:
    print("ValueError", e)
print(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE, Node.DOCUMENT_NODE,
      newdoc.nodeType, newdoc.nodeName, top.nodeValue, t.nodeName)
data = parseString(b'<?xml version="1.0" encoding="latin-1"?><a>caf\xe9</a>')
print(data.documentElement.firstChild.data, data.toxml("latin-1"))
import io
print(minidom.parse(io.BytesIO(b"<x><y/></x>")).documentElement.firstChild.tagName)
