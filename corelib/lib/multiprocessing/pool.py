"""Pools of worker processes, forked when the pool is made.

Tasks go to the workers through one pipe (each worker reads a whole task
under a read lock), results come back through another (each worker writes
a whole result under a write lock).  The parent has no helper threads: it
reads results whenever it waits on one (AsyncResult.get/wait, map, the
imap iterators), and while a task waits for room in the task pipe."""

import itertools
import os
import pickle
import select
import signal
import sys
import time

from .connection import _HEADER, _read_exact
from .synchronize import Lock

__all__ = ['Pool', 'ThreadPool']

RUN, CLOSE, TERMINATE = 0, 1, 2

job_counter = itertools.count()


class MaybeEncodingError(Exception):
    """A result or exception of a task could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class _Channel:
    """A pipe carrying length-prefixed messages."""

    def __init__(self):
        self.r, self.w = os.pipe()

    def read(self):
        size = _HEADER.unpack(_read_exact(self.r, _HEADER.size))[0]
        return _read_exact(self.r, size)

    def close(self):
        for fd in (self.r, self.w):
            try:
                os.close(fd)
            except OSError:
                pass


def _worker(tasks, results, rlock, wlock, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        with rlock:
            try:
                data = tasks.read()
            except EOFError:
                return
        task = pickle.loads(data)
        if task is None:
            return
        job, index, kind, func, args, kwds = task
        try:
            if kind == 'call':
                value = (True, func(*args, **kwds))
            elif kind == 'map':
                value = (True, [func(x) for x in args])
            else:
                value = (True, [func(*x) for x in args])
        except Exception as e:
            import traceback
            tb = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
            value = (False, (e, '\n"""\n' + tb + '"""'))
        try:
            out = pickle.dumps((job, index, value))
        except Exception as e:
            wrapped = MaybeEncodingError(e, value[1])
            out = pickle.dumps((job, index, (False, (wrapped, ''))))
        with wlock:
            _write_whole(results.w, _HEADER.pack(len(out)) + out)
        done += 1


def _write_whole(fd, data):
    while data:
        data = data[os.write(fd, data):]


class AsyncResult:
    """The coming result of a task submitted with apply_async."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(job_counter)
        self._value = None
        self._success = None
        self._ready = False
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self._ready:
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._ready:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return
            self._pool._pump(left)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            from . import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, index, result):
        ok, value = result
        self._finish(ok, value if ok else _rebuild_exc(*value))

    def _finish(self, ok, value):
        self._success, self._value = ok, value
        self._ready = True
        del self._pool._cache[self._job]
        if ok and self._callback:
            self._callback(value)
        if not ok and self._error_callback:
            self._error_callback(value)


ApplyResult = AsyncResult


class MapResult(AsyncResult):
    def __init__(self, pool, chunks, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._parts = [None] * chunks
        self._left = chunks
        self._error = None
        if chunks == 0:
            self._finish(True, [])

    def _set(self, index, result):
        ok, value = result
        if not ok and self._error is None:
            self._error = _rebuild_exc(*value)
        self._parts[index] = value if ok else []
        self._left -= 1
        if not self._left:
            if self._error is not None:
                self._finish(False, self._error)
            else:
                self._finish(True, [x for part in self._parts for x in part])


class IMapIterator:
    def __init__(self, pool, ordered):
        self._pool = pool
        self._job = next(job_counter)
        self._ordered = ordered
        self._items = {}
        self._next = 0
        self._length = None
        self._arrived = []
        self._received = 0
        pool._cache[self._job] = self

    def _set(self, index, result):
        ok, value = result
        value = (True, value) if ok else (False, _rebuild_exc(*value))
        if self._ordered:
            self._items[index] = value
        else:
            self._arrived.append(value)
        self._received += 1
        if self._length is not None and self._received == self._length:
            self._pool._cache.pop(self._job, None)

    def _set_length(self, n):
        self._length = n
        if self._received == n:
            self._pool._cache.pop(self._job, None)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if self._ordered and self._next in self._items:
                ok, value = self._items.pop(self._next)
                break
            if not self._ordered and self._arrived:
                ok, value = self._arrived.pop(0)
                break
            if self._length is not None and self._next >= self._length:
                raise StopIteration
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                from . import TimeoutError
                raise TimeoutError
            self._pool._pump(left)
        self._next += 1
        if ok:
            return value
        raise value

    __next__ = next


class Pool:
    """A pool of worker processes for tasks and maps."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = RUN
        self._cache = {}
        self._tasks = _Channel()
        self._results = _Channel()
        self._rlock = Lock()
        self._wlock = Lock()
        self._init = (initializer, initargs, maxtasksperchild)
        self._pids = []
        os.set_blocking(self._tasks.w, False)
        for _ in range(processes):
            self._spawn()
        _pools.append(self)

    def _spawn(self):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                os.set_blocking(self._tasks.w, True)
                _pools.clear()
                _worker(self._tasks, self._results, self._rlock, self._wlock,
                        *self._init)
            except BaseException:
                import traceback
                traceback.print_exc()
                code = 1
            finally:
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except Exception:
                        pass
            os._exit(code)
        self._pids.append(pid)

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<%s.%s state=%s pool_size=%d>' % (
            type(self).__module__, type(self).__qualname__, state, self._processes)

    # -- the parent's side of the pipes

    def _replace_finished(self):
        """Start new workers for those that ended (maxtasksperchild)."""
        for pid in list(self._pids):
            got, _ = os.waitpid(pid, os.WNOHANG)
            if got:
                self._pids.remove(pid)
                if self._state == RUN:
                    self._spawn()

    def _dispatch(self):
        job, index, result = pickle.loads(self._results.read())
        target = self._cache.get(job)
        if target is not None:
            target._set(index, result)

    def _pump(self, timeout):
        """Read one result, waiting up to timeout (None: until one comes)."""
        if self._init[2] is not None:
            self._replace_finished()
            if timeout is None:
                timeout = 0.05 if self._state == RUN else None
        while True:
            try:
                r, _, _ = select.select([self._results.r], [], [], timeout)
            except InterruptedError:
                continue
            break
        if r:
            self._dispatch()

    def _send(self, task):
        data = pickle.dumps(task)
        view = _HEADER.pack(len(data)) + data
        while view:
            try:
                view = view[os.write(self._tasks.w, view):]
                continue
            except BlockingIOError:
                pass
            r, w, _ = select.select([self._results.r], [self._tasks.w], [])
            if r:
                self._dispatch()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # -- the API

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        self._check_running()
        result = AsyncResult(self, callback, error_callback)
        self._send((result._job, 0, 'call', func, tuple(args), dict(kwds)))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pids) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        items = list(iterable)
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        result = MapResult(self, len(chunks), len(items), callback, error_callback)
        for i, chunk in enumerate(chunks):
            self._send((result._job, i, kind, func, chunk, None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, 'map', chunksize, callback,
                               error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 'map', chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, 'star', chunksize, callback,
                               error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 'star', chunksize, None, None).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        it = IMapIterator(self, ordered)
        items = list(iterable)
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        if chunksize == 1:
            for i, item in enumerate(items):
                self._send((it._job, i, 'call', func, (item,), {}))
            it._set_length(len(items))
            return it
        inner = IMapIterator(self, ordered)
        for i, chunk in enumerate(chunks):
            self._send((inner._job, i, 'map', func, chunk, None))
        inner._set_length(len(chunks))
        self._cache.pop(it._job, None)
        return _flatten(inner)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        """No more tasks: the workers end once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pids:
                self._send(None)

    def terminate(self):
        """Stop the workers at once."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        for pid in self._pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        self._reap()

    def _reap(self):
        for pid in self._pids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        self._pids = []
        self._tasks.close()
        self._results.close()
        if self in _pools:
            _pools.remove(self)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state == TERMINATE:
            return
        while self._cache:
            self._pump(None)
        self._reap()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()


def _flatten(chunks):
    for chunk in chunks:
        yield from chunk


def ThreadPool(processes=None, initializer=None, initargs=()):
    raise NotImplementedError(
        "multiprocessing.pool.ThreadPool: Kestrel's threads run one at a time "
        "to completion; use concurrent.futures.ThreadPoolExecutor")


_pools = []


def _terminate_pools():
    for pool in list(_pools):
        pool.terminate()


import atexit  # noqa: E402
atexit.register(_terminate_pools)
