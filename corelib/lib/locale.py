"""Locale support: setlocale(), localeconv(), getlocale(), normalize() and the
locale-aware formatting helpers.

Kestrel emulates the C library's locale state and supports the locales every system has:
"C", "POSIX" and "C.UTF-8" (any spelling of the UTF-8 codeset). Setting any other locale
raises locale.Error('unsupported locale setting'), so the conventions in force are always
the C locale's."""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories (LC_ALL, 6, stands for all of them), in its composite-name order.
_CATEGORY_NAMES = {0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
                   4: 'LC_MONETARY', 5: 'LC_MESSAGES', 7: 'LC_PAPER', 8: 'LC_NAME',
                   9: 'LC_ADDRESS', 10: 'LC_TELEPHONE', 11: 'LC_MEASUREMENT',
                   12: 'LC_IDENTIFICATION'}


def _is_utf8_name(name):
    """C.<codeset> where the codeset is some spelling of UTF-8."""
    if not name.startswith('C.'):
        return False
    return ''.join(c for c in name[2:].lower() if c.isalnum()) == 'utf8'


def _accepted(name):
    """The name setlocale() reports for a supported locale, else None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if _is_utf8_name(name):
        return name
    return None


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _startup_ctype():
    # Python sets LC_CTYPE from the environment at start-up, and coerces a C/POSIX (or
    # unusable) one to C.UTF-8 unless LC_ALL forces it (PEP 538).
    forced = os.environ.get('LC_ALL')
    name = _accepted(_from_environment(LC_CTYPE))
    if forced:
        return name or 'C'
    if name is None or name == 'C':
        return 'C.UTF-8'
    return name


_current = {cat: 'C' for cat in _CATEGORY_NAMES}
_current[LC_CTYPE] = _startup_ctype()


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _CATEGORY_NAMES]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (_CATEGORY_NAMES[c], _current[c]) for c in _CATEGORY_NAMES)
    if category not in _current:
        raise Error('locale query failed')
    return _current[category]


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        import operator
        try:
            category = operator.index(category)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(category).__name__) from None
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    targets = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    new = {}
    for cat in targets:
        name = _accepted(_from_environment(cat) if locale == '' else locale)
        if name is None:
            raise Error('unsupported locale setting')
        new[cat] = name
    _current.update(new)
    return _query(category)


def localeconv():
    """Returns a dictionary of the current locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b, /):
    """Compares two strings according to the locale (code point order in C)."""
    for i, s in ((1, a), (2, b)):
        if not isinstance(s, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s" % (i, type(s).__name__))
    return (a > b) - (a < b)


def strxfrm(string, /):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def _codeset():
    return 'UTF-8' if _is_utf8_name(_current[LC_CTYPE]) else 'ANSI_X3.4-1968'


# nl_langinfo() items and their values in the C locale.
_LANGINFO = {}


def _langinfo_item(name, value, text):
    globals()[name] = value
    _LANGINFO[value] = text


for _i, (_day, _abday) in enumerate(zip(
        ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'),
        ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'))):
    _langinfo_item('DAY_%d' % (_i + 1), 0x20007 + _i, _day)
    _langinfo_item('ABDAY_%d' % (_i + 1), 0x20000 + _i, _abday)
for _i, _mon in enumerate(('January', 'February', 'March', 'April', 'May', 'June', 'July',
                           'August', 'September', 'October', 'November', 'December')):
    _langinfo_item('MON_%d' % (_i + 1), 0x2001A + _i, _mon)
    _langinfo_item('ABMON_%d' % (_i + 1), 0x2000E + _i, _mon[:3])
for _name, _value, _text in (
        ('CODESET', 14, None), ('D_T_FMT', 0x20028, '%a %b %e %H:%M:%S %Y'),
        ('D_FMT', 0x20029, '%m/%d/%y'), ('T_FMT', 0x2002A, '%H:%M:%S'),
        ('T_FMT_AMPM', 0x2002B, '%I:%M:%S %p'), ('AM_STR', 0x20026, 'AM'),
        ('PM_STR', 0x20027, 'PM'), ('RADIXCHAR', 0x10000, '.'), ('THOUSEP', 0x10001, ''),
        ('YESEXPR', 0x50000, '^[yY]'), ('NOEXPR', 0x50001, '^[nN]'),
        ('CRNCYSTR', 0x4000F, '-'), ('ERA', 0x2002C, ''), ('ERA_D_FMT', 0x2002E, ''),
        ('ALT_DIGITS', 0x2002F, ''), ('ERA_D_T_FMT', 0x20030, ''), ('ERA_T_FMT', 0x20031, '')):
    _langinfo_item(_name, _value, _text)
del _i, _day, _abday, _mon, _name, _value, _text


def nl_langinfo(key, /):
    """Return the value of the given locale information item."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    if key == CODESET:
        return _codeset()
    return _LANGINFO[key]


def getencoding():
    """Get the current locale encoding."""
    return _codeset()


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using, according to the system
    configuration (the environment's locale when do_setlocale is true)."""
    if not do_setlocale:
        return _codeset()
    saved = _current[LC_CTYPE]
    try:
        try:
            _setlocale(LC_CTYPE, "")
        except Error:
            pass
        return _codeset()
    finally:
        _current[LC_CTYPE] = saved


# --- number formatting (the C locale has no grouping and '.' as the decimal point)

def _localize_number(text, grouping, monetary):
    conv = localeconv()
    point = conv['mon_decimal_point' if monetary else 'decimal_point'] or '.'
    if point != '.':
        text = text.replace('.', point, 1)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use, but takes the
    current locale into account."""
    return _localize_number(f % val, grouping, monetary) if '%' in f else f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    import re
    match = re.match(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]',
                     percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return format_string(percent, (value,) + additional if additional else value,
                         grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    raise NotImplementedError("currency() for a locale with currency conventions")


def str(val):
    """Convert float to string, taking the locale into account."""
    return format_string("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# --- locale names

_tables = None


def _alias_tables():
    global _tables
    if _tables is None:
        import _locale_alias
        _tables = _locale_alias
    return _tables


def __getattr__(name):
    # The big alias tables load on first use.
    if name in ('locale_alias', 'locale_encoding_alias'):
        return getattr(_alias_tables(), name)
    raise AttributeError(f"module 'locale' has no attribute '{name}'")


def _normalize_encoding(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _replace_encoding(code, encoding):
    tables = _alias_tables()
    langname = code[:code.index('.')] if '.' in code else code
    norm = _normalize_encoding(encoding)
    norm = tables.codec_aliases.get(norm.lower(), norm)
    encoding = norm
    norm = norm.lower()
    if norm in tables.locale_encoding_alias:
        encoding = tables.locale_encoding_alias[norm]
    else:
        norm = norm.replace('_', '').replace('-', '')
        if norm in tables.locale_encoding_alias:
            encoding = tables.locale_encoding_alias[norm]
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        _, _, encoding = code.partition('.')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """Returns a normalized locale code for the given locale name (language_TERRITORY.
    ENCODING@modifier), using the alias tables; unknown names come back unchanged."""
    aliases = _alias_tables().locale_alias
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    lookup_name = lang_enc + ('@' + modifier if modifier else '')
    code = aliases.get(lookup_name, None)
    if code is not None:
        return code
    if modifier:
        code = aliases.get(lang_enc, None)
        if code is not None:
            if '@' not in code:
                return _append_modifier(code, modifier)
            if code.split('@', 1)[1].lower() == modifier:
                return code
    if encoding:
        lookup_name = langname + ('@' + modifier if modifier else '')
        code = aliases.get(lookup_name, None)
        if code is not None:
            if '@' not in code:
                return _replace_encoding(code, encoding)
            code, modifier = code.split('@', 1)
            return _replace_encoding(code, encoding) + '@' + modifier
        if modifier:
            code = aliases.get(langname, None)
            if code is not None:
                if '@' not in code:
                    return _append_modifier(_replace_encoding(code, encoding), modifier)
                code, defmod = code.split('@', 1)
                if defmod.lower() == modifier:
                    return _replace_encoding(code, encoding) + '@' + defmod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings from the environment and returns
    them as (language code, encoding)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as (language code,
    encoding)."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Set the locale for the given category (a string, or a (language, encoding) pair);
    with locale None, return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    import warnings
    warnings.warn("'locale.resetlocale' is deprecated and slated for removal in "
                  "Python 3.13. Use locale.setlocale(locale.LC_ALL, \"\") instead.",
                  DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        loc = getdefaultlocale()
    _setlocale(category, _build_localename(loc))


# --- message catalogs (no translations: messages come back unchanged)

_domain = 'messages'


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    global _domain
    if domain is not None:
        _domain = domain
    return _domain


def bindtextdomain(domain, dir, /):
    return os.path.abspath(dir) if dir is not None else '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset, /):
    return None
