def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello world")
m = memoryview(ba)
m[0] = 72
m[6:11] = b"WORLD"
print(ba, m.readonly)
sub = m[6:]
sub[0] = ord("w")
print(ba, sub.tobytes())
step = m[::2]
step[0] = 33
print(ba, step.tolist()[:3])
ba[1] = 69
print(m[1], chr(m[1]))
def s(mv, k, v):
    def f():
        mv[k] = v
    return f
err(s(m, 0, 256))
err(s(m, 0, b"x"))
err(s(m, slice(0, 2), b"xyz"))
err(s(memoryview(b"ro"), 0, 1))
def d():
    del m[0]
err(d)
