class NoArgs(Exception):
    def __init__(self):
        self.detail = "none"
e = NoArgs()
print(repr(e), str(e), e.args, e.detail)
class WithRepr(KeyError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("k")), str(WithRepr("k")))
class Multi(LookupError, ArithmeticError):
    pass
m = Multi("x")
print(isinstance(m, LookupError), isinstance(m, ArithmeticError), m)
e2 = ValueError("v")
e2.extra = 5
print(e2.extra, e2.args)
