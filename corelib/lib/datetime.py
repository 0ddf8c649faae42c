"""datetime: dates, times, durations and fixed-offset time zones (proleptic Gregorian).

Values are immutable; each class keeps its fields in slots and derives everything else
from them. Day arithmetic goes through ordinals (1 = 0001-01-01)."""

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d)


def _ord_to_ymd(n):
    """(year, month, day) of ordinal n, by 400-, 100-, 4- and 1-year cycles."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _index(v):
    """An int argument within C int range, with CPython's overflow messages."""
    if isinstance(v, int):
        v = int(v)
    elif isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    else:
        v = v.__index__()
    if not -2 ** 31 <= v < 2 ** 31:
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is %s" % ("less than minimum" if v < 0 else
                                                      "greater than maximum"))
    return v


def _check_date(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    """The class name CPython shows: module-qualified for the datetime types themselves."""
    cls = type(obj)
    if cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _format_offset(off, sep=":"):
    """+HH:MM, with :SS and .ffffff only when present."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    """strftime after replacing %z, %Z and %f, which need the object, not a time tuple."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "").replace("%", "%%"))
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), timetuple)


def _round_half_even(num, den):
    """num / den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    """C's round(): halves go away from zero."""
    f = _math.floor(x)
    d = x - f
    if d > 0.5 or (d == 0.5 and x > 0):
        return f + 1.0
    return float(f)


def _ratio(v):
    """An int or float as an exact (numerator, denominator)."""
    if isinstance(v, float):
        return v.as_integer_ratio()
    return _index(v), 1


def _c_args(fname, kwlist, nmin, npos, args, kw, defaults):
    """The arguments of a call to one of CPython's C constructors, in `kwlist` order (missing
    optional ones from `defaults`), checked in the order PyArg_ParseTupleAndKeywords checks
    them so the same error comes first. `fname` None words messages as "function"."""
    name = "function" if fname is None else fname + "()"
    n, nargs, nkw = len(kwlist), len(args), len(kw)
    if nargs + nkw > n:
        raise TypeError("%s takes at most %d %sargument%s (%d given)"
                        % (name, n, "keyword " if nargs == 0 else "", "" if n == 1 else "s",
                           nargs + nkw))
    if nargs > npos:
        raise TypeError("%s takes at most %d positional argument%s (%d given)"
                        % (name, npos, "" if npos == 1 else "s", nargs))
    values = list(args)
    left = nkw
    for i in range(nargs, n):
        key = kwlist[i]
        if left and key in kw:
            values.append(kw[key])
            left -= 1
            continue
        if i < nmin:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (name, key, i + 1))
        if not left:
            return values + list(defaults[len(values):])
        values.append(defaults[i])
    for i in range(nargs):
        if kwlist[i] in kw:
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (name, kwlist[i], i + 1))
    for key in kw:
        if key not in kwlist:
            raise TypeError("'%s' is an invalid keyword argument for %s"
                            % (key, "this function" if fname is None else fname + "()"))
    return values


def _pickle_state(value, size, month_at, limit):
    """The bytes of a pickled date/time/datetime passed to the constructor, or None.

    CPython's pickles carry the fields packed in bytes (Python 2 pickles: a latin-1 str);
    the byte at `month_at` (month, or hour for time) is range-checked as CPython does."""
    if isinstance(value, str):
        if len(value) != size:
            return None
        try:
            value = value.encode("latin1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a date or "
                             "datetime object. pickle.load(data, encoding='latin1') is "
                             "assumed.") from None
    if not isinstance(value, bytes) or len(value) != size:
        return None
    v = value[month_at] & 0x7F
    if month_at == 0 and v <= limit or month_at != 0 and 1 <= v <= limit:
        return value
    return None


def _rebuild(obj, memo):
    """A copy made from obj.__reduce__() (the copy module uses __copy__/__deepcopy__)."""
    r = obj.__reduce__()
    args = r[1]
    state = r[2] if len(r) > 2 else None
    if memo is not None:
        import copy
        args = copy.deepcopy(args, memo)
        state = copy.deepcopy(state, memo)
    y = r[0](*args)
    if state:
        y.__dict__.update(state)
    return y


class _Value:
    """Copying for the immutable datetime values."""
    __slots__ = ()

    def __copy__(self):
        return _rebuild(self, None)

    def __deepcopy__(self, memo):
        return _rebuild(self, memo)


_TIMEDELTA_ARGS = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
                   "weeks")


class timedelta(_Value):
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kw):
        if kw or len(args) > 7:
            args = _c_args("__new__", _TIMEDELTA_ARGS, 0, 7, args, kw, (0,) * 7)
        (days, seconds, microseconds, milliseconds, minutes, hours,
         weeks) = (*args, *(0,) * (7 - len(args)))
        # Whole microseconds add exactly; the fractional microseconds of float arguments
        # gather in a float rounded once at the end (half to even), as CPython does.
        total = 0
        leftover = 0.0
        for name, v, unit in (("microseconds", microseconds, 1),
                              ("milliseconds", milliseconds, 1000),
                              ("seconds", seconds, 1000000), ("minutes", minutes, 60000000),
                              ("hours", hours, 3600000000), ("days", days, _US_PER_DAY),
                              ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(v, int):
                total += int(v) * unit
            elif isinstance(v, float):
                if v != v:
                    raise ValueError("cannot convert float NaN to integer")
                if v in (float("inf"), float("-inf")):
                    raise OverflowError("cannot convert float infinity to integer")
                frac, whole = _math.modf(v)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(frac * unit)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, self._microseconds = divmod(us, 1000000)
        self._days, self._seconds = divmod(s, 86400)
        if not -2 ** 31 <= self._days < 2 ** 31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(self._days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % self._days)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(args) or "0")

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % _type_name(self))
        return str(self)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            a, b = _ratio(other)
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_round_half_even(self._us() * b, a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _require_str(s):
    if not isinstance(s, str):
        raise TypeError("fromisoformat: argument must be str")


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not all("0" <= c <= "9" for c in part):
        raise ValueError
    return int(part)


def _date_part_len(s):
    """Length of the date in an ISO string: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    if len(s) < 7:
        raise ValueError
    if s[4] == "-":
        if s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if s[4] == "W":
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


def _parse_iso_date(s):
    """(year, month, day) of a whole ISO date string."""
    year = _digits(s, 0, 4)
    ext = s[4:5] == "-"
    i = 5 if ext else 4
    if s[i:i + 1] == "W":
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < len(s):
            if ext:
                if s[i] != "-":
                    raise ValueError
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != len(s):
            raise ValueError
        return date._iso_to_ymd(year, week, day)
    month = _digits(s, i, 2)
    i += 2
    if ext:
        if s[i:i + 1] != "-":
            raise ValueError
        i += 1
    day = _digits(s, i, 2)
    if i + 2 != len(s):
        raise ValueError
    return year, month, day


def _parse_hms(s):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]]."""
    comps = [0, 0, 0, 0]
    i = 0
    sep = s[2:3] == ":"
    for k in range(3):
        comps[k] = _digits(s, i, 2)
        i += 2
        if i >= len(s):
            return comps
        if k < 2:
            c = s[i]
            if sep:
                if c != ":":
                    if k == 2:
                        break
                    raise ValueError
                i += 1
            elif c in ".,":
                raise ValueError
    if k != 2 or s[i] not in ".,":
        raise ValueError
    frac = s[i + 1:]
    if not frac or not all("0" <= c <= "9" for c in frac):
        raise ValueError
    comps[3] = int((frac[:6] + "000000")[:6])
    return comps


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with optional offset."""
    tzi = None
    cut = len(s)
    for j, c in enumerate(s):
        if c in "+-Z":
            cut = j
            break
    t = _parse_hms(s[:cut])
    tz = s[cut:]
    if tz == "Z":
        tzi = timezone.utc
    elif tz:
        body = tz[1:]
        if len(body) in (0, 1, 3):
            raise ValueError
        h, m, sec, us = _parse_hms(body)
        off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
        tzi = -off if tz[0] == "-" else off
    return t[0], t[1], t[2], t[3], tzi


def _iso_tz(off):
    """The tzinfo of a parsed ISO offset (made outside the parsing, so a bad offset
    reports its own error)."""
    if off is None or isinstance(off, tzinfo):
        return off
    return timezone.utc if not off else timezone(off)


class date(_Value):
    """A date of the proleptic Gregorian calendar: year, month, day."""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kw):
        if kw or not 1 <= len(args) <= 3:
            args = _c_args(None, ("year", "month", "day"), 3, 3, args, kw, (None, None, None))
        year, month, day = (*args, None, None)[:3]
        state = _pickle_state(year, 4, 2, 12)
        if state is not None and month is None:
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        _require_str(s)
        if len(s) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            ymd = _parse_iso_date(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(*ymd)

    @staticmethod
    def _iso_to_ymd(year, week, day, what="weekday"):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first_wd = _ymd_to_ord(year, 1, 1) % 7
                ok = first_wd == 4 or (first_wd == 3 and _is_leap(year))
            if not ok:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid %s: %d (range is [1, 7])" % (what, day))
        return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _index(year), _index(week), _index(day)
        return cls(*date._iso_to_ymd(year, week, day, "day"))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
        return _time.struct_time((y, m, d, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) \
            and not isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() != other._key()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_name(other), _type_name(self)))
        if isinstance(other, date):
            a, b = self._key(), other._key()
            return op(a, b)
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, tuple.__lt__)

    def __le__(self, other):
        return self._order(other, tuple.__le__)

    def __gt__(self, other):
        return self._order(other, tuple.__gt__)

    def __ge__(self, other):
        return self._order(other, tuple.__ge__)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 0xFF, self._month,
                                    self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo(_Value):
    """Abstract base class for time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None)
        return (type(self), args, dict(state) if state else None)


_TIME_DEFAULTS = (0, 0, 0, 0, None, 0)


class time(_Value):
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, *args, **kw):
        if kw or len(args) > 5:
            args = _c_args(None, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"),
                           0, 5, args, kw, _TIME_DEFAULTS)
        hour, minute, second, microsecond, tzinfo, fold = (*args, *_TIME_DEFAULTS[len(args):])
        state = _pickle_state(hour, 6, 0, 23)
        if state is not None:
            tzinfo = None if minute == 0 else minute
            hour, minute, second = state[0] & 0x7F, state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            fold = state[0] >> 7
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        _require_str(s)
        if s.startswith("T"):
            s2 = s[1:]
        else:
            s2 = s
        try:
            h, m, sec, us, tz = _parse_iso_time(s2)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(h, m, sec, us, _iso_tz(tz))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def __repr__(self):
        s = "%s(%d, %d" % (_type_name(self), self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _cmp(self, other, eq):
        """-1, 0 or 1; None when naive and aware times are tested for equality."""
        a, b = self._us(), other._us()
        if self._tzinfo is not other._tzinfo:
            ao, bo = self.utcoffset(), other.utcoffset()
            if (ao is None) != (bo is None):
                if eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            if ao is not None:
                a -= ao._us()
                b -= bo._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash(t._us() - off._us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, proto):
        us = self._microsecond
        hour = self._hour | (128 if self._fold and proto > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_DATETIME_ARGS = ("year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo",
                  "fold")
_DATETIME_DEFAULTS = (None, None, None, 0, 0, 0, 0, None, 0)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kw):
        if kw or not 1 <= len(args) <= 8:
            args = _c_args(None, _DATETIME_ARGS, 3, 8, args, kw, _DATETIME_DEFAULTS)
        (year, month, day, hour, minute, second, microsecond, tzinfo,
         fold) = (*args, *_DATETIME_DEFAULTS[len(args):])
        state = _pickle_state(year, 10, 2, 12)
        if state is not None:
            tzinfo = month
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            fold = state[2] >> 7
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            frac, t = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
            t = int(t)
        else:
            if not isinstance(t, int):
                if not hasattr(type(t), "__index__"):
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(t).__name__)
                t = t.__index__()
            us = 0
        conv = _time.gmtime if utc else _time.localtime
        try:
            y, m, d, hh, mm, ss = conv(t)[:6]
        except OverflowError:
            raise OverflowError("timestamp out of range for platform time_t") from None
        except OSError:
            raise ValueError("year is out of range") from None
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        elif not utc:
            # A local time repeated by a backward transition within the last day is the
            # second of the two (fold=1) if an earlier instant also shows it.
            day = 86400
            try:
                y, m, d, hh, mm, ss = conv(t - day)[:6]
            except (OverflowError, OSError):
                return result
            shift = result - cls(y, m, d, hh, mm, ss, us) - timedelta(seconds=day)
            if shift.days < 0:
                y, m, d, hh, mm, ss = conv(t + shift // timedelta(seconds=1))[:6]
                if cls(y, m, d, hh, mm, ss, us) == result:
                    result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        _require_str(s)
        try:
            n = _date_part_len(s)
            ymd = _parse_iso_date(s[:n])
            hms = (0, 0, 0, 0, None)
            if len(s) > n:
                rest = s[n + 1:]
                if not rest:
                    raise ValueError
                hms = _parse_iso_time(rest)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(*ymd, *hms[:4], _iso_tz(hms[4]))

    @classmethod
    def strptime(cls, data, fmt):
        import _strptime
        tt, fraction, gmtoff_fraction = _strptime._strptime(data, fmt)
        zone, gmtoff = tt[-2:]
        args = tt[:6] + (fraction,)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, zone) if zone else timezone(delta)
            args += (tz,)
        return cls(*args)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        y, m, d = self._year, self._month, self._day
        yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second,
                                  self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        y, m, d = t._year, t._month, t._day
        yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
        return _time.struct_time((y, m, d, t._hour, t._minute, t._second, t.weekday(),
                                  yday, 0))

    def _local_seconds(self):
        """Seconds since the epoch of this naive local time: the u with local(u) == t,
        the later one when fold is 1; in a gap, the fold picks the edge."""
        day = 86400
        t = self._naive_seconds()

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return datetime(y, m, d, hh, mm, ss)._naive_seconds()

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (day if self._fold else -day)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        if local(u2) == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def _naive_seconds(self):
        return (self.toordinal() - _EPOCH_ORDINAL) * 86400 + (self._hour * 60 + self._minute) * 60 \
            + self._second

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                            "'%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            ts = self._local_seconds()
            lt = _time.localtime(ts)
            off = timedelta(seconds=lt.tm_gmtoff)
            base = self.replace(tzinfo=None)
        else:
            base = self.replace(tzinfo=None)
        if self._tzinfo is tz:
            return self
        utc = (base - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        lt = _time.localtime(ts)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            if not isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                                % type(sep).__name__)
            raise TypeError("isoformat() argument 1 must be a unicode character, not str")
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_type_name(self), self._year, self._month, self._day,
                                       self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _total_us(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def _cmp(self, other, eq):
        a, b = self._total_us(), other._total_us()
        if self._tzinfo is not other._tzinfo:
            ao, bo = self.utcoffset(), other.utcoffset()
            if (ao is None) != (bo is None):
                if eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if ao is not None:
                a -= ao._us()
                b -= bo._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            return op(self._cmp(other, False), 0)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, int.__lt__)

    def __le__(self, other):
        return self._order(other, int.__le__)

    def __gt__(self, other):
        return self._order(other, int.__gt__)

    def __ge__(self, other):
        return self._order(other, int.__ge__)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            us = t._total_us()
            if off:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._total_us() + other._us()
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        s, us = divmod(rest, 1000000)
        mm, ss = divmod(s, 60)
        hh, mm = divmod(mm, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._total_us(), other._total_us()
        if self._tzinfo is not other._tzinfo:
            ao, bo = self.utcoffset(), other.utcoffset()
            if (ao is None) != (bo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if ao is not None:
                a -= ao._us()
                b -= bo._us()
        return timedelta._from_us(a - b)

    def __reduce_ex__(self, proto):
        us = self._microsecond
        month = self._month | (128 if self._fold and proto > 3 else 0)
        state = bytes((self._year >> 8, self._year & 0xFF, month, self._day, self._hour,
                       self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, *args, **kw):
        if kw or not 1 <= len(args) <= 2:
            args = _c_args("timezone", ("offset", "name"), 1, 2, args, kw, (None, None))
        offset, name = (*args, None)[:2]
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        name = "datetime.timezone" if type(self) is timezone else type(self).__name__
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, fname):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (fname, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)

# CPython's messages call these types by their C names ('datetime.date').
import _kestrel_types
for _cls in _OWN_TYPES:
    _kestrel_types.set_c_name(_cls, "datetime." + _cls.__name__)
del _cls, _kestrel_types

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")
