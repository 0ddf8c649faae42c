"""Thread objects and synchronisation on Kestrel's run-to-completion scheduler.

A started thread runs when the running thread first blocks (join, a held lock, Event.wait,
Condition.wait, a semaphore, a barrier, a queue, a future, time.sleep) or when the main
thread ends; see `_thread` for the model and for the RuntimeError raised by a wait that
could never end in it."""

import sys as _sys
import atexit as _atexit  # noqa: F401 (its exit hook runs the threads left)
import _thread
import _time
from _thread import get_ident, get_native_id, _block, TIMEOUT_MAX, stack_size
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

ThreadError = _thread.error
_trace_hook = None
_profile_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def settrace(func):
    global _trace_hook
    _trace_hook = func


def getprofile():
    return _profile_hook


def gettrace():
    return _trace_hook


def Lock():
    return _thread.allocate_lock()


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


class Condition:
    """Threads wait() until another notify()s them, under a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = [False]
        self._waiters.append(waiter)
        saved = self._release_save()
        try:
            return _block(lambda: waiter[0], timeout, "Condition.wait()")
        finally:
            self._acquire_restore(saved)
            if not waiter[0]:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            self._waiters.popleft()[0] = True
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes one from, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value:
            if not blocking:
                return False
            if not _block(lambda: self._value > 0, timeout, "Semaphore.acquire()"):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released past its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads can wait on until another sets it."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _block(lambda: self._flag, timeout, "Event.wait()")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self._broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            try:
                if self._action:
                    self._action()
            except BaseException:
                self._break()
                raise
            self._count = 0
            self._generation += 1
            return index
        gen = self._generation
        try:
            ok = _block(lambda: self._generation != gen or self._broken, timeout,
                        "Barrier.wait()")
        except BaseException:
            self._break()
            raise
        if not ok:
            self._break()
            raise BrokenBarrierError
        if self._generation == gen:
            raise BrokenBarrierError
        return index

    def _break(self):
        self._broken = True
        self._count = 0

    def reset(self):
        if self._count:
            self._generation += 1
        self._broken = False
        self._count = 0

    def abort(self):
        self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# Threads started and not yet ended, by ident.
_active = {}
_limbo = {}


class Thread:
    """A thread of control: start() queues run() to be run by the scheduler."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _thread._spawn(self._bootstrap)
        self._native_id = self._ident % 1000003
        _active[self._ident] = self

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            self.run()
        except _thread._Parked:
            # Waits for good (see `_thread`): alive, never to end.
            return
        except _thread._Deadlock:
            self._stop()
            raise
        except BaseException:
            self._invoke_excepthook()
        self._stop()

    def _stop(self):
        self._is_stopped = True
        _active.pop(self._ident, None)

    def _invoke_excepthook(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        args = ExceptHookArgs([exc_type, exc_value, exc_tb, self])
        try:
            excepthook(args)
        except BaseException as e:
            args = ExceptHookArgs([type(e), e, e.__traceback__, None])
            _sys.excepthook(*args[:3])

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _block(lambda: self._is_stopped, timeout, f"join() of {self._name}")

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), as threading.excepthook receives."""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


def excepthook(args, /):
    """Prints a thread's uncaught exception to stderr (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Timer(Thread):
    """Calls a function after `interval` seconds, unless cancel()ed first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread._main_ident()
        self._native_id = self._ident % 1000003
        _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread.start_new_thread."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident % 1000003
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def active_count():
    return len(_active)


def activeCount():
    return active_count()


def enumerate():
    return list(_active.values())


def main_thread():
    return _main_thread


_main_thread = _MainThread()


def _needs_shutdown():
    return any(not t._is_stopped and not t.daemon for t in list(_active.values())
               if t is not _main_thread) and bool(_thread._pending)


def _shutdown():
    """At exit: the started threads run (non-daemon ones are waited for, as in CPython)."""
    _main_thread._is_stopped = True
    while _thread._pending and any(not t.daemon and not t._is_stopped
                                   for t in list(_active.values())):
        _thread._run_next()


def _register_atexit(func, *arg, **kwargs):
    import atexit
    atexit.register(func, *arg, **kwargs)


class local:
    """Attributes that each thread sees its own copy of."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            args, kw = object.__getattribute__(self, '_local__args')
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__dict(self)
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        cls = type(self)
        for klass in cls.__mro__:
            if name in klass.__dict__:
                attr = klass.__dict__[name]
                if hasattr(attr, '__get__'):
                    return attr.__get__(self, cls)
                return attr
        raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' "
                                 "is read-only")
        for klass in type(self).__mro__:
            attr = klass.__dict__.get(name)
            if attr is not None and hasattr(attr, '__set__'):
                attr.__set__(self, value)
                return
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' "
                                 "is read-only")
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


local.__module__ = '_thread'
