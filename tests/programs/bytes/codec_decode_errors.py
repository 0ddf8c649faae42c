def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

cases = [(b"ab\xff", "utf-8"), (b"\xe0\x80x", "utf-8"), (b"ab\xf0\x9f", "utf-8"), (b"\xc3", "utf-8"), (b"\x80\x81", "ascii"),
         (b"\x81x\x8d", "cp1252"), (b"\xff", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"),
         (b"\x00\xdc", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00", "utf-32-le")]
for data, enc in cases:
    err(lambda: data.decode(enc))
    for h in ["ignore", "replace", "backslashreplace"]:
        print(enc, h, ascii(data.decode(enc, h)))
err(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
err(lambda: b"\xff".decode("ascii", "bogus"))
print(b"fine".decode("ascii", "bogus"), b"fine".decode("utf-8", "surrogateescape"))
