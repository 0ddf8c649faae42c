class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
eg = MyEG("m", [ValueError(1), TypeError(2)], 42)
print(repr(eg), eg.args, eg.code)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(r))
try:
    raise eg
except* ValueError as e:
    print("clause", type(e).__name__, e.code, repr(e))
except* TypeError as e:
    print("clause", repr(e))
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print(e)
print(ExceptionGroup("m", [ValueError()]).__class__.__name__)
g = ExceptionGroup("msg", [ValueError("v")])
print(g.message, g.exceptions[0], g.args[0])
try:
    g.message = "x"
except AttributeError as e:
    print("AttributeError")
