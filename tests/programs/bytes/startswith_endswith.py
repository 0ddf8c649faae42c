def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello.py"
print(b.startswith(b"he"), b.startswith(b"lo", 3), b.endswith(b".py"), b.endswith((b".c", b".py")), b.startswith(b""), b.endswith(b"py", 0, 4))
print(b.startswith(bytearray(b"h")), b.endswith(memoryview(b"y")))
err(lambda: b.startswith("he"))
err(lambda: b.endswith(1))
