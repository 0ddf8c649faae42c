def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"abc".decode(), b"h\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"x".decode(encoding="utf8"))
print(bytearray(b"\xc3\xa9").decode(), memoryview(b"mv").tobytes().decode())
err(lambda: b"\xff".decode())
err(lambda: b"abc".decode("nope"))
err(lambda: b"abc".decode(5))
err(lambda: b"abc".decode("utf-8", "strict", "x"))
