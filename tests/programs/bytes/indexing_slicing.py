b = b"hello world"
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[-3:], b[100:], b[2:8:3], b[8:2:-2])
print(type(b[0]).__name__, type(b[1:2]).__name__)
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: b[20])
err(lambda: b[-20])
err(lambda: b["x"])
err(lambda: b[1.0])
