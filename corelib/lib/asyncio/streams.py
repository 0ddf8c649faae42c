"""Streams need sockets, which Kestrel's asyncio does not have: each entry point raises
NotImplementedError."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')


def _unsupported(what):
    raise NotImplementedError(f'{what} is not supported by Kestrel\'s asyncio (no sockets)')


async def open_connection(host=None, port=None, **kwds):
    _unsupported('asyncio.open_connection()')


async def start_server(client_connected_cb, host=None, port=None, **kwds):
    _unsupported('asyncio.start_server()')


async def open_unix_connection(path=None, **kwds):
    _unsupported('asyncio.open_unix_connection()')


async def start_unix_server(client_connected_cb, path=None, **kwds):
    _unsupported('asyncio.start_unix_server()')


class StreamReader:
    def __init__(self, *args, **kwargs):
        _unsupported('asyncio.StreamReader')


class StreamWriter:
    def __init__(self, *args, **kwargs):
        _unsupported('asyncio.StreamWriter')


class StreamReaderProtocol:
    def __init__(self, *args, **kwargs):
        _unsupported('asyncio.StreamReaderProtocol')
