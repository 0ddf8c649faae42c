print(list(b"abc"), [x for x in b"\x00\xff"], sum(b"\x01\x02\x03"), max(b"az"), tuple(reversed(b"xyz")))
for i, c in enumerate(b"hi"):
    print(i, c, chr(c))
print(len(b""), len(b"abc"), bool(b""), bool(b"\x00"))
