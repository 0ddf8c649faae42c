def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"0123456789")
del ba[0]; print(ba)
del ba[-1]; print(ba)
del ba[1:3]; print(ba)
del ba[::2]; print(ba)
del ba[::-1]; print(ba)
ba = bytearray(b"abcdef")
del ba[10:]; del ba[4:1]; print(ba)
def d(k):
    def f():
        del ba[k]
    return f
err(d(10))
err(d("x"))
