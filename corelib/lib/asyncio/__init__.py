"""asyncio: a single-threaded event loop over coroutines (Kestrel's own, written in Python).

Timers, futures, tasks, synchronization primitives, queues, timeouts and task groups work as
in CPython 3.11; sockets, streams, subprocesses, signals and threads raise
NotImplementedError."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .tasks import *
from .transports import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .unix_events import *

from . import (base_events, coroutines, events, exceptions, futures, locks, protocols, queues,
               runners, streams, subprocess, tasks, taskgroups, timeouts, threads, transports,
               unix_events)

# As in CPython 3.11, TaskGroup is not in __all__ (a star import leaves it out).
__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__ +
           runners.__all__ + streams.__all__ + subprocess.__all__ + tasks.__all__ +
           timeouts.__all__ + threads.__all__ + transports.__all__ + unix_events.__all__)
