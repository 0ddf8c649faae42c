ba = bytearray(b"Hello, World")
for r in [ba.upper(), ba.lower(), ba.replace(b"l", b"L"), ba.strip(b"Hd"), ba.split(b", "), ba.partition(b","), ba[1:3], ba.center(16, b"*"), ba.zfill(14)]:
    print(type(r).__name__ if not isinstance(r, (list, tuple)) else [type(x).__name__ for x in r], r)
print(b"x".join([b"a", b"b"]).__class__.__name__, bytearray(b"x").join([b"a", b"b"]))
