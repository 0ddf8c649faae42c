"""ThreadPoolExecutor: each submitted call is queued to run on one of the pool's threads
(taken in turn) when a thread waits, as `_thread` describes."""

import os
import threading
import _thread
from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except (_thread._Deadlock, _thread._Parked):
            raise
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class _Worker(threading.Thread):
    """A pool thread: alive from its first task to the pool's shutdown."""

    def __init__(self, pool, name):
        threading.Thread.__init__(self, name=name)
        self._pool = pool
        self._started = True
        self._ident = _thread._spawn(lambda: None)
        _thread._pending.pop()
        self._native_id = self._ident % 1000003
        threading._active[self._ident] = self
        self._initialized_ok = None

    def _run_item(self, item):
        pool = self._pool
        if self._initialized_ok is None:
            self._initialized_ok = True
            if pool._initializer is not None:
                try:
                    pool._initializer(*pool._initargs)
                except BaseException:
                    import sys
                    import traceback
                    print("Exception in initializer:", file=sys.stderr)
                    traceback.print_exc(file=sys.stderr)
                    self._initialized_ok = False
                    pool._initializer_failed()
        if self._initialized_ok is False or pool._broken:
            if not item.future.done():
                item.future.set_exception(BrokenThreadPool(pool._broken))
            return
        item.run()



class ThreadPoolExecutor(_base.Executor):

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._threads = []
        self._next = 0
        self._items = []
        self._broken = False
        self._shutdown = False
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter_next()))
        self._initializer = initializer
        self._initargs = initargs

    @classmethod
    def _counter_next(cls):
        n = ThreadPoolExecutor._counter
        ThreadPoolExecutor._counter += 1
        return n

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = _base.Future()
        item = _WorkItem(f, fn, args, kwargs)
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            self._threads.append(_Worker(self, name))
        worker = self._threads[self._next % len(self._threads)]
        self._next += 1
        self._items.append(item)
        _thread._spawn_as(worker._ident, worker._run_item, (item,))
        return f

    def _initializer_failed(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        for item in self._items:
            if not item.future.done():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for item in self._items:
                item.future.cancel()
        if wait:
            _thread._block(lambda: all(i.future.done() for i in self._items), None,
                           "ThreadPoolExecutor.shutdown()")
            for t in self._threads:
                t._stop()
        self._items = [i for i in self._items if not i.future.done()]
