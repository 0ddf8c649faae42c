print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"), (255).to_bytes(1, "big"), (1).to_bytes(), (5).to_bytes(3, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "little", signed=True), (2**64).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", byteorder="big", signed=True))
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class P(int):
    pass
print(type(P.from_bytes(b"\x01", "big")).__name__, P.from_bytes(b"\x01\x00", "big"))
