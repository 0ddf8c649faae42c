def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), s.encode(encoding="U8"))
print("é".encode("latin-1"), "é".encode("latin1"), "é".encode("iso-8859-1"), "é".encode("ISO8859-1"), "é".encode("L1"))
print("abc".encode("ascii"), "abc".encode("us-ascii"), "€š".encode("cp1252"), "€".encode("windows-1252"))
print("a€😀".encode("utf-16"), "a€".encode("utf-16-le"), "a€".encode("utf-16be"), "😀".encode("utf-16-le"))
print("a😀".encode("utf-32"), "a".encode("utf-32-le"), "a".encode("UTF-32BE"), "é".encode("utf-8-sig"))
err(lambda: "x".encode("xyz"))
err(lambda: "x".encode("rot13"))
err(lambda: "x".encode(5))
err(lambda: "x".encode("utf-8", 5))
