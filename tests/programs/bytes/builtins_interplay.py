def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: ord(b"a"))
err(lambda: ord(bytearray(b"z")))
err(lambda: ord(b"ab"))
err(lambda: sorted(bytearray(b"cab")))
err(lambda: format(b"ab"))
err(lambda: "{:>8}".format(b"ab"))
err(lambda: f"{b'x'!r:>6}")
err(lambda: ascii(bytearray(b"\xff")))
print(b"x", bytearray(b"y"), memoryview(b"z").tobytes(), sep="|")
err(lambda: list(map(hex, b"\x0f\xf0")))
err(lambda: min(b"xyz"))
err(lambda: bytes.hex(b"\x01"))
err(lambda: bytes.upper("str"))
err(lambda: bytearray.append(b"x", 1))
err(lambda: any(b"\x00\x00"))
err(lambda: dict(zip(b"ab", b"cd")))
