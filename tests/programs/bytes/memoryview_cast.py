def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"\x01\xff\x80")
b = m.cast("b")
print(b.format, b.tolist(), b[1], m.cast("c").tolist(), m.cast("c")[0], m.cast("B").format, m.cast("@B").tolist())
ba = bytearray(b"abc")
c = memoryview(ba).cast("c")
c[0] = b"X"
print(ba, c == b"Xbc", memoryview(b"a").cast("c") == b"a")
err(lambda: m.cast("x"))
err(lambda: memoryview(b"abcdef")[::2].cast("B"))
err(lambda: c.__setitem__(0, 65))
err(lambda: c.__setitem__(0, b"ab"))
mb = memoryview(bytearray(1)).cast("b")
err(lambda: mb.__setitem__(0, 200))
mb[0] = -5
print(mb.tolist(), mb.obj)
