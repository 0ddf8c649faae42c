def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr("hi".center(7, "*")), repr("hi".center(6)), repr("abc".center(6, "é")), repr("hi".ljust(5, "-")), repr("hi".rjust(5, "中")), repr("long".center(2)), repr("a".center(4, "x")), repr("ab".center(5, "."))) 
err(lambda: "hi".center(6, "ab"))
err(lambda: "hi".ljust(6, ""))
err(lambda: "hi".rjust("6"))
err(lambda: "hi".center(6, 1))
