# struct: pack/unpack round trips over every format char, byte orders, alignment, Struct.
import struct

for fmt in ['@bhilqBHILQ', '=bhilq', '<bhilq', '>bhilq', '!bhilq', 'xcb?', '@bi', '=bi', 'b3xi', '@hq', '@ci', '5s', '5p', 'nNP', 'e', 'f', 'd', '@b0i', '@i0q', '0s', '3?']:
    print(repr(fmt), struct.calcsize(fmt))

vals = (-1, -300, -70000, -2**40, -2**62, 200, 60000, 4000000000, 2**63, 2**64 - 1)
b = struct.pack('@bhilqBHILQ', *vals)
print(len(b), struct.unpack('@bhilqBHILQ', b) == vals)
for order in '<>!=':
    f = order + 'bhilq'
    packed = struct.pack(f, -5, 1000, -100000, 2**31 - 1, -2**63)
    print(order, packed, struct.unpack(f, packed))
print(struct.pack('>HI', 0x1234, 0xdeadbeef), struct.pack('<HI', 0x1234, 0xdeadbeef))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('b3xi', 1, 2))
print(struct.pack('xcb?', b'A', -2, []), struct.unpack('xcb?', b'\x00Z\xfe\x02'))
print(struct.pack('5s', b'hi'), struct.pack('2s', b'hello'), struct.unpack('5s', b'ab\x00cd'))
print(struct.pack('5p', b'hi'), struct.pack('3p', b'hello'), struct.unpack('5p', b'\x02hiXY'), struct.unpack('3p', b'\x09abc'[:3]))
print(struct.pack('0s', b'x'), struct.pack('3?', 0, 1, 'x'), struct.unpack('3?', b'\x00\x01\x05'))
for x in [0.0, -0.0, 1.0, 1.5, -2.25, 65504.0, 6.1e-5, 5.96e-8, 1e-8, 0.1, 3.14159, float('inf'), -float('inf')]:
    e = struct.pack('<e', x)
    print(x, e, struct.unpack('<e', e)[0], struct.unpack('>e', struct.pack('>e', x))[0])
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
for x in [0.1, 1e38, -3.5, 1e-45]:
    print(struct.unpack('<f', struct.pack('<f', x))[0], struct.pack('>f', x), struct.pack('>d', x))
print(struct.pack('nNP', -1, 2**64 - 1, 5) == struct.pack('qQQ', -1, 2**64 - 1, 5))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack('<i', True), struct.pack('<d', 3), struct.pack('<f', True))

class Idx:
    def __index__(self):
        return 7
print(struct.pack('<h', Idx()))

s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
struct.pack_into('<h', buf, -2, 0x4142)
print(buf, struct.unpack_from('<h', buf, -2), struct.unpack_from('<b', buffer=buf))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(list(s.iter_unpack(bytes(16))))
print(struct.Struct(b'>i').format, struct.Struct(format='i').size)
print(struct.unpack('<2h', memoryview(b'\x01\x00\x02\x00')), struct.unpack('<2h', bytearray(b'\x01\x00\x02\x00')))
print(struct.pack('<2h  i ', 1, 2, 3))
