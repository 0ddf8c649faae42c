"""Process objects, run in a child made by os.fork (Kestrel's only start
method)."""

import itertools
import os
import signal
import sys

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children',
           'parent_process']

_counter = itertools.count(1)
_children = set()

# exit codes shown by name in reprs
_exitcode_to_name = {-s.value: '-' + s.name for s in signal.Signals}


class BaseProcess:
    """A unit of work run in a child process: target(*args, **kwargs), or
    the run() method of a subclass."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = _current._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = _current.name
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(
            str(i) for i in self._identity)
        self._daemonic = _current.daemon if daemon is None else daemon
        self._config = {}

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        pid = os.fork()
        if pid == 0:
            os._exit(self._bootstrap())
        self._pid = pid
        _children.add(self)

    def _bootstrap(self):
        global _current, _parent
        code = 1
        try:
            _children.clear()
            _parent = _ParentProcess(self._parent_name, self._parent_pid)
            _current = self
            self._pid = os.getpid()
            self._config = {'daemon': self._daemonic}
            try:
                self.run()
                code = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                code = 1
        except BaseException:
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
            code = 1
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
        return code

    def _poll(self, block):
        if self._exitcode is None and self._pid is not None:
            try:
                pid, status = os.waitpid(self._pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                return self._exitcode
            if pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
                _children.discard(self)
        return self._exitcode

    def join(self, timeout=None):
        """Wait for the process to end (at most timeout seconds)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if timeout is None:
            self._poll(True)
            return
        import time
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self._poll(False) is None:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(delay, left))
            delay = min(delay * 2, 0.05)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        return self._poll(False) is None

    def _signal(self, sig):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            try:
                os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self._signal(signal.SIGTERM)

    def kill(self):
        self._signal(signal.SIGKILL)

    def close(self):
        if self._pid is not None and self._poll(False) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def authkey(self):
        return b''

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None or self is _current:
            return None
        return self._poll(False)

    @property
    def ident(self):
        self._check_closed()
        if self is _current:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        raise NotImplementedError(
            "Kestrel's multiprocessing has no process sentinels; use join()")

    def __repr__(self):
        exitcode = None
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = self._poll(False)
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._daemonic = False
        self._config = {}
        self._target = None

    @property
    def ident(self):
        return os.getpid()

    pid = ident


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._closed = False
        self._daemonic = False
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except ProcessLookupError:
            return False
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_current = _MainProcess()
_parent = None


def current_process():
    """The Process object of this process."""
    return _current


def parent_process():
    """The Process object of the parent, None in the main process."""
    return _parent


def _cleanup():
    for p in list(_children):
        p._poll(False)


def active_children():
    """The started children still running (reaping those that ended)."""
    _cleanup()
    return list(_children)


def _exit_function():
    """At exit: terminate daemonic children, wait for the others."""
    for p in list(_children):
        if p._daemonic:
            p.terminate()
    for p in list(_children):
        p._poll(True)


import atexit  # noqa: E402
atexit.register(_exit_function)
