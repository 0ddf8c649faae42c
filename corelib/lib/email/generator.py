"""Generators: a Message back to text (Generator) or bytes (BytesGenerator)."""

import random
import re
import sys

__all__ = ['Generator', 'BytesGenerator', 'DecodedGenerator']

_fmt = '%%0%dd' % len(repr(sys.maxsize - 1))
_from_re = re.compile(r'^From ', re.MULTILINE)


def _make_boundary(text=None):
    token = random.randrange(sys.maxsize)
    boundary = ('=' * 15) + (_fmt % token) + '=='
    if text is None:
        return boundary
    b = boundary
    counter = 0
    while re.search('^--' + re.escape(b) + '(--)?$', text, re.MULTILINE):
        b = boundary + '.' + str(counter)
        counter += 1
    return b


def _fold(name, value, maxlen):
    """One header as lines of at most maxlen characters where the spaces allow."""
    line = '%s: %s' % (name, value)
    if not maxlen or len(line) <= maxlen or '\n' in value:
        return line
    words = line.split(' ')
    out = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > maxlen and cur.strip():
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


class Generator:
    """Writes a message as text to a file-like object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        if linesep is None:
            linesep = policy.linesep
        maxlen = self.maxheaderlen
        if maxlen is None:
            maxlen = policy.max_line_length
        text = self._flatten(msg, unixfrom, maxlen)
        if linesep != '\n':
            text = text.replace('\n', linesep)
        self.write(text)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _flatten(self, msg, unixfrom, maxlen):
        out = []
        if unixfrom:
            ufrom = msg.get_unixfrom()
            if not ufrom:
                import time
                ufrom = 'From nobody ' + time.ctime(time.time())
            out.append(ufrom + '\n')
        payload = msg._payload
        if msg.get_content_maintype() == 'multipart' and isinstance(payload, list):
            boundary = msg.get_boundary()
            if boundary is None:
                texts = [self._flatten(p, False, maxlen) for p in payload]
                boundary = _make_boundary('\n'.join(texts))
                msg.set_boundary(boundary)
        for name, value in msg._headers:
            out.append(_fold(name, value, maxlen) + '\n')
        out.append('\n')
        if isinstance(payload, list):
            if msg.get_content_maintype() == 'multipart':
                boundary = msg.get_boundary()
                if msg.preamble is not None:
                    out.append(msg.preamble + '\n')
                out.append('--' + boundary + '\n')
                texts = [self._flatten(p, False, maxlen) for p in payload]
                if texts:
                    out.append(texts[0])
                for t in texts[1:]:
                    out.append('\n--' + boundary + '\n')
                    out.append(t)
                out.append('\n--' + boundary + '--' + '\n')
                if msg.epilogue is not None:
                    out.append(msg.epilogue)
            else:
                for p in payload:
                    out.append(self._flatten(p, False, maxlen))
        elif payload is not None:
            if isinstance(payload, bytes):
                try:
                    payload = payload.decode('ascii', 'surrogateescape')
                except (UnicodeError, NotImplementedError):
                    payload = payload.decode('latin-1')
            if self._mangle_from_:
                payload = _from_re.sub('>From ', payload)
            out.append(payload)
        return ''.join(out)


class BytesGenerator(Generator):
    """Writes a message as bytes."""

    def write(self, s):
        self._fp.write(s.encode('utf-8', 'surrogateescape'))


class DecodedGenerator(Generator):
    pass
