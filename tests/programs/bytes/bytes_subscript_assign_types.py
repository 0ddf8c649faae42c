def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(10)
ba[2:5] = (1, 2, 3)
ba[5:6] = [True]
ba[-1] = True
print(ba)
class Idx:
    def __index__(self):
        return 3
ba[Idx()] = Idx()
print(ba[Idx()], ba[Idx():], b"abcdef"[Idx()])
err(lambda: ba.__setitem__(0, -1))
err(lambda: ba.__setitem__(slice(0, 2), [1, 300]))
err(lambda: ba.__setitem__(slice(0, 2), ["a"]))
err(lambda: ba.__getitem__(2 ** 70))
