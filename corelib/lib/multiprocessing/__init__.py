"""Process-based parallelism over os.fork: Process, Queue, SimpleQueue,
Pipe, Lock, RLock, Semaphore, Pool, cpu_count.

Kestrel's only start method is 'fork' (CPython's default on Linux);
asking for 'spawn' or 'forkserver' raises NotImplementedError.
What needs memory shared between processes (Value, Array, Manager, Event,
Condition, Barrier, JoinableQueue) raises NotImplementedError."""

import os

from .process import Process, current_process, active_children, parent_process
from .connection import Pipe
from .queues import Queue, SimpleQueue, JoinableQueue
from .synchronize import (Lock, RLock, Semaphore, BoundedSemaphore, Event,
                          Condition, Barrier)

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
           'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock',
           'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
           'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods',
           'get_context', 'get_logger', 'get_start_method', 'log_to_stderr',
           'parent_process', 'reducer', 'set_executable', 'set_forkserver_preload',
           'set_start_method']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs in the system."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes."""
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def _shared(name):
    def make(*args, **kwargs):
        raise NotImplementedError(
            "multiprocessing.%s needs memory shared between processes, which "
            "Kestrel's multiprocessing does not have" % name)
    make.__name__ = name
    return make


Value = _shared('Value')
Array = _shared('Array')
RawValue = _shared('RawValue')
RawArray = _shared('RawArray')
Manager = _shared('Manager')


def freeze_support():
    pass


def get_all_start_methods():
    return ['fork']


_METHODS = ('fork', 'spawn', 'forkserver')


def _check_method(method):
    if method is None or method == 'fork':
        return
    if method in _METHODS:
        raise NotImplementedError(
            "Kestrel's multiprocessing starts processes with 'fork' only, not %r"
            % method)
    raise ValueError('cannot find context for %r' % method)


_method_set = False


def get_start_method(allow_none=False):
    if allow_none and not _method_set:
        return None
    return 'fork'


def set_start_method(method, force=False):
    global _method_set
    if _method_set and not force:
        raise RuntimeError('context has already been set')
    _check_method(method)
    _method_set = method is not None


class _ForkContext:
    """The 'fork' context: the module's API."""

    _name = 'fork'

    def __getattr__(self, name):
        import multiprocessing
        if name in multiprocessing.__all__ and name != 'get_context':
            return getattr(multiprocessing, name)
        raise AttributeError(name)

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method)

    def __repr__(self):
        return '<multiprocessing.context.ForkContext object>'


def get_context(method=None):
    _check_method(method)
    return _ForkContext()


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def allow_connection_pickling():
    pass


reducer = None
