"""gzip: compress and decompress gzip data, and read and write .gz files (GzipFile, open).

A GzipFile read decompresses the whole file when opened; one written is compressed when it
is closed (the data is gathered in memory until then)."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(level):
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(level, mtime, fname=b'', os_byte=255):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime), _xfl(level), os_byte)
    if fname:
        head += fname + b'\0'
    return head


def _deflate_member(data, level, mtime, fname=b'', os_byte=255):
    body = zlib.compress(data, level, wbits=-15)
    return (_header(level, mtime, fname, os_byte) + body +
            struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Returns `data` as one gzip member."""
    # CPython's gzip.compress names the OS (3, Unix) where GzipFile writes 255.
    return _deflate_member(memoryview(data).tobytes(), compresslevel, mtime, os_byte=3)


def _read_header(data, pos):
    """The offset of a member's deflate data, after checking its header."""
    magic = data[pos:pos + 2]
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    p = pos + 10
    if flag & FEXTRA:
        (n,) = struct.unpack("<H", data[p:p + 2])
        p += 2 + n
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b'\0', p)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was "
                               "reached")
            p = end + 1
    if flag & FHCRC:
        p += 2
    return p


def decompress(data):
    """Returns the data of all the gzip members in `data`."""
    data = memoryview(data).tobytes()
    out = []
    pos = 0
    while pos < len(data):
        start = _read_header(data, pos)
        d = zlib.decompressobj(-15)
        chunk = d.decompress(data[start:])
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was "
                           "reached")
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was "
                           "reached")
        crc, size = struct.unpack("<II", trailer[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(zlib.crc32(chunk))))
        if size != (len(chunk) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        rest = trailer[8:]
        pos = len(data) - len(rest)
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return b''.join(out)


class GzipFile(io.BufferedIOBase):
    """A file-like object over a gzip file (or a file object holding one)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in "
                              "future Python releases.  Specify the mode argument for "
                              "opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self._chunks = []
            self._level = compresslevel
            self._mtime = mtime
            self.name = filename
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.compress = None

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    def _check(self, want):
        self._check_not_closed()
        if self.mode != want:
            import errno
            what = "write() on read-only" if want == WRITE else "read() on write-only"
            raise OSError(errno.EBADF, what + " GzipFile object")

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self._chunks.append(bytes(data))
        return length

    def read(self, size=-1):
        self._check(READ)
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check(READ)
        return self._buffer.read1(size)

    def peek(self, n):
        self._check(READ)
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check(READ)
        return self._buffer.readline(size)

    def readinto(self, b):
        self._check(READ)
        return self._buffer.readinto(b)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fname = os.path.basename(self.name)
                if not isinstance(fname, bytes):
                    fname = fname.encode('latin-1', 'replace')
                if fname.endswith(b'.gz'):
                    fname = fname[:-3]
                fileobj.write(_deflate_member(b''.join(self._chunks), self._level,
                                              self._mtime, fname))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        self._check(READ)
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def seek(self, offset, whence=io.SEEK_SET):
        self._check(READ)
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return sum(len(c) for c in self._chunks)
        return self._buffer.tell()

    def __iter__(self):
        self._check(READ)
        return iter(self._buffer.readline, b'')

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check(READ)
        return self._buffer.readlines(hint)

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Opens a gzip file in binary or text mode."""
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
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def main():
    """`python -m gzip [--fast | --best | -d] [file ...]`: compresses each file to file.gz
    (or decompresses file.gz), keeping the input; stdin to stdout without files."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description=(
        "A simple command line interface for the gzip module: act like gzip, but do not "
        "delete the input file."))
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fast", action="store_true", help="compress faster")
    group.add_argument("--best", action="store_true", help="compress better")
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar="file")
    args = parser.parse_args()
    level = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        level = _COMPRESS_LEVEL_FAST
    elif args.best:
        level = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == "-":
                src = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                dst = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit("filename doesn't end in .gz: %r" % (arg,))
                src = open(arg, "rb")
                dst = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                src = sys.stdin.buffer
                dst = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                               compresslevel=level)
            else:
                src = builtins.open(arg, "rb")
                dst = open(arg + ".gz", "wb", compresslevel=level)
        while True:
            chunk = src.read(io.DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            dst.write(chunk)
        if dst is not sys.stdout.buffer:
            dst.close()
        if src is not sys.stdin.buffer:
            src.close()


if __name__ == "__main__":
    main()
