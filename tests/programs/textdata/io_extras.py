import io, codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
out = [d.decode(b) for b in [b"a\r", b"\nb\r", b"c\xc3", b"\xa9\r\n", b"x\r"]] + [d.decode(b"", final=True)]
print(out, d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print([d.decode(s) for s in ["a\r", "\n", "b\rc\n"]], d.newlines, d.getstate())
d.reset(); print(d.newlines)
print(io.text_encoding(None), io.text_encoding("utf-8"), io.BlockingIOError is BlockingIOError)
p = io.BufferedRWPair(io.BytesIO(b"in data\nmore"), io.BytesIO())
print(p.readline(), p.read(), p.write(b"out"), p.readable(), p.writable())
w = io.BytesIO(); p = io.BufferedRWPair(io.BytesIO(b""), w); p.write(b"zz"); p.flush(); print(w.getvalue()); p.close(); print(p.closed)
