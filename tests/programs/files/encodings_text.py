from mod_tmp import tmpdir, cleanup
import os
d = tmpdir("enc")
p = os.path.join(d, "e.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo €"))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8") as f:
    print(f.read(), f.encoding)
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="ignore") as f:
    print(f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("ü")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(e)
with open(p, "w", encoding="utf-8") as f:
    f.write("日本語テキスト")
with open(p, encoding="utf-8") as f:
    print(f.read(3), f.read(2), f.read())
cleanup(d)
