"""Functions to run when the interpreter exits, last registered first.

The interpreter calls `_next()` at exit (after an uncaught exception is printed, as CPython
does) and reports what a callback raises without stopping the others.
"""

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _next():
    """The callback to run next, taken off the list, or None. Started threads run first
    (CPython waits for them before the callbacks)."""
    th = _sys.modules.get('threading')
    if th is not None and th._needs_shutdown():
        return (th._shutdown, (), {})
    if _callbacks:
        return _callbacks.pop()
    return None


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        func(*args, **kwargs)


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)
