import io, sys
s = io.StringIO()
print(s.write("hello\n"), s.write("world"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s))
t = io.StringIO("a\nb\nc")
print(t.readlines(), t.tell())
t.seek(2)
t.write("X")
print(repr(t.getvalue()))
t.truncate(3)
print(repr(t.getvalue()))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 42)
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(2))
try:
    c.read()
except ValueError as e:
    print(e)
print(type(io.StringIO()).__name__, io.SEEK_END)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(5, io.IOBase), isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.IOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(type(sys.stdout))
