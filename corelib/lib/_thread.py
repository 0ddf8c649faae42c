"""Threads on Kestrel's single-threaded VM: a run-to-completion scheduler.

Kestrel cannot switch between threads in the middle of their code, so a started thread
waits in a queue until the thread running now blocks: joining a thread, acquiring a held
lock, waiting on an event, condition, semaphore, barrier or future, a blocking queue get or
put, or time.sleep. At such a point the started threads run, oldest first, each to its end,
until what was awaited is there. That is one valid schedule of the program; what it cannot
give is a thread blocked in the middle of its code waiting for another blocked thread (both
would have to be suspended at once). When a wait can never end in this schedule, and has
no timeout, it raises RuntimeError (a `_Deadlock`) rather than hang; such an error is not
absorbed by the thread it occurs in, it goes on to the thread that ran it, up to the main
thread, so the program stops with it instead of giving a wrong answer."""

import _time
from collections import deque

__all__ = ['allocate_lock', 'get_ident', 'get_native_id', 'start_new_thread', 'exit',
           'LockType', 'RLock', 'error', 'TIMEOUT_MAX', 'stack_size', 'interrupt_main']

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 140000000000000
_ident_now = _MAIN_IDENT
_last_ident = _MAIN_IDENT
# Started tasks not yet run: (ident, func, args, kwargs), oldest first.
_pending = deque()
_count = 0


class _Deadlock(RuntimeError):
    """A wait that no thread left to run can end."""


class _Parked(BaseException):
    """Ends a thread whose wait cannot end while a thread it runs inside could go on: the
    thread stays alive and waiting for good (as a daemon worker blocked on an empty queue
    at exit does in CPython), and a later wait that needs it raises RuntimeError."""


# The conditions waited on by the threads now running, innermost last.
_waits = []


def get_ident():
    return _ident_now


def get_native_id():
    return _ident_now % 1000003


def _main_ident():
    return _MAIN_IDENT


def _spawn(func, args=(), kwargs=None):
    """Queues func to run as a new thread; returns the thread's ident."""
    global _last_ident
    _last_ident += 4096
    _pending.append((_last_ident, func, args, kwargs or {}))
    return _last_ident


def _spawn_as(ident, func, args=()):
    """Queues func to run as (another task of) the thread `ident`."""
    _pending.append((ident, func, args, {}))


def _run_next():
    """Runs the oldest started task to its end; False when there is none."""
    global _ident_now, _count
    if not _pending:
        return False
    ident, func, args, kwargs = _pending.popleft()
    prev = _ident_now
    _ident_now = ident
    _count += 1
    try:
        func(*args, **kwargs)
    finally:
        _count -= 1
        _ident_now = prev
    return True


def _block(ready, timeout, what):
    """Waits until ready() is true, running started threads meanwhile. Returns ready()'s
    last answer: false only when the timeout ran out."""
    if ready():
        return True
    deadline = None if timeout is None else _time.monotonic() + timeout
    _waits.append(ready)
    try:
        while _pending:
            _run_next()
            if ready():
                return True
            if deadline is not None and _time.monotonic() >= deadline:
                return False
    finally:
        _waits.pop()
    if deadline is None:
        if _ident_now != _MAIN_IDENT and any(w() for w in _waits):
            raise _Parked
        raise _Deadlock(f"{what} would wait forever: Kestrel runs threads one after "
                        "another, and no thread left to run can end this wait")
    left = deadline - _time.monotonic()
    if left > 0:
        _time.sleep(left)
    return bool(ready())


def _sleep_point(secs):
    """time.sleep(secs) lets the started threads run first; returns the time left."""
    try:
        s = float(secs)
    except Exception:
        return secs
    if not s >= 0 or not _pending:
        return secs
    start = _time.monotonic()
    while _pending:
        _run_next()
    return max(0.0, s - (_time.monotonic() - start))


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return None if timeout == -1 else timeout


class LockType:
    """A primitive lock: any thread may release it."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout)
        if self._locked:
            if not blocking:
                return False
            if not _block(lambda: not self._locked, timeout, "acquire() of a held Lock"):
                return False
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType.__name__ = 'lock'
LockType.__qualname__ = 'lock'


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the thread holding it may take it again, and must release it as
    many times."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout)
        me = _ident_now
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is not None:
            if not blocking:
                return False
            if not _block(lambda: self._owner is None, timeout, "acquire() of an RLock held by "
                          "another thread"):
                return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _ident_now:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._owner == _ident_now

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._owner = None
        self._count = 0
        return state

    def _acquire_restore(self, state):
        _block(lambda: self._owner is None, None, "re-acquiring an RLock")
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == _ident_now else 0

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._owner is not None else 'unlocked'
        return (f"<{state} _thread.RLock object owner={self._owner or 0} "
                f"count={self._count} at {id(self):#x}>")


RLock.__module__ = '_thread'
LockType.__module__ = '_thread'


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    return _spawn(_run_bare, (function, args, kwargs or {}))


start_new = start_new_thread


def _run_bare(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except (SystemExit, _Parked):
        pass
    except _Deadlock:
        raise
    except BaseException as e:
        import sys
        import traceback
        print(f"Exception ignored in thread started by: {function!r}", file=sys.stderr)
        traceback.print_exception(e, file=sys.stderr)


def exit():
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def interrupt_main(signum=2):
    raise NotImplementedError("_thread.interrupt_main() is not supported by Kestrel")


def _local_dicts_key():
    return _ident_now


def _sleep(secs):
    """time.sleep once threads exist: threads started and not yet run run meanwhile. The
    native sleep stays in place until then, so tracebacks through it match CPython's."""
    if _pending:
        secs = _sleep_point(secs)
    _time.sleep(secs)


def _install_sleep():
    import time
    time.sleep = _sleep


_sleep.__name__ = _sleep.__qualname__ = "sleep"
_install_sleep()
