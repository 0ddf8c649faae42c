def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"abc" == "abc", b"1" == 1)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), {b"k": 1}[b"k"])
print(sorted([b"b", b"a", b"ab", b""]))
err(lambda: b"a" < "b")
err(lambda: b"a" < 1)
