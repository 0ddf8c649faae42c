print(int(b"12"), int(b" -7 "), int(bytearray(b"ff"), 16), float(b"1.5"), float(bytearray(b" 2e3 ")))
print(int(b"0x1f", 0), int(memoryview(b"42")), float(b"inf"), int(b"1_000"))
for bad in [b"x", bytearray(b"1.5"), b""]:
    for f in (int, float):
        try:
            print(f(bad))
        except ValueError as e:
            print(type(e).__name__, e)
try:
    int(b"zz", 16)
except ValueError as e:
    print(e)
