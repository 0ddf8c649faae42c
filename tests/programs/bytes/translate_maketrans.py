def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"a"), b"abc".translate(None))
print(bytearray(b"abc").translate(table), bytearray.maketrans(b"a", b"b")[97])
err(lambda: bytes.maketrans(b"ab", b"x"))
err(lambda: b"x".translate(b"short"))
