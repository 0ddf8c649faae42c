"""File objects: FileIO over a descriptor, the Buffered* classes over it, TextIOWrapper
over those, and open(). The descriptor work and text codecs are native (_kestrel_io);
nothing is buffered in Python, so positions are always the descriptor's."""

import _kestrel_io as _k

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_O_RDONLY = 0
_O_WRONLY = 1
_O_RDWR = 2
_O_CREAT = 64
_O_EXCL = 128
_O_TRUNC = 512
_O_APPEND = 1024


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


class _IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def __del__(self):
        pass

    # The defaults a user subclass inherits (CPython's IOBase): closed until close(), no
    # capability unless the subclass says so.
    closed = False

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        # Byte by byte through read(), as CPython's IOBase does.
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        return bytes(out)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        self._unsupported("read")

    def readline(self, size=-1):
        self._unsupported("readline")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class FileIO(_RawIOBase):
    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        flags, self._readable, self._writable, self._append, norm = _raw_mode(mode)
        self.mode = norm
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is not None:
                fd = opener(file, flags)
            else:
                fd = _k.open(_fspath(file), flags, 0o666)
        self._fd = fd
        self.name = file
        self.closefd = closefd
        self._closed = False
        if self._append:
            _k.lseek(fd, 0, SEEK_END)

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self.closefd)

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _k.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_closed()
        return _k.isatty(self._fd)

    def _need(self, readable):
        self._check_closed()
        if readable and not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if not readable and not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._need(True)
        if size is None:
            size = -1
        return _k.read(self._fd, size)

    def readall(self):
        return self.read(-1)

    def readline(self, size=-1):
        self._need(True)
        if size is None:
            size = -1
        return _k.readline(self._fd, size, False)

    def write(self, b):
        self._need(False)
        return _k.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_closed()
        return _k.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _k.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        return _k.ftruncate(self._fd, size)

    def close(self):
        if not self._closed:
            self._closed = True
            if self.closefd:
                _k.close(self._fd)

    def __del__(self):
        # An abandoned file gives its descriptor back when collected (CPython: with its last
        # reference). A writer still holding bytes is kept alive by `_DIRTY` until flushed.
        if not getattr(self, "_closed", True) and self.closefd:
            self._closed = True
            _k.close(self._fd)


class _StdRaw(FileIO):
    """The raw layer of sys.stdout/stderr: writes go through the interpreter's output
    buffer, so they stay in order with print()."""

    def write(self, b):
        self._need(False)
        if not isinstance(b, bytes):
            b = _k.to_bytes(b)
        return _k.std_write(self._fd, b)


# Buffered writers holding unwritten bytes, by id: flushed at exit, and before the program
# next opens a file, looks at the file system or starts a process (`_kestrel_io.set_pending`).
_DIRTY = {}


def _flush_all():
    for w in list(_DIRTY.values()):
        try:
            w.flush()
        except Exception:
            pass
    _DIRTY.clear()
    _k.set_pending(False)


class _Buffered(_BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = buffer_size
        # Writes are gathered here (the standard streams already go through the
        # interpreter's output buffer).
        self._wbuf = []
        self._wlen = 0
        self._gather = not isinstance(raw, _StdRaw)

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        cls = type(self).__name__
        try:
            name = self.name
        except AttributeError:
            return "<_io.%s>" % cls
        return "<_io.%s name=%r>" % (cls, name)

    def _write(self, b):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        if not isinstance(b, bytes):
            b = _k.to_bytes(b)
        if not self._gather:
            return self.raw.write(b)
        if not self._wbuf:
            if not _DIRTY:
                _k.set_pending(True)
            _DIRTY[id(self)] = self
        self._wbuf.append(b)
        self._wlen += len(b)
        if self._wlen >= self.buffer_size:
            self._flush_writes()
        return len(b)

    def _flush_writes(self):
        if self._wbuf:
            data = _k.join(self._wbuf) if len(self._wbuf) > 1 else self._wbuf[0]
            self._wbuf = []
            self._wlen = 0
            _DIRTY.pop(id(self), None)
            self.raw.write(data)

    def flush(self):
        self._check_closed()
        self._flush_writes()

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    def seek(self, pos, whence=0):
        self._flush_writes()
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() + self._wlen

    def truncate(self, size=None):
        self._check_closed()
        self._flush_writes()
        return self.raw.truncate(size)

    def close(self):
        if not self.raw.closed:
            try:
                self._flush_writes()
            finally:
                self.raw.close()

    def detach(self):
        self._flush_writes()
        return self.raw


class BufferedReader(_Buffered):
    def _need_read(self):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        self._flush_writes()

    def read(self, size=-1):
        self._need_read()
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._need_read()
        return self.raw.readline(size)

    def write(self, b):
        self._check_closed()
        raise UnsupportedOperation("write")


class BufferedWriter(_Buffered):
    def write(self, b):
        return self._write(b)

    def read(self, size=-1):
        self._check_closed()
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        self._check_closed()
        raise UnsupportedOperation("read")


class BufferedRandom(BufferedReader):
    def write(self, b):
        return self._write(b)


class TextIOWrapper(_TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        # encoding="locale" (io.text_encoding's answer for None) is the locale's: UTF-8 here.
        if encoding == "locale":
            encoding = None
        self._explicit_encoding = encoding is not None
        self.encoding = encoding if encoding is not None else "UTF-8"
        _k.encode("", self.encoding, "strict")
        # Codecs with a byte order mark read and write it once, at the start of the stream:
        # after that the BOM-less variant (`_renc` for reading, `_wenc` for writing) is used.
        self._bom = _bom_variants(self.encoding)
        self._renc = self._wenc = self.encoding
        self._plain = self._bom[0] if self._bom else self.encoding
        self.errors = errors if errors is not None else "strict"
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ""
        # Regular files are read in chunks: `_pending` holds decoded text not yet returned
        # (newlines untranslated, so `tell` can count its bytes) and `_tail` the bytes of a
        # character cut off by the chunk's end. Pipes and terminals are read line by line.
        self._tail = b""
        self._lines = []
        self._li = 0
        self._rest = ""
        self._last = b""
        self._eof = False
        # The kinds of line end read so far (bits: 1 "\r", 2 "\n", 4 "\r\n") for `newlines`,
        # and whether the text read so far ended in a "\r" not yet counted.
        self._nl_seen = 0
        self._nl_cr = False
        try:
            self._chunked = buffer.seekable() and buffer.readable()
        except Exception:
            self._chunked = False

    @property
    def closed(self):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        """The line ends met while reading in universal-newline mode: None, one of "\r",
        "\n", "\r\n", or a tuple of them."""
        if self._newline not in (None, ""):
            return None
        kinds = tuple(k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._nl_seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    def _note_newlines(self, text, final=False):
        """Records the line ends in newly decoded text (a "\r" at its end waits for the next
        text, which may start with "\n")."""
        if self._nl_cr:
            text = "\r" + text
            self._nl_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._nl_cr = True
        if "\r" in text or "\n" in text:
            crlf = text.count("\r\n")
            seen = 0
            if text.count("\r") > crlf:
                seen |= 1
            if text.count("\n") > crlf:
                seen |= 2
            if crlf:
                seen |= 4
            self._nl_seen |= seen

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append("name=%r" % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append("mode=%r" % (self.mode,))
        except AttributeError:
            pass
        parts.append("encoding=%r>" % (self.encoding,))
        return " ".join(parts)

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def _mode(self):
        nl = self._newline
        return 0 if nl == "\n" else 2 if nl == "\r" else 3 if nl == "\r\n" else 1

    def _fill(self):
        """Reads one more chunk into the read-ahead lines; False at the end of the file."""
        if self._eof:
            return False
        b = self.buffer.read(DEFAULT_BUFFER_SIZE)
        if not b:
            self._eof = True
            self._note_newlines("", True)
            if self._tail:
                try:
                    text = _k.decode(self._tail, self._renc, self.errors)
                except UnicodeDecodeError:
                    # Report the position within the chunk, as a whole-chunk decode does.
                    _k.decode(self._last, self._renc, self.errors)
                    raise
                self._tail = b""
                self._add(text)
            if self._rest:
                self._lines.append(self._rest)
                self._rest = ""
            return False
        data = _k.concat(self._tail, b) if self._tail else b
        self._last = data
        text, self._tail = _k.decode_chunk(data, self._renc, self.errors)
        self._bom_seen(data)
        self._add(text)
        return True

    def _add(self, text):
        if self._li:
            del self._lines[:self._li]
            self._li = 0
        self._note_newlines(text)
        lines, self._rest = _k.split_lines(self._rest + text, self._mode())
        self._lines.extend(lines)

    def _pending_text(self):
        return "".join(self._lines[self._li:]) + self._rest

    def _set_pending(self, text):
        self._lines = []
        self._li = 0
        self._rest = ""
        if text:
            lines, rest = _k.split_lines(text, self._mode())
            if rest and self._eof:
                lines.append(rest)
                rest = ""
            self._lines = lines
            self._rest = rest

    def _translated(self, s):
        if self._newline is None and "\r" in s:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def _chunked_readline(self, size):
        if size == 0:
            return ""
        while True:
            if self._li < len(self._lines):
                line = self._lines[self._li]
                if size < 0 or len(line) <= size:
                    self._li += 1
                    return self._translated(line)
                self._lines[self._li] = line[size:]
                return self._translated(line[:size])
            if size >= 0 and len(self._rest) > size:
                part = self._rest[:size]
                self._rest = self._rest[size:]
                return self._translated(part)
            if not self._fill() and self._li >= len(self._lines):
                return ""

    def _chunked_read(self, size):
        if size < 0:
            while self._fill():
                pass
            s = self._pending_text()
            self._set_pending("")
            return self._translated(s)
        p = self._pending_text()
        while len(p) <= size and self._fill():
            p = self._pending_text()
        if self._newline is not None or "\r" not in p[:size + 1]:
            self._set_pending(p[size:])
            return p[:size]
        out = []
        i = 0
        n = 0
        while n < size and i < len(p):
            c = p[i]
            if c == "\r":
                out.append("\n")
                i += 2 if i + 1 < len(p) and p[i + 1] == "\n" else 1
            else:
                out.append(c)
                i += 1
            n += 1
        self._set_pending(p[i:])
        return "".join(out)

    def _decode(self, b):
        s = _k.decode(b, self._renc, self.errors)
        self._bom_seen(b)
        self._note_newlines(s, True)
        if self._newline is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def _need_read(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._need_read()
        if size is None:
            size = -1
        if self._chunked:
            return self._chunked_read(size)
        if size < 0:
            s = self._pending + self._decode(self.buffer.read(-1))
            self._pending = ""
            return s
        s = self._pending
        while len(s) < size:
            chunk = self.buffer.read(size - len(s))
            if not chunk:
                break
            more = chunk
            # Complete a multi-byte character split by the byte count.
            while True:
                try:
                    text = _k.decode(more, self._renc, "strict")
                    break
                except UnicodeDecodeError:
                    extra = self.buffer.read(1)
                    if not extra:
                        text = _k.decode(more, self._renc, self.errors)
                        break
                    more = _k.concat(more, extra)
            if self._newline is None and text.endswith("\r"):
                nxt = self.buffer.read(1)
                if nxt == b"\n":
                    text = text + "\n"
                elif nxt:
                    self._pending_byte_back(nxt)
            self._note_newlines(text)
            if self._newline is None and "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            s = s + text
        self._pending = s[size:]
        return s[:size]

    def _pending_byte_back(self, b):
        if self.buffer.seekable():
            self.buffer.seek(-len(b), SEEK_CUR)
        else:
            self._pending = self._pending + _k.decode(b, self._renc, self.errors)
            self._bom_seen(b)

    def readline(self, size=-1):
        self._need_read()
        if size is None:
            size = -1
        if self._chunked:
            return self._chunked_readline(size)
        if self._pending:
            i = self._pending.find("\n")
            if i >= 0 and (size < 0 or i < size):
                line = self._pending[:i + 1]
                self._pending = self._pending[i + 1:]
                return line
            if size >= 0 and len(self._pending) >= size:
                line = self._pending[:size]
                self._pending = self._pending[size:]
                return line
        head = self._pending
        self._pending = ""
        universal = self._newline is None or self._newline == ""
        limit = -1 if size < 0 else size - len(head)
        raw = self.buffer.raw if hasattr(self.buffer, "raw") else self.buffer
        if hasattr(self.buffer, "_flush_writes"):
            self.buffer._flush_writes()
        b = _k.readline(raw.fileno(), limit, universal)
        line = head + _k.decode(b, self._renc, self.errors)
        self._bom_seen(b)
        self._note_newlines(line[len(head):], not b)
        if self._newline is None and line.endswith("\r\n"):
            line = line[:-2] + "\n"
        elif self._newline is None and line.endswith("\r"):
            line = line[:-1] + "\n"
        return line

    def _drop_read_ahead(self):
        """Gives read-ahead text back to the descriptor (before a write or a seek)."""
        rest = self._pending_text()
        if rest or self._tail:
            back = len(_k.encode(rest, self._plain, "replace")) + len(self._tail)
            self._set_pending("")
            self._tail = b""
            self.buffer.seek(-back, SEEK_CUR)
        self._eof = False

    def write(self, s):
        self._check_closed()
        if self._chunked:
            self._drop_read_ahead()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        if self._newline not in (None, "", "\n") and "\n" in s:
            s = s.replace("\n", self._newline)
        if self._wenc != self._plain:
            # A BOM only at the very start of the stream.
            if self.buffer.seekable() and self.buffer.tell() != 0:
                self._wenc = self._plain
        self.buffer.write(_k.encode(s, self._wenc, self.errors))
        self._wenc = self._plain
        if self.line_buffering and "\n" in s:
            self.buffer.flush()
        return n

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == SEEK_CUR and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self._pending = ""
        self._set_pending("")
        self._tail = b""
        self._eof = False
        if self._bom and pos == 0 and whence == SEEK_SET:
            self._renc = self._wenc = self.encoding
        return self.buffer.seek(pos, whence)

    def tell(self):
        self._check_closed()
        # As CPython, telling a text file writes out what it buffers.
        if hasattr(self.buffer, "_flush_writes"):
            self.buffer._flush_writes()
        rest = self._pending + self._pending_text()
        return (self.buffer.tell() - len(_k.encode(rest, self._plain, "replace"))
                - len(self._tail))

    def __next__(self):
        if self._chunked and not self.closed:
            line = self._chunked_readline(-1)
        else:
            line = self.readline()
        if not line:
            raise StopIteration
        return line

    def truncate(self, size=None):
        self._check_closed()
        if self._chunked:
            self._drop_read_ahead()
        return self.buffer.truncate(size)

    def close(self):
        self.buffer.close()

    def _bom_seen(self, data):
        """After the first bytes read, the byte order is known and the BOM consumed."""
        if self._bom and self._renc == self.encoding and data:
            big = self._bom[2] is not None and data.startswith(self._bom[2])
            self._renc = self._bom[1] if big else self._bom[0]

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def _check_closed(self):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        _TextIOBase._check_closed(self)


def _bom_variants(encoding):
    """(little-endian, big-endian, big-endian BOM) for a codec that starts with a BOM."""
    n = encoding.lower().replace("-", "_").replace(" ", "_")
    if n in ("utf_16", "utf16", "u16"):
        return ("utf-16-le", "utf-16-be", b"\xfe\xff")
    if n in ("utf_32", "utf32", "u32"):
        return ("utf-32-le", "utf-32-be", b"\x00\x00\xfe\xff")
    if n == "utf_8_sig":
        return ("utf-8", "utf-8", None)
    return None


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def _raw_mode(mode):
    """(open flags, readable, writable, append, FileIO mode string) for a mode."""
    kinds = set(mode)
    if len(kinds) != len(mode) or not kinds <= set("rwxab+t"):
        raise ValueError("invalid mode: %r" % (mode,))
    rwxa = [c for c in mode if c in "rwxa"]
    if len(rwxa) != 1:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    c = rwxa[0]
    plus = "+" in mode
    readable = c == "r" or plus
    writable = c != "r" or plus
    if readable and writable:
        flags = _O_RDWR
    elif writable:
        flags = _O_WRONLY
    else:
        flags = _O_RDONLY
    if c == "w":
        flags |= _O_CREAT | _O_TRUNC
        norm = "rb+" if plus else "wb"
    elif c == "x":
        flags |= _O_CREAT | _O_EXCL
        norm = "xb+" if plus else "xb"
    elif c == "a":
        flags |= _O_CREAT | _O_APPEND
        norm = "ab+" if plus else "ab"
    else:
        norm = "rb+" if plus else "rb"
    return flags, readable, writable, c == "a", norm


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(file, (str, bytes, int)):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s"
                        % ("None" if mode is None else type(mode).__name__))
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    modes = set(mode)
    if len(modes) != len(mode) or not modes <= set("rwxab+t"):
        raise ValueError("invalid mode: %r" % (mode,))
    binary = "b" in mode
    if binary and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in mode for c in "rwxa") != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    raw = FileIO(file, "".join(c for c in mode if c in "rwxa+"), closefd, opener=opener)
    if _k.isdir(raw.fileno()):
        raw.close()
        raise IsADirectoryError(21, "Is a directory", file)
    if buffering == 0 and not binary:
        raw.close()
        raise ValueError("can't have unbuffered text I/O")
    if buffering == 0:
        return raw
    if "+" in mode:
        buf = BufferedRandom(raw)
    elif "r" in mode:
        buf = BufferedReader(raw)
    else:
        buf = BufferedWriter(raw)
    if binary:
        return buf
    try:
        text = TextIOWrapper(buf, encoding, errors, newline, line_buffering=buffering == 1)
    except BaseException:
        raw.close()
        raise
    text.mode = mode
    return text


def _std_stream(fd):
    names = {0: "<stdin>", 1: "<stdout>", 2: "<stderr>"}
    if fd == 0:
        raw = FileIO(0, "r", closefd=False)
        buf = BufferedReader(raw)
        mode = "r"
    else:
        raw = _StdRaw(fd, "w", closefd=False)
        buf = BufferedWriter(raw)
        mode = "w"
    raw.name = names[fd]
    t = TextIOWrapper(buf, "utf-8", "strict" if fd != 2 else "backslashreplace", None,
                      line_buffering=fd == 2)
    t.mode = mode
    return t
