def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = bytes(range(250, 256)) + b"\x00\x01"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b.hex(b"_", 3), b"".hex(), b"abc".hex(":", 0))
print(bytes.fromhex("deadbeef"), bytes.fromhex(" de ad\tbe ef "), bytes.fromhex(""), bytearray.fromhex("ff00"))
err(lambda: bytes.fromhex("abc"))
err(lambda: bytes.fromhex("zz"))
err(lambda: bytes.fromhex("00 1g"))
err(lambda: b"ab".hex("::"))
err(lambda: bytes.fromhex(b"00"))
