import xml.etree.ElementTree as ET
src = """<?xml version="1.0"?>
<library xmlns:x="http://x.org">
  <book id="1" lang="en"><title>Dune</title><author>Herbert</author><year>1965</year><price>9.99</price></book>
  <book id="2"><title>Neuromancer</title><author>Gibson</author><year>1984</year><price>12.50</price></book>
  <magazine id="3"><title>Wired &amp; Co</title></magazine>
  <x:meta>info</x:meta>
</library>"""
root = ET.fromstring(src)
print(root.tag, root.attrib, len(root))
for b in root.findall("book"):
    print(b.get("id"), b.findtext("title"), int(b.find("year").text), b.get("lang", "?"))
print([e.tag for e in root.iter()])
print(root.find(".//magazine/title").text)
print([t.text for t in root.iterfind(".//title")])
print(root.find("{http://x.org}meta").text)
print(root.findall(".//book[@id='2']/title")[0].text)
new = ET.SubElement(root, "book", id="4")
ET.SubElement(new, "title").text = "Snow <Crash>"
new.set("lang", "en")
root.remove(root.find("magazine"))
print(ET.tostring(new, encoding="unicode"))
r = ET.Element("root")
for i in range(3):
    c = ET.SubElement(r, "item", {"n": str(i)})
    c.text = f"v{i}"
    c.tail = "\n"
print(ET.tostring(r).decode())
ET.indent(r)
print(ET.tostring(r, encoding="unicode"))
tree = ET.ElementTree(r)
import io
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e)
print(ET.fromstring("<a>x<b/>y</a>").itertext.__name__, list(ET.fromstring("<a>x<b>z</b>y</a>").itertext()))
from xml.dom import minidom
print(minidom.parseString("<a><b c='1'>t</b></a>").toprettyxml(indent="  "))
