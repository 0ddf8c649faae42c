"""Subprocesses are not supported by Kestrel's asyncio: each entry point raises
NotImplementedError."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_shell(cmd, **kwds):
    raise NotImplementedError('asyncio.create_subprocess_shell() is not supported by Kestrel')


async def create_subprocess_exec(program, *args, **kwds):
    raise NotImplementedError('asyncio.create_subprocess_exec() is not supported by Kestrel')
