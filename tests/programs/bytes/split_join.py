def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"  x y z  ".rsplit(None, 1))
print(b"".split(), b"".split(b","), b"abc".split(maxsplit=0), b" a b ".split(maxsplit=1), b"a<>b<>c".split(b"<>"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b", ".join((b"x",)))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"".splitlines(), b"x\n".splitlines(keepends=True))
err(lambda: b"a".split(b""))
err(lambda: b"-".join([b"a", "b"]))
err(lambda: b"a".split(","))
