import unicodedata as ud

print(ud.unidata_version)
for ch in ["a", "A", "1", " ", "\u00e9", "\u0301", "\u00bd", "\u2163", "\u0660", "\u4e00",
           "\uac00", "\U0001f600", "\u200b", "\u05d0", "(", "\u00b2", "\uff21", "\n", "\ue000",
           "\u0378", "\U00017000", "\uf900", "\U0001b170", "\u0f33"]:
    print(repr(ch), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)),
          ud.name(ch, None), ud.decimal(ch, -1), ud.digit(ch, -1), ud.numeric(ch, -1))

# Characters added after Unicode 14.0 are unassigned in 3.11.
for cp in [0x1F6DC, 0x1FAE8, 0x31350, 0x11F00, 0x0CF3]:
    ch = chr(cp)
    print(hex(cp), ud.category(ch), ud.name(ch, "-"), repr(ud.bidirectional(ch)), ud.east_asian_width(ch))

for n in ["LATIN SMALL LETTER A", "snowman", "BLACK STAR", "HANGUL SYLLABLE GAG",
          "CJK UNIFIED IDEOGRAPH-4E00", "LATIN CAPITAL LETTER GHA", "NEW LINE", "BACKSPACE",
          "NUSHU CHARACTER-1B171", "CJK COMPATIBILITY IDEOGRAPH-F901", "EURO SIGN"]:
    c = ud.lookup(n)
    print(n, hex(ord(c)), ud.name(c, None))
print(ud.lookup(b"SNOWMAN"))

for bad in ["NO SUCH THING", "TANGUT IDEOGRAPH-17001", "hangul syllable gag", "cjk unified ideograph-4e00", "KHITAN SMALL SCRIPT CHARACTER-18B01", "LATIN SMALL LETTER", "CJK UNIFIED IDEOGRAPH-31350"]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    ud.lookup("x" * 300)
except KeyError as e:
    print("KeyError", e)

for s in ["caf\u00e9", "cafe\u0301", "\ufb01", "\u1e9b\u0323", "\u00c5", "\u212b", "\uac00\u11a8",
          "\u1100\u1161\u11a8", "x\u0323\u0302\u0301y", "\u2460", "\u00bd", "A\u0301\u0316",
          "\u0958", "\u0f73", "\u1f80\u0345", "abc", "", "\u30ac", "\u30ab\u3099", "\uff76\uff9e"]:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        n = ud.normalize(form, s)
        print(form, ascii(s), ascii(n), ud.is_normalized(form, s))

def err(f, *a):
    try:
        r = f(*a)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(ud.category, "ab")
err(ud.category, 1)
err(ud.category, "")
err(ud.name, "")
err(ud.name, "\x00")
err(ud.decimal, "a")
err(ud.digit, "a")
err(ud.numeric, "a")
err(ud.decimal, "\u00b2")
err(ud.digit, "\u00bd")
err(ud.decimal, "ab")
err(ud.numeric, "a", 1, 2)
err(ud.normalize, "X", "a")
err(ud.normalize, 1, "a")
err(ud.normalize, "NFC", 1)
err(ud.is_normalized, "NFX", "a")
err(ud.lookup, 1)
err(ud.mirrored, "")
err(ud.decomposition, "ab")
err(ud.name)
print(ud.numeric("\u00bd"), ud.numeric("\u4e07"), ud.numeric("\u2189"), ud.digit("\u00b2"), ud.decimal("\u0663"))

# A checksum over the whole code space, to catch any table difference.
tot = 0
for cp in range(0, 0x110000, 7):
    if 0xD800 <= cp < 0xE000:
        continue
    ch = chr(cp)
    tot = (tot + len(ud.category(ch) + ud.bidirectional(ch) + ud.east_asian_width(ch) + ud.decomposition(ch)) * cp
           + ud.combining(ch) + ud.mirrored(ch) + int(ud.numeric(ch, 0) * 4)) % 1000000007
print("checksum", tot)
names = 0
for cp in range(0, 0x30000, 3):
    if 0xD800 <= cp < 0xE000:
        continue
    n = ud.name(chr(cp), "")
    names = (names * 7 + len(n)) % 1000000007
print("names", names)
nf = 0
for cp in range(0, 0x30000, 5):
    if 0xD800 <= cp < 0xE000:
        continue
    s = chr(cp) + "\u0301"
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        nf = (nf * 3 + sum(map(ord, ud.normalize(form, s)))) % 1000000007
print("normalize", nf)
