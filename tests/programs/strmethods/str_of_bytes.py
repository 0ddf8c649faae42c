def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(str(b"x"), str(bytearray(b"y")), repr(str(b"\xff")), str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "ascii", "ignore"))
print(str(b"abc", encoding="ascii"), str(object=b"xyz", encoding="utf-8"), str(b"abc", errors="strict"))
err(lambda: str(b"\xff", "utf-8"))
err(lambda: str("already", "utf-8"))
err(lambda: str(b"x", "nope"))
err(lambda: str(1, "utf-8"))
