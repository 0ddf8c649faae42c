"""Locks shared by forked processes: a pipe holding one byte per free
permit (acquire reads one, release writes one back), so the permits live
in the kernel and every process that inherited the pipe sees them."""

import os
import select
import time

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore']


class _Permits:
    def __init__(self, count):
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        if count:
            os.write(self._w, b'\0' * count)

    def take(self, block=True, timeout=None):
        if not block:
            timeout = 0
        deadline = None if timeout is None else time.monotonic() + max(timeout, 0)
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except BlockingIOError:
                pass
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                return False
            try:
                select.select([self._r], [], [], wait)
            except InterruptedError:
                pass

    def any_free(self):
        r, _, _ = select.select([self._r], [], [], 0)
        return bool(r)

    def give(self):
        os.write(self._w, b'\0')


class Semaphore:
    """A counter of permits shared by forked processes."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._permits = _Permits(value)

    def acquire(self, block=True, timeout=None):
        return self._permits.take(block, timeout)

    def release(self):
        self._permits.give()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s(...)>' % type(self).__name__


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release past its initial value is an error; only
    value 1 can be checked here (a pipe does not tell how many bytes it
    holds, only whether it holds any)."""

    def __init__(self, value=1, *, ctx=None):
        if value != 1:
            raise NotImplementedError(
                "Kestrel's multiprocessing.BoundedSemaphore supports value=1 only")
        super().__init__(value)

    def release(self):
        if self._permits.any_free():
            raise ValueError("semaphore or lock released too many times")
        self._permits.give()


class Lock(BoundedSemaphore):
    """A lock any process that inherited it can acquire or release."""

    def __init__(self, *, ctx=None):
        super().__init__(1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if self._permits.any_free() else 'unknown')


class RLock:
    """A lock the process (and thread) holding it may acquire again."""

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._owner = None
        self._count = 0

    def _me(self):
        import threading
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if self._owner == me:
            self._count += 1
            return True
        if not self._lock.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != self._me():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


def _unsupported(name):
    def make(*args, **kwargs):
        raise NotImplementedError(
            "multiprocessing.%s needs memory shared between processes, which "
            "Kestrel's multiprocessing does not have" % name)
    make.__name__ = name
    return make


Event = _unsupported('Event')
Condition = _unsupported('Condition')
Barrier = _unsupported('Barrier')
