# math.pow/modf special values, divmod protocol and messages, float format without a type
# but with a precision, complex arithmetic with huge ints, operand names in float errors.
import math

inf, nan = float("inf"), float("nan")


def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


vals = (0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.5, inf, -inf, nan)
def mpow(x, y):
    try:
        return repr(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        return type(e).__name__


for x in vals:
    print("pow", x, [mpow(x, y) for y in vals])
for x, y in [(0.0, -1.0), (0.0, -2.5), (-2.5, 0.5), (10.0, 400.0), (-10.0, 401.0), (2, 3), (2, -1)]:
    show("math.pow(%r, %r)" % (x, y), lambda: math.pow(x, y))
for x in (-8.0, -1.0, -0.5, 0.0, -0.0, 0.5, 2.5, 8.0, inf, -inf, nan, 1e300, -3):
    print("modf", x, math.modf(x))


class A:
    def __divmod__(self, o):
        return ("A.divmod", o)

    def __rdivmod__(self, o):
        return ("A.rdivmod", o)


class B:
    def __floordiv__(self, o):
        return 1

    def __mod__(self, o):
        return 2


class NI:
    def __divmod__(self, o):
        return NotImplemented


class I(int):
    def __divmod__(self, o):
        return "I.divmod"


class J(int):
    def __rdivmod__(self, o):
        return "J.rdivmod"


class Base:
    def __divmod__(self, o):
        return "Base.divmod"

    def __rdivmod__(self, o):
        return "Base.rdivmod"


class Derived(Base):
    def __rdivmod__(self, o):
        return "Derived.rdivmod"


cases = [
    (A(), 3), (3, A()), (B(), 3), (NI(), 3), (NI(), A()), (1, "a"), ("a", 1), (1.0, 0), (1, 0.0),
    (1, 0), (1 << 70, 0), (0, 0), (1j, 1), (1, 1j), (7, 2), (-7.5, 2), (7, -2.5), (1 << 70, 3),
    (-(1 << 70), 7), (True, 2), (I(5), 2), (5, I(2)), (5, J(2)), (J(5), 2), (Base(), Derived()),
    (Derived(), Base()), (inf, 1.0), (1.0, inf), (-1.0, inf), (nan, 1.0), (None, None),
]
for a, b in cases:
    show("divmod(%s, %s)" % (type(a).__name__, type(b).__name__), lambda: str(divmod(a, b)).split(" object at")[0])

for v in [1.0, 12.0, 1e16, 123.456, 0.0, -0.0, 1e-5, 99.99, 9.99, 1234567.0, 1.5, 0.1, 1e22, 5e-324, -2.5]:
    print(v, [format(v, ".%d" % p) for p in range(0, 6)], format(v, ".17"), format(v, "#.3"), format(v, "10.2"), format(v, "+.1"))
print(f"{1.0:.1}", f"{10.0:.2}", f"{1/3:.3}", f"{2.5:.1}", f"{1e100:.1}", "{:.2}".format(0.5))

for src in ["10 ** 400 * 1j", "1j * 10 ** 400", "10 ** 400 + 1j", "1j - 10 ** 400", "1j / 10 ** 400",
            "10 ** 400 / 1j", "1j ** (10 ** 400)", "(10 ** 400) == 1j", "1j != 10 ** 400",
            "complex(10 ** 300) * 2", "1 | 1.0", "1.0 | 1", "True & 1.5", "2.5 << 1", "1 >> 2.0",
            "1.0 ^ 2", "(1 << 70) | 1.0", "1.0 @ 2", "divmod(1.0, 0)", "1.0 // 0", "1.0 % 0"]:
    show(src, lambda: eval(src))
