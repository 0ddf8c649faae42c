import struct, array, io
ba = bytearray(8)
try:
    struct.pack_into('i', memoryview(ba), 0, 5); print(ba)
except Exception as e: print(type(e).__name__, e)
a = array.array('i', [0, 0])
try:
    struct.pack_into('i', a, 4, 7); print(a)
except Exception as e: print(type(e).__name__, e)
print(struct.unpack_from('i', memoryview(array.array('i', [9]))))
b = io.BytesIO(b'abcdef'); buf = bytearray(3)
print(b.readinto(memoryview(buf)[1:]), buf)
ro = memoryview(b'abcd')
try: struct.pack_into('h', ro, 0, 1)
except TypeError as e: print("TE", e)
v = memoryview(bytearray(8))[2:6]
struct.pack_into('h', v, 2, -2); print(v.obj)
try: struct.pack_into('i', v, 2, 1)
except struct.error as e: print("SE", e)
try: struct.pack_into('h', memoryview(bytearray(8))[::2], 0, 1)
except TypeError as e: print("TE", e)
