"""Punycode (RFC 3492): Unicode labels as ASCII, the basic code points
first, then the others as variable-length deltas."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _threshold(k, bias):
    t = _BASE * (k + 1) - bias
    return min(max(t, _TMIN), _TMAX)


def _adapt(delta, first, count):
    delta //= _DAMP if first else 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _digits(n, bias, out):
    """Append n as a generalized variable-length integer."""
    j = 0
    while True:
        t = _threshold(j, bias)
        if n < t:
            out.append(_DIGITS[n])
            return
        out.append(_DIGITS[t + (n - t) % (_BASE - t)])
        n = (n - t) // (_BASE - t)
        j += 1


def punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    codes = [ord(c) for c in text]
    out = bytearray()
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    first = True
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                _digits(delta, bias, out)
                bias = _adapt(delta, first, handled + 1)
                first = False
                delta = 0
                handled += 1
        delta += 1
        n += 1
    if basic:
        return basic + b"-" + bytes(out)
    return bytes(out)


def _read_number(extended, pos, bias, errors):
    """Decode one variable-length integer at pos: (next pos, value), the
    value None after an error the handler forgave."""
    value, weight, j = 0, 1, 0
    while True:
        if pos >= len(extended):
            if errors == "strict":
                raise UnicodeError("incomplete punicode string")
            return pos + 1, None
        c = ord(extended[pos])
        pos += 1
        if 0x41 <= c <= 0x5A:
            digit = c - 0x41
        elif 0x30 <= c <= 0x39:
            digit = c - 22
        elif errors == "strict":
            raise UnicodeError("Invalid extended code point '%s'"
                               % extended[pos - 1])
        else:
            return pos, None
        t = _threshold(j, bias)
        value += digit * weight
        if digit < t:
            return pos, value
        weight *= _BASE - t
        j += 1


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    dash = text.rfind(b"-")
    if dash == -1:
        chars = ""
        extended = str(text, "ascii").upper()
    else:
        chars = str(text[:dash], "ascii", errors)
        extended = str(text[dash + 1:], "ascii").upper()
    n, i, bias, pos = _INITIAL_N, -1, _INITIAL_BIAS, 0
    while pos < len(extended):
        nxt, delta = _read_number(extended, pos, bias, errors)
        if delta is None:
            return chars
        i += delta + 1
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        i %= len(chars) + 1
        chars = chars[:i] + chr(n) + chars[i:]
        bias = _adapt(delta, pos == 0, len(chars))
        pos = nxt
    return chars


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError("Unsupported error handling " + errors)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _check_errors(self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='punycode', encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter, streamreader=StreamReader)
