# struct.error and TypeError messages for bad formats, values and buffers.
import struct

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['z', '3', '<n', '>P', '!N', '=n', 'i i', '2x3s', '5p', '@l', '<l', '<q', '0s', 'Z', '\x00', 'ii!', '<>i']:
    show(lambda: struct.calcsize(fmt))
show(lambda: struct.calcsize(5))
show(lambda: struct.calcsize(b'ii'))
for code in 'bBhHiIlLqQnN':
    for v in (2**70, -2**70, 2**64, -1, 300, 70000, 2**33, 1.5, 'x', None, True):
        show(lambda: struct.pack(code, v))
    for order in '<>':
        if code not in 'nN':
            show(lambda: struct.pack(order + code, 2**40))
            show(lambda: struct.pack(order + code, -2**40))
for code in 'efd':
    for v in ('x', 1, 1e300, 2**2000, None, float('inf'), float('nan')):
        show(lambda: struct.pack(code, v))
for v in (b'ab', 'a', 1, b'', bytearray(b'z')):
    show(lambda: struct.pack('c', v))
for v in ('ab', 1, None, bytearray(b'zz')):
    show(lambda: struct.pack('3s', v))
    show(lambda: struct.pack('3p', v))
show(lambda: struct.pack('?', []))
show(lambda: struct.pack('P', -1))
show(lambda: struct.pack('ii', 1))
show(lambda: struct.pack('i', 1, 2))
show(lambda: struct.pack('3x'))
show(lambda: struct.pack())
show(lambda: struct.unpack('i', b'abc'))
show(lambda: struct.unpack('i', 'abcd'))
show(lambda: struct.unpack('i', b'abcde'))
show(lambda: struct.unpack_from('i', b'abcdef', 4))
show(lambda: struct.unpack_from('i', b'abcdef', -10))
show(lambda: struct.unpack_from('i', b'abcdef', -2))
show(lambda: struct.unpack_from('i', b'ab'))
show(lambda: struct.unpack_from('i', buffer=b'abcdefgh', offset=2))
buf = bytearray(5)
show(lambda: struct.pack_into('i', buf, 2, 1))
show(lambda: struct.pack_into('i', buf, -10, 1))
show(lambda: struct.pack_into('i', buf, -2, 1))
show(lambda: struct.pack_into('i', b'abcdef', 0, 1))
show(lambda: struct.pack_into('i', buf, 0))
show(lambda: list(struct.iter_unpack('i', b'abcdefg')))
show(lambda: list(struct.iter_unpack('', b'')))
show(lambda: struct.Struct('z'))
show(lambda: struct.Struct('i').pack('x'))
show(lambda: struct.Struct())
print(issubclass(struct.error, Exception), struct.error.__name__)
