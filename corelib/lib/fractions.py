"""Fraction: rational numbers of unbounded precision, kept in lowest terms with a positive
denominator."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# Hashing follows the numeric hash of int and float: x = n/d hashes as n * d**-1 modulo the
# prime P, so that equal int, float, Fraction and Decimal values hash alike.
# (sys.hash_info.modulus and .inf on 64-bit builds.)
_HASH_MODULUS = 2**61 - 1
_HASH_INF = 314159


def _parse(text):
    """The (numerator, denominator) of a Fraction literal such as ' -1/3 ', '2.5e-3' or '7',
    or None when the text is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        if s[0] == "-":
            sign = -1
        s = s[1:]

    def digits(part):
        # Digits with single underscores between them.
        if not part or part[0] == "_" or part[-1] == "_" or "__" in part:
            return None
        body = part.replace("_", "")
        if not body.isdigit() or not body.isascii():
            return None
        return int(body)

    if "/" in s:
        num_text, _, den_text = s.partition("/")
        num, den = digits(num_text), digits(den_text)
        if num is None or den is None:
            return None
        return sign * num, den
    exp = 0
    mantissa = s
    for marker in ("e", "E"):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            exp_sign = 1
            if exp_text[:1] in ("+", "-"):
                if exp_text[0] == "-":
                    exp_sign = -1
                exp_text = exp_text[1:]
            e = digits(exp_text)
            if e is None:
                return None
            exp = exp_sign * e
            break
    int_text, dot, frac_text = mantissa.partition(".")
    if not int_text and not frac_text:
        return None
    num = digits(int_text) if int_text else 0
    if num is None:
        return None
    den = 1
    if frac_text:
        f = digits(frac_text)
        if f is None:
            return None
        den = 10 ** len(frac_text.replace("_", ""))
        num = num * den + f
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 6) == Fraction(1, 2); also built from an int, float,
    Decimal, another Rational or a string such as '3/7', '-1.5e3' or ' 22 '."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError(
                "%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__)
            )
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction."""
        from decimal import Decimal

        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)"
                % (cls.__name__, dec, type(dec).__name__)
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        # Walk the continued fraction's convergents until the next one's denominator is too
        # large, then choose between the last convergent and the best semiconvergent.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # |p1/q1 - self| <= |semiconvergent - self| exactly when this holds.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: with int or Fraction the result is a Fraction, with float a float, with
    # complex a complex; anything else is left to the other operand.

    def _forward(monomorphic, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        name = fallback.__name__.strip("_")
        forward.__name__ = "__" + name + "__"
        reverse.__name__ = "__r" + name + "__"
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        # Cancel common factors first, as CPython 3.11 does: its error for a zero divisor
        # names the reduced numerator (Fraction(1, 0) for 2 / Fraction(0)).
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        return Fraction(n, d)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _forward(_add, operator.add)
    __sub__, __rsub__ = _forward(_sub, operator.sub)
    __mul__, __rmul__ = _forward(_mul, operator.mul)
    __truediv__, __rtruediv__ = _forward(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _forward(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _forward(_divmod, divmod)
    __mod__, __rmod__ = _forward(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction when b is an integer, else a float or complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(
                        a._denominator ** -power, a._numerator ** -power, _normalize=False
                    )
                else:
                    return Fraction(
                        (-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False
                    )
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of P: no inverse, hash as infinity.
            h = _HASH_INF
        else:
            h = (abs(self._numerator) % _HASH_MODULUS) * inverse % _HASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    # decimal is only imported when a Decimal can exist, i.e. when it is already loaded.
    d = sys.modules.get("decimal")
    return d is not None and isinstance(x, d.Decimal)
