"""The event loop: a queue of ready callbacks and a heap of timers, run one pass at a time.

Kestrel's loop has no selector: when no callback is ready it sleeps until the next timer is
due. Networking, pipes, subprocesses, signals and executors raise NotImplementedError."""

__all__ = ('BaseEventLoop', 'Server')

import collections
import heapq
import sys
import time
import weakref

from . import coroutines
from . import events
from . import futures
from . import tasks

# Longest single sleep while waiting for a timer (as CPython's selector timeout cap).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# The heap is rebuilt without its cancelled timers once it holds more than this many timers
# and more than this share of them is cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

_CLOCK_RESOLUTION = 1e-09


def _unsupported(what):
    raise NotImplementedError(f'{what} is not supported by Kestrel\'s asyncio')


def _stop_loop_when_done(fut):
    # A future ending in SystemExit/KeyboardInterrupt has already stopped run_forever().
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class Server(events.AbstractServer):
    def __init__(self, *args, **kwargs):
        _unsupported('asyncio.Server')


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._running = False
        self._clock_resolution = _CLOCK_RESOLUTION
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        # Async generators started on this loop and not collected yet (sys asyncgen hooks).
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running --------------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        try:
            self._running = True
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception propagates; mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks already scheduled have run."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return time.monotonic()

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator this loop saw started and that is still open."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous '
                               f'generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # -- scheduling -----------------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One pass: drop cancelled timers, wait for the next timer if nothing is ready,
        move due timers to the ready queue, then run the callbacks that were ready."""
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / len(scheduled) >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = heapq.heappop(scheduled)
                timer._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                delay = min(max(0, scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
                if delay > 0:
                    time.sleep(delay)
            else:
                # Nothing can ever wake this loop (Kestrel's has no I/O or threads):
                # wait forever, as CPython's selector would.
                while True:
                    time.sleep(MAXIMUM_SELECT_TIMEOUT)

        end = self.time() + self._clock_resolution
        ready = self._ready
        while scheduled:
            timer = scheduled[0]
            if timer._when >= end:
                break
            timer = heapq.heappop(scheduled)
            timer._scheduled = False
            ready.append(timer)

        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # -- errors ---------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context (message, then `key: repr(value)` lines) on the 'asyncio' logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging
        exc_info = (type(exception), exception, exception.__traceback__) \
            if exception is not None else False
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error('Exception in default exception handler',
                                                   exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error('Exception in default exception handler '
                                                   'while handling an unexpected error in '
                                                   'custom exception handler', exc_info=True)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- what Kestrel does not support ----------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Submits func to the executor (a thread pool by default); the call runs on the
        thread scheduler of `_thread` when the loop next takes it up."""
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = self._default_executor = ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
        cfut = executor.submit(func, *args)
        fut = self.create_future()

        def finish():
            if fut.cancelled():
                cfut.cancel()
                return
            try:
                result = cfut.result()
            except Exception as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)

        self.call_soon(finish)
        return fut

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def getaddrinfo(self, *args, **kwargs):
        _unsupported('loop.getaddrinfo()')

    async def getnameinfo(self, *args, **kwargs):
        _unsupported('loop.getnameinfo()')

    async def create_connection(self, *args, **kwargs):
        _unsupported('loop.create_connection()')

    async def create_server(self, *args, **kwargs):
        _unsupported('loop.create_server()')

    async def sendfile(self, *args, **kwargs):
        _unsupported('loop.sendfile()')

    async def start_tls(self, *args, **kwargs):
        _unsupported('loop.start_tls()')

    async def create_unix_connection(self, *args, **kwargs):
        _unsupported('loop.create_unix_connection()')

    async def create_unix_server(self, *args, **kwargs):
        _unsupported('loop.create_unix_server()')

    async def connect_accepted_socket(self, *args, **kwargs):
        _unsupported('loop.connect_accepted_socket()')

    async def create_datagram_endpoint(self, *args, **kwargs):
        _unsupported('loop.create_datagram_endpoint()')

    async def connect_read_pipe(self, *args, **kwargs):
        _unsupported('loop.connect_read_pipe()')

    async def connect_write_pipe(self, *args, **kwargs):
        _unsupported('loop.connect_write_pipe()')

    async def subprocess_shell(self, *args, **kwargs):
        _unsupported('loop.subprocess_shell()')

    async def subprocess_exec(self, *args, **kwargs):
        _unsupported('loop.subprocess_exec()')

    def add_reader(self, *args):
        _unsupported('loop.add_reader()')

    def remove_reader(self, *args):
        _unsupported('loop.remove_reader()')

    def add_writer(self, *args):
        _unsupported('loop.add_writer()')

    def remove_writer(self, *args):
        _unsupported('loop.remove_writer()')

    async def sock_recv(self, *args):
        _unsupported('loop.sock_recv()')

    async def sock_recv_into(self, *args):
        _unsupported('loop.sock_recv_into()')

    async def sock_sendall(self, *args):
        _unsupported('loop.sock_sendall()')

    async def sock_connect(self, *args):
        _unsupported('loop.sock_connect()')

    async def sock_accept(self, *args):
        _unsupported('loop.sock_accept()')

    def add_signal_handler(self, *args):
        _unsupported('loop.add_signal_handler()')

    def remove_signal_handler(self, *args):
        _unsupported('loop.remove_signal_handler()')
