"""Parsing of time strings for time.strptime and datetime.strptime (C locale names).

The format becomes a list of tokens; each directive offers the candidate lengths its
CPython regular expression would try, in the same order, and a backtracking search takes
the first combination that matches the whole format (the rest of the string is reported as
unconverted data). Letters match regardless of case, as in CPython."""

import time as _time

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAYS_ABBR = [d[:3] for d in _WEEKDAYS]
_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTHS_ABBR = [m[:3] for m in _MONTHS]

# Numeric directives as alternations of character patterns, tried in order ('D' = a digit,
# '[..]' = a set of digits, anything else = itself).
_NUMERIC = {
    "d": ["3[01]", "[12]D", "0[1-9]", "[1-9]", " [1-9]"],
    "H": ["2[0-3]", "[01]D", "D"],
    "I": ["1[0-2]", "0[1-9]", "[1-9]"],
    "G": ["DDDD"],
    "j": ["36[0-6]", "3[0-5]D", "[12]DD", "0[1-9]D", "00[1-9]", "[1-9]D", "0[1-9]", "[1-9]"],
    "m": ["1[0-2]", "0[1-9]", "[1-9]"],
    "M": ["[0-5]D", "D"],
    "S": ["6[01]", "[0-5]D", "D"],
    "U": ["5[0-3]", "[0-4]D", "D"],
    "W": ["5[0-3]", "[0-4]D", "D"],
    "w": ["[0-6]"],
    "u": ["[1-7]"],
    "V": ["5[0-3]", "0[1-9]", "[1-4]D", "D"],
    "y": ["DD"],
    "Y": ["DDDD"],
}

_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _compile_pattern(p):
    """A pattern string as a list of allowed-character strings, one per position."""
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == "D":
            out.append("0123456789")
        elif c == "[":
            j = p.index("]", i)
            body = p[i + 1:j]
            allowed = ""
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    allowed += "".join(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                    k += 3
                else:
                    allowed += body[k]
                    k += 1
            out.append(allowed)
            i = j
        else:
            out.append(c)
        i += 1
    return out


_NUMERIC_COMPILED = {k: [_compile_pattern(p) for p in v] for k, v in _NUMERIC.items()}


def _numeric_ends(pats, s, pos):
    for pat in pats:
        end = pos + len(pat)
        if end <= len(s) and all(s[pos + i] in allowed for i, allowed in enumerate(pat)):
            yield end


def _names_ends(names, s, pos):
    low = s.lower()
    for n in sorted(names, key=len, reverse=True):
        if low.startswith(n, pos):
            yield pos + len(n)


def _digits(s, pos, lo, hi):
    """Ends of a greedy run of lo..hi digits."""
    n = 0
    while n < hi and pos + n < len(s) and s[pos + n] in "0123456789":
        n += 1
    for k in range(n, lo - 1, -1):
        yield pos + k


def _pair(s, pos, first):
    """Two digits, the first one in `first`."""
    return pos + 2 <= len(s) and s[pos] in first and s[pos + 1] in "0123456789"


def _z_ends(s, pos):
    """[+-]HH:?MM(:?SS(.ffffff)?)? or a literal Z."""
    if pos < len(s) and s[pos] in "+-" and _pair(s, pos + 1, "0123456789"):
        p = pos + 3
        for colon in ((1, 0) if s[p:p + 1] == ":" else (0,)):
            q = p + colon
            if not _pair(s, q, "012345"):
                continue
            q += 2
            for colon2 in ((1, 0) if s[q:q + 1] == ":" else (0,)):
                r = q + colon2
                if _pair(s, r, "012345"):
                    r += 2
                    if s[r:r + 1] == ".":
                        yield from _digits(s, r + 1, 1, 6)
                    yield r
            yield q
    if s[pos:pos + 1] == "Z":
        yield pos + 1


def _space_ends(s, pos):
    n = 0
    while pos + n < len(s) and s[pos + n].isspace():
        n += 1
    for k in range(n, 0, -1):
        yield pos + k


def _tz_names():
    names = {"utc", "gmt"}
    for n in _time.tzname:
        names.add(n.lower())
    return names


def _tokens(fmt, whole):
    """The format as (kind, value) tokens: ('lit', c), ('ws', None), ('dir', c)."""
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            if d in _EXPANSIONS:
                out.extend(_tokens(_EXPANSIONS[d], whole))
            elif d == "%":
                out.append(("lit", "%"))
            elif d in _NUMERIC or d in "fzaAbBpZ":
                out.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(("ws", None))
        else:
            out.append(("lit", c))
            i += 1
    return out


def _ends(kind, val, s, pos):
    if kind == "lit":
        if pos < len(s) and (s[pos] == val or s[pos].lower() == val.lower()):
            yield pos + 1
    elif kind == "ws":
        yield from _space_ends(s, pos)
    elif val in _NUMERIC_COMPILED:
        yield from _numeric_ends(_NUMERIC_COMPILED[val], s, pos)
    elif val == "f":
        yield from _digits(s, pos, 1, 6)
    elif val == "z":
        yield from _z_ends(s, pos)
    elif val == "a":
        yield from _names_ends(_WEEKDAYS_ABBR, s, pos)
    elif val == "A":
        yield from _names_ends(_WEEKDAYS, s, pos)
    elif val == "b":
        yield from _names_ends(_MONTHS_ABBR[1:], s, pos)
    elif val == "B":
        yield from _names_ends(_MONTHS[1:], s, pos)
    elif val == "p":
        yield from _names_ends(["am", "pm"], s, pos)
    elif val == "Z":
        yield from _names_ends(_tz_names(), s, pos)


def _search(tokens, i, s, pos, found):
    """The end of the first match of tokens[i:] at pos (filling `found`), or None."""
    if i == len(tokens):
        return pos
    kind, val = tokens[i]
    for end in _ends(kind, val, s, pos):
        if kind == "dir":
            found[val] = s[pos:end]
        r = _search(tokens, i + 1, s, end, found)
        if r is not None:
            return r
    if kind == "dir":
        found.pop(val, None)
    return None


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _ordinal(y, m, d):
    """Proleptic Gregorian day number (1 = January 1 of year 1), checking the date."""
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    dim = 29 if m == 2 and _is_leap(y) else [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]
    if not 1 <= d <= dim:
        raise ValueError("day is out of range for month")
    y1 = y - 1
    return (y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE[m]
            + (m > 2 and _is_leap(y)) + d)


def _from_ordinal(n):
    """(year, month, day) of a day number."""
    y = (n - 1) * 400 // 146097 + 1
    while _ordinal_year_start(y) > n:
        y -= 1
    while _ordinal_year_start(y + 1) <= n:
        y += 1
    doy = n - _ordinal_year_start(y)
    leap = _is_leap(y)
    m = 12
    while _DAYS_BEFORE[m] + (m > 2 and leap) > doy:
        m -= 1
    return y, m, doy - _DAYS_BEFORE[m] - (m > 2 and leap) + 1


def _ordinal_year_start(y):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + 1


def _week_to_julian(year, week, weekday, week_starts_monday):
    first_weekday = (_ordinal(year, 1, 1) + 6) % 7
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week0_len = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return week0_len + 7 * (week - 1) + 1 + weekday


def _iso_to_ordinal(iso_year, iso_week, iso_weekday):
    """Day number of an ISO year, week (from 1) and weekday (Monday 1)."""
    jan4 = _ordinal(iso_year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return week1_monday + (iso_week - 1) * 7 + iso_weekday - 1


def _strptime(data, fmt):
    """((year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff),
    microseconds, gmtoff microseconds)."""
    for index, arg in enumerate((data, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    tokens = _tokens(fmt, fmt)
    found = {}
    end = _search(tokens, 0, data, 0, found)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    zone = None
    iso_week = week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _MONTHS.index(v.lower())
        elif key == "b":
            month = _MONTHS_ABBR.index(v.lower())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _WEEKDAYS.index(v.lower())
        elif key == "a":
            weekday = _WEEKDAYS_ABBR.index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in ("U", "W"):
            week_of_year = int(v)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z":
                gmtoff = 0
            else:
                if v[3:4] == ":":
                    if len(v) > 6 and v[6:7] != ":":
                        raise ValueError("Inconsistent use of : in %s" % v)
                    v = v[:3] + v[4:6] + v[7:]
                hours, minutes = int(v[1:3]), int(v[3:5])
                seconds = int(v[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                frac = v[8:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if v[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            low = v.lower()
            names = _time.tzname
            if low in ("utc", "gmt", names[0].lower()):
                if not (names[0] == names[1] and _time.daylight and low not in ("utc", "gmt")):
                    tz = 0
            elif low == names[1].lower():
                tz = 1
            zone = v

    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _week_to_julian(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            # As CPython: the year stays the ISO year unless the day falls before it, so
            # the day of the year may pass 365.
            year = iso_year
            julian = _iso_to_ordinal(iso_year, iso_week, weekday + 1) - _ordinal(year, 1, 1) + 1
            if julian < 1:
                year -= 1
                julian = _iso_to_ordinal(iso_year, iso_week, weekday + 1) - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data, fmt="%a %b %d %H:%M:%S %Y"):
    return _time.struct_time(_strptime(data, fmt)[0])
