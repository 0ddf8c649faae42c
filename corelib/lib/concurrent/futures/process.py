"""ProcessPoolExecutor: Kestrel starts no processes; the calls run in this process on the
scheduler of `_thread`, as ThreadPoolExecutor's do (results and exceptions are the same;
nothing is pickled)."""

import os
from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(ThreadPoolExecutor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor',
                                    initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
