# binascii conversions and checksums, zlib.crc32/adler32, with CPython's errors.
import binascii
import zlib

print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(bytearray(b'AB')), binascii.hexlify(memoryview(b'xy')))
print(binascii.hexlify(b'abcde', ':', 2), binascii.hexlify(b'abcde', b'-', -2), binascii.hexlify(b'abc', '-'))
print(binascii.unhexlify('00ff6162'), binascii.a2b_hex(b'4142'), binascii.unhexlify(bytearray(b'7a')))
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64('Zm9v\nYmFy'), binascii.a2b_base64(b'Zm9 vYm*Fy'), binascii.a2b_base64(b'YW=Jj'), binascii.a2b_base64(b'YW==Jj'))
print(binascii.a2b_base64(b'YWJj', strict_mode=True), binascii.a2b_base64(b'YQ=='))
for data in [b'', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(1000)]:
    print(binascii.crc32(data), zlib.crc32(data), zlib.adler32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40 + 5))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: binascii.unhexlify('abc'))
show(lambda: binascii.unhexlify('zz'))
show(lambda: binascii.unhexlify(5))
show(lambda: binascii.unhexlify('é1'))
show(lambda: binascii.hexlify('x'))
show(lambda: binascii.hexlify(b'ab', 'xx'))
show(lambda: binascii.a2b_base64('abcde'))
show(lambda: binascii.a2b_base64('ab'))
show(lambda: binascii.a2b_base64('é'))
show(lambda: binascii.a2b_base64(5))
show(lambda: binascii.b2a_base64('x'))
show(lambda: binascii.a2b_base64(b'=YWJj', strict_mode=True))
show(lambda: binascii.a2b_base64(b'YQ==YQ', strict_mode=True))
show(lambda: binascii.a2b_base64(b'Y!QJ', strict_mode=True))
show(lambda: binascii.a2b_base64(b'YQ=a=', strict_mode=True))
show(lambda: binascii.crc32('x'))
show(lambda: binascii.crc32(b'x', 1.5))
show(lambda: zlib.crc32(5))
