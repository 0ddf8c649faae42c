def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abracadabra"
print(b.find(b"bra"), b.find(b"bra", 2), b.find(b"x"), b.rfind(b"bra"), b.rfind(b"a", 0, 5), b.find(97), b.find(b""), b.find(b"", 20))
print(b.index(b"c"), b.rindex(b"a"), b.count(b"a"), b.count(b"bra"), b.count(b""), b.count(97), b.count(b"a", 3, 8), b.find(b"a", -3))
err(lambda: b.index(b"z"))
err(lambda: b.rindex(b"z"))
err(lambda: b.find("a"))
err(lambda: b.count(300))
