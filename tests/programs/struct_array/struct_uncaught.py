# An uncaught struct.error is printed with its module.
import struct
print(struct.pack("<h", 1))
struct.unpack("<i", b"12")
