"""asyncio.to_thread: Kestrel has no threads."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError('asyncio.to_thread() is not supported by Kestrel (no threads)')
