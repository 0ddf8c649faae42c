"""Helpers for addresses and dates in messages: parseaddr/formataddr/getaddresses,
formatdate/format_datetime/parsedate*, make_msgid, quote/unquote, RFC 2231 values."""

import os
import re
import time
import random
import datetime

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'quote', 'unquote', 'localtime']

COMMASPACE = ', '
EMPTYSTRING = ''
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
           'Dec']


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


# -- addresses -----------------------------------------------------------------------------

def formataddr(pair, charset='utf-8'):
    """(realname, address) -> a string for a To or From header."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            from email.header import Header
            if isinstance(charset, str):
                cs = charset
            else:
                cs = str(charset)
            encoded = Header(name, cs).encode()
            return "%s <%s>" % (encoded, address)
        quotes = ''
        if specialsre.search(name):
            quotes = '"'
        name = escapesre.sub(r'\\\g<0>', name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def _tokens(text):
    """Splits an address field into (kind, text) tokens: 'q' quoted string, 'c' comment,
    'a' angle address, 's' a special character, 'w' an atom."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ' \t\r\n':
            i += 1
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            out.append(('q', ''.join(buf)))
            i = j + 1
        elif c == '(':
            depth = 1
            j = i + 1
            buf = []
            while j < n and depth:
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                    buf.append(text[j])
                elif text[j] == '(':
                    depth += 1
                    buf.append('(')
                elif text[j] == ')':
                    depth -= 1
                    if depth:
                        buf.append(')')
                else:
                    buf.append(text[j])
                j += 1
            out.append(('c', ''.join(buf)))
            i = j
        elif c == '<':
            j = text.find('>', i)
            if j < 0:
                j = n
            out.append(('a', text[i + 1:j]))
            i = j + 1
        elif c in ',:;@.[]>':
            out.append(('s', c))
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<,:;@.[]>':
                j += 1
            out.append(('w', text[i:j]))
            i = j
    return out


def _angle_addr(inner):
    inner = ''.join(t for k, t in ((k, '"%s"' % quote(t) if k == 'q' else t)
                                   for k, t in _tokens(inner)) if k != 'c')
    if ':' in inner and inner.startswith('@'):
        inner = inner.split(':', 1)[1]
    return inner


def _one_address(tokens):
    """(realname, address) from the tokens of one address."""
    phrase = []
    comments = []
    for i, (kind, text) in enumerate(tokens):
        if kind == 'a':
            for k, t in tokens[:i]:
                if k in ('w', 'q'):
                    phrase.append(t)
                elif k == 's' and t == '.':
                    phrase.append('.')
            name = ' '.join(phrase).replace(' . ', '.')
            if not name:
                cs = [t for k, t in tokens if k == 'c']
                name = cs[-1] if cs else ''
            return name, _angle_addr(text)
    addr = []
    for kind, text in tokens:
        if kind == 'c':
            comments.append(text)
        elif kind == 'q':
            addr.append('"%s"' % quote(text))
        elif kind == 's' and text == ':':
            addr = []
        elif kind == 's' and text == ';':
            continue
        else:
            addr.append(text)
    return (comments[-1] if comments else ''), ''.join(addr)


def _split_addresses(text):
    groups = []
    cur = []
    for tok in _tokens(text):
        if tok == ('s', ','):
            groups.append(cur)
            cur = []
        else:
            cur.append(tok)
    groups.append(cur)
    return groups


def parseaddr(addr):
    """Parses an address into (realname, email address); ('', '') when it cannot."""
    if not isinstance(addr, str):
        addr = str(addr)
    for group in _split_addresses(addr):
        if group:
            return _one_address(group)
    return ('', '')


def getaddresses(fieldvalues):
    """[(realname, address)] of every address in the given header values."""
    all_text = COMMASPACE.join(str(v) for v in fieldvalues)
    out = []
    for group in _split_addresses(all_text):
        if not group:
            continue
        out.append(_one_address(group))
    return out


# -- dates ---------------------------------------------------------------------------------

def format_datetime(dt, usegmt=False):
    """A datetime as an RFC 5322 date string."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[now[6]], now[2], _MONTHS[now[1] - 1], now[0], now[3], now[4], now[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """A time (seconds since the epoch, now by default) as an RFC 2822 date string."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500,
              'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(',') or data[0].lower() in [d.lower() for d in _DAYS]:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    months = [m.lower() for m in _MONTHS]
    if mm not in months:
        dd, mm = mm, dd.lower()
        if mm not in months:
            return None
    mm = months.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        if yy > 68:
            yy += 1900
        else:
            yy += 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """A date string -> a 10-tuple (the last item the zone's offset in seconds, or None)."""
    t = _parsedate_tz(data)
    if isinstance(t, list):
        t = tuple(t)
    return t


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """A 10-tuple from parsedate_tz() -> a UTC timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    t = calendar.timegm(data)
    return t - data[9]


def parsedate_to_datetime(data):
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <time.pid.random[.idstring]@domain>."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    if idstring is None:
        idstring = ''
    else:
        idstring = '.' + idstring
    if domain is None:
        import socket
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# -- RFC 2231 ------------------------------------------------------------------------------

def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    from urllib.parse import quote as _q
    s = _q(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    return list(params)
