import io
def err(f, *a):
    try: print("ok", repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"abc\ndef\r\nghi")
print(b.read(2), b.tell(), b.readline(), b.readline(2), b.readlines(), b.read(), b.read(5))
print(b.seek(0), b.seek(2, 1), b.seek(-1, 2), b.tell(), b.seek(100), b.write(b"Z"), b.getvalue())
err(b.seek, -1); err(b.seek, 0, 3); err(b.truncate, -1); err(b.write, "x"); err(b.seek, 1.5)
print(b.truncate(3), b.getvalue(), b.tell(), b.readable(), b.writable(), b.seekable(), b.isatty())
err(b.fileno); err(b.detach)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))
ba = bytearray(2); b.seek(0); print(b.readinto(ba), ba, b.read1(1), b.read1())
with io.BytesIO() as f:
    f.write(b"x"); f.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
    print(f.getvalue(), list(io.BytesIO(b"1\n2\n3")), f.getbuffer().tobytes(), bytes(f.getbuffer()))
print(f.closed); err(f.getvalue); err(f.read); err(f.write, b"x")
s = io.StringIO("a\r\nb\rc\nd", newline=None); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\r\nb\rc\nd", newline=""); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\r\nb\rc\nd", newline="\n"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\r\nb\rc\nd", newline="\r"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\r\nb\rc\nd", newline="\r\n"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO(); s.write("x\ny"); s.write("z"); print(repr(s.getvalue()), s.tell(), s.seek(1), s.write("Q"), s.getvalue(), s.read())
s.seek(10); s.write("!"); print(repr(s.getvalue()))
err(s.seek, -1); err(s.seek, 0, 3); err(s.seek, 1, 1); err(s.truncate, -1); err(s.write, b"x"); err(io.StringIO, 1); err(io.StringIO, "", "x")
s.close(); err(s.read); err(s.getvalue)
print(isinstance(io.StringIO(), io.TextIOBase), io.StringIO().newlines, io.StringIO().line_buffering)
s = io.StringIO("a\nb\r\nc", newline=None); print(s.readlines(), s.newlines)
print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n", write_through=True)
t.write("h\u00e9\nx\n"); print(t.buffer.getvalue()); t.flush()
raw = t.detach(); print(raw.getvalue()); err(t.write, "x")
t = io.TextIOWrapper(io.BytesIO("a\r\nb\rc\n\u00e9".encode("utf-8")), encoding="utf-8")
print(t.readlines(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), encoding="latin-1", newline=""); print(list(t))
t = io.TextIOWrapper(io.BytesIO(b"x\xff"), encoding="ascii", errors="replace"); print(t.read())
class MyIO(io.IOBase):
    pass
m = MyIO(); print(m.closed, m.readable(), m.writable(), m.seekable()); m.close(); print(m.closed)
err(m.fileno)
class R(io.RawIOBase):
    def __init__(self): self.n = 0
    def readinto(self, b):
        if self.n >= 3: return 0
        b[0] = 65 + self.n; self.n += 1; return 1
    def readable(self): return True
r = R(); print(r.read(5), r.read(), r.readall())
print(io.BufferedReader(io.BytesIO(b"buf\nx")).read(), io.BufferedReader(io.BytesIO(b"buf\nx")).readline())
bw = io.BytesIO(); w = io.BufferedWriter(bw); w.write(b"zz"); w.flush(); print(bw.getvalue())
