"""bz2: bzip2 compression (compress/decompress, the incremental BZ2Compressor and
BZ2Decompressor, BZ2File and open). The streams are made and read by `_bz2` (a pure-Rust
port of libbzip2, so the bytes are libbzip2's).

The incremental objects work on whole streams: BZ2Compressor returns its output from
flush(), BZ2Decompressor returns a stream's data once the stream is complete (the bytes
are the same, only delivered later); files are read and written whole."""

import io
import os

import _bz2

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress",
           "decompress"]


def _level(compresslevel):
    if not isinstance(compresslevel, int):
        raise TypeError(f"'{type(compresslevel).__name__}' object cannot be interpreted "
                        "as an integer")
    if not 1 <= compresslevel <= 9:
        raise ValueError("compresslevel must be between 1 and 9")
    return compresslevel


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(data))


def compress(data, compresslevel=9):
    """`data` compressed as one bzip2 stream."""
    return _bz2.compress(_data(data), _level(compresslevel))


def decompress(data):
    """The data of one or more concatenated bzip2 streams (trailing bytes that are not a
    stream are ignored once one stream was read)."""
    data = _data(data)
    results = []
    while data:
        out, used, status = _bz2.decompress(data)
        if status == "invalid":
            if results:
                break
            raise OSError("Invalid data stream")
        if status == "more":
            raise ValueError("Compressed data ended before the end-of-stream marker was "
                             "reached")
        results.append(out)
        data = data[used:]
    return b"".join(results)


class BZ2Compressor:
    """Compresses data given in pieces: compress() collects, flush() returns the
    stream."""

    def __init__(self, compresslevel=9, /):
        self._level = _level(compresslevel)
        self._chunks = []
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        self._chunks.append(_data(data))
        return b""

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out = _bz2.compress(b"".join(self._chunks), self._level)
        self._chunks = []
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BZ2Decompressor:
    """Decompresses one stream given in pieces; `eof` is set at its end and the bytes
    after it are `unused_data`."""

    def __init__(self):
        self._input = b""
        self._output = b""
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = _data(data)
        if data:
            self._input += data
            out, used, status = _bz2.decompress(self._input)
            if status == "invalid":
                raise OSError("Invalid data stream")
            if status == "end":
                self._output += out
                self.unused_data = self._input[used:]
                self._input = b""
                self._done = True
        if max_length is None or max_length < 0:
            result, self._output = self._output, b""
        else:
            result, self._output = self._output[:max_length], self._output[max_length:]
        if getattr(self, "_done", False) and not self._output:
            self.eof = True
        self.needs_input = not self._output and not self.eof
        return result

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


_MODE_CLOSED = 0
_MODE_READ = 1
_MODE_WRITE = 3


class BZ2File(io.BufferedIOBase):
    """A bzip2-compressed file: mode 'r' reads (all concatenated streams), 'w'/'x'
    write one new stream, 'a' appends one."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        self._fp = None
        self._closefp = False
        self._mode = _MODE_CLOSED
        if not (isinstance(compresslevel, int) and 1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        self._level = compresslevel
        if mode in ("", "r", "rb"):
            mode = "rb"
            mode_code = _MODE_READ
        elif mode in ("w", "wb"):
            mode = "wb"
            mode_code = _MODE_WRITE
        elif mode in ("x", "xb"):
            mode = "xb"
            mode_code = _MODE_WRITE
        elif mode in ("a", "ab"):
            mode = "ab"
            mode_code = _MODE_WRITE
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = io.open(filename, mode)
            self._closefp = True
            self._mode = mode_code
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
            self._mode = mode_code
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._buffer = None
        self._chunks = []
        self._pos = 0

    def _load(self):
        if self._buffer is None:
            self._buffer = io.BytesIO(decompress(self._fp.read()))
        return self._buffer

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(_bz2.compress(b"".join(self._chunks), self._level))
                self._chunks = []
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED
                self._buffer = None

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        self._check_not_closed()
        if self._mode != _MODE_READ:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        self._check_not_closed()
        if self._mode != _MODE_WRITE:
            raise io.UnsupportedOperation("File not open for writing")

    def peek(self, n=0):
        self._check_can_read()
        b = self._load()
        pos = b.tell()
        data = b.read()
        b.seek(pos)
        return data

    def read(self, size=-1):
        self._check_can_read()
        return self._load().read(size)

    def read1(self, size=-1):
        self._check_can_read()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._load().read(size)

    def readinto(self, b):
        self._check_can_read()
        return self._load().readinto(b)

    def readline(self, size=-1):
        self._check_can_read()
        return self._load().readline(size)

    def readlines(self, size=-1):
        self._check_can_read()
        return self._load().readlines(size)

    def __iter__(self):
        self._check_can_read()
        return iter(self._load())

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._chunks.append(bytes(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_read()
        return self._load().seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._load().tell()
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File (binary modes) or a text file over one ('rt', 'wt', 'at', 'xt')."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    bz_mode = mode.replace("t", "")
    if bz_mode not in ("", "r", "rb", "w", "wb", "x", "xb", "a", "ab"):
        raise ValueError("Invalid mode: %r" % (mode,))
    binary_file = BZ2File(filename, bz_mode, compresslevel=compresslevel)
    if "t" in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
