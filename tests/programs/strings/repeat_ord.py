print("ab" * 3, 3 * "xy", "x" * 0, "x" * -2, repr("" * 5))
print("-" * 20)
print([ord(c) for c in "Az09 ~"])
print("".join(chr(i) for i in range(65, 91)))
print(chr(233), chr(0x4e2d), chr(0x1F600), ord("é"), ord("中"), ord("😀"))
print(ord("\n"), ord("\t"), repr(chr(0)), repr(chr(127)), repr(chr(160)))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), max("hello"), min("hello"))
print(list("abc"), tuple("ab"), "a" < "b" < "c")
