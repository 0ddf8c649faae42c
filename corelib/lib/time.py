"""time: clocks, sleep, and conversions between timestamps, struct_time and text.

The clocks and the C library's calendar calls are native (`_time`); this module checks
arguments as CPython's does and adds struct_time, asctime and strptime."""

import _time
from _time import time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, \
    process_time, process_time_ns, thread_time, thread_time_ns, clock_gettime, \
    clock_gettime_ns, clock_getres

from _time import sleep  # `_thread` replaces it with a scheduling wrapper once imported


CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        try:
            items = tuple(seq)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None, None)
        self._extra = extra[:2]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._extra[0],
                                            "tm_gmtoff": self._extra[1]}))


struct_time.__module__ = "time"


def _seconds(secs):
    """A timestamp argument as whole seconds, rounded toward minus infinity."""
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")) or not -2.0 ** 63 <= secs < 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if not isinstance(secs, int):
        secs = secs.__index__() if hasattr(type(secs), "__index__") else _not_int(secs)
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def _not_int(v):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def gmtime(secs=None):
    return struct_time(_time._gmtime(_seconds(secs)))


def localtime(secs=None):
    return struct_time(_time._localtime(_seconds(secs)))


def _tm_args(t, fname):
    """A time tuple as the nine fields of a C `struct tm` (month from 0, Sunday 0, ...)."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    y, mon, mday, hour, mi, sec, wday, yday, isdst = [_index(v) for v in t]
    return [y - 1900, mon - 1, mday, hour, mi, sec, _c_mod(wday + 1, 7), yday - 1, isdst]


def _index(v):
    if not isinstance(v, int):
        if isinstance(v, float) or not hasattr(type(v), "__index__"):
            _not_int(v)
        v = v.__index__()
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _c_mod(a, b):
    """C's remainder, which keeps the dividend's sign."""
    r = abs(a) % b
    return -r if a < 0 else r


def _checked(t, fname):
    f = _tm_args(t, fname)
    if f[1] == -1:
        f[1] = 0
    elif not 0 <= f[1] <= 11:
        raise ValueError("month out of range")
    if f[2] == 0:
        f[2] = 1
    elif not 0 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    if f[6] < 0:
        raise ValueError("day of week out of range")
    if f[7] == -1:
        f[7] = 0
    elif not 0 <= f[7] <= 365:
        raise ValueError("day of year out of range")
    return f


def mktime(t):
    return _time._mktime(*_tm_args(t, "mktime"))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    f = _checked(t, "strftime")
    f[8] = max(-1, min(1, f[8]))
    zone = gmtoff = None
    if isinstance(t, struct_time):
        zone, gmtoff = t._extra
    return _time._strftime(format, *f, zone, gmtoff or 0)


_DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    f = _checked(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[f[6]], _MONTHS[f[1]], f[2], f[3], f[4],
                                           f[5], f[0] + 1900)


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


def _set_zone_globals():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, std, dst = _time._tzinfo()
    tzname = (std, dst)


def tzset():
    _time.tzset()
    _set_zone_globals()


_set_zone_globals()

_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name):
    try:
        impl, mono, adjustable = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError("unknown clock") from None
    from types import SimpleNamespace
    return SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adjustable,
                           resolution=_time._clock_res(name))
