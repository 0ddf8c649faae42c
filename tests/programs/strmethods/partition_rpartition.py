def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="), "é→ü→".partition("→"), "".partition("x"))
err(lambda: "abc".partition(""))
err(lambda: "abc".rpartition(1))
