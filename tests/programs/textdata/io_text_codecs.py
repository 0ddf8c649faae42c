import io
b = io.BytesIO(b"abc"); v = b.getbuffer(); v[0] = ord('z'); print(b.getvalue(), len(v), v.nbytes)
del v
b.write(b"more"); print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\r\nl3"), encoding="utf-8", newline=None)
print(t.readline(), t.tell() if False else "", t.read())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
t.write("hi"); t.flush(); print(t.buffer.getvalue())
s = io.StringIO("abc\ndef\n"); print(s.readline(), s.tell(), list(s))
print(repr(io.StringIO("x").read(None)), io.BytesIO(b"q").read(None))
with io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfbom"), encoding="utf-8-sig") as t: print(t.read())
import os, tempfile
d = tempfile.mkdtemp()
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "latin-1"]:
    p = os.path.join(d, "t.txt")
    text = "".join(chr(0x41 + i % 26) if i % 7 else "\u00e9" for i in range(9000)) + "\n" + "end \u00e9\n"
    if enc in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig"):
        text += "\U0001f600 \u20ac\n"
    with open(p, "w", encoding=enc) as f:
        f.write(text[:100]); f.write(text[100:])
    with open(p, "rb") as f:
        raw = f.read()
    print(enc, len(raw), raw[:6], raw == text.encode(enc))
    with open(p, encoding=enc) as f:
        back = f.read()
    print(back == text, len(back))
    with open(p, encoding=enc) as f:
        lines = f.readlines()
    print(len(lines), lines[-1] == text.splitlines(True)[-1])
    with open(p, "a", encoding=enc) as f:
        f.write("more")
    with open(p, encoding=enc) as f:
        print(f.read().endswith("\nmore"), f.seek(0), f.read(3))
    os.remove(p)
t = io.TextIOWrapper(io.BytesIO("a\u00e9b".encode("utf-16-be")), encoding="utf-16-be"); print(t.read())
t = io.TextIOWrapper(io.BytesIO("\ufeffa\u00e9b".encode("utf-16-be")), encoding="utf-16"); print(t.read())
