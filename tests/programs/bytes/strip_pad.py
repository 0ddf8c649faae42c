def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"  hi \t\n".strip(), b"xxhixx".strip(b"x"), b"  hi ".lstrip(), b"  hi ".rstrip(), b"abcba".strip(b"ab"), b"\x0bx\x0c".strip())
print(b"hi".center(7), b"hi".center(6, b"*"), b"hi".ljust(5, b"."), b"hi".rjust(5), b"long".center(2), b"abc".center(6, b"-"))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"abc".zfill(2), b"".zfill(3))
err(lambda: b"x".center(5, b"ab"))
err(lambda: b"x".ljust(5, "a"))
