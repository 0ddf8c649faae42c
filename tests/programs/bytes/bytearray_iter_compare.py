ba = bytearray(b"abc")
it = iter(ba)
print(next(it))
ba[1] = 66
print(next(it), list(it))
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
print(bytearray(b"x") != b"x", bytearray(b"x") >= bytearray(b"x"), bytearray(b"") < b"\x00")
print(max(bytearray(b"\x01\x09\x03")), 9 in bytearray(b"\x09"), b"a" in bytearray(b"cab"))
