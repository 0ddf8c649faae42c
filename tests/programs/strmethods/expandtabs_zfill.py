def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr("a\tb".expandtabs()), repr("a\tbc\tdef\t".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc\r\td".expandtabs(3)), repr("é\tx".expandtabs(2)), repr("x\ty".expandtabs(tabsize=1)))
print("42".zfill(6), "-42".zfill(6), "+3".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3), "é".zfill(4), "--1".zfill(5))
err(lambda: "x".zfill("3"))
err(lambda: "x".expandtabs("3"))
