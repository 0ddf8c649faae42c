import array
a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, len(m))
print(m.tolist(), m[0], m[-1])
print(m[1:3].tolist(), m[::2].tolist())
m[0] = 10
print(a)
b = m.cast('B')
print(b.format, len(b), b.tolist()[:8])
print(m.tobytes()[:8])
m.release()
try:
    m[0]
except ValueError as e:
    print("VE", e)
for tc in 'bBhHiIlLqQfd':
    x = array.array(tc, [1, 2, 3])
    mv = memoryview(x)
    print(tc, mv.format, mv.itemsize, mv.tolist(), mv[1], mv[1:].tolist())
mb = memoryview(b'abcdef')
print(mb.format, mb.itemsize, mb[0], mb[1:3].tobytes(), mb.tolist(), mb.readonly, mb.hex(), bytes(mb[::2]))
try:
    mb[0] = 1
except TypeError as e:
    print("TE", e)
ba = bytearray(b'xyz')
mba = memoryview(ba)
mba[0] = 65
mba[1:3] = b'BC'
print(ba, mba.obj is ba, mba == b'ABC', mba.c_contiguous, mba.contiguous)
try:
    ba.append(1)
except BufferError as e:
    print("BE", e)
try:
    ba.extend(b'12')
except BufferError as e:
    print("BE", e)
try:
    del ba[0]
except BufferError as e:
    print("BE", e)
try:
    ba += b'q'
except BufferError as e:
    print("BE", e)
try:
    ba.clear()
except BufferError as e:
    print("BE", e)
try:
    ba[0:1] = b'ppp'
except BufferError as e:
    print("BE", e)
ba[0:1] = b'Z'
print(ba)
mba.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    print(v.tobytes())
ba.append(34)
print(ba)
m2 = memoryview(a).cast('B').cast('i')
print(m2.tolist())
print(memoryview(b'abcd').cast('H').tolist())
mm = memoryview(array.array('d', [1.5, 2.5]))
print(mm.tolist(), mm.format, mm[0])
print(memoryview(array.array('i',[1,2])) == memoryview(array.array('i',[1,2])))
print(memoryview(array.array('i',[1,2])) == [1,2])
x = array.array('i',[1,2,3])
v = memoryview(x)
try:
    x.append(4)
except BufferError as e:
    print("BE", e)
v.release()
x.append(4)
print(x)
