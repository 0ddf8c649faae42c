# Constructors' keywords, and extra positional arguments that builtins used to ignore.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)

t("int base", lambda: int("10", base=2))
t("int x kw", lambda: int(x="5"))
t("int base only", lambda: int(base=2))
t("int dup", lambda: int("1", 10, base=2))
t("complex kw", lambda: complex(real=1, imag=2))
t("complex bogus", lambda: complex(1, bogus=2))
t("str kw", lambda: str(b"ab", encoding="ascii", errors="strict"))
t("str dup", lambda: str(1, object=1))
t("memoryview bogus", lambda: memoryview(b"ab", bogus=1))
t("slice kw", lambda: slice(stop=5))
t("range kw", lambda: range(stop=5))
t("object kw", lambda: object(x=1))
t("staticmethod kw", lambda: staticmethod(function=len))
t("classmethod kw", lambda: classmethod(function=len))
t("super kw", lambda: super(type=int))
t("property bogus", lambda: property(bogus=1))
t("list kw", lambda: list(iterable=[1]))
t("dict kw", lambda: sorted(dict([("x", 1)], y=2).items()))

class P:
    def __init__(self, a=0, **kw):
        self.kw = kw

t("object subclass init kw", lambda: P(a=1, b=2).kw)

t("eval extra", lambda: eval("1", None, None, 4))
t("exec extra", lambda: exec("pass", None, None, 4))
t("compile extra", lambda: compile("1", "f", "eval", 0, False, -1, 7))
t("split extra", lambda: "a b".split(" ", 1, 2))
t("strip extra", lambda: " a ".strip(" ", 1))
t("splitlines extra", lambda: "a".splitlines(True, 1))
t("expandtabs extra", lambda: b"a".expandtabs(8, 1))
t("upper extra", lambda: "a".upper(1))
t("bytes lower extra", lambda: b"a".lower(1))
t("bytearray isspace extra", lambda: bytearray(b"a").isspace(1))
t("list copy extra", lambda: [].copy(1))
t("list reverse extra", lambda: [].reverse(1))
t("dict keys extra", lambda: {}.keys(1))
t("dict clear extra", lambda: {}.clear(1))
t("set pop extra", lambda: {1}.pop(1))
t("set clear extra", lambda: set().clear(1))
t("bit_length extra", lambda: (5).bit_length(1))
t("from_bytes extra", lambda: int.from_bytes(b"a", "big", True))
t("conjugate extra", lambda: (1).conjugate(1))
t("float conjugate extra", lambda: (1.0).conjugate(1))
t("float is_integer extra", lambda: (1.0).is_integer(1))
t("complex conjugate extra", lambda: (1j).conjugate(1))
t("memoryview release extra", lambda: memoryview(b"a").release(1))
t("mro extra", lambda: int.mro(1))
