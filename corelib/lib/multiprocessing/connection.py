"""Connections between processes: Pipe() gives two Connection objects over
a pipe (one way) or a socket pair (both ways); messages are pickled objects
or raw bytes, each sent whole with a length header."""

import os
import pickle
import select
import struct

__all__ = ['Connection', 'Pipe', 'wait']

_HEADER = struct.Struct('!Q')


def _write_all(fd, data):
    data = bytes(data)
    while data:
        data = data[os.write(fd, data):]


def _read_exact(fd, n):
    """n bytes from fd, or EOFError if it ends first (b'' at a clean end
    before anything was read is EOFError too)."""
    parts = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b''.join(parts)


def _readable(fd, timeout):
    """Wait (timeout None: for ever) until fd has data or its end."""
    while True:
        try:
            r, _, _ = select.select([fd], [], [], timeout)
        except InterruptedError:
            continue
        return bool(r)


class Connection:
    """One end of a Pipe."""

    def __init__(self, fd, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._fd = fd
        self._readable = readable
        self._writable = writable

    def __repr__(self):
        return '<%s handle=%s>' % (type(self).__name__, self._fd)

    @property
    def closed(self):
        return self._fd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def _check_closed(self):
        if self._fd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def fileno(self):
        self._check_closed()
        return self._fd

    def close(self):
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def send_bytes(self, buf, offset=0, size=None):
        """Send bytes (or a slice of a bytes-like object) as one message."""
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _write_all(self._fd, _HEADER.pack(size) + bytes(m[offset:offset + size]))

    def recv_bytes(self, maxlength=None):
        """The next message's bytes (EOFError when the other end is closed)."""
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        self._check_closed()
        self._check_readable()
        size = _HEADER.unpack(_read_exact(self._fd, _HEADER.size))[0]
        if maxlength is not None and size > maxlength:
            raise OSError("bad message length")
        return _read_exact(self._fd, size)

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self.send_bytes(pickle.dumps(obj))

    def recv(self):
        """The next object sent."""
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is anything to read (waiting up to timeout seconds;
        None: until there is)."""
        self._check_closed()
        self._check_readable()
        return _readable(self._fd, timeout)


def Pipe(duplex=True):
    """(conn1, conn2): with duplex, both ends read and write; otherwise conn1
    only receives and conn2 only sends."""
    if duplex:
        import socket
        a, b = socket.socketpair()
        fa, fb = a.detach(), b.detach()
        return Connection(fa), Connection(fb)
    r, w = os.pipe()
    return Connection(r, writable=False), Connection(w, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list (connections, or anything with fileno(),
    or descriptors) that are ready to read, waiting up to timeout."""
    fds = {}
    for obj in object_list:
        fd = obj if isinstance(obj, int) else obj.fileno()
        fds.setdefault(fd, []).append(obj)
    while True:
        try:
            r, _, _ = select.select(list(fds), [], [], timeout)
        except InterruptedError:
            continue
        return [obj for fd in r for obj in fds[fd]]
