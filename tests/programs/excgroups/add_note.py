e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
try:
    raise KeyError("k")
except KeyError as k:
    k.add_note("while looking up")
    print(k.__notes__)
