import codecs
print("x".encode("utf-8", "custom"), b"x".decode("ascii", "custom"))
try:
    "\u00e9".encode("ascii", "custom")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xff".decode("ascii", "custom")
except LookupError as e:
    print("LookupError", e)
def h(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("{%d}" % ord(exc.object[exc.start]), exc.start + 1)
    return ("<%02x>" % exc.object[exc.start], exc.start + 1)
codecs.register_error("custom", h)
print("a\u00e9b\u20ac".encode("ascii", "custom"), "a\u00e9".encode("latin-1", "custom"), "\u20ac".encode("cp1252", "custom"), "\u0100".encode("cp1252", "custom"))
print(b"a\xffb\xfe".decode("ascii", "custom"), b"a\xff\xc3".decode("utf-8", "custom"), b"\x81".decode("cp1252", errors="custom"))
try:
    "\u00e9".encode("nope", "custom")
except LookupError as e:
    print("LookupError", e)
print(str(b"a\xff", "ascii", "custom"), bytes("a\u00e9", "ascii", "custom"))
