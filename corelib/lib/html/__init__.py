"""General functions for HTML manipulation: escape() and unescape()."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, if quote is true, both quote characters) with HTML-safe
    sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML5 parser maps to something else: NUL, CR, and the C1 range
# read as windows-1252 (the five undefined cp1252 bytes stay themselves).
_charref_fixups = {
    0x00: '\ufffd', 0x0d: '\r',
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d',
    0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
    0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped_codepoint(num):
    """Control characters and noncharacters that a numeric reference yields nothing for."""
    return (0x1 <= num <= 0x8 or num == 0xb or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f
            or 0xfdd0 <= num <= 0xfdef or (num & 0xfffe) == 0xfffe)


_charref = None
_html5 = None


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _charref_fixups:
            return _charref_fixups[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _dropped_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest known name that prefixes the text wins (legacy names need no ';').
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;, &#x3e;) in s to
    the corresponding Unicode characters, as the HTML5 standard says."""
    if '&' not in s:
        return s
    global _charref, _html5
    if _charref is None:
        import re
        from html.entities import html5
        _html5 = html5
        _charref = re.compile(r'&(#[0-9]+;?'
                              r'|#[xX][0-9a-fA-F]+;?'
                              r'|[^\t\n\f <&#;]{1,32};?)')
    return _charref.sub(_replace_charref, s)


def __getattr__(name):
    # CPython's html imports html.entities eagerly; here the table loads on first use.
    if name == 'entities':
        import html.entities
        return html.entities
    raise AttributeError(f"module 'html' has no attribute '{name}'")
