"""The codec search of the encodings package: codecs.lookup falls back on
search_function, which imports encodings.<normalized name> and asks it for
getregentry().  Kestrel's built-in text codecs are known to codecs itself;
the modules here are the codecs written in Python (idna, punycode)."""

import codecs

__all__ = ['normalize_encoding', 'search_function', 'CodecRegistryError']

_cache = {}
_unknown = '--unknown--'


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Each run of characters other than ASCII letters, digits and '.' made
    one '_', with leading and trailing runs dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


def search_function(encoding):
    found = _cache.get(encoding, _unknown)
    if found is not _unknown:
        return found
    name = normalize_encoding(encoding).replace('.', '_').lower()
    module = None
    if name and name.isidentifier():
        try:
            module = __import__('encodings.' + name, fromlist=['_'], level=0)
        except ImportError:
            module = None
    getregentry = getattr(module, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (module.__name__, module.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry
