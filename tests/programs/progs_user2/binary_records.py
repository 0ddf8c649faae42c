"""Binary record files with struct, bytearray/memoryview edits, base64/hex, checksums,
and an io.BytesIO reader; also int.to_bytes / from_bytes and bit tricks."""
import base64
import binascii
import io
import struct
import zlib
from dataclasses import dataclass

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdh")


@dataclass
class Reading:
    sensor: int
    name: str
    value: float
    delta: int

    def pack(self):
        return RECORD.pack(self.sensor, self.name.encode("ascii"), self.value, self.delta)

    @classmethod
    def unpack(cls, raw):
        sensor, name, value, delta = RECORD.unpack(raw)
        return cls(sensor, name.rstrip(b"\0").decode(), value, delta)


def write_file(readings):
    body = b"".join(r.pack() for r in readings)
    header = HEADER.pack(b"SENS", 1, len(readings), zlib.crc32(body))
    return header + body


def read_file(blob):
    stream = io.BytesIO(blob)
    magic, version, count, crc = HEADER.unpack(stream.read(HEADER.size))
    if magic != b"SENS":
        raise ValueError(f"bad magic {magic!r}")
    body = stream.read()
    if zlib.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    return version, [Reading.unpack(body[i:i + RECORD.size]) for i in range(0, count * RECORD.size, RECORD.size)]


readings = [Reading(1, "temp", 21.5, -3), Reading(2, "humidity", 0.455, 12), Reading(300, "pressure", 1013.25, 0)]
blob = write_file(readings)
print(len(blob), HEADER.size, RECORD.size, blob[:4], blob[4:8].hex(" "))
version, back = read_file(blob)
print(version, back == readings, back[2])
damaged = bytearray(blob)
damaged[HEADER.size + 5] ^= 0xFF
try:
    read_file(bytes(damaged))
except ValueError as e:
    print("ValueError:", e)
mv = memoryview(damaged)
print(mv[:4].tobytes(), mv.nbytes, mv[4:6].tobytes(), mv.readonly)
print(base64.b64encode(blob[:12]).decode(), base64.b64decode(base64.b64encode(b"hi there")), base64.urlsafe_b64encode(b"\xfb\xff"))
print(binascii.hexlify(b"\x00\xab"), bytes.fromhex("de ad be ef"), b"abc".hex(), binascii.crc32(b"hello"))
print(struct.pack(">hHiIq", -1, 65535, -2, 2**32 - 1, -3).hex(), struct.calcsize("<bxhq"), struct.calcsize("bhq"))
print(struct.unpack("<3f", struct.pack("<3f", 1.5, -2.25, 1e10)), struct.unpack_from("<H", b"\x00\x01\x02", 1))
print([x for x in struct.iter_unpack("<BB", b"\x01\x02\x03\x04")], struct.pack("?c5p", True, b"x", b"abc"))
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
n = 0xDEADBEEF
print(n.to_bytes(4, "big"), n.to_bytes(6, "little"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(n.bit_length(), bin(n).count("1"), n.bit_count(), n >> 16, hex(n & 0xFFFF), f"{n:032b}"[:12], (-n) >> 4)
print(zlib.decompress(zlib.compress(b"abc" * 100)) == b"abc" * 100, len(zlib.compress(b"abc" * 100)) < 300, zlib.adler32(b"abc"))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
del ba[-1]
print(ba, ba.upper(), ba.find(b"world"), ba.count(b"l"), bytes(ba).split(), ba.decode().title())
