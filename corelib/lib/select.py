"""Waiting for I/O: select(), poll and epoll objects, over the native `_select`.

Kestrel runs threads one after another (see `_thread`): a wait that finds nothing ready
first lets the started threads run, since they may be what it waits for."""

import _select
import sys as _sys
from time import monotonic as _monotonic

__all__ = ["select", "poll", "epoll", "error"]

for _name in dir(_select):
    if _name.isupper() and not _name.startswith("EPOLL_CTL"):
        globals()[_name] = getattr(_select, _name)
del _name

error = OSError


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _let_threads_run(ready):
    """Runs the started threads until ready() is true or none is left."""
    th = _sys.modules.get("_thread")
    if th is None or not th._pending:
        return
    th._waits.append(ready)
    try:
        while th._pending:
            th._run_next()
            if ready() or _outer_over(th):
                return
    finally:
        th._waits.pop()


def _outer_over(th):
    """Whether a wait of a thread this one runs inside is over (this one then gives way
    instead of running more queued tasks)."""
    return any(w() for w in th._waits[:-1])


def _timeout_ms(timeout, scale):
    """A timeout as poll(2) milliseconds: -1 for none; `scale` turns it into seconds."""
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError("timeout must be an integer or None")
    secs = timeout * scale
    if secs < 0:
        return -1
    ms = secs * 1000.0
    whole = int(ms)
    return whole + (1 if ms > whole else 0)


def select(rlist, wlist, xlist, timeout=None):
    """Waits until one or more of the objects is ready for reading, writing or has an
    exceptional condition; returns the three lists of those that are."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            lists.append([(obj, _fd_of(obj)) for obj in seq])
        except TypeError as e:
            if "fileno" in str(e):
                raise
            raise TypeError("arguments 1-3 must be sequences") from None
    masks = {}
    for i, bit in enumerate((_select.POLLIN, _select.POLLOUT, _select.POLLPRI)):
        for _, fd in lists[i]:
            masks[fd] = masks.get(fd, 0) | bit
    pairs = list(masks.items())

    def run(ms):
        found = dict(_select.poll(pairs, ms))
        for fd, ev in found.items():
            if ev & _select.POLLNVAL:
                raise OSError(9, "Bad file descriptor")
        return found

    found = run(0)
    if not found and timeout != 0:
        _let_threads_run(lambda: bool(_select.poll(pairs, 0)))
        found = run(0)
        if not found:
            found = run(_timeout_ms(timeout, 1.0))
    rbits = _select.POLLIN | _select.POLLHUP | _select.POLLERR
    wbits = _select.POLLOUT | _select.POLLERR
    return ([obj for obj, fd in lists[0] if found.get(fd, 0) & rbits],
            [obj for obj, fd in lists[1] if found.get(fd, 0) & wbits],
            [obj for obj, fd in lists[2] if found.get(fd, 0) & _select.POLLPRI])


class poll:
    """poll(): an object that waits on registered descriptors (poll(2))."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=_select.POLLIN | _select.POLLPRI | _select.POLLOUT):
        self._fds[_fd_of(fd)] = eventmask & 0xffff

    def modify(self, fd, eventmask):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xffff

    def unregister(self, fd):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        ms = _timeout_ms(timeout, 0.001)
        pairs = list(self._fds.items())
        found = _select.poll(pairs, 0)
        if not found and ms != 0:
            _let_threads_run(lambda: bool(_select.poll(pairs, 0)))
            found = _select.poll(pairs, 0) or _select.poll(pairs, ms)
        return found


poll.__module__ = "select"


class epoll:
    """epoll(sizehint=-1, flags=0): an edge or level triggered I/O event queue."""

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        self._epfd = _select.epoll_create()
        self._fds = set()

    @classmethod
    def fromfd(cls, fd):
        self = cls.__new__(cls)
        self._epfd = fd
        self._fds = set()
        return self

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        return self._epfd < 0

    def close(self):
        if self._epfd >= 0:
            import os
            fd, self._epfd = self._epfd, -1
            os.close(fd)

    def fileno(self):
        self._check()
        return self._epfd

    def register(self, fd, eventmask=_select.EPOLLIN | _select.EPOLLPRI | _select.EPOLLOUT):
        self._check()
        fd = _fd_of(fd)
        _select.epoll_ctl(self._epfd, _select.EPOLL_CTL_ADD, fd, eventmask)
        self._fds.add(fd)

    def modify(self, fd, eventmask):
        self._check()
        _select.epoll_ctl(self._epfd, _select.EPOLL_CTL_MOD, _fd_of(fd), eventmask)

    def unregister(self, fd):
        self._check()
        fd = _fd_of(fd)
        _select.epoll_ctl(self._epfd, _select.EPOLL_CTL_DEL, fd, 0)
        self._fds.discard(fd)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        ms = _timeout_ms(timeout, 1.0)
        if maxevents == -1:
            maxevents = max(len(self._fds), 1)
        elif maxevents <= 0:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        found = _select.epoll_wait(self._epfd, maxevents, 0)
        if not found and ms != 0:
            epfd = self._epfd
            _let_threads_run(lambda: bool(_select.poll([(epfd, _select.POLLIN)], 0)))
            found = _select.epoll_wait(self._epfd, maxevents, 0)
            if not found:
                found = _select.epoll_wait(self._epfd, maxevents, ms)
        return found

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


epoll.__module__ = "select"
