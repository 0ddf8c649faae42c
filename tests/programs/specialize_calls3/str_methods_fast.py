# str.split/lower/upper on ASCII, non-ASCII and subclass receivers.


class S(str):
    def lower(self):
        return "S.lower"


texts = ["", " ", "a", "  a  b\tc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x1fj  ", "ABC def GhI",
         "héllo WÖRLD", "a\u3000b\u2003c\u00a0d", "x" * 50 + " " + "y" * 20, "MiXeD 123 !?"]
for t in texts:
    parts = t.split()
    print(repr(parts), [len(p) for p in parts], [p.isascii() for p in parts])
    print(repr(t.split(None, 1)), repr(t.split(maxsplit=0)), repr(t.split(" ")))
    print(repr(t.lower()), repr(t.upper()), t.lower() == t.lower().lower())
    for p in parts:
        assert p.lower().upper() == p.upper(), p
        assert hash(p.lower()) == hash(p.lower().lower())

s = S("  Mixed Case  words ")
print(s.split(), s.lower(), str.lower(s), s.upper(), type(s.upper()).__name__)
print([type(p).__name__ for p in s.split()])
# lower/upper of unchanged text is an equal str (whose identity CPython does not promise).
w = "already"
print(w.lower() == w, w.upper(), "ALREADY".upper() == "ALREADY")
try:
    "abc".lower(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("b", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
