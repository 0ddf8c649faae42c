import array
class A(array.array): pass
class B(bytes): pass
class C: pass
print(memoryview(A("b", [0])).tolist(), memoryview(B(b"ab")).tobytes())
for bad in ([1], (1,), {}, "s", C()):
    try:
        memoryview(bad)
    except TypeError as e:
        print("TE", e)
b = b"123456789"
m = memoryview(b)
print(m == memoryview(b), m == b, m[::2] == b"13579", m[::2][1:-1].tobytes(), m[::2][1::2].tobytes(), m[::-2].tobytes())
ba = bytearray(b"123")
m2 = memoryview(ba); m4 = memoryview(m2); m3 = memoryview(m2)
m2.release()
try: ba.append(5)
except BufferError as e: print("BE", e)
m3.release(); m4.release(); ba.append(7); print(ba)
for o in (b"abc", bytearray(b"abc")):
    v = memoryview(o)
    for args in ((), (0,), (10,)):
        try: v.__delitem__(*args)
        except TypeError as e: print("TE", e)
ba = bytearray(range(17))
print(bytes(memoryview(ba)[::-9][-30::-9]), bytes(memoryview(ba)[-30::-1]))
v = memoryview(ba)[::-9][-30::-9]
print(v.shape, v.strides, v.suboffsets)
src = bytearray(b"abcdef"); dst = bytearray(b"......")
memoryview(dst)[:] = memoryview(src)[::-1]; print(dst)
ba = bytearray(b"abc"); mv = memoryview(ba)
class Idx:
    def __index__(self): return len(bytes(ba))
mv[0] = Idx(); print(ba)
ba = bytearray(b"abcdefgh"); mv = memoryview(ba)
class Writer:
    def __index__(self):
        mv.release(); ba.clear(); return 7
try:
    mv[7] = Writer()
except (ValueError, BufferError) as e: print(type(e).__name__, e)
print(ba)
ba = bytearray(b"abcd"); mv = memoryview(ba)
class Quiet:
    def __index__(self):
        mv.release(); return 65
try: mv[0] = Quiet()
except ValueError as e: print("VE", e)
print(ba)
for fmt in ["", "ii", "<i", "z", "0s"]:
    try: memoryview(b"").cast(fmt)
    except ValueError as e: print("VE", fmt, e)
print(memoryview(bytes(8)).cast("@i").itemsize)
for shape in ([0], [-1], [2.0], ["4"]):
    try: memoryview(b"abcd").cast("B", shape)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(memoryview(b"dcba") == memoryview(b"abcd")[::-1], memoryview(b"abcd") == memoryview(b"abcd")[::-1])
b = bytearray(b"____"); memoryview(b)[0:4] = memoryview(b"abcd")[::-1]; print(b)
a = array.array("i", [1, 2, 3])
print(memoryview(array.array("i", [3, 2, 1])) == memoryview(a)[::-1], memoryview(a)[::-1].tolist())
b = bytearray(b"abcd"); memoryview(b)[0:4] = b; print(b)
b = bytearray(b"abcd"); memoryview(b)[0:4] = memoryview(b)[::-1]; print(b)
b = bytearray(b"abcd"); memoryview(b)[0:2] = memoryview(b)[2:4]; print(b)
b = bytearray(b"abcd"); view = memoryview(b)
class Index:
    def __index__(self):
        view[1] = 66; return 65
view[0] = Index(); print(b)
view = memoryview(b"abcd").cast("i")
for fmt in ("h", "i", "f"):
    try: view.cast(fmt)
    except TypeError as e: print("TE", e)
print(hash(memoryview(b"abcdef")[::2]) == hash(b"ace"), hash(memoryview(b"abcd").cast("b")) == hash(b"abcd"))
try: hash(memoryview(b"abcd").cast("I"))
except ValueError as e: print("VE", e)
ba = bytearray(b"abc"); mv = memoryview(ba); cast = mv.cast("B"); mv.release()
try: ba.clear()
except BufferError as e: print("BE", e)
cast.release(); ba.clear(); print(ba)
