def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "Grüße, 世界 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"]:
    b = s.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == s)
print(s.encode("ascii", "replace"), s.encode("latin-1", "ignore"), s.encode(errors="strict")[:4], s.encode("ascii", errors="xmlcharrefreplace"))
err(lambda: s.encode("ascii"))
err(lambda: s.encode("latin-1"))
err(lambda: s.encode("cp1252"))
err(lambda: s.encode("utf-8", "bogus", "extra"))
err(lambda: s.encode(bogus=1))
