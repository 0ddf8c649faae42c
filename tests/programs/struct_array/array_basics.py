# array.array: construction, items, slices, methods, operators.
from array import array
import array as array_mod

print(array_mod.typecodes)
print(array_mod.ArrayType is array)
for code in array_mod.typecodes:
    a = array(code)
    print(code, a.typecode, a.itemsize, len(a), repr(a))

a = array('i', [1, 2, 3, 4, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::2], a[::-1])
a[0] = 10
a[-1] = -5
print(a)
a[1:3] = array('i', [7, 8, 9])
print(a)
a[::2] = array('i', [0, 0, 0])
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[0:1]
print(a)

b = array('d', [1, 2.5, -3])
print(b, b.tolist(), b[1])
b.append(4)
b.extend([5, 6])
b.extend(array('d', [7.0]))
b.extend(x / 2 for x in range(3))
b.insert(0, 100)
b.insert(-1, 200)
b.insert(99, 300)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(2.5)
print(b, b.index(5.0), b.count(0.5), 7.0 in b, 99 in b)
print(b.index(0.0, 1), b.index(6.0, 0, 5))
b.reverse()
print(b)

c = array('b', b'\x01\x02\xff')
print(c, c.tobytes(), bytes(c))
c.frombytes(b'\x05')
c.fromlist([6, 7])
print(c)
h = array('h', [1, 256])
raw = h.tobytes()
h2 = array('h')
h2.frombytes(raw)
print(h2 == h, h2)
h2.byteswap()
print(h2)
print(array('I', [2**32 - 1]), array('L', [2**64 - 1]), array('Q', [2**64 - 1]), array('q', [-2**63]))
print(array('f', [0.1, 1.5]), array('B', range(5)))

u = array('u', 'héllo')
print(u, u.tounicode(), u[1], len(u))
u.fromunicode('!')
u.append('?')
print(u)

x = array('i', [1, 2, 3])
y = array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == array('d', [1.0, 2.0, 3.0]), x == [1, 2, 3], array('i', [1, 2]) < array('i', [1, 2, 0]))
print(x + y, x * 2, 2 * x, x * 0, x * -1)
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, len(x))
print(list(array('i', [3, 2, 1])), sorted(array('i', [3, 2, 1])), sum(array('d', [0.5, 1.5])))
for v in array('H', [9, 8]):
    print(v)
print(list(reversed(array('i', [1, 2, 3]))))
print(array('i', array('h', [1, 2])), array('d', array('i', [1, 2])))
print(array('i', (i * i for i in range(4))), array('d', [True, 2]))
info = array('i', [1, 2]).buffer_info()
print(type(info[0]).__name__, info[1])
import copy
orig = array('i', [1, 2])
cp = copy.copy(orig)
cp[0] = 9
print(orig, cp, copy.deepcopy(orig))


class MyArray(array):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
print(m.total(), m, type(m[:1]).__name__, type(m + m).__name__, isinstance(m, array))
print(bytearray(array('B', [65, 66])), b''.join([array('B', [67])]))


class Logged(array):
    def __getitem__(self, i):
        print('get', i)
        return array.__getitem__(self, i)

    def __setitem__(self, i, v):
        print('set', i, v)
        array.__setitem__(self, i, v)


lg = Logged('d', [1.5, 2.5])
lg[0] = 9
print(lg[0], lg[-1], list(lg))
fast = array('d', [0.0]) * 3
fast[0] = 1
fast[1] = 2.5
fast[-1] = True
print(fast, fast[0], fast[-1], [x for x in fast])
ints = array('b', [0, 0])
ints[0] = 127
try:
    ints[1] = 128
except OverflowError as e:
    print('OverflowError', e)
print(ints, array('L', [2**64 - 1])[0], array('u', 'ab')[1])

class Buf:
    def __init__(self):
        self.data, self.pos = b'', 0

    def write(self, b):
        self.data += b

    def seek(self, p):
        self.pos = p

    def getvalue(self):
        return self.data

    def read(self, n):
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r


f = Buf()
array('i', [1, 2]).tofile(f)
print(f.getvalue())
got = array('i')
f.seek(0)
got.fromfile(f, 2)
print(got)
f.seek(0)
try:
    got.fromfile(f, 3)
except EOFError as e:
    print('EOFError', e, got)
try:
    got.fromfile(f, -1)
except ValueError as e:
    print('ValueError', e)
