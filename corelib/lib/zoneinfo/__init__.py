"""IANA time zone support: ZoneInfo, a datetime.tzinfo read from the system's TZif files
(RFC 8536) on TZPATH, with PEP 495 fold handling and the POSIX TZ rule of the file's footer
for times after its last transition."""

import bisect
import calendar
import os
import re
import struct
import sys
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# --- the search path

TZPATH = ()


def _parse_python_tzpath(env_var):
    if not env_var:
        return ()
    raw = env_var.split(os.pathsep)
    good = tuple(p for p in raw if os.path.isabs(p))
    if len(good) != len(raw):
        import warnings
        bad = [p for p in raw if not os.path.isabs(p)]
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + "Paths should be absolute but found the following relative paths:"
                      + "\n    " + "\n    ".join(bad), InvalidTZPathWarning)
    return good


def reset_tzpath(to=None):
    """Reset TZPATH to `to` (absolute paths), or to PYTHONTZPATH / the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            bad = [p for p in to if not os.path.isabs(p)]
            raise ValueError("Paths should be absolute but found the following relative "
                             "paths:\n    " + "\n    ".join(bad))
        base = to
    else:
        env_var = os.environ.get("PYTHONTZPATH", None)
        base = _parse_python_tzpath(env_var) if env_var is not None else _DEFAULT_TZPATH
    TZPATH = tuple(base)


reset_tzpath()


def _validate_key(key, base="_" + os.sep):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    resolved = os.path.normpath(os.path.join(base, normalized))
    if not resolved.startswith(base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of every key that names a TZif file on TZPATH."""
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for dirpath, dirnames, files in os.walk(root):
            if dirpath == root:
                # right/ (with leap seconds) and posix/ duplicate the real zones.
                for special in ("right", "posix"):
                    if special in dirnames:
                        dirnames.remove(special)
            for name in files:
                path = os.path.join(dirpath, name)
                key = os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            zones.add(key)
                except (OSError, UnicodeDecodeError):
                    pass
    zones.discard("posixrules")
    return zones


# --- offsets

class _ttinfo:
    """One local time type: UTC offset, DST offset and abbreviation."""

    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (isinstance(other, _ttinfo) and self.utcoff == other.utcoff and
                self.dstoff == other.dstoff and self.tzname == other.tzname)

    def __repr__(self):
        return f"_ttinfo({self.utcoff}, {self.dstoff}, {self.tzname})"


_NO_TTINFO = _ttinfo(None, None, None)
_EPOCHORDINAL = 719163


def _days_before_year(year):
    """Days from 1970-01-01 to January 1st of year."""
    return datetime(year, 1, 1).toordinal() - _EPOCHORDINAL


def _local_timestamp(dt):
    return ((dt.toordinal() - _EPOCHORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _DayOffset:
    """A POSIX rule date Jn (1-365, no Feb 29) or n (0-365)."""

    def __init__(self, day, julian, seconds):
        self.day = day
        self.julian = julian
        self.seconds = seconds

    def year_to_epoch(self, year):
        days = self.day
        if self.julian and days >= 59 and calendar.isleap(year):
            days += 1
        return (_days_before_year(year) + days) * 86400 + self.seconds


class _CalendarOffset:
    """A POSIX rule date Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m."""

    def __init__(self, month, week, weekday, seconds):
        self.month = month
        self.week = week
        self.weekday = weekday
        self.seconds = seconds

    def year_to_epoch(self, year):
        first_weekday, days_in_month = calendar.monthrange(year, self.month)
        first_posix = (first_weekday + 1) % 7
        day = (self.weekday - first_posix) % 7 + 1 + (self.week - 1) * 7
        while day > days_in_month:
            day -= 7
        ordinal = datetime(year, self.month, day).toordinal() - _EPOCHORDINAL
        return ordinal * 86400 + self.seconds


class _TZStr:
    """The DST rule of a POSIX TZ string, for times past the last transition."""

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end
        self.dst_diff = int((dst.utcoff - std.utcoff).total_seconds())

    def _transitions(self, year):
        # Both in local wall time: DST starts in standard time and ends in DST.
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    def get_trans_info(self, ts, year, fold):
        start, end = self._transitions(year)
        # fold=0 reads a gap as the time before it and a fold as its first occurrence.
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def get_trans_info_fromutc(self, ts, year):
        start, end = self._transitions(year)
        start -= int(self.std.utcoff.total_seconds())
        end -= int(self.dst.utcoff.total_seconds())
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if self.dst_diff > 0:
            ambig_start, ambig_end = end, end + self.dst_diff
        else:
            ambig_start, ambig_end = start, start - self.dst_diff
        fold = ambig_start <= ts < ambig_end
        return (self.dst if isdst else self.std, fold)


_TZ_NAME = r"(?:<[+\-A-Za-z0-9]+>|[A-Za-z]{3,})"
_TZ_OFFSET = r"[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?"
_TZ_RE = re.compile(
    rf"(?P<std>{_TZ_NAME})(?P<stdoff>{_TZ_OFFSET})"
    rf"(?:(?P<dst>{_TZ_NAME})(?P<dstoff>{_TZ_OFFSET})?)?"
    r"(?:,(?P<start>[^,]+),(?P<end>[^,]+))?\Z")


def _parse_hms(text, tz_str, limit):
    sign = -1 if text.startswith('-') else 1
    parts = text.lstrip('+-').split(':')
    if not parts[0] or any(len(p) != 2 for p in parts[1:]):
        raise ValueError(f"{tz_str} is not a valid TZ string")
    h = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 0
    s = int(parts[2]) if len(parts) > 2 else 0
    if h > limit or m > 59 or s > 59:
        raise ValueError(f"{tz_str} is not a valid TZ string")
    return sign * (h * 3600 + m * 60 + s)


def _parse_rule(text, tz_str):
    date, _, time = text.partition('/')
    seconds = _parse_hms(time, tz_str, 167) if time else 7200
    m = re.fullmatch(r"M(\d{1,2})\.(\d)\.(\d)", date)
    if m:
        month, week, weekday = (int(g) for g in m.groups())
        if not (1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6):
            raise ValueError(f"Invalid dst start/end date: {text}")
        return _CalendarOffset(month, week, weekday, seconds)
    m = re.fullmatch(r"(J?)(\d{1,3})", date)
    if m:
        day = int(m.group(2))
        if m.group(1):
            if not 1 <= day <= 365:
                raise ValueError(f"Invalid dst start/end date: {text}")
            return _DayOffset(day - 1, True, seconds)
        if day > 365:
            raise ValueError(f"Invalid dst start/end date: {text}")
        return _DayOffset(day, False, seconds)
    raise ValueError(f"Invalid dst start/end date: {text}")


def _parse_tz_str(tz_str):
    m = _TZ_RE.match(tz_str)
    if m is None:
        raise ValueError(f"{tz_str} is not a valid TZ string")
    std_abbr = m.group("std").strip("<>")
    # POSIX offsets count hours west of UTC: the opposite sign of utcoffset().
    std_offset = -_parse_hms(m.group("stdoff"), tz_str, 24)
    dst_abbr = m.group("dst")
    if not dst_abbr:
        return _ttinfo(timedelta(seconds=std_offset), timedelta(0), std_abbr)
    dst_abbr = dst_abbr.strip("<>")
    if m.group("dstoff"):
        dst_offset = -_parse_hms(m.group("dstoff"), tz_str, 24)
    else:
        dst_offset = std_offset + 3600
    if m.group("start") is None:
        raise ValueError(f"{tz_str} is not a valid TZ string")
    start = _parse_rule(m.group("start"), tz_str)
    end = _parse_rule(m.group("end"), tz_str)
    std = _ttinfo(timedelta(seconds=std_offset), timedelta(0), std_abbr)
    dst = _ttinfo(timedelta(seconds=dst_offset),
                  timedelta(seconds=dst_offset - std_offset), dst_abbr)
    return _TZStr(std, dst, start, end)


# --- TZif files

def _read_exact(fobj, n):
    data = fobj.read(n)
    if len(data) != n:
        raise ValueError(f"Expected {n} bytes reading {fobj}, but got {len(data)}")
    return data


def _read_tzif_block(fobj, time_size):
    """One data block: (transition times, their type indices, utc offsets, isdst flags,
    abbreviation indices, abbreviations)."""
    header = _read_exact(fobj, 44)
    if header[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = header[4:5]
    (isutcnt, isstdcnt, leapcnt, timecnt, typecnt,
     charcnt) = struct.unpack(">6l", header[20:44])
    fmt_char = "q" if time_size == 8 else "l"
    trans = list(struct.unpack(f">{timecnt}{fmt_char}",
                               _read_exact(fobj, timecnt * time_size))) if timecnt else []
    trans_idx = list(_read_exact(fobj, timecnt)) if timecnt else []
    utcoff, isdst, abbrind = [], [], []
    for _ in range(typecnt):
        off, dst, ind = struct.unpack(">lbb", _read_exact(fobj, 6))
        utcoff.append(off)
        isdst.append(dst)
        abbrind.append(ind)
    abbr = _read_exact(fobj, charcnt)
    # Leap second records and the std/wall and UT/local indicators are not needed.
    _read_exact(fobj, leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    return version, trans, trans_idx, utcoff, isdst, abbrind, abbr


def _load_tzif(fobj):
    first = fobj.read(5)
    if first[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    fobj.seek(-5, 1)
    version = first[4:5]
    data = _read_tzif_block(fobj, 4)
    tz_str = None
    if version not in (b"\x00", b""):
        # Version 2+: skip to the 64-bit block, which is followed by the TZ string footer.
        data = _read_tzif_block(fobj, 8)
        footer = fobj.read()
        if footer[:1] == b"\n":
            tz_str = footer[1:].split(b"\n", 1)[0]
    _, trans, trans_idx, utcoff, isdst, abbrind, abbr = data
    names = []
    for ind in abbrind:
        end = abbr.find(b"\x00", ind)
        names.append(abbr[ind:end if end >= 0 else len(abbr)].decode())
    return trans, trans_idx, utcoff, isdst, names, tz_str


def _utcoff_to_dstoff(trans_idx, utcoffsets, isdsts):
    """TZif stores only whether a type is DST; its DST offset is the difference to the
    standard time type next to it in the transitions (one hour when there is none)."""
    typecnt = len(isdsts)
    dstoffs = [0] * typecnt
    dst_cnt = sum(1 for d in isdsts if d)
    dst_found = 0
    for i in range(1, len(trans_idx)):
        if dst_cnt == dst_found:
            break
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx] != 0:
            continue
        dstoff = 0
        utcoff = utcoffsets[idx]
        comp_idx = trans_idx[i - 1]
        if not isdsts[comp_idx]:
            dstoff = utcoff - utcoffsets[comp_idx]
        if not dstoff and idx < typecnt - 1:
            comp_idx = trans_idx[i + 1] if i + 1 < len(trans_idx) else comp_idx
            if not isdsts[comp_idx]:
                dstoff = utcoff - utcoffsets[comp_idx]
        if dstoff:
            dst_found += 1
            dstoffs[idx] = dstoff
    else:
        for idx in range(typecnt):
            if not dstoffs[idx] and isdsts[idx]:
                dstoffs[idx] = 3600
    return dstoffs


class ZoneInfo(tzinfo):
    """A time zone of the IANA database: ZoneInfo("Europe/Paris")."""

    def __init_subclass__(cls):
        # Each subclass has a cache of its own.
        cls._weak_cache = {}

    def __new__(cls, key):
        cache = cls.__dict__.get('_weak_cache')
        if cache is None:
            cache = cls._weak_cache = {}
        instance = cache.get(key)
        if instance is None:
            instance = cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        return instance

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for key, bypassing the cache."""
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = _find_tzfile(key)
        if obj._file_path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(obj._file_path, "rb") as f:
            obj._load_file(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary file object holding TZif data."""
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones (all of them, or those of only_keys)."""
        cache = cls.__dict__.get('_weak_cache')
        if cache is None:
            return
        if only_keys is None:
            cache.clear()
        else:
            for key in only_keys:
                cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """Convert a UTC datetime (with tzinfo self) to local time, setting fold."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_timestamp(dt)
        trans = self._trans_list_utc
        num_trans = len(trans)
        if num_trans >= 1 and ts < trans[0]:
            tti = self._tti_before
            fold = 0
        elif (num_trans == 0 or ts > trans[-1]) and isinstance(self._tz_after, _TZStr):
            tti, fold = self._tz_after.get_trans_info_fromutc(ts, dt.year)
        elif num_trans == 0:
            tti = self._tz_after
            fold = 0
        else:
            idx = bisect.bisect_right(trans, ts)
            if num_trans > 1 and ts >= trans[1]:
                tti_prev, tti = self._ttinfos[idx - 2], self._ttinfos[idx - 1]
            elif ts > trans[-1]:
                tti_prev, tti = self._ttinfos[-1], self._tz_after
            else:
                tti_prev, tti = self._tti_before, self._ttinfos[0]
            # A transition that turns clocks back leaves a fold right after it.
            shift = tti_prev.utcoff - tti.utcoff
            fold = shift.total_seconds() > ts - trans[idx - 1]
        dt += tti.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = _local_timestamp(dt)
        lt = self._trans_list[dt.fold]
        num_trans = len(lt)
        if num_trans and ts < lt[0]:
            return self._tti_before
        if not num_trans or ts > lt[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        idx = bisect.bisect_right(lt, ts)
        return self._ttinfos[idx - 1]

    def _load_file(self, fobj):
        trans_utc, trans_idx, utcoff, isdst, names, tz_str = _load_tzif(fobj)
        dstoff = _utcoff_to_dstoff(trans_idx, utcoff, isdst)
        ttinfo_list = [_ttinfo(timedelta(seconds=u), timedelta(seconds=d), n)
                       for u, d, n in zip(utcoff, dstoff, names)]
        self._trans_list_utc = trans_utc
        self._ttinfos = [ttinfo_list[i] for i in trans_idx]
        # Before the first transition: the first standard-time type.
        self._tti_before = None
        for i, d in enumerate(isdst):
            if not d:
                self._tti_before = ttinfo_list[i]
                break
        else:
            self._tti_before = ttinfo_list[0] if ttinfo_list else None
        if tz_str:
            self._tz_after = _parse_tz_str(tz_str.decode())
        else:
            if not self._ttinfos and not ttinfo_list:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else ttinfo_list[0]
        # Transitions as local wall times: list 0 for fold=0, list 1 for fold=1.
        wall0 = list(trans_utc)
        wall1 = list(trans_utc)
        for i in range(len(trans_idx)):
            off_before = utcoff[trans_idx[i - 1]] if i else utcoff[0]
            off_after = utcoff[trans_idx[i]]
            hi, lo = max(off_before, off_after), min(off_before, off_after)
            wall0[i] += hi
            wall1[i] += lo
        self._trans_list = (wall0, wall1)
        self._fixed_offset = not trans_utc and isinstance(self._tz_after, _ttinfo)

    def __str__(self):
        return str(self._key)

    def __repr__(self):
        name = f"{self.__class__.__module__}.{self.__class__.__qualname__}"
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError(
            "Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

