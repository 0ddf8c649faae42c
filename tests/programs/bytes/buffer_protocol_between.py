ba = bytearray(b"xyz")
m = memoryview(ba)
print(bytes(ba), bytearray(m), bytes(m), bytearray(b"q"), bytes(memoryview(b"abc")[1:]))
print(b"".join([bytearray(b"a"), m, b"c"]), bytearray(b"-").join([b"1", b"2"]))
print(b"xyz" == ba, ba == m, m == b"xyz", b"xya" < ba, ba > b"xyy")
print(memoryview(memoryview(ba)[1:])[0], memoryview(ba).toreadonly().readonly)
ro = memoryview(ba).toreadonly()
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
