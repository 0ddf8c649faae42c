"""io: the file classes of _io, and StringIO (an in-memory text stream)."""

from _io import (DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END, UnsupportedOperation,
                 FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
                 _IOBase as IOBase, _RawIOBase as RawIOBase,
                 _BufferedIOBase as BufferedIOBase, _TextIOBase as TextIOBase)
from builtins import open


def _index(v):
    try:
        method = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return method(v)


_SEEN_NEWLINES = [None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"), ("\n", "\r\n"),
                  ("\r", "\n", "\r\n")]


class StringIO(TextIOBase):
    """An in-memory text stream. Writes at the end are collected in a list and joined when
    something else needs the text, so building a string piece by piece stays linear."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._buf = self._translate(initial_value)
        self._tail = []
        self._len = len(self._buf)
        self._pos = 0
        self.closed = False

    line_buffering = False

    @property
    def newlines(self):
        self._check()
        return _SEEN_NEWLINES[self._seen] if self._newline is None else None

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen |= 4
                if s.count("\r") > crlf:
                    self._seen |= 1
                if s.count("\n") > crlf:
                    self._seen |= 2
                return s.replace("\r\n", "\n").replace("\r", "\n")
            if "\n" in s:
                self._seen |= 2
            return s
        if nl in ("\r", "\r\n") and "\n" in s:
            return s.replace("\n", nl)
        return s

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        self._lines = None
        if self._pos == self._len:
            self._tail.append(s)
        else:
            buf = self._text()
            if self._pos > len(buf):
                buf = buf + "\0" * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        buf = self._text()
        if size is None or size < 0:
            r = buf[self._pos:]
        else:
            r = buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def _line_end(self, buf, pos):
        """The index just past the line starting at `pos`."""
        nl = self._newline
        if nl == "":
            i = buf.find("\n", pos)
            j = buf.find("\r", pos, i if i >= 0 else len(buf))
            if j >= 0:
                return j + 2 if buf.startswith("\n", j + 1) else j + 1
            return len(buf) if i < 0 else i + 1
        sep = "\n" if nl is None else nl
        i = buf.find(sep, pos)
        return len(buf) if i < 0 else i + len(sep)

    def _split_rest(self):
        """The lines from the current position to the end, split once for reading on."""
        rest = self._text()[self._pos:]
        nl = self._newline
        sep = "\n" if nl is None or nl == "" else nl
        pieces = rest.split(sep)
        lines = [p + sep for p in pieces[:-1]]
        if pieces[-1]:
            lines.append(pieces[-1])
        if nl == "" and "\r" in rest:
            # Universal line ends: a lone "\r" ends a line too.
            split = []
            for line in lines:
                if "\r" in line:
                    parts = line.split("\r")
                    last = parts.pop()
                    if last == "\n":
                        parts[-1] += "\r\n"
                        split.extend(p + "\r" for p in parts[:-1])
                        split.append(parts[-1])
                    else:
                        split.extend(p + "\r" for p in parts)
                        if last:
                            split.append(last)
                else:
                    split.append(line)
            lines = split
        self._lines = lines
        self._line_index = 0
        self._lines_pos = self._pos

    _lines = None

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        if size is None or size < 0:
            # Sequential reading: lines come from one split of the rest of the text.
            if self._lines is None or self._lines_pos != self._pos or self._tail:
                self._split_rest()
            if self._line_index >= len(self._lines):
                return ""
            line = self._lines[self._line_index]
            self._line_index += 1
            self._pos += len(line)
            self._lines_pos = self._pos
            return line
        buf = self._text()
        end = self._line_end(buf, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readlines(self, hint=-1):
        return list(self) if hint is None or hint <= 0 else TextIOBase.readlines(self, hint)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._lines = None
        if size < self._len:
            self._buf = self._text()[:size]
            self._len = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


StringIO.__module__ = "_io"


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """An in-memory binary stream over a bytearray."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_like(initial_bytes))
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = self._pos + _index(size)
        r = bytes(self._buf[self._pos:end])
        self._pos += len(r)
        return r

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        i = buf.find(b"\n", self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(buf[self._pos:end])
        self._pos += len(r)
        return r

    def readlines(self, hint=-1):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        size = _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


BytesIO.__module__ = "_io"


BlockingIOError = BlockingIOError


def open_code(path):
    """Opens a file of code to read as bytes (no hook is installed in Kestrel)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: "locale" when it is None."""
    return "locale" if encoding is None else encoding


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or none, for text input) to translate "\\r\\n" and "\\r"
    into "\\n" when `translate` is true, and to record which line ends it has seen; a "\\r"
    at the end of one chunk waits for the next, where a "\\n" may follow."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, flag << 1 | int(self._pendingcr)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _SEEN_NEWLINES[self._seen]


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer (two raw streams) used as one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed
