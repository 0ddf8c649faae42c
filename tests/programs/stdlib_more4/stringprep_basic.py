import stringprep, random, zlib

names = [n for n in dir(stringprep) if n.startswith('in_table_')]
print(names)
rng = random.Random(3)
points = list(range(0, 0x3000, 7)) + [rng.randrange(0x110000) for _ in range(3000)]
points += [0x221, 0x220, 0xad, 0x20, 0xa0, 0x3000, 0x7f, 0x80, 0x9f, 0x200e, 0xfeff, 0xfffe, 0xffff,
           0x1fffe, 0xe000, 0xf8ff, 0xf0000, 0x10fffd, 0xfff9, 0x2ff0, 0x340, 0xe0001,
           0xe0020, 0x5be, 0x627, 0x41, 0x10ffff, 0x2fa1d, 0xfdd0, 0xfdef]
points = [p for p in points if not 0xd800 <= p < 0xe000]
for n in names:
    f = getattr(stringprep, n)
    hits = [p for p in points if f(chr(p))]
    print(n, len(hits), sum(hits) % 1000003, f.__name__)
for p in [0x41, 0xdf, 0x130, 0x3a3, 0x1e9e, 0x2126, 0xfb00, 0x2160, 0x3371, 0x1d400, 0x37a, 0x3d2, 0x10400, 0xff21, 0x345]:
    c = chr(p)
    print(hex(p), ascii(stringprep.map_table_b3(c)), ascii(stringprep.map_table_b2(c)))
b2 = b3 = 0
for p in range(0, 0x20000, 3):
    if 0xd800 <= p < 0xe000:
        continue
    c = chr(p)
    b3 = zlib.crc32(stringprep.map_table_b3(c).encode(), b3)
    b2 = zlib.crc32(stringprep.map_table_b2(c).encode(), b2)
print(b3, b2)
for n in names:
    for bad in ('ab', 5):
        try:
            print(n, getattr(stringprep, n)(bad))
        except TypeError as e:
            print(n, 'TypeError', e)
