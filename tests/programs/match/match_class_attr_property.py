class Lazy:
    __match_args__ = ("value", "missing")
    @property
    def value(self):
        print("computing value")
        return 42
m = Lazy()
match m:
    case Lazy(42):
        print("matched value")
match m:
    case Lazy(_, _):
        print("no")
    case Lazy(v):
        print("fallback", v)
class Boom:
    @property
    def x(self):
        raise KeyError("boom")
try:
    match Boom():
        case Boom(x=1):
            pass
except KeyError as e:
    print("KeyError propagates", e)
