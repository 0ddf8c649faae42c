"""Parsers from text (or bytes) to Message objects: headers up to the first blank line,
then the body; multipart bodies are split at their boundary into sub-messages."""

import re

from email import errors
from email import policy as _policy

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

# A header line: a name of printable characters but ':' and space, then ':'.
_header_re = re.compile(r'[\041-\071\073-\176]+:')
_blank = ('\n', '\r\n', '\r', '')


def _factory(cls, policy):
    if cls is None:
        if isinstance(policy, _policy.EmailPolicy):
            from email.message import EmailMessage
            return EmailMessage(policy=policy)
        from email.message import Message
        return Message(policy=policy)
    try:
        return cls(policy=policy)
    except TypeError:
        return cls()


def _parse(text, cls, policy, headersonly, default_type=None):
    msg = _factory(cls, policy)
    if default_type:
        msg.set_default_type(default_type)
    lines = text.splitlines(keepends=True)
    i = 0
    if lines and lines[0].startswith('From '):
        msg.set_unixfrom(lines[0].rstrip('\r\n'))
        i = 1
    current = None
    while i < len(lines):
        line = lines[i]
        if line.rstrip('\r\n') == '':
            i += 1
            break
        if line[0] in ' \t':
            if current is None:
                msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
            else:
                current.append(line)
            i += 1
            continue
        if current is not None:
            _add_header(msg, current)
            current = None
        if line.startswith('From '):
            msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
            i += 1
            continue
        if not _header_re.match(line):
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        current = [line]
        i += 1
    if current is not None:
        _add_header(msg, current)
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    ctype = msg.get_content_type()
    if ctype.startswith('multipart/'):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return msg
        _split_multipart(msg, body, boundary, cls, policy,
                         'message/rfc822' if ctype == 'multipart/digest' else None)
    elif ctype == 'message/rfc822' and body:
        msg.set_payload([_parse(body, cls, policy, False)])
    else:
        msg.set_payload(body)
    return msg


def _add_header(msg, source_lines):
    name, value = source_lines[0].split(':', 1)
    value = value.lstrip(' \t') + ''.join(source_lines[1:])
    msg.set_raw(name, value.rstrip('\r\n'))


def _strip_eol(text):
    if text.endswith('\r\n'):
        return text[:-2]
    if text.endswith('\n') or text.endswith('\r'):
        return text[:-1]
    return text


def _split_multipart(msg, body, boundary, cls, policy, default_type):
    sep = '--' + boundary
    lines = body.splitlines(keepends=True)
    parts = []
    current = None
    preamble = []
    epilogue = None
    for n, line in enumerate(lines):
        stripped = line.rstrip('\r\n').rstrip(' \t')
        if stripped == sep + '--':
            if current is not None:
                parts.append(current)
            current = None
            epilogue = ''.join(lines[n + 1:])
            break
        if stripped == sep:
            if current is not None:
                parts.append(current)
            current = []
            continue
        if current is None:
            preamble.append(line)
        else:
            current.append(line)
    else:
        if current is not None:
            parts.append(current)
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
    if not parts and current is None and epilogue is None:
        msg.defects.append(errors.StartBoundaryNotFoundDefect())
        msg.set_payload(body)
        return
    msg.preamble = _strip_eol(''.join(preamble)) if preamble else None
    msg.epilogue = epilogue
    payload = []
    for part_lines in parts:
        text = _strip_eol(''.join(part_lines)) if part_lines else ''
        payload.append(_parse(text, cls, policy, False, default_type))
    msg._payload = payload


class Parser:
    """Parser(_class=None, *, policy=compat32): text to a message."""

    def __init__(self, _class=None, *, policy=_policy.compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse(text, self._class, self.policy, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """BytesParser(_class=None, *, policy=compat32): bytes to a message (non-ASCII bytes
    are kept as surrogate escapes)."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        try:
            text = bytes(text).decode('ASCII', errors='surrogateescape')
        except (UnicodeError, NotImplementedError):
            # Kestrel's strings hold no lone surrogates: other bytes read as Latin-1.
            text = bytes(text).decode('latin-1')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
