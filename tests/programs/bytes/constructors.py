def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(b"xy"), bytes(bytearray(b"z")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(memoryview(b"mv")), bytes(iter([7])))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
err(lambda: bytes("abc"))
err(lambda: bytes(-1))
err(lambda: bytes([256]))
err(lambda: bytes(["a"]))
err(lambda: bytes(1.5))
err(lambda: bytes(5, "utf-8"))
err(lambda: bytes("é", "ascii"))
