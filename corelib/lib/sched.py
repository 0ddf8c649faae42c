"""sched: a general-purpose event scheduler, run with the time and delay functions given."""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc.'
Event.priority.__doc__ = 'Events scheduled for the same time run in order of priority.'
Event.sequence.__doc__ = 'A number that keeps events of equal time and priority in order.'
Event.action.__doc__ = 'The function called when the event runs.'
Event.argument.__doc__ = 'The positional arguments of the action.'
Event.kwargs.__doc__ = 'The keyword arguments of the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event at an absolute time; returns it (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument,
                      kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        """Runs the events as they come due; without blocking, runs those due now and
        returns the delay until the next one (None when the queue is empty)."""
        q = self._queue
        while True:
            if not q:
                break
            when, priority, sequence, action, argument, kwargs = q[0]
            now = self.timefunc()
            if when > now:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                heapq.heappop(q)
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
