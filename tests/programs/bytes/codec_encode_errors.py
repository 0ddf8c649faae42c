def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for enc in ["ascii", "latin-1", "cp1252"]:
    err(lambda: "aé€\u0100😀b".encode(enc))
    for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        print(enc, h, "aé€\u0100😀b".encode(enc, h))
err(lambda: "é".encode("ascii", "bogus"))
print("plain".encode("ascii", "bogus"))
err(lambda: "é".encode("ascii", "surrogateescape"))
err(lambda: "a\u20ac\u20acb".encode("latin-1"))
