"""Low-level networking: BSD sockets over the native `_socket` (descriptor-level calls).

The socket class keeps CPython's model of timeouts: a socket with a timeout is non-blocking
underneath, and each call waits with poll() for at most the time left. Kestrel runs threads
one after another (see `_thread`), so a call that would block first lets the started
threads run: a server thread then gets to answer the client that waits on it."""

import _socket
import os as _os
import sys as _sys
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag
from time import monotonic as _monotonic
from errno import EINPROGRESS as _EINPROGRESS, EAGAIN as _EAGAIN, EBADF as _EBADF

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind", "socket", "socketpair", "SocketType", "error",
           "timeout", "herror", "gaierror", "getaddrinfo", "gethostname", "gethostbyname",
           "gethostbyname_ex", "gethostbyaddr", "getnameinfo", "getservbyname",
           "getservbyport", "getdefaulttimeout", "setdefaulttimeout", "htons", "ntohs",
           "htonl", "ntohl", "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop", "close",
           "dup", "has_ipv6", "SocketIO"]

for _name in dir(_socket):
    if _name.isupper() and not _name.startswith("POLL"):
        globals()[_name] = getattr(_socket, _name)
        __all__.append(_name)
del _name

AddressFamily = _IntEnum("AddressFamily", {n: v for n, v in globals().items()
                                           if n in ("AF_UNSPEC", "AF_INET", "AF_INET6",
                                                    "AF_UNIX")}, module=__name__)
SocketKind = _IntEnum("SocketKind", {n: v for n, v in globals().items()
                                     if n in ("SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
                                              "SOCK_SEQPACKET", "SOCK_NONBLOCK",
                                              "SOCK_CLOEXEC")}, module=__name__)
MsgFlag = _IntFlag("MsgFlag", {n: v for n, v in globals().items() if n.startswith("MSG_")},
                   module=__name__)
AddressInfo = _IntFlag("AddressInfo", {n: v for n, v in globals().items()
                                       if n.startswith("AI_")}, module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    for _member in _enum:
        globals()[_member.name] = _member
del _enum, _member

has_ipv6 = True
error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_defaulttimeout = None
_GLOBAL_DEFAULT_TIMEOUT = object()
_MASK = ~(_socket.SOCK_NONBLOCK | _socket.SOCK_CLOEXEC)


def _intenum(value, cls):
    try:
        return cls(value)
    except ValueError:
        return value


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if value < 0:
        raise ValueError("Timeout value out of range")
    if value > 9223372036.0:
        raise OverflowError("timestamp out of range for platform time_t")
    return float(value)


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout):
    global _defaulttimeout
    _defaulttimeout = _timeout_value(timeout)


def _let_threads_run(fd, events, deadline=None):
    """Before a call that would block: runs the threads started and not yet run until the
    descriptor is ready or none is left (they may be the other end of this socket). In a
    thread that runs inside waiting threads, waits in short slices and gives up with
    RuntimeError when one of those waits is over first: CPython would switch to that
    thread now, which Kestrel's run-to-completion threads cannot do."""
    th = _sys.modules.get("_thread")
    if th is None or _socket.wait(fd, events, 0):
        return
    ready = lambda: _socket.wait(fd, events, 0)
    if th._pending:
        th._waits.append(ready)
        try:
            while th._pending:
                th._run_next()
                if ready() or _outer_over(th):
                    break
        finally:
            th._waits.pop()
    if not th._waits:
        return
    while not _socket.wait(fd, events, 0.005):
        if any(w() for w in th._waits):
            raise th._Deadlock("a socket wait would block while the thread it runs inside "
                               "could go on: Kestrel runs threads one after another")
        if deadline is not None and _monotonic() >= deadline:
            return


def _outer_over(th):
    """Whether a wait of a thread this one runs inside is over (this one then gives way
    instead of running more queued tasks)."""
    return any(w() for w in th._waits[:-1])


class SocketType:
    """The base of socket objects (`_socket.socket` in CPython)."""
    __slots__ = ()


SocketType.__name__ = SocketType.__qualname__ = "socket"
SocketType.__module__ = "_socket"


class socket(SocketType):
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    __slots__ = ["__weakref__", "_fd", "_family", "_type", "proto", "_timeout", "_io_refs",
                 "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            if hasattr(fileno, "fileno") and not isinstance(fileno, int):
                fileno = fileno.fileno()
            if not isinstance(fileno, int):
                raise TypeError(f"'{fileno.__class__.__name__}' object cannot be "
                                "interpreted as an integer")
            if fileno < 0:
                raise ValueError("negative file descriptor")
            fd = fileno
            if family == -1:
                family = _socket.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0)
            if type == -1:
                type = _socket.getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _socket.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._fd = fd
        self._family = family
        self._type = type
        self.proto = proto
        self._io_refs = 0
        self._closed = False
        if type & _socket.SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _defaulttimeout
        if self._timeout is not None:
            _socket.setblocking(fd, False)

    # -- attributes ----------------------------------------------------------------------

    @property
    def family(self):
        return _intenum(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum(self._type & _MASK, SocketKind)

    def fileno(self):
        return self._fd

    def __repr__(self):
        closed = self._fd == -1
        s = "<%s.%s%s fd=%i, family=%i, type=%i, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self._fd, self._family, self._type & _MASK,
            self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __del__(self):
        try:
            if self._fd != -1 and not self._closed:
                self._closed = True
                fd, self._fd = self._fd, -1
                _socket.close(fd)
        except Exception:
            pass

    # -- timeouts ------------------------------------------------------------------------

    def settimeout(self, value):
        value = _timeout_value(value)
        self._timeout = value
        _socket.setblocking(self._fd, value is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def _call(self, op, events, *args):
        """Runs op(fd, *args) as the socket's timeout says: blocking, at most the timeout,
        or once (non-blocking)."""
        fd = self._fd
        t = self._timeout
        if t is None:
            if fd >= 0:
                _let_threads_run(fd, events)
            return op(fd, *args)
        if t == 0.0:
            return op(fd, *args)
        deadline = _monotonic() + t
        while True:
            try:
                return op(fd, *args)
            except BlockingIOError:
                pass
            _let_threads_run(fd, events, deadline)
            left = deadline - _monotonic()
            if left <= 0 or not _socket.wait(fd, events, left):
                if not _socket.wait(fd, events, 0):
                    raise TimeoutError("timed out")

    # -- connections ---------------------------------------------------------------------

    def bind(self, address):
        _socket.bind(self._fd, self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, backlog)

    def _accept(self):
        return self._call(_socket.accept, _socket.POLLIN)

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self._family, self._type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def _connect(self, address):
        fd = self._fd
        err = _socket.connect(fd, self._family, address)
        if err == _EINPROGRESS and self._timeout != 0.0:
            t = self._timeout
            _let_threads_run(fd, _socket.POLLOUT, None if t is None else _monotonic() + t)
            if not _socket.wait(fd, _socket.POLLOUT, t):
                raise TimeoutError("timed out")
            err = _socket.getsockopt(fd, SOL_SOCKET, SO_ERROR, 0)
        return err

    def connect(self, address):
        err = self._connect(address)
        if err:
            raise OSError(err, _os.strerror(err))

    def connect_ex(self, address):
        try:
            return self._connect(address)
        except TimeoutError:
            return _EAGAIN

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    # -- data ----------------------------------------------------------------------------

    def send(self, data, flags=0):
        return self._call(_socket.send, _socket.POLLOUT, data, flags)

    def sendall(self, data, flags=0):
        data = memoryview(data).cast("B") if not isinstance(data, bytes) else data
        total = len(data)
        sent = 0
        start = _monotonic()
        t = self._timeout
        while sent < total:
            if t:
                left = t - (_monotonic() - start)
                if left <= 0:
                    raise TimeoutError("timed out")
            sent += self.send(data[sent:], flags)
        return None

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return self._call(_socket.sendto, _socket.POLLOUT, data, flags, self._family, addr)

    def recv(self, bufsize, flags=0):
        return self._call(_socket.recv, _socket.POLLIN, bufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return self._call(_socket.recvfrom, _socket.POLLIN, bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        size = len(memoryview(buffer).cast("B"))
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        n = len(data)
        memoryview(buffer).cast("B")[:n] = data
        return n

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recvfrom_into")
        size = len(memoryview(buffer).cast("B"))
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError("nbytes is greater than the length of the buffer")
        data, addr = self.recvfrom(nbytes, flags)
        n = len(data)
        memoryview(buffer).cast("B")[:n] = data
        return n, addr

    def sendfile(self, file, offset=0, count=None):
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            size = 8192 if count is None else min(8192, count - total)
            chunk = file.read(size)
            if not chunk:
                break
            self.sendall(chunk)
            total += len(chunk)
        if total > 0 and hasattr(file, "seek"):
            file.seek(offset + total)
        return total

    # -- options -------------------------------------------------------------------------

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            value = bytes(optlen or 0)
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    # -- descriptors ---------------------------------------------------------------------

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None,
                 newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = 8192
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        import io
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = _SocketReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _socket.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        fd = _socket.dup(self._fd)
        sock = self.__class__(self._family, self._type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def set_inheritable(self, inheritable):
        pass

    def get_inheritable(self):
        return False


socket.__module__ = "socket"


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _socket.dup(fd))


def close(fd):
    _socket.close(fd)


def dup(fd):
    return _socket.dup(fd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


import io as _io


class SocketIO(_io.RawIOBase):
    """The raw I/O of a socket, for makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def readinto(self, b):
        self._checkClosed()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except BlockingIOError:
            return None

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            return self.readall()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv(size)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except BlockingIOError:
            return None

    def write(self, b):
        self._checkClosed()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed socket.")

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self._closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def flush(self):
        pass

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()
        self._sock = None


class _SocketReader(_io.BufferedIOBase):
    """A buffered reader over SocketIO: reads a chunk at a time, lines out of the chunk."""

    def __init__(self, raw, buffer_size=8192):
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b""

    @property
    def closed(self):
        return self.raw.closed

    @property
    def mode(self):
        return "rb"

    @property
    def name(self):
        return self.raw.name

    def readable(self):
        return True

    def writable(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    def _fill(self):
        chunk = self.raw.read(self.buffer_size)
        if not chunk:
            return False
        self._buf += chunk
        return True

    def read(self, size=-1):
        if self.closed:
            raise ValueError("read of closed file")
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._buf = self._buf, b""
            return out
        while len(self._buf) < size and self._fill():
            pass
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def read1(self, size=-1):
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def peek(self, size=0):
        if not self._buf:
            self._fill()
        return self._buf

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        memoryview(b).cast("B")[:n] = data
        return n

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        start = 0
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        out, self._buf = self._buf[:end], self._buf[end:]
        return out

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def flush(self):
        pass

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# -- name resolution -----------------------------------------------------------------------

def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, str):
        try:
            host.encode("ascii")
        except UnicodeEncodeError:
            host = host.encode("idna")
    if port is not None and not isinstance(port, (int, str, bytes)):
        raise OSError("Int or String expected")
    out = []
    for fam, ty, pr, canon, addr in _socket.getaddrinfo(host, port, family, type, proto,
                                                        flags):
        out.append((_intenum(fam, AddressFamily), _intenum(ty, SocketKind), pr, canon, addr))
    return out


def gethostname():
    return _socket.gethostname()


def _host_text(host, name):
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode()
    if not isinstance(host, str):
        raise TypeError(f"{name}() argument 1 must be str, bytes or bytearray, not "
                        f"{type(host).__name__}")
    return host


def gethostbyname(hostname):
    hostname = _host_text(hostname, "gethostbyname")
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def gethostbyname_ex(hostname):
    hostname = _host_text(hostname, "gethostbyname_ex")
    infos = getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    ips = []
    for info in infos:
        if info[4][0] not in ips:
            ips.append(info[4][0])
    name = infos[0][3] or hostname
    return name, [], ips


def gethostbyaddr(ip_address):
    ip_address = _host_text(ip_address, "gethostbyaddr")
    infos = getaddrinfo(ip_address, None, 0, SOCK_STREAM)
    fam, _, _, _, addr = infos[0]
    try:
        name, _ = _socket.getnameinfo(addr[:2], NI_NAMEREQD)
    except gaierror:
        raise herror(1, "Unknown host") from None
    ips = []
    for info in getaddrinfo(name, None, fam, SOCK_STREAM):
        if info[4][0] not in ips:
            ips.append(info[4][0])
    if addr[0] not in ips:
        ips = [addr[0]]
    return name, [], ips


def getnameinfo(sockaddr, flags):
    if not isinstance(sockaddr, tuple):
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    return _socket.getnameinfo(sockaddr, flags)


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except OSError:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if "." in name:
                break
        else:
            name = hostname
    return name


def getservbyname(servicename, protocolname=None):
    if not isinstance(servicename, str):
        raise TypeError(f"getservbyname() argument 1 must be str, not "
                        f"{type(servicename).__name__}")
    kind = SOCK_DGRAM if protocolname == "udp" else SOCK_STREAM
    try:
        infos = _socket.getaddrinfo(None, servicename, AF_INET, kind, 0, 0)
    except gaierror:
        raise OSError("service/proto not found") from None
    return infos[0][4][1]


_SERVICES = {7: "echo", 13: "daytime", 20: "ftp-data", 21: "ftp", 22: "ssh", 23: "telnet",
             25: "smtp", 53: "domain", 80: "http", 110: "pop3", 119: "nntp", 123: "ntp",
             143: "imap2", 161: "snmp", 389: "ldap", 443: "https", 465: "submissions",
             587: "submission", 993: "imaps", 995: "pop3s"}


def getservbyport(port, protocolname=None):
    if not isinstance(port, int):
        raise TypeError(f"'{type(port).__name__}' object cannot be interpreted as an integer")
    if not 0 <= port <= 65535:
        raise OverflowError("getservbyport: port must be 0-65535.")
    try:
        kind = SOCK_DGRAM if protocolname == "udp" else SOCK_STREAM
        name = _socket.getnameinfo(("127.0.0.1", port),
                                   NI_NUMERICHOST | (NI_DGRAM if kind == SOCK_DGRAM else 0))[1]
    except OSError:
        name = str(port)
    if name == str(port):
        name = _SERVICES.get(port)
        if name is None:
            raise OSError("port/proto not found")
    return name


# -- byte order and address conversions -----------------------------------------------------

def _index(x):
    if not isinstance(x, int):
        try:
            return x.__index__()
        except AttributeError:
            raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an "
                            "integer") from None
    return x


def _swap16(name, x):
    x = _index(x)
    if x < 0:
        raise OverflowError(f"{name}: can't convert negative Python int to C 16-bit "
                            "unsigned integer")
    if x > 0x7fffffff:
        raise OverflowError("signed integer is greater than maximum")
    if x > 0xffff:
        raise OverflowError(f"{name}: Python int too large to convert to C 16-bit unsigned "
                            "integer")
    return ((x & 0xff) << 8) | (x >> 8)


def _swap32(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, {type(x).__name__} found")
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, "little"), "big")


def htons(x):
    return _swap16("htons", x)


def ntohs(x):
    return _swap16("ntohs", x)


def htonl(x):
    return _swap32(x)


def ntohl(x):
    return _swap32(x)


def _aton_part(text):
    if not text:
        raise ValueError
    if text[:2] in ("0x", "0X"):
        return int(text[2:], 16) if text[2:] else 0
    if text.startswith("0") and len(text) > 1:
        return int(text[1:], 8)
    if not text.isdigit():
        raise ValueError
    return int(text)


def inet_aton(ip_string):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_aton() argument 1 must be str, not {type(ip_string).__name__}")
    # inet_aton(3) accepts trailing text after a space.
    text = ip_string.split(" ", 1)[0] if " " in ip_string else ip_string
    try:
        parts = [_aton_part(p) for p in text.split(".")]
        if not 1 <= len(parts) <= 4:
            raise ValueError
        last_bits = 8 * (5 - len(parts))
        if any(p > 255 for p in parts[:-1]) or parts[-1] >= 1 << last_bits:
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    value = 0
    for p in parts[:-1]:
        value = (value << 8) | p
    value = (value << last_bits) | parts[-1]
    return value.to_bytes(4, "big")


def inet_ntoa(packed_ip):
    data = bytes(memoryview(packed_ip))
    if len(data) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in data)


def inet_pton(address_family, ip_string):
    return _socket.inet_pton(address_family, ip_string)


def inet_ntop(address_family, packed_ip):
    return _socket.inet_ntop(address_family, packed_ip)


# -- connections ----------------------------------------------------------------------------

def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if family in (AF_INET, AF_INET6):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except OSError:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise OSError(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise
