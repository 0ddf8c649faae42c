def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"novalue".partition(b"="), b"novalue".rpartition(b"="))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"), b"abab".replace(b"ab", b""))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
err(lambda: b"a".partition(b""))
err(lambda: b"a".replace("a", b"b"))
