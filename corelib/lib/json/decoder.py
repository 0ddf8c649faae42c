"""The JSON decoder: `JSONDecoder` over the native scanner `_json.scan`."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed: `msg` at character `pos` of `doc`
    (line `lineno`, column `colno`, both counted from 1)."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start + 1
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_WHITESPACE = ' \t\n\r'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class JSONDecoder:
    """Decodes JSON text into Python objects (objects become dicts, arrays lists)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        value, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          self.parse_float, self.parse_int, self.parse_constant,
                          JSONDecodeError)


def scanstring(s, end, strict=True):
    """The JSON string whose opening quote is just before index `end`, and the index after
    its closing quote."""
    value, idx = _json.scan('"' + s[end:], 0, strict, None, None, None, None, None,
                            JSONDecodeError)
    return value, idx + end - 1
