"""The JSON encoder: `JSONEncoder` over the native `_json.encode`."""

import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    """The JSON string literal for `s`, non-ASCII characters kept as they are."""
    return _json.encode(s, False, False, False, True, False, None, ', ', ': ', None)


def encode_basestring_ascii(s):
    """The JSON string literal for `s` with only ASCII characters (\\uXXXX escapes)."""
    return _json.encode(s, False, True, False, True, False, None, ', ', ': ', None)


class JSONEncoder:
    """Encodes Python objects as JSON text; subclasses override `default` for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan, self.sort_keys, indent, self.item_separator,
                            self.key_separator, self.default)
        return iter((text,))
