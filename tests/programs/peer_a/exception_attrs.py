# Exception attributes: assigning args updates str()/repr(); keyword arguments only where
# CPython takes them (ImportError name/path, AttributeError name/obj, NameError name);
# `raise ... from` with a non-exception cause.
e = ValueError("first")
e.args = ("second", 2)
print(str(e), repr(e), e.args)
e.args = ["listed"]
print(str(e), repr(e), e.args)
e = KeyError("k")
e.args = ()
print(repr(str(e)), repr(e))
try:
    e.args = 3
except TypeError as x:
    print("TypeError:", x)


class Custom(Exception):
    def __init__(self, code):
        self.args = ("code %d" % code,)
        self.code = code


print(Custom(4), repr(Custom(5)), Custom(6).code)

imp = ImportError("no module", name="pkg", path="/x")
print(imp.name, imp.path, imp.msg, imp.args)
print(ModuleNotFoundError(name="m").name, ImportError("plain").name)
print(AttributeError("a", name="n", obj=3).name, NameError("n", name="q").name)
for make in [
    lambda: ValueError("v", detail=1),
    lambda: ImportError("m", bogus=1),
    lambda: OSError("x", extra=3),
    lambda: Custom.__mro__[1](flag=True),
    lambda: AttributeError("m", path="p"),
]:
    try:
        make()
        print("no error")
    except TypeError as x:
        print("TypeError:", x)

for cause in [5, "text", None, ValueError, KeyError("c")]:
    try:
        raise RuntimeError("r") from cause
    except TypeError as x:
        print("TypeError:", x)
    except RuntimeError as r:
        print("RuntimeError with cause", repr(r.__cause__))
