"""Header values with non-ASCII text: RFC 2047 encoded words."""

import base64
import re

__all__ = ['Header', 'decode_header', 'make_header']

_ecre = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.ASCII)


def _q_decode(text):
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == '_':
            out.append(32)
        elif c == '=' and i + 2 < len(text) + 1:
            try:
                out.append(int(text[i + 1:i + 3], 16))
                i += 3
                continue
            except ValueError:
                out.append(61)
        else:
            out += c.encode('latin-1', 'replace')
        i += 1
    return bytes(out)


def decode_header(header):
    """[(text or bytes, charset)]: plain text stays as a str with charset None when the
    header has no encoded word; otherwise every piece is bytes."""
    if hasattr(header, '_chunks'):
        return [(s if isinstance(s, bytes) else s.encode(c or 'us-ascii'), c)
                for s, c in header._chunks]
    if not _ecre.search(header):
        return [(header, None)]
    words = []
    pos = 0
    for m in _ecre.finditer(header):
        before = header[pos:m.start()]
        if before and not (words and words[-1][1] is not None and before.isspace()):
            words.append((before, None))
        charset, enc, text = m.group(1).lower(), m.group(2).lower(), m.group(3)
        if enc == 'b':
            text += '=' * (-len(text) % 4)
            data = base64.b64decode(text)
        else:
            data = _q_decode(text)
        words.append((data, charset))
        pos = m.end()
    if header[pos:]:
        words.append((header[pos:], None))
    out = []
    for text, charset in words:
        if isinstance(text, str):
            text = text.encode('raw-unicode-escape')
        if out and out[-1][1] == charset:
            out[-1] = (out[-1][0] + text, charset)
        else:
            out.append((text, charset))
    return out


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        h.append(s, charset)
    return h


class Header:
    """A header value made of pieces in different charsets."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._charset = charset or 'us-ascii'
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        if isinstance(s, bytes):
            s = s.decode(charset if charset != 'unknown-8bit' else 'latin-1', errors)
        self._chunks.append((s, charset))

    def __str__(self):
        return ''.join(s for s, c in self._chunks)

    def __eq__(self, other):
        return str(self) == other

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        out = []
        for s, charset in self._chunks:
            cs = str(charset).lower()
            if cs in ('us-ascii', 'ascii', 'none'):
                out.append(s)
                continue
            data = s.encode(cs)
            if cs in ('utf-8', 'utf8', 'big5', 'gb2312', 'shift_jis', 'euc-jp', 'iso-2022-jp'):
                out.append('=?%s?b?%s?=' % (cs, base64.b64encode(data).decode('ascii')))
            else:
                q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else
                            ('_' if b == 32 else '=%02X' % b) for b in data)
                out.append('=?%s?q?%s?=' % (cs, q))
        return ' '.join(out)
