import random
random.seed(5)
pool = "abcXYZ019 \n\té€ßΩ中文😀\u0300\uffff\U0010ffff"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    ok = True
    for _ in range(50):
        s = "".join(random.choice(pool) for _ in range(random.randrange(0, 12)))
        if s.encode(enc).decode(enc) != s:
            ok = False
    print(enc, ok)
lat = "".join(chr(i) for i in range(256))
print(lat.encode("latin-1") == bytes(range(256)), bytes(range(256)).decode("latin-1") == lat)
cp = bytes(b for b in range(256) if b not in (0x81, 0x8d, 0x8f, 0x90, 0x9d))
print(cp.decode("cp1252").encode("cp1252") == cp, ascii(bytes(range(0x80, 0xa0)).decode("cp1252", "replace")))
