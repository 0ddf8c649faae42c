d = {"a": 1}
for key in ["missing", 42, (1, 2), "", None, 3.5, "with 'quote'"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
s = set()
try:
    s.remove("gone")
except KeyError as e:
    print("set:", e)
try:
    raise IndexError("custom index message")
except LookupError as e:
    print(type(e).__name__, e)
