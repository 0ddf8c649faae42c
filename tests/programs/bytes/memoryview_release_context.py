def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"data")
m.release()
print(repr(m).startswith("<released memory at 0x"))
err(lambda: len(m))
err(lambda: m[0])
err(lambda: m.tobytes())
err(lambda: m.nbytes)
m.release()
with memoryview(bytearray(b"ctx")) as v:
    print(v.tobytes(), v.readonly)
err(lambda: v.tolist())
print(repr(memoryview(b"x")).startswith("<memory at 0x"))
