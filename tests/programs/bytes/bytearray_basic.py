def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abc")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:], list(ba), bytearray(), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(ba == b"abc", ba == bytearray(b"abc"), ba < b"abd", b"abc" in [ba], bytes(ba))
err(lambda: bytearray("x"))
err(lambda: bytearray(1.5))
err(lambda: bytearray([300]))
err(lambda: ba[5])
