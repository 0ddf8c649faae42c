"""Task (a coroutine driven by the loop), and the functions built on tasks: sleep, gather,
wait, wait_for, as_completed, shield."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

import functools
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_name_counter = itertools.count(1).__next__

# Tasks not yet done, in creation order; the task each running loop is stepping.
_all_tasks = {}
_current_tasks = {}


def current_task(loop=None):
    """The task the loop (default: the running one) is running now, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks (default: the running loop's) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


class Task(futures._PyFuture):
    """A coroutine scheduled on a loop: each step sends into it until it waits on a future,
    and the future's completion schedules the next step."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{_task_name_counter()}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def __repr__(self):
        info = [self._state.lower()]
        info.append(f'name={self._name!r}')
        info.append(f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._state == futures._FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._fut_waiter is not None:
            info.append(f'wait_for={self._fut_waiter!r}')
        if self._callbacks:
            info.append(futures._format_callbacks(self._callbacks))
        return '<{} {}>'.format(type(self).__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        raise NotImplementedError('Task.get_stack() is not supported by Kestrel')

    def print_stack(self, *, limit=None, file=None):
        raise NotImplementedError('Task.print_stack() is not supported by Kestrel')

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at its next
        step. False if the task is already done."""
        self._Future__log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's cancellation wakes us with CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            self.__advance(exc)
        finally:
            _leave_task(loop, self)
            if self.done():
                # all_tasks() reports only pending tasks: done ones leave the registry.
                _unregister_task(self)
            self = None

    def __advance(self, exc):
        coro = self._coro
        try:
            if exc is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing.
                self._must_cancel = False
                futures._PyFuture.cancel(self, msg=self._cancel_message)
            else:
                futures._PyFuture.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures._PyFuture.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures._PyFuture.set_exception(self, fatal)
            raise
        except BaseException as error:
            futures._PyFuture.set_exception(self, error)
        else:
            self.__wait_on(yielded)

    def __wait_on(self, yielded):
        # What the coroutine yielded decides when the next step runs.
        loop = self._loop
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(yielded) is not loop:
                error = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a '
                                     f'different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                     f'with {yielded!r}')
            elif yielded is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif yielded is None:
            # A bare yield gives up one loop pass.
            loop.call_soon(self.__step, context=self._context)
            return
        elif type(yielded) is types.GeneratorType:
            error = RuntimeError(f'yield was used instead of yield from for generator in '
                                 f'task {self!r} with {yielded!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {yielded!r}')
        loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None


_PyTask = Task
Task.__module__ = '_asyncio'


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if coroutines._isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    """Wait `delay` seconds (0: one loop pass), then return result."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        failed = not f.cancelled() and f.exception() is not None
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and failed)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it has really finished.
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # We are cancelled: fut must not outlive us.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaiting each gives the next result to be ready."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop): None for f in dict.fromkeys(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        del todo[f]
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_done():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The last child to finish makes the outer future raise CancelledError.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in argument order. The first
    exception propagates, unless return_exceptions puts exceptions in the list."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    by_arg = {}
    loop = None
    outer = None
    count = 0
    finished = 0

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: nobody else will look
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(exceptions.CancelledError('' if msg is None else msg))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in by_arg:
            fut = by_arg[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            count += 1
            by_arg[arg] = fut
            fut.add_done_callback(on_child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future for arg that, when cancelled, leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('asyncio.run_coroutine_threadsafe() is not supported by Kestrel '
                              '(no threads)')
