try:
    "abc\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
    print(str(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"ok\xfe\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e))
try:
    b"x".decode("bogus-codec")
except LookupError as e:
    print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom reason")
print(e, "|", e.reason, e.start)
e = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "nope")
print(e)
