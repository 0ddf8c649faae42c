"""Telling coroutines and coroutine functions apart from other objects."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types as _types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker that `asyncio.coroutines._is_coroutine` set on functions meant as coroutines.
_is_coroutine = object()


def _code_flags(func):
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, 'func') and type(func).__name__ == 'partial':
        func = func.func
    code = getattr(func, '__code__', None)
    if code is None or isinstance(func, type):
        return 0
    return getattr(code, 'co_flags', 0)


def iscoroutinefunction(func):
    """True for an `async def` function (or a function marked as a coroutine)."""
    if _code_flags(func) & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def _is_coroutine_like(obj):
    # collections.abc.Coroutine's structural check.
    cls = type(obj)
    return all(callable(getattr(cls, name, None)) for name in ('send', 'throw', 'close', '__await__'))


def iscoroutine(obj):
    """True for a coroutine object (or anything implementing the Coroutine protocol)."""
    # 3.11 still counts generators (generator-based coroutines) as coroutines.
    if type(obj) is _types.CoroutineType or type(obj) is _types.GeneratorType:
        return True
    return _is_coroutine_like(obj)


def _isawaitable(obj):
    if type(obj) is _types.CoroutineType:
        return True
    if type(obj) is _types.GeneratorType:
        try:
            return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
        except (AttributeError, NotImplementedError):
            return False
    return callable(getattr(type(obj), '__await__', None))


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    running = False
    try:
        running = coro.cr_running
    except AttributeError:
        pass
    frame = None
    try:
        frame = coro.cr_frame
    except (AttributeError, NotImplementedError):
        pass
    if running or frame is not None:
        return f'{name}() running'
    return f'{name}() done'
