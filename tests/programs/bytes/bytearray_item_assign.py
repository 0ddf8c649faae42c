def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 70; print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[0:0] = [49, 50]; print(ba)
ba[::2] = b"*" * len(ba[::2]); print(ba)
ba[2:4] = bytearray(); print(ba)
ba[1:2] = memoryview(b"mv"); print(ba)
ba[len(ba):] = range(48, 51); print(ba)
def a(k, v):
    def f():
        ba[k] = v
    return f
err(a(0, 256))
err(a(0, "x"))
err(a(100, 1))
err(a(slice(0, 2), 5))
err(a(slice(0, None, 2), b"xy"))
err(a(slice(0, 1), "str"))
err(a("k", 1))
