"""A Polynomial class: operator overloading, __call__, __eq__/__hash__, reflected ops, iteration."""
from fractions import Fraction
from itertools import zip_longest


class Polynomial:
    def __init__(self, *coeffs):
        cs = list(coeffs)
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.c = tuple(cs) or (0,)

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p *= cls(-r, 1)
        return p

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        if isinstance(o, (int, float, Fraction)):
            o = Polynomial(o)
        if not isinstance(o, Polynomial):
            return NotImplemented
        return Polynomial(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*(-a for a in self.c))

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        if isinstance(o, (int, float, Fraction)):
            return Polynomial(*(a * o for a in self.c))
        if not isinstance(o, Polynomial):
            return NotImplemented
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        r = Polynomial(1)
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, d):
        num = [Fraction(x) for x in self.c]
        q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            k = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            q[k] = f
            for i, b in enumerate(d.c):
                num[i + k] -= f * b
            num.pop()
        return Polynomial(*q), Polynomial(*num)

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def derivative(self):
        return Polynomial(*[i * a for i, a in enumerate(self.c)][1:]) if self.degree else Polynomial(0)

    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.c == (o,)
        return isinstance(o, Polynomial) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __iter__(self):
        return iter(self.c)

    def __len__(self):
        return len(self.c)

    def __bool__(self):
        return self.c != (0,)

    def __repr__(self):
        return f"Polynomial{self.c}"

    def __str__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0 and self.degree:
                continue
            coef = "" if a in (1, -1) and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, f"{coef}{var}"))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]


p = Polynomial(1, -3, 2)
q = Polynomial.from_roots(1, 2, 3)
print(p, "|", q, "|", repr(q), q.degree)
print(p(0), p(1), p(2.5), q(Fraction(1, 2)), [q(x) for x in range(5)])
print(p + q, "|", p - q, "|", 3 - p, "|", p * 2, "|", 2 * p + 1)
print(p * q, "|", (p ** 2), "|", Polynomial(1, 1) ** 5)
quot, rem = divmod(q, Polynomial(-1, 1))
print(quot, "|", rem, "|", q // Polynomial(-2, 1), "|", q % Polynomial(0, 0, 1))
print(q.derivative(), "|", q.derivative().derivative(), "|", Polynomial(5).derivative())
print(p == Polynomial(1, -3, 2, 0, 0), Polynomial(7) == 7, len({p, Polynomial(1, -3, 2)}), bool(Polynomial(0)))
print(list(p), len(q), max(q), sum(p), sorted([q, p], key=len))
try:
    p ** -1
except ValueError as e:
    print("ValueError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)
print(str(Polynomial(0)), str(Polynomial(-1, 0, -1)), str(Polynomial(0, 1)))
