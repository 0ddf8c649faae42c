import array, io, struct
ba = bytearray(b'hello')
bytes(memoryview(ba)[1:3])
ba.append(33)          # the temporary view is gone
print(ba)
def f(b):
    m = memoryview(b)
    return m[0]
print(f(ba)); ba.extend(b'??'); print(ba)
m = memoryview(ba)
s = m[1:4]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print("BE", e)
s.release()
ba.append(1); print(len(ba))
m = memoryview(ba)
del m
ba.append(2); print(len(ba))
bio = io.BytesIO(b'abc')
v = bio.getbuffer()
try:
    bio.write(b'defgh')
except BufferError as e:
    print("BE", e)
v.release()
bio.write(b'defgh'); print(bio.getvalue())
a = array.array('h', [1, -2, 3, -4])
m = memoryview(a)
print(m[::-1].tolist(), m[::2].tolist(), m[-1], m.nbytes, m[1:3].nbytes, m[::2].strides, m[::2].contiguous)
try:
    m[::2].cast('B')
except TypeError as e:
    print("TE", e)
try:
    m.cast('i')
except TypeError as e:
    print("TE", e)
try:
    memoryview(b'abc').cast('i')
except TypeError as e:
    print("TE", e)
try:
    m.cast('x')
except ValueError as e:
    print("VE", e)
try:
    m[0] = 100000
except ValueError as e:
    print("VE", e)
try:
    m[0] = 1.5
except TypeError as e:
    print("TE", e)
try:
    m[0] = 'a'
except TypeError as e:
    print("TE", e)
try:
    m[0:2] = b'abcd'
except ValueError as e:
    print("VE", e)
m[0:2] = array.array('h', [7, 8])
print(a)
m[::2] = memoryview(array.array('h', [9, 9]))
print(a)
try:
    m[5]
except IndexError as e:
    print("IE", e)
print(memoryview(array.array('i',[1,2])) == memoryview(array.array('d',[1.0,2.0])))
print(memoryview(array.array('d',[float('nan')])) == memoryview(array.array('d',[float('nan')])))
x = memoryview(array.array('d',[float('nan')]))
print(x == x)
print(memoryview(array.array('B',[97,98])) == b'ab', memoryview(array.array('i',[97,98])) == b'ab')
try: memoryview(b'ab').cast('e')
except ValueError as e: print('VE', e)
q = memoryview(array.array('Q', [2**64-1]))
print(q[0], q.tolist())
bm = memoryview(bytearray(2)).cast('?')
bm[0] = [1]; print(bm.tolist())
cm = memoryview(bytearray(b'ab')).cast('c')
print(cm[0], cm.tolist())
cm[1] = b'z'; print(cm.tobytes())
try: cm[0] = b'xy'
except ValueError as e: print("VE", e)
try: cm[0] = 1
except TypeError as e: print("TE", e)
u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize, len(u))
try: u[0]
except NotImplementedError as e: print("NIE", e)
try: u.tolist()
except NotImplementedError as e: print("NIE", e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
try: hash(memoryview(array.array('i',[1])).toreadonly())
except ValueError as e: print("VE", e)
print(memoryview(b'abcdefgh').cast('i').tolist()[0] == struct.unpack('i', b'abcd')[0])
print(memoryview(bytearray(8)).cast('d', [1]).tolist())
fm = memoryview(array.array('f', [0.0]))
fm[0] = 3
print(fm.tolist())
try: fm[0] = 1e300
except ValueError as e: print("VE", e)
print(list(memoryview(array.array('i', [5,6,7]))))
print(memoryview(array.array('i', [5,6,7])).hex())
print(bytes(memoryview(array.array('h', [1,2]))))
print(memoryview(array.array('i', [1]*3)).obj)
arr = array.array('i', [1, 2, 3])
with memoryview(arr) as mv:
    mv[1] = 20
arr.append(4); print(arr)
class I:
    def __index__(self): return 5
im = memoryview(array.array('i', [0]))
im[0] = I(); print(im[0])
