"""Queues between forked processes: pickled objects written whole to a
pipe under a write lock, read whole under a read lock.

Unlike CPython's Queue there is no feeder thread: put() writes at once and
blocks while the pipe (64 KiB) is full and nobody reads."""

import os
import pickle
import queue
import select
import time

from .connection import _HEADER, _read_exact, _write_all
from .synchronize import Lock

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._r, self._w = os.pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._closed = False

    def _put_bytes(self, data):
        with self._wlock:
            _write_all(self._w, _HEADER.pack(len(data)) + data)

    def _get_bytes(self):
        size = _HEADER.unpack(_read_exact(self._r, _HEADER.size))[0]
        return _read_exact(self._r, size)

    def _ready(self, timeout):
        while True:
            try:
                r, _, _ = select.select([self._r], [], [], timeout)
            except InterruptedError:
                continue
            return bool(r)

    def empty(self):
        return not self._ready(0)

    def put(self, obj):
        self._put_bytes(pickle.dumps(obj))

    def get(self):
        with self._rlock:
            data = self._get_bytes()
        return pickle.loads(data)

    def close(self):
        if not self._closed:
            self._closed = True
            os.close(self._r)
            os.close(self._w)


class Queue(SimpleQueue):
    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__()
        self._maxsize = maxsize

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._put_bytes(pickle.dumps(obj))

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        self._check_closed()
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._rlock.acquire(True, timeout):
            raise queue.Empty
        try:
            left = None if deadline is None else max(deadline - time.monotonic(), 0)
            if not self._ready(left):
                raise queue.Empty
            data = self._get_bytes()
        finally:
            self._rlock.release()
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        raise NotImplementedError(
            "Kestrel's multiprocessing.Queue cannot count its items")

    def full(self):
        return False

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


def JoinableQueue(maxsize=0, *, ctx=None):
    raise NotImplementedError(
        "multiprocessing.JoinableQueue needs a shared counter, which Kestrel's "
        "multiprocessing does not have")
