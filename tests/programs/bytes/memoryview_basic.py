def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m == b"abcdef", m == bytearray(b"abcdef"), m != b"x", m[::2].tobytes(), m[::-1].tolist(), bytes(m[2:]), m.obj == b"abcdef")
print(list(m[:2]), m.hex(), m.hex(":"), m[1:4].hex(" ", 2))
err(lambda: m[10])
err(lambda: m["a"])
err(lambda: memoryview("str"))
err(lambda: memoryview(5))
err(lambda: m < b"z")
