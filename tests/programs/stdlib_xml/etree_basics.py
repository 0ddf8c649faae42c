import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!-- catalog -->
<catalog name="books &amp; more">
  <book id="b1" lang="en">
    <title>Python &lt;3</title>
    <author>Guido</author>
    <price>29.99</price>
    <tags><tag>code</tag><tag>snakes</tag></tags>
  </book>
  <book id="b2">
    <title><![CDATA[A <b>bold</b> title]]></title>
    <author>Ann &#233; &#x263a;</author>
    <price>9.50</price>
  </book>
  <magazine id="m1"><title>Monthly</title></magazine>
</catalog>"""

root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for book in root.findall("book"):
    print(book.get("id"), book.find("title").text, book.findtext("author"),
          float(book.find("price").text))
print([t.text for t in root.iter("tag")])
print([e.tag for e in root.iter()][:6])
print(root.find("book/title").text, root.find("magazine/title").text)
print([b.get("id") for b in root.findall(".//*[@id]")])
print([b.get("id") for b in root.findall("book[@lang='en']")])
print([b.get("id") for b in root.findall("book[price]")], root.find("book[2]").get("id"))
print([t.text for t in root.findall(".//title")])
print(root.findtext("nothing", "dflt"), root.find("nothing"))
print([e.tag for e in root.findall("*")])
print(root[0][0].text, root[1].get("missing", "none"), root[0].keys())
print(repr("".join(root.find("book/tags").itertext())))

# Building and serializing.
top = ET.Element("top", {"version": "1"})
a = ET.SubElement(top, "a", name="x & y")
a.text = "text <here>"
b = ET.SubElement(top, "b")
b.tail = "after"
c = ET.SubElement(b, "c", attr='q"uote')
c.text = "é"
print(ET.tostring(top))
print(ET.tostring(top, encoding="unicode"))
print(ET.tostring(top, encoding="utf-8"))
print(ET.tostring(ET.Element("e"), encoding="unicode", short_empty_elements=False))
top.remove(b)
print(ET.tostring(top, encoding="unicode"), len(top))
top.insert(0, ET.Element("first"))
top.set("version", "2")
print([e.tag for e in top], top.items())

tree = ET.ElementTree(ET.fromstring("<r><x>1</x><x>2</x></r>"))
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
print(tree.getroot().tag, [x.text for x in tree.iter("x")], tree.findall("x")[1].text)
t2 = ET.parse(io.StringIO("<a><b/></a>"))
print(t2.getroot()[0].tag)

ns = ET.fromstring('<root xmlns="http://d" xmlns:p="http://p"><p:item p:k="v">1</p:item><item/></root>')
print(ns.tag, [c.tag for c in ns], ns[0].attrib)
print(ns.find("{http://p}item").text, len(ns.findall("p:item", {"p": "http://p"})))
print(ET.tostring(ns, encoding="unicode"))

e = ET.fromstring("<a><b><c/></b></a>")
ET.indent(e)
print(ET.tostring(e, encoding="unicode"))

for bad in ["<a>", "<a></b>", "<a/><b/>", "", "<a x=1/>", "<a>&nope;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError", err, err.position)
print(ET.iselement(e), ET.iselement("x"))
d = ET.Element("d")
print(len(d), d.text, d.tail, d.attrib)
try:
    d.append("x")
except TypeError as err:
    print("TypeError", err)
