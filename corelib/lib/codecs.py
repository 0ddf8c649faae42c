"""The codec registry and base classes (CPython's `codecs`), over Kestrel's native text codecs
(`str.encode`/`bytes.decode`, corelib/src/types/codecs.rs).

Text codecs: utf-8, utf-8-sig, utf-16 and utf-32 (plain, -le, -be), latin-1, ascii, cp1252,
unicode_escape and raw_unicode_escape. Bytes-to-bytes: hex and base64; str-to-str: rot13.
Error handlers registered with `register_error` apply to `codecs.encode`/`decode`, the
functions and classes this module returns and `codecs.open`, not to a plain `str.encode`.
Other codecs CPython has (quopri, uu, zlib, bz2, the legacy code pages) raise LookupError."""

import builtins
import sys

__all__ = ['register', 'unregister', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE',
           'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8',
           'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE',
           'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """What `lookup` returns: (encode, decode, streamreader, streamwriter) plus the name and
    the incremental classes as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """A stateless encoder/decoder pair."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes `_buffer_decode` did not consume (an incomplete sequence) for the next
    call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + _bytes_arg(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes a byte stream; an incomplete sequence at the end of one read waits
    for the next."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''

    def _fill(self, size):
        """Decodes more of the stream into `charbuffer`; False at the end of the stream."""
        data = self.stream.read() if size < 0 else self.stream.read(size)
        final = not data
        data = self.bytebuffer + data
        chars, consumed = self.decode(data, self.errors, final) \
            if self._incremental else self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += chars
        return not final

    _incremental = False

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0 and size >= 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(-1 if chars < 0 else max(chars, 64)):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ''
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(True)
            if len(lines) > 1 or (lines and lines[0].endswith(('\n', '\r\n'))):
                line = lines[0]
                if line.endswith('\r') and len(lines) == 1:
                    pass
                else:
                    self.charbuffer = self.charbuffer[len(line):]
                    return line if keepends else line.splitlines(False)[0]
            if not self._fill(72):
                line, self.charbuffer = self.charbuffer, ''
                if not keepends and line:
                    line = line.splitlines(False)[0]
                return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A reader and a writer over one stream (what `codecs.open` returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# -- error handlers --------------------------------------------------------------------------

_NATIVE_HANDLERS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                    'namereplace', 'surrogateescape', 'surrogatepass')


def _cannot_handle(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if isinstance(exc, UnicodeError):
        return ('', exc.end)
    raise _cannot_handle(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    raise _cannot_handle(exc)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot_handle(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot_handle(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name is not None else _escape(c))
        return (''.join(out), exc.end)
    raise _cannot_handle(exc)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, error_handler):
    if not isinstance(name, str):
        raise TypeError(f'register_error() argument 1 must be str, not {type(name).__name__}')
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {type(name).__name__}')
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _handler_result(res, kind):
    if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[1], int)
            or not isinstance(res[0], (str, bytes) if kind == 'encoding' else str)):
        what = '(str/bytes, int)' if kind == 'encoding' else '(str, int)'
        raise TypeError(f'{kind} error handler must return {what} tuple')
    return res


def _text_encode(s, encoding, errors):
    """`s.encode(encoding, errors)`, with a registered handler if `errors` names one (looked
    up at the first character the codec cannot encode, as CPython does)."""
    if errors in _NATIVE_HANDLERS:
        return s.encode(encoding, errors)
    out = []
    pos = 0
    handler = None
    while True:
        try:
            out.append(s[pos:].encode(encoding))
            return b''.join(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(encoding))
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
            if handler is None:
                handler = lookup_error(errors)
            rep, newpos = _handler_result(handler(exc), 'encoding')
            out.append(rep if isinstance(rep, bytes) else rep.encode(encoding))
            if newpos < 0:
                newpos += len(s)
            if not 0 <= newpos <= len(s):
                raise IndexError(f'position {newpos} from error handler out of bounds')
            pos = newpos


def _text_decode(data, encoding, errors):
    """`data.decode(encoding, errors)`, with a registered handler if `errors` names one."""
    if errors in _NATIVE_HANDLERS:
        return data.decode(encoding, errors)
    out = []
    pos = 0
    handler = None
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(encoding))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            if handler is None:
                handler = lookup_error(errors)
            rep, newpos = _handler_result(handler(exc), 'decoding')
            out.append(rep)
            if newpos < 0:
                newpos += len(data)
            if not 0 <= newpos <= len(data):
                raise IndexError(f'position {newpos} from error handler out of bounds')
            pos = newpos


def _bytes_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _str_arg(s, fname):
    if not isinstance(s, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(s).__name__}')
    return s


# -- text codecs ---------------------------------------------------------------------------

def _utf8_incomplete(b):
    """How many bytes at the end of `b` begin a UTF-8 sequence that more bytes may finish."""
    n = len(b)
    for k in range(1, min(3, n) + 1):
        lead = b[n - k]
        if lead < 0x80:
            return 0
        if lead < 0xC0:
            continue
        need = 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else \
            4 if 0xF0 <= lead < 0xF5 else 0
        if need <= k:
            return 0
        if k > 1:
            second = b[n - k + 1]
            lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                      0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
            if not lo <= second <= hi:
                return 0
        return k
    return 0


def _unit_incomplete(b, width, big):
    """Trailing bytes of UTF-16/32 data that more bytes may finish (a partial unit, or a
    UTF-16 high surrogate waiting for its pair)."""
    extra = len(b) % width
    if width == 2 and len(b) - extra >= 2:
        last = b[len(b) - extra - 2:len(b) - extra]
        unit = last[0] << 8 | last[1] if big else last[1] << 8 | last[0]
        if 0xD800 <= unit < 0xDC00:
            return extra + 2
    return extra


def _decoder_fn(encoding, fname, incomplete=None):
    def decode(data, errors='strict', final=False):
        data = _bytes_arg(data)
        if errors is None:
            errors = 'strict'
        keep = 0 if final or incomplete is None else incomplete(data)
        part = data[:len(data) - keep] if keep else data
        return (_text_decode(part, encoding, errors), len(part))
    decode.__name__ = fname
    return decode


def _encoder_fn(encoding, fname):
    def encode(s, errors='strict'):
        _str_arg(s, fname)
        return (_text_encode(s, encoding, 'strict' if errors is None else errors), len(s))
    encode.__name__ = fname
    return encode


utf_8_encode = _encoder_fn('utf-8', 'utf_8_encode')
utf_8_decode = _decoder_fn('utf-8', 'utf_8_decode', _utf8_incomplete)
latin_1_encode = _encoder_fn('latin-1', 'latin_1_encode')
latin_1_decode = _decoder_fn('latin-1', 'latin_1_decode')
ascii_encode = _encoder_fn('ascii', 'ascii_encode')
ascii_decode = _decoder_fn('ascii', 'ascii_decode')
utf_16_le_encode = _encoder_fn('utf-16-le', 'utf_16_le_encode')
utf_16_le_decode = _decoder_fn('utf-16-le', 'utf_16_le_decode',
                               lambda b: _unit_incomplete(b, 2, False))
utf_16_be_encode = _encoder_fn('utf-16-be', 'utf_16_be_encode')
utf_16_be_decode = _decoder_fn('utf-16-be', 'utf_16_be_decode',
                               lambda b: _unit_incomplete(b, 2, True))
utf_32_le_encode = _encoder_fn('utf-32-le', 'utf_32_le_encode')
utf_32_le_decode = _decoder_fn('utf-32-le', 'utf_32_le_decode',
                               lambda b: _unit_incomplete(b, 4, False))
utf_32_be_encode = _encoder_fn('utf-32-be', 'utf_32_be_encode')
utf_32_be_decode = _decoder_fn('utf-32-be', 'utf_32_be_decode',
                               lambda b: _unit_incomplete(b, 4, True))
utf_16_encode = _encoder_fn('utf-16', 'utf_16_encode')
utf_32_encode = _encoder_fn('utf-32', 'utf_32_encode')
unicode_escape_encode = _encoder_fn('unicode_escape', 'unicode_escape_encode')
unicode_escape_decode = _decoder_fn('unicode_escape', 'unicode_escape_decode')
raw_unicode_escape_encode = _encoder_fn('raw_unicode_escape', 'raw_unicode_escape_encode')
raw_unicode_escape_decode = _decoder_fn('raw_unicode_escape', 'raw_unicode_escape_decode')


def _bom_decoder_fn(width, fname):
    """utf_16_decode/utf_32_decode: the byte order from a BOM, else little-endian."""
    boms = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
    le = utf_16_le_decode if width == 2 else utf_32_le_decode
    be = utf_16_be_decode if width == 2 else utf_32_be_decode

    def decode(data, errors='strict', final=False):
        data = _bytes_arg(data)
        if data.startswith(boms[0]):
            s, n = le(data[width:], errors, final)
            return (s, n + width)
        if data.startswith(boms[1]):
            s, n = be(data[width:], errors, final)
            return (s, n + width)
        if not final and len(data) < width:
            return ('', 0)
        return le(data, errors, final)
    decode.__name__ = fname
    return decode


utf_16_decode = _bom_decoder_fn(2, 'utf_16_decode')
utf_32_decode = _bom_decoder_fn(4, 'utf_32_decode')


def _bom_codec_classes(bom, body_encoding, width):
    """Incremental classes for utf-16/utf-32/utf-8-sig: a BOM is written once, at the start;
    on decoding it is read (and for utf-16/32 chooses the byte order) once."""
    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = _text_encode(_str_arg(input, 'encode'), body_encoding, self.errors)
            if self.first:
                self.first = False
                return bom + data
            return data

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.body = None

        def _buffer_decode(self, input, errors, final):
            start = 0
            if self.body is None:
                if width == 3:
                    if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                        return ('', 0)
                    if input.startswith(BOM_UTF8):
                        start = 3
                    self.body = utf_8_decode
                else:
                    if len(input) < width and not final:
                        return ('', 0)
                    names = ('utf_16', 2) if width == 2 else ('utf_32', 4)
                    le = globals()[names[0] + '_le_decode']
                    be = globals()[names[0] + '_be_decode']
                    boms = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 \
                        else (BOM_UTF32_LE, BOM_UTF32_BE)
                    if input.startswith(boms[0]):
                        self.body, start = le, width
                    elif input.startswith(boms[1]):
                        self.body, start = be, width
                    else:
                        self.body = le
            s, n = self.body(input[start:], errors, final)
            return (s, n + start)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.body = None

    return Encoder, Decoder


def _simple_classes(encode, decode):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    return Encoder, Decoder


def _stream_classes(encode, decode, incremental):
    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        _incremental = incremental

    Writer.encode = staticmethod(encode)
    Reader.encode = staticmethod(encode)
    Writer.decode = staticmethod(decode)
    Reader.decode = staticmethod(decode)
    return Reader, Writer


def _text_info(name, encode, decode, classes=None):
    """CodecInfo of a text codec, from its encode(str, errors) and decode(bytes, errors,
    final) functions (an incomplete sequence at the end waits unless `final`)."""
    enc_cls, dec_cls = classes or _simple_classes(encode, decode)
    reader, writer = _stream_classes(encode, decode, True)

    def stateless_decode(data, errors='strict'):
        return decode(data, errors, True)
    return CodecInfo(encode, stateless_decode, reader, writer, enc_cls, dec_cls, name)


def _sig_encode(s, errors='strict'):
    _str_arg(s, 'utf_8_sig_encode')
    return (BOM_UTF8 + _text_encode(s, 'utf-8', errors), len(s))


def _sig_decode(data, errors='strict', final=False):
    data = _bytes_arg(data)
    start = 3 if data.startswith(BOM_UTF8) else 0
    s, n = utf_8_decode(data[start:], errors, final)
    return (s, n + start)


def _cp1252_info():
    return _text_info('cp1252', _encoder_fn('cp1252', 'charmap_encode'),
                      _decoder_fn('cp1252', 'charmap_decode'))


# -- bytes-to-bytes and str-to-str codecs --------------------------------------------------

def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors='strict'):
    import base64
    return (base64.encodebytes(input), len(input))


def _b64_decode(input, errors='strict'):
    import base64
    return (base64.decodebytes(input), len(input))


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError(f"descriptor 'translate' for 'str' objects doesn't apply to a "
                        f"'{type(input).__name__}' object")
    return (str.translate(input, _ROT13), len(input))


def _binary_info(name, encode, decode):
    """CodecInfo of a bytes-to-bytes (or str-to-str) codec: stateless chunk by chunk."""
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]
    reader, writer = _stream_classes(encode, decode, False)
    return CodecInfo(encode, decode, reader, writer, Encoder, Decoder, name,
                     _is_text_encoding=False)


def _utf16_info(name, width, suffix):
    if width == 3:
        return _text_info('utf-8-sig', _sig_encode, _sig_decode,
                          _bom_codec_classes(BOM_UTF8, 'utf-8', 3))
    base = 'utf_16' if width == 2 else 'utf_32'
    g = globals()
    if suffix:
        return _text_info(name, g[f'{base}_{suffix}_encode'], g[f'{base}_{suffix}_decode'])
    bom = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
    body = 'utf-16-le' if width == 2 else 'utf-32-le'
    return _text_info(name, g[f'{base}_encode'], g[f'{base}_decode'],
                      _bom_codec_classes(bom, body, width))


# Canonical codec names, each with the aliases CPython accepts (normalized: lower case, runs
# of other characters than letters, digits and '.' as one '_').
_BUILTIN = {
    'utf-8': (('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'),
              lambda: _text_info('utf-8', utf_8_encode, utf_8_decode)),
    'utf-8-sig': (('utf_8_sig',), lambda: _utf16_info('utf-8-sig', 3, None)),
    'utf-16': (('utf_16', 'utf16', 'u16'), lambda: _utf16_info('utf-16', 2, None)),
    'utf-16-le': (('utf_16_le', 'utf_16le', 'unicodelittleunmarked'),
                  lambda: _utf16_info('utf-16-le', 2, 'le')),
    'utf-16-be': (('utf_16_be', 'utf_16be', 'unicodebigunmarked'),
                  lambda: _utf16_info('utf-16-be', 2, 'be')),
    'utf-32': (('utf_32', 'utf32', 'u32'), lambda: _utf16_info('utf-32', 4, None)),
    'utf-32-le': (('utf_32_le', 'utf_32le'), lambda: _utf16_info('utf-32-le', 4, 'le')),
    'utf-32-be': (('utf_32_be', 'utf_32be'), lambda: _utf16_info('utf-32-be', 4, 'be')),
    'iso8859-1': (('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859',
                   'cp819', 'iso_ir_100', 'csisolatin1', 'iso_8859_1_1987', 'ibm819'),
                  lambda: _text_info('iso8859-1', latin_1_encode, latin_1_decode)),
    'ascii': (('ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968',
               'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
               'iso_646.irv_1991', 'iso_ir_6', 'us'),
              lambda: _text_info('ascii', ascii_encode, ascii_decode)),
    'cp1252': (('cp1252', 'windows_1252', '1252'), _cp1252_info),
    'unicode-escape': (('unicode_escape',),
                       lambda: _text_info('unicode-escape', unicode_escape_encode,
                                          unicode_escape_decode)),
    'raw-unicode-escape': (('raw_unicode_escape',),
                           lambda: _text_info('raw-unicode-escape', raw_unicode_escape_encode,
                                              raw_unicode_escape_decode)),
    'hex': (('hex', 'hex_codec'), lambda: _binary_info('hex', _hex_encode, _hex_decode)),
    'base64': (('base64', 'base_64', 'base64_codec'),
               lambda: _binary_info('base64', _b64_encode, _b64_decode)),
    'rot-13': (('rot13', 'rot_13'), lambda: _binary_info('rot-13', _rot13, _rot13)),
}
_ALIASES = {alias: name for name, (aliases, _) in _BUILTIN.items() for alias in aliases}
_search_functions = []
_cache = {}


def _normalize(name):
    out = []
    punct = False
    for c in name:
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            if c.isascii():
                out.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    name = _ALIASES.get(_normalize(encoding))
    if name is not None:
        info = _BUILTIN[name][1]()
    elif _native_text_codec(encoding):
        info = _native_info(encoding)
    else:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError('codec search functions must return 4-tuples')
                break
        else:
            # the codecs written in Python, as CPython's encodings package
            from encodings import search_function
            info = search_function(key)
            if info is None:
                raise LookupError(f'unknown encoding: {encoding}')
    _cache[key] = info
    return info


def _registry_encode(s, encoding, errors):
    """str.encode for a codec Kestrel's native codecs lack (found by lookup)."""
    if _probing:
        raise LookupError(f'unknown encoding: {encoding}')
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          "use codecs.encode() to handle arbitrary codecs")
    try:
        result = info.encode(s, errors)
    except Exception as e:
        raise _wrap(e, 'encoding', encoding) from None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    if not isinstance(result[0], bytes):
        if isinstance(result[0], bytearray):
            return bytes(result[0])
        raise TypeError(f"'{encoding}' encoder returned '{type(result[0]).__name__}' "
                        "instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
    return result[0]


def _registry_decode(data, encoding, errors):
    """bytes.decode for a codec Kestrel's native codecs lack (found by lookup)."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          "use codecs.decode() to handle arbitrary codecs")
    try:
        result = info.decode(data, errors)
    except Exception as e:
        raise _wrap(e, 'decoding', encoding) from None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    if not isinstance(result[0], str):
        raise TypeError(f"'{encoding}' decoder returned '{type(result[0]).__name__}' "
                        "instead of 'str'; use codecs.decode() to decode to arbitrary types")
    return result[0]


_probing = []


def _native_text_codec(encoding):
    """Whether str.encode knows the encoding natively (the single-byte code pages, and the
    ASCII text of the East Asian codecs): while probing, the native encoder's fallback to
    this registry answers LookupError."""
    _probing.append(encoding)
    try:
        ''.encode(encoding)
    except LookupError:
        return False
    finally:
        _probing.pop()
    return True


def _native_info(encoding):
    name = _normalize(encoding)

    def encode(s, errors='strict'):
        return (str.encode(s, encoding, errors), len(s))

    def decode(data, errors='strict', final=False):
        data = _bytes_arg(data)
        return (bytes.decode(data, encoding, errors), len(data))
    return _text_info(name, encode, decode)


def _wrap(exc, what, encoding):
    """CPython re-raises a plain exception from a codec with the codec named in the text."""
    import binascii
    if type(exc) in (TypeError, ValueError, LookupError, AttributeError, UnicodeError,
                     binascii.Error) \
            and len(exc.args) <= 1:
        new = type(exc)(f'{what} with {encoding!r} codec failed ({type(exc).__name__}: {exc})')
        new.__cause__ = exc
        return new
    return exc


def _check_args(fname, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError(f"{fname}() argument 'encoding' must be str, not "
                        f"{type(encoding).__name__}")
    if not isinstance(errors, str):
        raise TypeError(f"{fname}() argument 'errors' must be str, not {type(errors).__name__}")


def encode(obj, encoding='utf-8', errors='strict'):
    _check_args('encode', encoding, errors)
    fn = lookup(encoding).encode
    try:
        result = fn(obj, errors)
    except Exception as e:
        raise _wrap(e, 'encoding', encoding) from None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _check_args('decode', encoding, errors)
    fn = lookup(encoding).decode
    try:
        result = fn(obj, errors)
    except Exception as e:
        raise _wrap(e, 'decoding', encoding) from None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


# CPython's encode/decode live in the C module `_codecs`; pickles name them so.
encode.__module__ = decode.__module__ = '_codecs'


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('codecs.EncodedFile is not supported by Kestrel')


# -- escape codecs for bytes (used by pickle and the like) ---------------------------------

_SIMPLE_ESCAPES = {ord('\\'): 92, ord("'"): 39, ord('"'): 34, ord('a'): 7, ord('b'): 8,
                   ord('f'): 12, ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11}


def escape_decode(data, errors=None):
    """Bytes with Python's bytes-literal escapes resolved: (bytes, length consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1') if data.isascii() else data.encode('utf-8')
    data = _bytes_arg(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 92:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError('Trailing \\ in string')
        k = data[i + 1]
        i += 2
        if k in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[k])
        elif k == 10:
            pass
        elif 48 <= k <= 55:
            v = k - 48
            for _ in range(2):
                if i < n and 48 <= data[i] <= 55:
                    v = v * 8 + data[i] - 48
                    i += 1
            out.append(v & 0xFF)
        elif k == ord('x'):
            digits = data[i:i + 2]
            if len(digits) == 2 and all(chr(d) in '0123456789abcdefABCDEF' for d in digits):
                out.append(int(digits, 16))
                i += 2
            else:
                raise ValueError(f'invalid \\x escape at position {i - 2}')
        else:
            out.append(92)
            out.append(k)
    return (bytes(out), n)


def escape_encode(data, errors=None):
    """Bytes written with Python's bytes-literal escapes: (bytes, length consumed)."""
    data = _bytes_arg(data)
    out = bytearray()
    for b in data:
        if b in (92, 39):
            out += b'\\' + bytes([b])
        elif b == 9:
            out += b'\\t'
        elif b == 10:
            out += b'\\n'
        elif b == 13:
            out += b'\\r'
        elif b < 32 or b >= 127:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return (bytes(out), len(data))
