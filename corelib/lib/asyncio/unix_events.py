"""The default loop class and policy (named as on CPython's Unix)."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
           'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The loop `new_event_loop()` makes."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


class AbstractChildWatcher:
    """Child watchers follow subprocesses, which Kestrel's asyncio does not run."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f'{type(self).__name__} is not supported by Kestrel '
                                  f'(no subprocesses)')


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass
