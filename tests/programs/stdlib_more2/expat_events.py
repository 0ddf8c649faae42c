import io
import xml.parsers.expat as E
from xml.dom import minidom

doc = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE r><r a="1" b="x&amp;y">line1\n'
       'line2 &lt;x&gt; &#65;<![CDATA[c1\nc2]]><?p d?><!--c--><e/>  tail\n</r>')


def make(**kw):
    p = E.ParserCreate(**kw)
    p.StartElementHandler = lambda n, a: print("start", n, a)
    p.EndElementHandler = lambda n: print("end", n)
    p.CharacterDataHandler = lambda d: print("data", repr(d))
    p.CommentHandler = lambda d: print("comment", repr(d))
    p.ProcessingInstructionHandler = lambda t, d: print("pi", t, d)
    p.XmlDeclHandler = lambda v, e, s: print("decl", v, e, s)
    p.StartCdataSectionHandler = lambda: print("cdata<")
    p.EndCdataSectionHandler = lambda: print("cdata>")
    p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
    return p


print(make().Parse(doc, True))
p = make()
p.buffer_text = True
p.Parse(doc, True)
p = make()
p.ordered_attributes = True
p.Parse('<a z="1" b="2"/>', True)
p = make(namespace_separator=" ")
p.StartNamespaceDeclHandler = lambda pf, u: print("ns", pf, u)
p.EndNamespaceDeclHandler = lambda pf: print("endns", pf)
p.Parse('<a xmlns="u1" xmlns:q="u2" q:at="v" plain="w"><q:b/><c/></a>', True)
p = make()
p.ParseFile(io.BytesIO(b"<x>caf\xc3\xa9</x>"))
for bad in ["<a></b>", "<a>", "<a>&nope;</a>", "<a/>junk"]:
    try:
        E.ParserCreate().Parse(bad, True)
    except E.ExpatError as e:
        print("ExpatError", e, e.code, e.lineno, e.offset, E.ErrorString(e.code))
try:
    minidom.parseString("<a><b></a>")
except E.ExpatError as e:
    print("minidom raised ExpatError:", e)
print(E.error is E.ExpatError, E.ErrorString(3))
try:
    E.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)
