"""Trace memory allocations: the tracing switch (start, stop, is_tracing,
get_traceback_limit, clear_traces) and the figures.

Kestrel's allocator does not record which Python line made each block (its
objects live in pages carved from large chunks, and its byte counter runs
only under -X max_memory and counts frees of blocks made before tracing
began), so while tracing, the figures CPython reports per allocation --
get_traced_memory(), take_snapshot(), get_object_traceback() -- cannot be
given truthfully: they raise NotImplementedError rather than report made-up
numbers.  When not tracing they answer as CPython does ((0, 0), None, and
take_snapshot's RuntimeError)."""

import fnmatch
import linecache
import os.path
from collections.abc import Sequence
from functools import total_ordering
from operator import index as _index

__all__ = ['start', 'stop', 'is_tracing', 'clear_traces',
           'get_traceback_limit', 'get_traced_memory', 'reset_peak',
           'get_tracemalloc_memory', 'take_snapshot', 'get_object_traceback',
           'Frame', 'Traceback', 'Filter', 'DomainFilter', 'BaseFilter']

_tracing = False
_traceback_limit = 1

_UNTRUE = ("Kestrel's allocator does not record allocations per Python "
           "line, so tracemalloc cannot report %s truthfully")


def start(nframe=1):
    """Start tracing, keeping up to nframe frames per traceback."""
    global _tracing, _traceback_limit
    nframe = _index(nframe)
    if not 1 <= nframe <= 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _traceback_limit = nframe
    _tracing = True


def stop():
    """Stop tracing and forget the traces."""
    global _tracing
    _tracing = False


def is_tracing():
    return _tracing


def clear_traces():
    """Forget the traces of the allocations made so far (none are kept)."""


def get_traceback_limit():
    return _traceback_limit


def get_tracemalloc_memory():
    """Bytes the tracing itself uses: Kestrel keeps no traces."""
    return 0


def get_traced_memory():
    """(current, peak) bytes of the traced blocks."""
    if not _tracing:
        return (0, 0)
    raise NotImplementedError(_UNTRUE % "the traced memory")


def reset_peak():
    """Set the peak of traced memory to the current size."""
    if _tracing:
        raise NotImplementedError(_UNTRUE % "the peak of traced memory")


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None."""
    if not _tracing:
        return None
    raise NotImplementedError(_UNTRUE % "where an object was allocated")


def take_snapshot():
    """A snapshot of the traces of the allocated blocks."""
    if not _tracing:
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    raise NotImplementedError(_UNTRUE % "a snapshot")


def _format_size(size, sign):
    """size in the largest unit that keeps 3 to 5 digits."""
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


@total_ordering
class Frame:
    """One frame of a traceback: (filename, lineno)."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """A sequence of Frames, most recent first as given, shown oldest
    first."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is None:
            s += ">"
        else:
            s += " total_nframe=%s>" % self.total_nframe
        return s

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose frames match a filename
    pattern (fnmatch), a line number and a domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None,
                 all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not fnmatch.fnmatch(filename, self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            hit = any(self._match_frame_impl(f, n) for f, n in traceback)
            return hit ^ (not self.inclusive)
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)
