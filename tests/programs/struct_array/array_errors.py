# array.array errors: CPython's exception types and messages.
from array import array

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for c in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**63, 2**64, -1, 300, -300, 70000, -70000, 2**33, -2**33, 1.5, 'x', None):
        show(lambda: array(c, [v]))
for c in 'fd':
    for v in ('x', 2**2000, None, 1):
        show(lambda: array(c, [v]))
for v in ('ab', 1, b'x', ''):
    show(lambda: array('u', [v]))
for args in [('z',), ('d', 'abc'), ('u', [1]), ('h', b'\x01'), ('i', 5), (), ('d', [1], 3), ('b', 'abc'), (1,), ('dd',), ('d', array('u', 'x'))]:
    show(lambda: array(*args))
show(lambda: array('i', typecode='i'))
a = array('i', [1, 2, 3])
show(lambda: a[5])
show(lambda: a.__setitem__(5, 1))
show(lambda: a.pop(10))
show(lambda: array('i').pop())
show(lambda: a.remove(9))
show(lambda: a.index(9))
show(lambda: a + array('d'))
show(lambda: a + [1])
show(lambda: a * 'x')
show(lambda: a.__setitem__(slice(0, 2), [1]))
show(lambda: a.__setitem__(slice(0, 2), array('d', [1.0])))
show(lambda: a.__setitem__(slice(0, 3, 2), array('i', [1])))
show(lambda: a['x'])
show(lambda: a.frombytes(b'123'))
show(lambda: a.frombytes('123'))
show(lambda: a.fromlist(5))
show(lambda: a.fromlist([1, 'x']))
print(a)
show(lambda: a.extend(5))
show(lambda: a.extend(array('d')))
show(lambda: a.extend([4, 'x', 5]))
print(a)
show(lambda: a.insert('x', 1))
show(lambda: a.tounicode())
show(lambda: a.fromunicode('x'))
show(lambda: array('u').fromunicode(1))
show(lambda: a.byteswap(1))
show(lambda: a.__delitem__(7))
def iadd():
    b = array('i')
    b += [1]
def iadd2():
    b = array('i')
    b += array('b')
show(iadd)
show(iadd2)
show(lambda: a.append(2**40))
show(lambda: a.__setitem__(0, 'x'))
print(a)


class Sub(array):
    pass


print(Sub('i', [1, 2]), len(Sub('b')))
show(lambda: Sub('i', [1], extra=1))


class Tagged(array):
    def __init__(self, code, items, tag=None):
        self.tag = tag


t = Tagged('i', [3], tag='x')
print(t, t.tag)
