import base64
import binascii
import hashlib
import hmac
import struct
import zlib

header = struct.pack("<4sHHI", b"KSTR", 1, 2, 1024)
print(header, len(header), struct.calcsize("<4sHHI"), struct.calcsize("4sHHI"))
print(struct.unpack("<4sHHI", header))
rec = struct.Struct(">ihd?")
packed = rec.pack(-5, 300, 2.5, True)
print(packed.hex(), rec.size, rec.unpack(packed))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
buf = bytearray(8)
struct.pack_into("<II", buf, 0, 7, 9)
print(buf, struct.unpack_from("<I", buf, 4))
try:
    struct.pack("<H", 70000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)

msg = "Hello, Kestrel! ✓".encode()
print(base64.b64encode(msg), base64.b64decode(base64.b64encode(msg)).decode())
print(base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.b32encode(b"abc"), base64.b16encode(b"hi"))
print(base64.b85encode(b"data"), base64.standard_b64decode("aGk="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xab"), binascii.unhexlify("cafe"), binascii.crc32(b"hello"))
print(binascii.b2a_base64(b"xyz"), hex(zlib.adler32(b"hello")), zlib.crc32(b"hello"))

for name in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, h.digest_size, h.hexdigest()[:32])
print(hashlib.sha256(b"").hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hmac.new(b"key", b"message", hashlib.sha256).hexdigest())
print(hmac.compare_digest(b"a", b"a"), hashlib.md5(b"x").name)

data = b"abcabcabc" * 100 + bytes(range(256))
comp = zlib.compress(data, 9)
print(len(data), len(comp) < len(data), zlib.decompress(comp) == data)
co = zlib.compressobj()
chunks = co.compress(data[:500]) + co.compress(data[500:]) + co.flush()
print(zlib.decompress(chunks) == data)
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("zlib.error:", e)
print(int.from_bytes(b"\x01\x02", "big"), (513).to_bytes(2, "little"), bytes.fromhex("de ad be ef"))
print(memoryview(b"abcdef")[1:4].tobytes(), bytearray(b"xyz").upper())
