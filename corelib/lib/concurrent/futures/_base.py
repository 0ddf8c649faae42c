"""Future, Executor, wait and as_completed, over the scheduler of `_thread`: waiting on a
future lets the queued work run (see `_thread` for the model)."""

import collections
import _thread
import _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


# Each future that ends takes the next number: as_completed yields in that order.
_finish_seq = 0


class Future:
    """The result of work submitted to an executor."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._seq = None

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                import traceback
                print(f"exception calling callback for {self!r}", file=sys.stderr)
                traceback.print_exception(e, file=sys.stderr)

    def __repr__(self):
        at = f"<Future at {id(self):#x} state={_STATE_TO_DESCRIPTION_MAP[self._state]}"
        if self._state == FINISHED:
            if self._exception:
                return f"{at} raised {self._exception.__class__.__name__}>"
            return f"{at} returned {self._result.__class__.__name__}>"
        return at + ">"

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._mark_done()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _mark_done(self):
        global _finish_seq
        _finish_seq += 1
        self._seq = _finish_seq

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as e:
            import sys
            import traceback
            print(f"exception calling callback for {self!r}", file=sys.stderr)
            traceback.print_exception(e, file=sys.stderr)

    def _wait(self, timeout):
        if self.cancelled():
            raise CancelledError()
        if not _thread._block(self.done, timeout, "Future.result()"):
            raise TimeoutError()
        if self.cancelled():
            raise CancelledError()

    def result(self, timeout=None):
        try:
            self._wait(timeout)
            return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._mark_done()
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._mark_done()
        self._invoke_callbacks()

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:
    """The base of the executors: submit() work, get Futures."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _check_futures(fs):
    fs = set(fs)
    for f in fs:
        if not isinstance(f, Future):
            raise TypeError(f"expected a Future, got {type(f).__name__}")
    return fs


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures are done as return_when says; (done, not_done) sets."""
    fs = _check_futures(fs)

    def ready():
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            if any(not f.cancelled() and f._exception is not None for f in done):
                return True
        return len(done) == len(fs)

    if not fs:
        return DoneAndNotDoneFutures(set(), set())
    _thread._block(ready, timeout, "concurrent.futures.wait()")
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures as they complete (those done already first)."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = _check_futures(fs)
    total = len(fs)
    waiting = list(fs)
    while waiting:
        done = sorted((f for f in waiting if f.done()), key=lambda f: f._seq)
        for f in done:
            waiting.remove(f)
            yield f
        if not waiting:
            break
        seen = _finish_seq
        left = None if timeout is None else end_time - _time.monotonic()
        if left is not None and left < 0:
            left = 0
        if not _thread._block(lambda: _finish_seq != seen and
                              any(f.done() for f in waiting), left, "as_completed()"):
            raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
