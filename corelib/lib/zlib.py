"""zlib: deflate compression with the zlib and gzip wrappers (native `_zlib`, over the
miniz_oxide crate), and the CRC-32/Adler-32 checksums.

The compressed bytes are a valid stream that CPython's zlib inflates to the same data, but
not always the bytes CPython's zlib writes (the two deflaters choose matches differently).
Compression objects gather their input and compress it on flush(); a Z_SYNC_FLUSH or
Z_FULL_FLUSH mid-stream raises NotImplementedError rather than returning a wrong split."""

from _zlib import crc32, adler32, _deflate, _inflate

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _bytes_like(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") \
            from None


def _check_level(level):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    return 6 if level == -1 else level


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns data compressed at `level` as a zlib (or raw, or gzip) stream."""
    data = _bytes_like(data)
    level = _check_level(level)
    if not (9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31):
        raise error("Bad compression level") if wbits == 0 else \
            error("Error -2 while compressing data: inconsistent stream state")
    if wbits == 8 or wbits == -8:
        wbits = 9 if wbits > 0 else -9
    return _deflate(data, level, wbits)


def _inflate_checked(data, wbits, what):
    if not (8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31 or
            40 <= wbits <= 47 or wbits == 0):
        raise ValueError("Invalid initialization option") if what != 'data' else \
            error("Error -2 while preparing to decompress data: inconsistent stream state")
    out, used, status = _inflate(data, wbits)
    if status not in ('end', 'more'):
        raise error(f"Error -3 while decompressing {what}: {status}")
    return out, used, status == 'end'


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns the data of one whole compressed stream."""
    data = _bytes_like(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    out, used, ended = _inflate_checked(data, wbits, 'data')
    if not ended:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _Compress:
    """A compression object: its input is compressed as one stream on flush()."""

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._chunks = []
        self._finished = False

    def compress(self, data, /):
        data = _bytes_like(data)
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        self._chunks.append(data)
        return b''

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            raise NotImplementedError("zlib: only Z_FINISH flushes are supported by Kestrel")
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        self._finished = True
        data = b''.join(self._chunks)
        self._chunks = []
        return _deflate(data, self._level, self._wbits)

    def copy(self):
        c = _Compress(self._level, self._wbits)
        c._chunks = list(self._chunks)
        c._finished = self._finished
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Compress.__name__ = _Compress.__qualname__ = 'Compress'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    level = _check_level(level)
    if method != DEFLATED or not 1 <= memLevel <= 9 or not (
            8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31):
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        raise NotImplementedError("zlib: preset dictionaries are not supported by Kestrel")
    if abs(wbits) == 8 or wbits == 24:
        wbits += 1 if wbits > 0 else -1
    return _Compress(level, wbits)


class _Decompress:
    """A decompression object: fed the stream in pieces, it returns what they add."""

    def __init__(self, wbits):
        self._wbits = wbits
        self._input = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = _bytes_like(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            return b''
        self._input += data
        out, used, ended = _inflate_checked(self._input, self._wbits, 'data')
        new = out[self._given:]
        if max_length and len(new) > max_length:
            raise NotImplementedError("zlib: a max_length shorter than the output is not "
                                      "supported by Kestrel")
        self._given += len(new)
        if ended:
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b''
        return new

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof or not self._input:
            return b''
        out, used, ended = _inflate_checked(self._input, self._wbits, 'data')
        new = out[self._given:]
        self._given += len(new)
        if ended:
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b''
        return new

    def copy(self):
        d = _Decompress(self._wbits)
        d.__dict__.update(self.__dict__)
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise NotImplementedError("zlib: preset dictionaries are not supported by Kestrel")
    if not (8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31 or
            40 <= wbits <= 47 or wbits == 0):
        raise ValueError("Invalid initialization option")
    return _Decompress(wbits)
