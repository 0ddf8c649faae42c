"""Dump the Python traceback: on demand (dump_traceback), on a user signal
(register), or when the process dies of a fatal signal (enable: SIGSEGV,
SIGFPE, SIGABRT, SIGBUS, SIGILL; the native _kestrel_faulthandler writes
"Fatal Python error: <signal>" and lets the signal kill the process as it
would have, without the stack, which Kestrel cannot read from a signal
handler).  dump_traceback_later needs a watchdog thread, which Kestrel
does not have: it raises NotImplementedError."""

import sys

import _kestrel_faulthandler as _native
from _kestrel_faulthandler import _sigsegv, _sigabrt, _sigfpe  # test helpers, as CPython has

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback',
           'dump_traceback_later', 'cancel_dump_traceback_later',
           'register', 'unregister']

# the file objects given to enable() and register() are kept alive here
_enabled_file = None
_registered = {}


def _fd_of(file):
    """The descriptor to write to: file itself if an int, else its fileno()
    (after flushing it); None means sys.stderr."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file, None
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return fd, file


def _write(fd, text):
    import os
    data = text.encode('utf-8', 'backslashreplace')
    while data:
        try:
            n = os.write(fd, data)
        except OSError:
            # as CPython's dump, a descriptor that cannot be written to is ignored
            return
        data = data[n:]


def _stack_text(frame, all_threads):
    lines = []
    if all_threads:
        import _thread
        lines.append("Current thread 0x%016x (most recent call first):\n"
                     % _thread.get_ident())
    else:
        lines.append("Stack (most recent call first):\n")
    depth = 0
    while frame is not None:
        if depth == 100:
            lines.append("  ...\n")
            break
        code = frame.f_code
        try:
            lineno = frame.f_lineno
        except NotImplementedError:
            # Kestrel does not record the line of a frame interrupted by a signal
            lineno = '???'
        lines.append('  File "%s", line %s in %s\n'
                     % (code.co_filename, lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return ''.join(lines)


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the current thread to file (sys.stderr by
    default), most recent call first."""
    fd, _ = _fd_of(file)
    _write(fd, _stack_text(sys._getframe(1), all_threads))


def enable(file=None, all_threads=True):
    """Write a report to file when a fatal signal kills the process."""
    global _enabled_file
    fd, keep = _fd_of(file)
    _native.enable(fd)
    _enabled_file = keep


def disable():
    """Remove the fatal-signal handlers; return whether they were set."""
    global _enabled_file
    _enabled_file = None
    return _native.disable()


def is_enabled():
    return _native.is_enabled()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    raise NotImplementedError(
        "faulthandler.dump_traceback_later needs a watchdog thread, which "
        "Kestrel does not have")


def cancel_dump_traceback_later():
    """Cancel a dump_traceback_later() timer (none can be pending here)."""
    return None


_FATAL = (4, 6, 7, 8, 11)   # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback when signal signum arrives (at the interpreter's
    next safe point, where Python signal handlers run)."""
    import signal
    if signum in _FATAL:
        raise RuntimeError("signal %i cannot be registered, use enable() "
                           "instead" % signum)
    fd, keep = _fd_of(file)

    def handler(sig, frame):
        _write(fd, _stack_text(frame, all_threads))
        if chain and callable(previous):
            previous(sig, frame)
    old = signal.signal(signum, handler)
    previous = _registered[signum][0] if signum in _registered else old
    _registered[signum] = (previous, keep)


def unregister(signum):
    """Undo register(signum); return whether it was registered."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[0])
    return True
