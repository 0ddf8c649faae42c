"""Future: a result that will be set later, with callbacks run by the loop when it is."""

__all__ = ('Future', 'wrap_future', 'isfuture')

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (they set _asyncio_future_blocking)."""
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cbs):
    names = [events._callback_repr(cb) for cb, _ in cbs]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """A placeholder for a result; `await fut` waits until it is set."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a coroutine awaiting this future has yielded it to its Task.
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        # The CancelledError caught from a cancelled task's coroutine is re-raised as is;
        # otherwise a new one carries the cancel() message.
        exc = self._cancelled_exc
        self._cancelled_exc = None
        if exc is not None:
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) from the loop once the future is done (soon, if it is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; the number removed."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task running us waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_PyFuture = Future
# CPython's Future is its C accelerator's; the class reports the same module.
Future.__module__ = '_asyncio'


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise NotImplementedError('asyncio.wrap_future() of concurrent futures is not supported '
                              'by Kestrel')
