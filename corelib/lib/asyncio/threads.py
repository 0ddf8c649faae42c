"""asyncio.to_thread: runs a function on the thread scheduler of `_thread` (through the
loop's default executor) and awaits its result."""

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
