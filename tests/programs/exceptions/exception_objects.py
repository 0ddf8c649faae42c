e = ValueError("msg", 42)
print(e.args, str(e), repr(e), type(e).__name__)
e2 = Exception()
print(e2.args, repr(str(e2)), repr(e2))
e3 = Exception("only")
print(str(e3), repr(e3))
e4 = RuntimeError(["list", "arg"])
print(str(e4), repr(e4))
print(isinstance(e, Exception), isinstance(e, BaseException))
errors = []
for fn in [lambda: 1 / 0, lambda: [][1], lambda: None.x]:
    try:
        fn()
    except Exception as ex:
        errors.append(ex)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors])
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
try:
    raise E(1, 2)
except E as ex:
    print(ex.total, ex.args, str(ex), repr(ex))
ex = KeyError("k")
ex.note = "custom attribute"
print(ex.note)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
