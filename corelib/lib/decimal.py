"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic Specification),
behaving like CPython's decimal module: a finite Decimal is sign * coefficient * 10**exponent,
every operation computes the exact result and rounds it once to the context's precision.

Finite numbers keep an int coefficient; specials keep their kind in _kind ('F' infinity,
'n' quiet NaN, 'N' signaling NaN; None for finite numbers) with a NaN's payload in _int.
Operations the module does not implement raise NotImplementedError.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

# --- Signals ---------------------------------------------------------------------------------


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order in which a Context lists its flags and traps (libmpdec's flag bit order).
_SIGNAL_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
                 Rounded, Subnormal, Underflow)
# The order in which a trapped signal is chosen to be raised.
_RAISE_ORDER = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
                Inexact, Rounded, Clamped)
# libmpdec's status bit of each condition: a Context lists its flags by the lowest bit that
# set each one (so InvalidOperation from DivisionUndefined comes after DivisionByZero).
_CONDITION_BIT = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
                  DivisionUndefined: 4, Inexact: 6, InvalidContext: 7, InvalidOperation: 8,
                  FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
# A flag set through the flags dict sets all of its signal's bits.
_SIGNAL_BIT = {Clamped: 0, InvalidOperation: 1, DivisionByZero: 2, Inexact: 6,
               FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

# Hashes follow int and float: n * 10**e hashes as n * 10**e modulo the prime P.
_HASH_MODULUS = 2**61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

# --- Context ---------------------------------------------------------------------------------


class _Conditions:
    """The conditions one operation raised; Context._signal applies them (flags, traps)."""

    __slots__ = ("items",)

    def __init__(self):
        self.items = []

    def add(self, cond):
        if cond not in self.items:
            self.items.append(cond)


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = self._signal_dict(flags if flags is not None else [], {})
        if traps is None:
            traps = dict(dc.traps) if dc else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = self._signal_dict(traps, {})

    @staticmethod
    def _signal_dict(value, _):
        # Keyed in the C module's order.
        if isinstance(value, dict):
            return {s: bool(value.get(s, False)) for s in _RAISE_ORDER}
        d = {s: False for s in _RAISE_ORDER}
        for s in value:
            d[s] = True
        return d

    def __setattr__(self, name, value):
        if name == "prec":
            _check_int(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            _check_int(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            _check_int(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            _check_int(value, 0, 1, "valid values for capitals are 0 or 1")
        elif name == "clamp":
            _check_int(value, 0, 1, "valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name not in ("flags", "traps"):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        pos = self.__dict__.get("_flag_bits", {})
        flags = sorted((s for s in _SIGNAL_ORDER if self.flags[s]),
                       key=lambda s: pos.get(s, _SIGNAL_BIT[s]))
        flags = [s.__name__ for s in flags]
        traps = [s.__name__ for s in _SIGNAL_ORDER if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        self.__dict__.pop("_flag_bits", None)
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, conds):
        """Set the flags of an operation's conditions; raise the first trapped one."""
        trapped = []
        pos = self.__dict__.get("_flag_bits")
        if pos is None:
            pos = {}
            object.__setattr__(self, "_flag_bits", pos)
        for cond in conds.items:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            if not self.flags[sig]:
                pos.pop(sig, None)
            bit = _CONDITION_BIT[cond]
            if bit < pos.get(sig, 99):
                pos[sig] = bit
            self.flags[sig] = True
            if self.traps[sig]:
                trapped.append(cond)
        if trapped:
            for sig in _RAISE_ORDER:
                if any(_CONDITION_SIGNAL.get(c, c) is sig for c in trapped):
                    raise sig(trapped)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and num != num.strip():
            conds = _Conditions()
            conds.add(ConversionSyntax)
            self._signal(conds)
            return Decimal("NaN")
        d = Decimal(num, context=self)
        conds = _Conditions()
        if d._kind is not None and d._kind in "nN":
            if len(str(d._int)) > self.prec - self.clamp and d._int:
                conds.add(ConversionSyntax)
                self._signal(conds)
                return _special("n", 0, 0)
            return d
        r = _fix(d, self, conds)
        self._signal(conds)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_strict(a).__str__(eng=True, context=self)

    def _binary(name):
        def op(self, a, b):
            a = _convert_strict(a)
            return getattr(a, name)(b, context=self)
        op.__name__ = name.strip("_")
        return op

    add = _binary("__add__")
    subtract = _binary("__sub__")
    multiply = _binary("__mul__")
    divide = _binary("__truediv__")
    divide_int = _binary("__floordiv__")
    remainder = _binary("__mod__")
    divmod = _binary("__divmod__")
    compare = _binary("compare")
    max = _binary("max")
    min = _binary("min")
    quantize = _binary("quantize")

    def power(self, a, b, modulo=None):
        a = _convert_strict(a)
        if modulo is None:
            return a.__pow__(b, context=self)
        r = a._pow_mod(b, modulo, self)
        if r is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(b if _convert(b) is NotImplemented else modulo).__name__)
        return r

    logical_and = _binary("logical_and")
    logical_or = _binary("logical_or")
    logical_xor = _binary("logical_xor")
    shift = _binary("shift")
    rotate = _binary("rotate")

    def logical_invert(self, a):
        return _convert_strict(a).logical_invert(context=self)
    scaleb = _binary("scaleb")
    copy_sign = _binary("copy_sign")

    def _unary(name):
        def op(self, a):
            return getattr(_convert_strict(a), name)(context=self)
        op.__name__ = name.strip("_")
        return op

    sqrt = _unary("sqrt")
    exp = _unary("exp")
    ln = _unary("ln")
    log10 = _unary("log10")
    normalize = _unary("normalize")
    to_integral_value = _unary("to_integral_value")
    to_integral_exact = _unary("to_integral_exact")
    to_integral = _unary("to_integral_value")
    number_class = _unary("number_class")
    logb = _unary("logb")

    def abs(self, a):
        return _convert_strict(a).__abs__(context=self)

    def plus(self, a):
        return _convert_strict(a).__pos__(context=self)

    def minus(self, a):
        return _convert_strict(a).__neg__(context=self)

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()


def _check_int(value, lo, hi, message):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not lo <= value <= hi:
        raise ValueError(message)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, DivisionByZero, InvalidOperation, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext made on first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block in a copy of ctx (default: the current context),
    with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for name, value in kwargs.items():
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in ("flags", "traps"):
            value = Context._signal_dict(value, None)
        setattr(ctx, name, value)
    return _ContextManager(ctx)


# --- Helpers on coefficients -----------------------------------------------------------------


def _ndigits(c):
    return len(str(c)) if c else 1


def _round_int(sign, c, n, rounding):
    """Drop the last n >= 1 digits of coefficient c with the rounding mode: (new_c, inexact)."""
    nd = _ndigits(c)
    if n > nd + 1:
        # Every digit is dropped and what is left is far below one half: c' = 0 with c as a
        # nonzero remainder behaves the same as the huge division.
        n = nd + 1
    m = 10 ** n
    q, r = divmod(c, m)
    if r == 0:
        return q, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= m
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > m
    elif rounding == ROUND_HALF_EVEN:
        up = 2 * r > m or (2 * r == m and q & 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _special(kind, sign, payload):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = 0
    d._kind = kind
    return d


def _finite(sign, c, e):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._kind = None
    return d


def _nan(conds, cond=InvalidOperation):
    conds.add(cond)
    return _special("n", 0, 0)


def _fix(d, ctx, conds):
    """Round a finite Decimal to ctx (precision, then exponent range), noting conditions."""
    if d._kind is not None:
        if d._kind in "nN" and d._int and _ndigits(d._int) > ctx.prec - ctx.clamp:
            # A NaN payload longer than the precision is cut to its low digits.
            return _special(d._kind, d._sign, d._int % 10 ** (ctx.prec - ctx.clamp))
        return d
    sign, c, e = d._sign, d._int, d._exp
    etiny = ctx.Emin - ctx.prec + 1
    etop = ctx.Emax - ctx.prec + 1
    if c == 0:
        emax = etop if ctx.clamp else ctx.Emax
        ne = min(max(e, etiny), emax)
        if ne != e:
            conds.add(Clamped)
            return _finite(sign, 0, ne)
        return d
    nd = _ndigits(c)
    emin_needed = nd + e - ctx.prec
    if emin_needed > etop:
        return _overflow(sign, ctx, conds)
    subnormal = nd + e - 1 < ctx.Emin
    if subnormal:
        emin_needed = etiny
    if e < emin_needed:
        c, inexact = _round_int(sign, c, emin_needed - e, ctx.rounding)
        e = emin_needed
        if _ndigits(c) > ctx.prec:
            c //= 10
            e += 1
            if e > etop:
                return _overflow(sign, ctx, conds)
        if inexact and subnormal:
            conds.add(Underflow)
            if c == 0:
                conds.add(Clamped)
        if subnormal:
            conds.add(Subnormal)
        if inexact:
            conds.add(Inexact)
        conds.add(Rounded)
        return _finite(sign, c, e)
    if subnormal:
        conds.add(Subnormal)
    if ctx.clamp == 1 and e > etop:
        conds.add(Clamped)
        return _finite(sign, c * 10 ** (e - etop), etop)
    return d


def _overflow(sign, ctx, conds):
    conds.add(Inexact)
    conds.add(Rounded)
    conds.add(Overflow)
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _special("F", sign, 0)
    # Otherwise the largest representable number.
    return _finite(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _check_nans(a, b, ctx, conds):
    """The NaN result of an operation on a and b, or None when neither is a NaN. A signaling
    NaN signals InvalidOperation and becomes quiet; otherwise the first NaN propagates."""
    for x in (a, b):
        if x is not None and x._kind == "N":
            conds.add(InvalidOperation)
            return _fix(_special("n", x._sign, x._int), ctx, conds)
    for x in (a, b):
        if x is not None and x._kind == "n":
            return _fix(x, ctx, conds)
    return None


def _convert(other, ctx=None, allow_float=False, conds=None):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        if conds is not None:
            conds.add(FloatOperation)
        return Decimal.from_float(other)
    return NotImplemented


def _is_logical(d):
    return (d._kind is None and d._sign == 0 and d._exp == 0
            and set(str(d._int)) <= {"0", "1"})


def _logical_digits(d, ctx):
    """The coefficient's digits, zero-padded or cut on the left to exactly ctx.prec digits."""
    s = str(d._int)
    if len(s) >= ctx.prec:
        return s[len(s) - ctx.prec:]
    return "0" * (ctx.prec - len(s)) + s


def _pow_mod(a, b, m, ctx, conds):
    for x in (a, b, m):
        if x._kind == "N":
            conds.add(InvalidOperation)
            return _fix(_special("n", x._sign, x._int), ctx, conds)
    for x in (a, b, m):
        if x._kind == "n":
            return _fix(x, ctx, conds)
    if not all(x._kind is None and (x._exp >= 0 or x._int % 10 ** -x._exp == 0)
               for x in (a, b, m)):
        return _nan(conds)
    if b._sign and b._int:
        return _nan(conds)
    if not m._int:
        return _nan(conds)
    if _ndigits(m._int) + m._exp > ctx.prec:
        return _nan(conds)
    if not a._int and not b._int:
        return _nan(conds)
    modulus = m._int * 10 ** m._exp if m._exp >= 0 else m._int // 10 ** -m._exp
    base = a._int * 10 ** a._exp if a._exp >= 0 else a._int // 10 ** -a._exp
    exponent = b._int * 10 ** b._exp if b._exp >= 0 else b._int // 10 ** -b._exp
    sign = a._sign if exponent % 2 else 0
    return _finite(sign, pow(base, exponent, modulus), 0)


def _convert_strict(x):
    r = _convert(x)
    if r is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
    return r


def _type_name(x):
    t = type(x)
    if t is Decimal:
        return "decimal.Decimal"
    return t.__name__


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


# Types that never implement arithmetic with a Decimal themselves: mixing them is an error
# raised here, with the type name CPython's C Decimal reports.
_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, type(None))


def _parse(s):
    """A Decimal from numeric string s, or None when s is not one."""
    # The C module drops underscores anywhere ("1__0" is 10).
    s = s.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return _special("F", sign, 0)
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == "":
                return _special(kind, sign, 0)
            if payload.isdigit() and payload.isascii():
                return _special(kind, sign, int(payload))
            return None
    exp = 0
    epos = low.find("e")
    if epos >= 0:
        et = low[epos + 1:]
        low = low[:epos]
        es = 1
        if et[:1] in ("+", "-"):
            es = -1 if et[0] == "-" else 1
            et = et[1:]
        if not et or not et.isdigit() or not et.isascii():
            return None
        exp = es * int(et)
    ip, _, fp = low.partition(".")
    if not ip and not fp:
        return None
    for part in (ip, fp):
        if part and not (part.isdigit() and part.isascii()):
            return None
    digits = ip + fp
    return _finite(sign, int(digits), exp - len(fp))


# --- Decimal ---------------------------------------------------------------------------------


class Decimal(object):
    """A decimal floating point number, immutable."""

    __slots__ = ("_sign", "_int", "_exp", "_kind")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            d = _parse(value)
            if d is None:
                ctx = context if context is not None else getcontext()
                conds = _Conditions()
                conds.add(ConversionSyntax)
                ctx._signal(conds)
                d = _special("n", 0, 0)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _finite(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            conds = _Conditions()
            conds.add(FloatOperation)
            ctx._signal(conds)
            d = Decimal.from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        r = object.__new__(cls)
        r._sign, r._int, r._exp, r._kind = d._sign, d._int, d._exp, d._kind
        return r

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            if f != f:
                d = _special("n", 0, 0)
            elif f in (float("inf"), float("-inf")):
                d = _special("F", 1 if f < 0 else 0, 0)
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _finite(sign, n * 5 ** k, -k)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # --- Introspection ---

    def as_tuple(self):
        if self._kind == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(ch) for ch in str(self._int)) if (self._int or self._kind is None) else ()
        if self._kind is not None:
            return DecimalTuple(self._sign, digits, self._kind)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind is not None:
            if self._kind == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n, e = self._int, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._kind is not None:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._kind is not None and self._kind in "nN"

    def is_qnan(self):
        return self._kind == "n"

    def is_snan(self):
        return self._kind == "N"

    def is_infinite(self):
        return self._kind == "F"

    def is_finite(self):
        return self._kind is None

    def is_zero(self):
        return self._kind is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._kind is not None or not self._int:
            return False
        ctx = context or getcontext()
        return ctx.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._kind is not None or not self._int:
            return False
        ctx = context or getcontext()
        return self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        if self._kind == "N":
            return "sNaN"
        if self._kind == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._kind == "F":
            return sign + "Infinity"
        if not self._int:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # --- Conversions to text ---

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._kind is not None:
            if self._kind == "F":
                return sign + "Infinity"
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._kind == "n" else "sNaN") + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ""
        else:
            capitals = (context or getcontext()).capitals
            expstr = ("E", "e")[capitals == 0] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + expstr

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec):
        return _format_decimal(self, spec)

    # --- Conversions to numbers ---

    def __int__(self):
        if self._kind is not None:
            if self._kind == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._kind is not None:
            if self._kind == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._kind == "n":
                return float("-nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        # The exactly rounded quotient (the C module parses str(self), which is the same).
        sign = -1.0 if self._sign else 1.0
        if not self._int:
            return sign * 0.0
        adj = self.adjusted()
        if adj > 400:
            return sign * float("inf")
        if adj < -400:
            return sign * 0.0
        n, d = self.as_integer_ratio()
        return n / d

    def _to_int(self, rounding):
        if self._kind is not None:
            if self._kind == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return int(_rescale(self, 0, rounding))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_finite(0, 1, -n))
        if self._kind is not None:
            if self._kind == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return self._to_int(ROUND_HALF_EVEN)

    def __bool__(self):
        return self._kind is not None or self._int != 0

    def __hash__(self):
        if self._kind is not None:
            if self._kind == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # --- Comparisons ---

    def _cmp_value(self, other, op):
        """other as something comparable exactly (Decimal, or (numerator, denominator)), or
        NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            conds = _Conditions()
            conds.add(FloatOperation)
            if op == "==":
                ctx.flags[FloatOperation] = True
            else:
                ctx._signal(conds)
            return Decimal.from_float(other)
        if isinstance(other, complex) and op == "==":
            if other.imag == 0:
                return self._cmp_value(other.real, op)
            return None
        if isinstance(other, _numbers.Rational):
            return other
        if op != "==" and isinstance(other, _FOREIGN):
            raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                            % (op, type(other).__name__))
        return NotImplemented

    def _compare3(self, other):
        """-1, 0 or 1 for finite or infinite self and other (no NaNs)."""
        if isinstance(other, _numbers.Rational) and not isinstance(other, Decimal):
            if self._kind == "F":
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            a, b = n * other.denominator, other.numerator * d
            return (a > b) - (a < b)
        return _cmp(self, other)

    def _order(self, other, op):
        o = self._cmp_value(other, op)
        if o is NotImplemented:
            return NotImplemented
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            conds = _Conditions()
            conds.add(InvalidOperation)
            getcontext()._signal(conds)
            return False
        c = self._compare3(o)
        if op == "<":
            return c < 0
        if op == "<=":
            return c <= 0
        if op == ">":
            return c > 0
        return c >= 0

    def __eq__(self, other):
        o = self._cmp_value(other, "==")
        if o is NotImplemented:
            return NotImplemented
        if o is None:
            return False
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            return False
        return self._compare3(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._order(other, "<")

    def __le__(self, other):
        return self._order(other, "<=")

    def __gt__(self, other):
        return self._order(other, ">")

    def __ge__(self, other):
        return self._order(other, ">=")

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN when either operand is a NaN."""
        ctx = context or getcontext()
        other = _convert_strict(other)
        conds = _Conditions()
        nan = _check_nans(self, other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        return Decimal(_cmp(self, other))

    def _minmax(self, other, context, want_max):
        ctx = context or getcontext()
        other = _convert_strict(other)
        conds = _Conditions()
        # A quiet NaN loses to a number; a signaling NaN wins.
        sn, on = self.is_nan(), other.is_nan()
        if (sn or on) and "N" not in (self._kind, other._kind) and sn != on:
            r = _fix(other if sn else self, ctx, conds)
            ctx._signal(conds)
            return r
        nan = _check_nans(self, other, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        c = _cmp(self, other)
        if c == 0:
            # Equal values: order by sign, then exponent.
            c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp))
            if self._sign:
                c = (other._sign - self._sign) or -((self._exp > other._exp) - (self._exp < other._exp))
        pick = self if (c >= 0) == want_max else other
        r = _fix(pick, ctx, conds)
        ctx._signal(conds)
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    # --- Arithmetic ---

    def _binop(self, other, context, opname, func, reverse=False):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, _FOREIGN):
                a, b = (other, self) if reverse else (self, other)
                raise _unsupported(opname, a, b)
            return NotImplemented
        ctx = context or getcontext()
        conds = _Conditions()
        a, b = (o, self) if reverse else (self, o)
        r = func(a, b, ctx, conds)
        ctx._signal(conds)
        return r

    def __add__(self, other, context=None):
        return self._binop(other, context, "+", _add)

    def __radd__(self, other, context=None):
        return self._binop(other, context, "+", _add, True)

    def __sub__(self, other, context=None):
        return self._binop(other, context, "-", _sub)

    def __rsub__(self, other, context=None):
        return self._binop(other, context, "-", _sub, True)

    def __mul__(self, other, context=None):
        return self._binop(other, context, "*", _mul)

    def __rmul__(self, other, context=None):
        return self._binop(other, context, "*", _mul, True)

    def __truediv__(self, other, context=None):
        return self._binop(other, context, "/", _div)

    def __rtruediv__(self, other, context=None):
        return self._binop(other, context, "/", _div, True)

    def __floordiv__(self, other, context=None):
        return self._binop(other, context, "//", _floordiv)

    def __rfloordiv__(self, other, context=None):
        return self._binop(other, context, "//", _floordiv, True)

    def __mod__(self, other, context=None):
        return self._binop(other, context, "%", _mod)

    def __rmod__(self, other, context=None):
        return self._binop(other, context, "%", _mod, True)

    def __divmod__(self, other, context=None):
        return self._binop(other, context, "divmod()", _divmod)

    def __rdivmod__(self, other, context=None):
        return self._binop(other, context, "divmod()", _divmod, True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._pow_mod(other, modulo, context)
        return self._binop(other, context, "** or pow()", _pow)

    def _pow_mod(self, other, modulo, context):
        """pow(self, other, modulo) of integral Decimals, exact (not rounded to the context)."""
        b, m = _convert(other), _convert(modulo)
        if b is NotImplemented or m is NotImplemented:
            return NotImplemented
        ctx = context or getcontext()
        conds = _Conditions()
        r = _pow_mod(self, b, m, ctx, conds)
        ctx._signal(conds)
        return r

    def __rpow__(self, other, context=None):
        return self._binop(other, context, "** or pow()", _pow, True)

    def remainder_near(self, other, context=None):
        """self - n * other with n the integer nearest self / other (ties to even)."""
        ctx = context or getcontext()
        other = _convert_strict(other)
        conds = _Conditions()
        r = _remainder_near(self, other, ctx, conds)
        ctx._signal(conds)
        return r

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context or getcontext()
        other, third = _convert_strict(other), _convert_strict(third)
        conds = _Conditions()
        exact = Context(prec=MAX_PREC, rounding=ctx.rounding, Emin=MIN_EMIN, Emax=MAX_EMAX,
                        traps=[])
        p = _mul(self, other, exact, conds)
        if p.is_nan() or self.is_nan() or other.is_nan():
            ctx._signal(conds)
            return p if not third.is_snan() else _check_nans(third, None, ctx, conds)
        conds = _Conditions()
        r = _add(p, third, ctx, conds)
        ctx._signal(conds)
        return r

    def _unary(self, context, fn):
        ctx = context or getcontext()
        conds = _Conditions()
        r = fn(self, ctx, conds)
        ctx._signal(conds)
        return r

    def __neg__(self, context=None):
        def neg(a, ctx, conds):
            nan = _check_nans(a, None, ctx, conds)
            if nan is not None:
                return nan
            if a._kind is None and not a._int and ctx.rounding != ROUND_FLOOR:
                return _fix(_finite(0, 0, a._exp), ctx, conds)
            return _fix(a.copy_negate(), ctx, conds)
        return self._unary(context, neg)

    def __pos__(self, context=None):
        def pos(a, ctx, conds):
            nan = _check_nans(a, None, ctx, conds)
            if nan is not None:
                return nan
            if a._kind is None and not a._int and ctx.rounding != ROUND_FLOOR:
                return _fix(_finite(0, 0, a._exp), ctx, conds)
            return _fix(a, ctx, conds)
        return self._unary(context, pos)

    def __abs__(self, round=True, context=None):
        def absolute(a, ctx, conds):
            nan = _check_nans(a, None, ctx, conds)
            if nan is not None:
                return nan
            return _fix(a.copy_abs(), ctx, conds)
        if not round:
            return self.copy_abs()
        return self._unary(context, absolute)

    def copy_abs(self):
        if self._kind is None:
            return _finite(0, self._int, self._exp)
        return _special(self._kind, 0, self._int)

    def copy_negate(self):
        if self._kind is None:
            return _finite(1 - self._sign, self._int, self._exp)
        return _special(self._kind, 1 - self._sign, self._int)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        if self._kind is None:
            return _finite(other._sign, self._int, self._exp)
        return _special(self._kind, other._sign, self._int)

    def sqrt(self, context=None):
        return self._unary(context, _sqrt)

    def exp(self, context=None):
        return self._unary(context, _exp)

    def ln(self, context=None):
        return self._unary(context, _ln)

    def log10(self, context=None):
        return self._unary(context, _log10)

    def logb(self, context=None):
        def logb(a, ctx, conds):
            nan = _check_nans(a, None, ctx, conds)
            if nan is not None:
                return nan
            if a._kind == "F":
                return _special("F", 0, 0)
            if not a._int:
                conds.add(DivisionByZero)
                return _special("F", 1, 0)
            return _fix(Decimal(a.adjusted()), ctx, conds)
        return self._unary(context, logb)

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _convert_strict(other)
        conds = _Conditions()
        nan = _check_nans(self, other, ctx, conds)
        if nan is None:
            if other._kind is not None or other._exp != 0:
                nan = _nan(conds)
            elif self._kind == "F":
                nan = self
        if nan is not None:
            ctx._signal(conds)
            return nan
        n = int(other)
        r = _fix(_finite(self._sign, self._int, self._exp + n), ctx, conds)
        ctx._signal(conds)
        return r

    # --- Logical operations: operands are integers written with the digits 0 and 1 ---

    def _logical(self, other, context, digit):
        ctx = context or getcontext()
        conds = _Conditions()
        b = _convert_strict(other)
        if not (_is_logical(self) and _is_logical(b)):
            r = _nan(conds)
        else:
            x, y = _logical_digits(self, ctx), _logical_digits(b, ctx)
            r = _finite(0, int("".join(digit(p, q) for p, q in zip(x, y))), 0)
        ctx._signal(conds)
        return r

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda p, q: "1" if p == q == "1" else "0")

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda p, q: "1" if "1" in (p, q) else "0")

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda p, q: "1" if p != q else "0")

    def logical_invert(self, context=None):
        ctx = context or getcontext()
        return self.logical_xor(_finite(0, int("1" * ctx.prec), 0), ctx)

    def _digit_move(self, other, context, rotate):
        ctx = context or getcontext()
        other = _convert_strict(other)
        conds = _Conditions()
        r = _check_nans(self, other, ctx, conds)
        if r is None:
            if other._kind is not None or other._exp != 0 or not -ctx.prec <= int(other) <= ctx.prec:
                r = _nan(conds)
            elif self._kind == "F":
                r = _special("F", self._sign, 0)
        if r is None:
            n = int(other)
            digits = _logical_digits(self, ctx)
            if rotate:
                moved = digits[n:] + digits[:n]
            elif n < 0:
                moved = ("0" * -n + digits)[:ctx.prec]
            else:
                moved = (digits + "0" * n)[n:]
            r = _finite(self._sign, int(moved), self._exp)
        ctx._signal(conds)
        return r

    def shift(self, other, context=None):
        return self._digit_move(other, context, False)

    def rotate(self, other, context=None):
        return self._digit_move(other, context, True)

    def normalize(self, context=None):
        def normalize(a, ctx, conds):
            nan = _check_nans(a, None, ctx, conds)
            if nan is not None:
                return nan
            r = _fix(a, ctx, conds)
            if r._kind is not None:
                return r
            if not r._int:
                return _finite(r._sign, 0, 0)
            c, e = r._int, r._exp
            emax = ctx.Etop() if ctx.clamp else ctx.Emax
            while c % 10 == 0 and e < emax:
                c //= 10
                e += 1
            return _finite(r._sign, c, e)
        return self._unary(context, normalize)

    reduce = normalize

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (or padded) to the exponent of exp."""
        ctx = context or getcontext()
        exp = _convert_strict(exp)
        rounding = rounding or ctx.rounding
        conds = _Conditions()
        r = _quantize(self, exp._exp if exp._kind is None else None, exp, rounding, ctx, conds)
        ctx._signal(conds)
        return r

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind is not None or other._kind is not None:
            return (self.is_nan() and other.is_nan()) or (self._kind == other._kind == "F")
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        conds = _Conditions()
        nan = _check_nans(self, None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if self._kind is not None or self._exp >= 0:
            return self
        return _rescale(self, 0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        conds = _Conditions()
        nan = _check_nans(self, None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if self._kind is not None or self._exp >= 0:
            return self
        r = _rescale(self, 0, rounding or ctx.rounding)
        if not r._int:
            r = _finite(self._sign, 0, 0)
        if _cmp(r, self) != 0:
            conds.add(Inexact)
        if self._int:
            conds.add(Rounded)
        ctx._signal(conds)
        return r

    def compare_total(self, other, context=None):
        """Compare by the total order: by sign, then -NaN < -sNaN < -Infinity < negative
        numbers, equal values by exponent, ... < Infinity < sNaN < NaN (payloads ordered)."""
        other = _convert_strict(other)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        rank = {None: 0, "F": 1, "N": 2, "n": 3}
        ra, rb = rank[self._kind], rank[other._kind]
        if ra != rb:
            c = (ra > rb) - (ra < rb)
        elif ra == 0:
            c = _cmp(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = (self._exp > other._exp) - (self._exp < other._exp)
        elif ra == 1:
            c = 0
        else:
            c = (self._int > other._int) - (self._int < other._int)
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_convert_strict(other).copy_abs())

    def _next(self, context, up):
        ctx = context or getcontext()
        conds = _Conditions()
        nan = _check_nans(self, None, ctx, conds)
        if nan is not None:
            ctx._signal(conds)
            return nan
        if self._kind == "F":
            if self._sign == (0 if up else 1):
                return self
            return _finite(self._sign, 10 ** ctx.prec - 1, ctx.Etop())
        # Round toward the direction first; if that moved, it is the neighbour. Otherwise add
        # a quantity below the smallest step, rounding it away.
        directed = ctx.copy()
        object.__setattr__(directed, "rounding", ROUND_CEILING if up else ROUND_FLOOR)
        directed.clear_traps()
        ignored = _Conditions()
        r = _fix(self, directed, ignored)
        if _cmp(r, self) != 0:
            return r
        tiny = _finite(0 if up else 1, 1, ctx.Etiny() - 1)
        return _add(self, tiny, directed, ignored)

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)


# --- Arithmetic on Decimals (a, b already Decimals; conditions noted in conds) ---------------


def _cmp(a, b):
    """-1, 0 or 1 comparing non-NaN Decimals a and b."""
    if a._kind == "F" or b._kind == "F":
        va = (-1 if a._sign else 1) if a._kind == "F" else 0
        vb = (-1 if b._sign else 1) if b._kind == "F" else 0
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
        # One infinite with the finite side: infinity's sign decides.
        inf = a if a._kind == "F" else b
        s = -1 if inf._sign else 1
        return s if inf is a else -s
    if not a._int and not b._int:
        return 0
    if not a._int:
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa, ab = a.adjusted(), b.adjusted()
    if aa != ab:
        return s if aa > ab else -s
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    else:
        cb *= 10 ** (b._exp - a._exp)
    return s * ((ca > cb) - (ca < cb))


def _add(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        if b._kind == "F" and a._sign != b._sign:
            return _nan(conds)
        return a
    if b._kind == "F":
        return b
    exp = min(a._exp, b._exp)
    if not a._int or not b._int:
        if not a._int and not b._int:
            sign = a._sign & b._sign
            if ctx.rounding == ROUND_FLOOR and a._sign != b._sign:
                sign = 1
            return _fix(_finite(sign, 0, exp), ctx, conds)
        x = b if not a._int else a
        zero = a if not a._int else b
        # Padding x down to the zero's exponent is exact, but only within the precision: a
        # longer padding is cut back (and so Rounded).
        ideal = min(x._exp, zero._exp)
        exp = max(ideal, x._exp + _ndigits(x._int) - ctx.prec)
        if exp > ideal:
            conds.add(Rounded)
        if exp < x._exp:
            x = _finite(x._sign, x._int * 10 ** (x._exp - exp), exp)
        return _fix(x, ctx, conds)
    # A far smaller operand only matters as a sticky digit below the rounding position.
    big, small = (a, b) if a._exp >= b._exp else (b, a)
    floor = big._exp + min(-1, _ndigits(big._int) - ctx.prec - 2)
    if small._exp + _ndigits(small._int) - 1 < floor:
        small = _finite(small._sign, 1, floor)
    exp = small._exp
    va = big._int * 10 ** (big._exp - exp)
    vb = small._int
    if big._sign:
        va = -va
    if small._sign:
        vb = -vb
    total = va + vb
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(_finite(sign, 0, exp), ctx, conds)
    return _fix(_finite(1 if total < 0 else 0, abs(total), exp), ctx, conds)


def _sub(a, b, ctx, conds):
    if b._kind in (None, "F"):
        b = b.copy_negate()
    return _add(a, b, ctx, conds)


def _mul(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == "F" or b._kind == "F":
        if (a._kind is None and not a._int) or (b._kind is None and not b._int):
            return _nan(conds)
        return _special("F", sign, 0)
    return _fix(_finite(sign, a._int * b._int, a._exp + b._exp), ctx, conds)


def _div(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == "F":
        if b._kind == "F":
            return _nan(conds)
        return _special("F", sign, 0)
    if b._kind == "F":
        conds.add(Clamped)
        return _finite(sign, 0, ctx.Etiny())
    if not b._int:
        if not a._int:
            return _nan(conds, DivisionUndefined)
        conds.add(DivisionByZero)
        return _special("F", sign, 0)
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(_finite(sign, 0, ideal), ctx, conds)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        # A sticky digit keeps an inexact quotient from looking like a tie.
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(_finite(sign, q, exp), ctx, conds)


def _rescale(a, exp, rounding):
    """a with exponent exp, rounding if digits are dropped (no context checks)."""
    if a._kind is not None:
        return a
    if not a._int:
        return _finite(a._sign, 0, exp)
    if a._exp >= exp:
        return _finite(a._sign, a._int * 10 ** (a._exp - exp), exp)
    c, _ = _round_int(a._sign, a._int, exp - a._exp, rounding)
    return _finite(a._sign, c, exp)


def _divide_int(a, b, ctx, conds):
    """(quotient, remainder) of finite a and nonzero b, or an InvalidOperation NaN pair."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp) if b._kind is None else a._exp
    if b._kind == "F":
        return _finite(sign, 0, 0), _rescale(a, ideal, ctx.rounding)
    expdiff = a.adjusted() - b.adjusted()
    if not a._int or expdiff <= -2:
        return _finite(sign, 0, 0), _rescale(a, ideal, ctx.rounding)
    if expdiff <= ctx.prec:
        ca, cb = a._int, b._int
        if a._exp >= b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        q, r = divmod(ca, cb)
        if q < 10 ** ctx.prec:
            return _finite(sign, q, 0), _finite(a._sign, r, ideal)
    n = _nan(conds, DivisionImpossible)
    return n, n


def _divmod_special(a, b, ctx, conds):
    """The result pair when a or b is special or b is zero, else None."""
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._kind == "F":
        if b._kind == "F":
            n = _nan(conds)
            return n, n
        return _special("F", sign, 0), _nan(conds)
    if b._kind is None and not b._int:
        if not a._int:
            n = _nan(conds, DivisionUndefined)
            return n, n
        conds.add(DivisionByZero)
        return _special("F", sign, 0), _nan(conds)
    return None


def _floordiv(a, b, ctx, conds):
    s = _divmod_special(a, b, ctx, conds)
    if s is not None:
        if b._kind is None and not b._int and a._kind is None and a._int:
            conds.items.remove(InvalidOperation) if InvalidOperation in conds.items else None
        return s[0]
    return _divide_int(a, b, ctx, conds)[0]


def _mod(a, b, ctx, conds):
    s = _divmod_special(a, b, ctx, conds)
    if s is not None:
        if DivisionByZero in conds.items:
            conds.items.remove(DivisionByZero)
        return s[1]
    r = _divide_int(a, b, ctx, conds)[1]
    return _fix(r, ctx, conds)


def _divmod(a, b, ctx, conds):
    s = _divmod_special(a, b, ctx, conds)
    if s is not None:
        if DivisionByZero in conds.items and InvalidOperation in conds.items:
            conds.items.remove(InvalidOperation)
        return s
    q, r = _divide_int(a, b, ctx, conds)
    return q, _fix(r, ctx, conds)


def _pow(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    integral = b._kind is None and (b._exp >= 0 or b._int % 10 ** -b._exp == 0)
    if not integral:
        return _pow_nonintegral(a, b, ctx, conds)
    n = int(b)
    odd = n & 1
    if a._kind == "F":
        sign = a._sign if odd else 0
        if n == 0:
            return _finite(0, 1, 0)
        if n > 0:
            return _special("F", sign, 0)
        return _finite(sign, 0, 0)
    sign = a._sign if odd else 0
    if not a._int:
        if n == 0:
            return _nan(conds)
        if n > 0:
            return _fix(_finite(sign, 0, 0), ctx, conds)
        return _special("F", sign, 0)
    if n == 0:
        return _finite(0, 1, 0)
    return _pow_int(a, n, b, sign, ctx, conds)


def _pow_nonintegral(a, b, ctx, conds):
    """a ** b for an infinite or non-integral b."""
    if a._sign and (a._kind == "F" or a._int):
        return _nan(conds)
    negative_b = b._sign == 1
    if a._kind == "F":
        return _finite(0, 0, 0) if negative_b else _special("F", 0, 0)
    if not a._int:
        return _special("F", 0, 0) if negative_b else _finite(0, 0, 0)
    one = a._int == 10 ** (-a._exp) if a._exp <= 0 else False
    if b._kind == "F":
        if one:
            conds.add(Inexact)
            conds.add(Rounded)
            return _finite(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if (a.adjusted() < 0) != negative_b:
            return _finite(0, 0, 0)
        return _special("F", 0, 0)
    return _pow_real(a, b, ctx, conds)


def _pow_int(a, n, b, sign, ctx, conds):
    """a ** n for finite nonzero a and integer n != 0, as the C module computes it: binary
    powering with each product rounded half-even to a few digits beyond the precision (after
    taking 1/a for negative n), then one rounding to the context."""
    if abs(n) * max(a.adjusted(), -a.adjusted() - 1, 1) > 4 * (ctx.Emax + ctx.prec):
        # Far beyond the exponent range either way: overflow or underflow outright.
        big = (a.adjusted() >= 0) == (n > 0)
        if a._int == 1 and a._exp == 0:
            return _finite(sign, 1, 0)
        if big:
            return _overflow(sign, ctx, conds)
        return _fix(_finite(sign, 1, ctx.Etiny() - 2), ctx, conds)
    work = Context(prec=ctx.prec + _ndigits(b._int) + b._exp + 2, rounding=ROUND_HALF_EVEN,
                   Emin=ctx.Emin, Emax=ctx.Emax, clamp=0, traps=[])
    ignored = _Conditions()
    base = _finite(0, a._int, a._exp)
    if n < 0:
        object.__setattr__(work, "prec", work.prec + 1)
        base = _div(_finite(0, 1, 0), base, work, ignored)
        n = -n
    r = base
    for bit in bin(n)[3:]:
        r = _mul(r, r, work, ignored)
        if bit == "1":
            r = _mul(r, base, work, ignored)
        if r._kind is not None or (not r._int and Clamped in ignored.items):
            break
    if r._kind == "F":
        return _overflow(sign, ctx, conds)
    return _fix(_finite(sign, r._int, r._exp), ctx, conds)


def _remainder_near(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        return _nan(conds)
    if b._kind == "F":
        return _fix(a, ctx, conds)
    if not b._int:
        return _nan(conds, DivisionUndefined if not a._int else InvalidOperation)
    ideal = min(a._exp, b._exp)
    if not a._int:
        return _fix(_finite(a._sign, 0, ideal), ctx, conds)
    if a.adjusted() - b.adjusted() > ctx.prec:
        return _nan(conds, DivisionImpossible)
    ca = a._int * 10 ** (a._exp - ideal)
    cb = b._int * 10 ** (b._exp - ideal)
    q, r = divmod(ca, cb)
    if 2 * r > cb or (2 * r == cb and q & 1):
        r -= cb
        q += 1
    if _ndigits(q) > ctx.prec:
        return _nan(conds, DivisionImpossible)
    sign = a._sign if r >= 0 else 1 - a._sign
    return _fix(_finite(sign, abs(r), ideal), ctx, conds)


def _quantize(a, target, texp, rounding, ctx, conds):
    nan = _check_nans(a, texp, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F" or texp._kind == "F":
        if a._kind == "F" and texp._kind == "F":
            return a
        return _nan(conds)
    if not ctx.Etiny() <= target <= ctx.Emax:
        return _nan(conds)
    if not a._int:
        return _fix(_finite(a._sign, 0, target), ctx, conds)
    if a.adjusted() > ctx.Emax or a.adjusted() - target + 1 > ctx.prec:
        return _nan(conds)
    r = _rescale(a, target, rounding)
    if r.adjusted() > ctx.Emax or _ndigits(r._int) > ctx.prec:
        return _nan(conds)
    if r._int and r.adjusted() < ctx.Emin:
        conds.add(Subnormal)
    if r._exp > a._exp:
        if _cmp(r, a) != 0:
            conds.add(Inexact)
        conds.add(Rounded)
    return _fix(r, ctx, conds)


def _sqrt(a, ctx, conds):
    nan = _check_nans(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        if a._sign:
            return _nan(conds)
        return a
    if not a._int:
        return _fix(_finite(a._sign, 0, a._exp // 2), ctx, conds)
    if a._sign:
        return _nan(conds)
    # Scale c * 10**e so that the exponent is even and the root has prec + 1 digits; the
    # root is exact when the scaled square is, else a sticky digit is set.
    e = a._exp >> 1
    if a._exp & 1:
        c = a._int * 10
        half_len = (_ndigits(a._int) >> 1) + 1
    else:
        c = a._int
        half_len = (_ndigits(a._int) + 1) >> 1
    shift = ctx.prec + 1 - half_len  # one digit more than the precision
    if shift >= 0:
        c *= 100 ** shift
        exact = True
    else:
        c, rest = divmod(c, 100 ** -shift)
        exact = not rest
    e -= shift
    n = _math.isqrt(c)
    if exact and n * n == c:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        e += shift
    elif n % 5 == 0:
        n += 1
    half_even = ctx.copy()
    object.__setattr__(half_even, "rounding", ROUND_HALF_EVEN)
    sub = _Conditions()
    r = _fix(_finite(0, n, e), half_even, sub)
    for cnd in sub.items:
        conds.add(cnd)
    if r._kind is None and not exact:
        pass
    return r


# exp, ln and log10: computed with guard digits by series on ints, repeating with more digits
# until the rounding is certain (the result of these is never exact except for trivial cases).


def _scaled_ln(c, e, p):
    """ln(c * 10**e) * 10**p as an int, with an error below a few units."""
    # ln(x) = ln(m) + k ln(10) with x = m * 10**k, 0.1 <= m < 1 roughly; ln(m) by atanh series.
    guard = p + 10
    nd = _ndigits(c)
    k = nd + e
    one = 10 ** guard
    m = c * one // 10 ** nd  # m / one in [0.1, 1)
    # Bring m close to 1 by square roots: ln(m) = 2**s ln(m**(1/2**s)).
    s = 0
    while abs(m - one) * 1000 > one:
        m = _math.isqrt(m * one)
        s += 1
    # ln(m) = 2 atanh(z), z = (m - 1) / (m + 1); summed on |z| so that divisions truncate
    # toward zero and the terms reach 0.
    negative = m < one
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    ln_m = 2 * total * 2 ** s
    if negative:
        ln_m = -ln_m
    ln10 = _ln10(guard)
    r = ln_m + k * ln10
    return r // 10 ** (guard - p) if guard >= p else r * 10 ** (p - guard)


_LN10_CACHE = [0, 0]


def _ln10(p):
    """ln(10) * 10**p."""
    if _LN10_CACHE[0] >= p:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - p)
    q = p + 10
    one = 10 ** q
    # ln(10) = 3 ln 2 + ln(1.25); each by atanh: ln((1+z)/(1-z)) = 2 atanh z.
    def atanh_inv(n):
        # atanh(1/n) * one
        total, term, i = 0, one // n, 1
        n2 = n * n
        while term:
            total += term // i
            term //= n2
            i += 2
        return total
    ln2 = 2 * atanh_inv(3)
    ln125 = 2 * atanh_inv(9)
    v = 3 * ln2 + ln125
    _LN10_CACHE[0], _LN10_CACHE[1] = q, v
    return v // 10 ** (q - p)


def _round_guarded(sign, v, exp, extra, ctx, conds):
    """Round approximation v * 10**exp (error < 10**(extra - 3) units), or None when the
    rounding is uncertain at this many guard digits."""
    m = 10 ** (extra)
    low = (v - 100) // m * m
    high = (v + 100) // m * m
    if low != high:
        return None
    c = abs(v)
    r = _fix(_finite(sign, c, exp), ctx, conds)
    conds.add(Inexact)
    conds.add(Rounded)
    return r


def _series_result(a, ctx, conds, compute, half_even=True):
    """Run compute(p) -> (sign, v, exp) with growing precision until it rounds certainly.
    exp, ln and log10 are always rounded half-even, whatever the context's rounding. A value
    that stays next to a boundary at a few hundred extra digits is taken to be on it (exact
    powers such as 4 ** 0.5), as the C module's result there is too."""
    if half_even:
        ctx = ctx.copy()
        object.__setattr__(ctx, "rounding", ROUND_HALF_EVEN)
    extra = 10
    while True:
        p = ctx.prec + extra
        sign, v, exp = compute(p)
        # The error is far below 10**8 units of v's last digit: digits below the rounding
        # position must keep that far from a rounding boundary.
        nd = _ndigits(abs(v))
        drop = nd - ctx.prec
        if drop > 10:
            m = 10 ** drop
            margin = 10 ** 8
            rem = abs(v) % m
            half = m // 2
            certain = margin < rem < m - margin and abs(rem - half) > margin
            if certain or extra > 300:
                if not certain:
                    # On a boundary: settle it half-even a few digits further down first.
                    c, _ = _round_int(0, abs(v), drop - 5, ROUND_HALF_EVEN)
                    v, exp = c, exp + drop - 5
                r = _fix(_finite(sign, abs(v), exp), ctx, conds)
                conds.add(Inexact)
                conds.add(Rounded)
                return r
        if extra > 300:
            raise NotImplementedError("Decimal result needs more precision than supported")
        extra *= 2


def _exp_scaled(x, guard):
    """(total, k) with exp(x / 10**guard) ~ total / 10**guard * 10**k."""
    one = 10 ** guard
    # exp(x) = 10**k * exp(x - k ln 10) keeps the mantissa in range; then y = x / 2**s is
    # small enough for the series, and squaring s times undoes the halving.
    ln10 = _ln10(guard)
    k = x // ln10
    y = x - k * ln10
    s = 0
    while y > one // 1000:
        y //= 2
        s += 1
    total, term, i = one, one, 1
    while term:
        term = term * y // (one * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    return total, k


def _exp(a, ctx, conds):
    nan = _check_nans(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        return _finite(0, 0, 0) if a._sign else a
    if not a._int:
        return _finite(0, 1, 0)
    if a.adjusted() > 7:
        ctx = ctx.copy()
        object.__setattr__(ctx, "rounding", ROUND_HALF_EVEN)
        if a._sign:
            return _fix(_finite(0, 1, ctx.Etiny() - 2), ctx, conds)
        return _overflow(0, ctx, conds)

    def compute(p):
        guard = p + 10
        x = a._int * 10 ** guard
        x = x * 10 ** a._exp if a._exp >= 0 else x // 10 ** -a._exp
        if a._sign:
            x = -x
        total, k = _exp_scaled(x, guard)
        return 0, total, k - guard
    return _series_result(a, ctx, conds, compute)


def _pow_real(a, b, ctx, conds):
    """a ** b for finite a > 0 (not 1) and finite non-integral b: exp(b ln a), rounded with the
    context's rounding."""
    # Estimate log10 of the result to catch overflow and underflow early.
    mant = a._int / 10 ** (_ndigits(a._int) - 1) if _ndigits(a._int) < 300 else 1.0
    est = float(b) * (a.adjusted() + _math.log10(mant))
    if est > ctx.Emax + 2:
        return _overflow(0, ctx, conds)
    if est < ctx.Etiny() - 2:
        return _fix(_finite(0, 1, ctx.Etiny() - 2), ctx, conds)
    ydigits = max(0, b.adjusted() + 1)

    def compute(p):
        guard = p + 10 + ydigits + _ndigits(abs(a.adjusted()))
        t = _scaled_ln(a._int, a._exp, guard) * b._int
        t = t * 10 ** b._exp if b._exp >= 0 else t // 10 ** -b._exp
        if b._sign:
            t = -t
        total, k = _exp_scaled(t, guard)
        return 0, total, k - guard
    return _series_result(a, ctx, conds, compute, half_even=False)


def _ln(a, ctx, conds):
    nan = _check_nans(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        if a._sign:
            return _nan(conds)
        return a
    if not a._int:
        return _special("F", 1, 0)
    if a._sign:
        return _nan(conds)
    if a._exp <= 0 and a._int == 10 ** -a._exp:
        return _finite(0, 0, 0)  # ln(1) is exact in any representation of 1

    def compute(p):
        # Enough digits after the point for p significant digits of the result.
        adj = max(0, _ndigits(abs(a.adjusted()) + 1))
        q = p + 2
        v = _scaled_ln(a._int, a._exp, q)
        return (1 if v < 0 else 0), abs(v), -q
    return _series_result(a, ctx, conds, compute)


def _log10(a, ctx, conds):
    nan = _check_nans(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == "F":
        if a._sign:
            return _nan(conds)
        return a
    if not a._int:
        return _special("F", 1, 0)
    if a._sign:
        return _nan(conds)
    c, e = a._int, a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        return _fix(Decimal(e), ctx, conds)

    def compute(p):
        q = p + 2
        v = _scaled_ln(a._int, a._exp, q + 5) * 10 ** q // _ln10(q + 5)
        return (1 if v < 0 else 0), abs(v), -q
    return _series_result(a, ctx, conds, compute)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return _special("F", sign, 0)
    if not isinstance(digits, tuple):
        digits = tuple(digits)
    value = 0
    for dig in digits:
        if not isinstance(dig, int) or not 0 <= dig <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        value = value * 10 + dig
    if exp in ("n", "N"):
        return _special(exp, sign, value)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _finite(sign, value, exp)


# --- Formatting ------------------------------------------------------------------------------


def _format_decimal(d, spec):
    """format(d, spec) for the presentation types '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'
    with fill, alignment, sign, zero padding, width, grouping and precision."""
    fill, align, sign, zero, width, grouping, prec, kind = _parse_spec(spec)
    ctx = getcontext()
    sign_str = "-" if d._sign else (sign if sign in "+ " else "")
    if grouping == "_":
        raise ValueError("invalid format string")
    if d._kind is not None:
        body = str(d.copy_abs()) + ("%" if kind == "%" else "")
        if zero and align is None:
            # Zero padding does not apply to infinities and NaNs: they are right-aligned.
            zero, align = False, ">"
        return _pad(sign_str, body, fill, align, zero, width)
    if kind is None:
        kind = "G" if ctx.capitals else "g"
    if kind == "%":
        d = _finite(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    if prec is not None:
        if kind in "eE":
            d = _round_sig(d, prec + 1, rounding)
        elif kind in "fF%":
            d = _rescale(d, -prec, rounding)
        elif kind in "gGn" and _ndigits(d._int) > prec:
            d = _round_sig(d, prec, rounding)
    if not d._int and d._exp > 0 and kind in "fF%":
        d = _rescale(d, 0, rounding)
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if kind in "eE":
        dotplace = 1 - prec if (not d._int and prec is not None) else 1
    elif kind in "fF%":
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart, fracpart = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace] or "0", digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart:
        fracpart = "." + fracpart
    if exp != 0 or kind in "eE":
        fracpart += ("E" if kind in "EG" else "e") + "%+d" % exp
    if kind == "%":
        fracpart += "%"
    min_width = width - len(fracpart) - len(sign_str) if zero else 0
    intpart = _group(intpart, grouping, min_width)
    return _pad(sign_str, intpart + fracpart, fill, align, zero, width)


def _round_sig(d, places, rounding):
    """d rounded to `places` significant digits."""
    if not d._int:
        return d
    r = _rescale(d, d.adjusted() + 1 - places, rounding)
    if r.adjusted() != d.adjusted():
        # Rounding carried into a new digit (99.97 to 3 places): drop the extra zero.
        r = _rescale(r, r.adjusted() + 1 - places, rounding)
    return r


def _parse_spec(spec):
    fill, align = " ", None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if i < len(spec) and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    zero = False
    if i < len(spec) and spec[i] == "0":
        zero = True
        i += 1
    j = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    grouping = ""
    if i < len(spec) and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    prec = None
    if i < len(spec) and spec[i] == ".":
        j = i + 1
        i = j
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("Invalid format specifier")
        prec = int(spec[j:i])
    kind = spec[i:] or None
    if kind is not None and (len(kind) > 1 or kind not in "eEfFgGn%"):
        raise ValueError("Invalid format specifier")
    return fill, align, sign, zero, width, grouping, prec, kind


def _group(digits, sep, min_width):
    """digits in groups of three joined by sep, zero-padded to min_width (the zero padding is
    grouped too, and a separator never leads)."""
    if not sep:
        return digits.rjust(max(min_width, 1), "0")
    groups = []
    while True:
        n = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-n:].rjust(n, "0") if digits else "0" * n)
        digits = digits[:-n] if len(digits) > n else ""
        min_width -= n
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _pad(sign, body, fill, align, zero, width):
    if zero and align is None:
        fill, align = "0", "="
    if align is None:
        align = ">"
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * n
    if align == ">":
        return fill * n + sign + body
    if align == "=":
        return sign + fill * n + body
    left = n // 2
    return fill * left + sign + body + fill * (n - left)


_numbers.Number.register(Decimal)
