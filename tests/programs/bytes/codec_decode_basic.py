def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"h\xc3\xa9".decode("utf8"), b"\xe9\xff".decode("latin-1"), b"\x80\x9f".decode("cp1252"), b"abc".decode("ascii"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), b"\x00a".decode("utf-16-be"))
print(b"=\xd8\x00\xde".decode("utf-16-le"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), b"\x00\x00\x00a".decode("utf-32-be"))
print(b"\xef\xbb\xbfbom".decode("utf-8-sig"), b"nobom".decode("utf-8-sig"), b"\xef\xbb\xbfbom".decode("utf-8"))
print(str(b"abc", "ascii"), str(b"\xe9", encoding="latin-1"), str(b"a\xffb", "utf-8", "replace"), str(bytearray(b"ba"), "utf-8"))
err(lambda: str("abc", "utf-8"))
err(lambda: str(5, "utf-8"))
