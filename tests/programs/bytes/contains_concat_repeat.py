def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abcdef"
print(b"cd" in b, b"dc" in b, 99 in b, 120 in b, b"" in b, bytearray(b"ef") in b, memoryview(b"ab") in b)
print(b + b"gh", b + bytearray(b"!"), b * 2, 2 * b, b * 0, b * -1)
err(lambda: "a" in b)
err(lambda: 300 in b)
err(lambda: b + "x")
err(lambda: b * "x")
err(lambda: b * 1.5)
