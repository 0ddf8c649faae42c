import zlib
data = b"hello world " * 100
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, c[:2], zlib.decompress(c) == data)
for wb in (15, -15, 31, 9):
    c = zlib.compress(data, wbits=wb)
    print(wb, zlib.decompress(c, wb) == data, zlib.decompress(c, 47 if wb > 15 else wb) == data)
print(zlib.decompress(zlib.compress(b'')))
print(zlib.compress(b'hello', 0))
try: zlib.decompress(b'xx')
except zlib.error as e: print(e)
try: zlib.decompress(zlib.compress(b'abc')[:-2])
except zlib.error as e: print(e)
bad = bytearray(zlib.compress(b'abcdef')); bad[-1] ^= 1
try: zlib.decompress(bytes(bad))
except zlib.error as e: print(e)
c = zlib.compressobj()
out = c.compress(b'abc' * 50) + c.compress(b'xyz') + c.flush()
d = zlib.decompressobj()
res = b''
for i in range(0, len(out), 7):
    res += d.decompress(out[i:i+7])
print(res == b'abc'*50 + b'xyz', d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(out + b'tail'), d.unused_data, d.eof)
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'))
try: zlib.compress(b'x', 10)
except zlib.error as e: print(e)
try: zlib.compress('x')
except TypeError as e: print(e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
import random
random.seed(1)
blob = bytes(random.randrange(256) for _ in range(5000))
print(zlib.decompress(zlib.compress(blob, 9)) == blob)
