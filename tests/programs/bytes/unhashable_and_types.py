def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(type(b"").__name__, type(bytearray()).__name__, type(memoryview(b"")).__name__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))
err(lambda: hash(bytearray(b"a")))
err(lambda: {bytearray(b"a"): 1})
print(hash(memoryview(b"abc")) == hash(b"abc"))
err(lambda: hash(memoryview(bytearray(b"a"))))
