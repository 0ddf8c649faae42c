"""struct/hashlib/base64/binascii: a tiny binary record format."""
import base64
import binascii
import hashlib
import struct
import zlib

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<iqd8s?")

records = [(1, -2**40, 3.5, b"alpha", True), (-7, 123456789, -0.125, b"longname!", False)]
body = b"".join(RECORD.pack(*r[:3], r[3][:8], r[4]) for r in records)
crc = zlib.crc32(body)
blob = HEADER.pack(b"KREC", 1, len(records), crc) + body
print(len(blob), HEADER.size, RECORD.size, hex(crc))
print(blob[:12].hex(" "), blob[:4])

magic, ver, n, crc2 = HEADER.unpack_from(blob)
print(magic, ver, n, crc2 == zlib.crc32(blob[HEADER.size:]))
for i, rec in enumerate(RECORD.iter_unpack(blob[HEADER.size:])):
    a, b, c, name, flag = rec
    print(i, a, b, c, name.rstrip(b"\0"), flag)
print(struct.pack(">HhB", 513, -2, 255), struct.unpack(">I", b"\x00\x01\x00\x00"))
print(struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.pack("3s", b"abcdef"))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)

msg = "hello, world".encode()
print(hashlib.md5(msg).hexdigest())
print(hashlib.sha1(msg).hexdigest())
print(hashlib.sha256(msg).hexdigest())
h = hashlib.sha256()
for chunk in (b"hello", b", ", b"world"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.digest_size, h.name, h.block_size)
print(hashlib.new("sha512", b"x").hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32])

enc = base64.b64encode(blob[:10])
print(enc, base64.b64decode(enc) == blob[:10])
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode("aGVsbG8="), base64.standard_b64encode(b"x"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("48690a"), binascii.crc32(b"abc"))
print(binascii.b2a_base64(b"xyz"), bytes.fromhex("de ad be ef").hex("-"))
print(zlib.adler32(b"abc"), zlib.crc32(b"abc", 7))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
