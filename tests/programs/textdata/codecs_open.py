import codecs, os, tempfile
p = os.path.join(tempfile.mkdtemp(), "c.txt")
with codecs.open(p, "w", encoding="utf-16") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n")
    print(f.encoding)
with open(p, "rb") as f:
    print(f.read())
with codecs.open(p, "r", encoding="utf-16") as f:
    print(repr(f.readline()), f.readlines())
with codecs.open(p, encoding="utf-16") as f:
    print(list(f), )
with codecs.open(p, "rb") as f:
    print(type(f).__name__, f.read(2))
os.remove(p)
ci = codecs.lookup("utf-8")
print(ci.streamreader.__name__ if False else "", isinstance(ci.incrementaldecoder(), codecs.IncrementalDecoder), isinstance(ci.incrementalencoder(), codecs.IncrementalEncoder))
print(codecs.CodecInfo.__name__, issubclass(codecs.BufferedIncrementalDecoder, codecs.IncrementalDecoder))
