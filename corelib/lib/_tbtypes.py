"""Frame and traceback objects, made on demand from the interpreter's data (`_frames`):
Kestrel's frames live in its register stack and have no objects of their own."""

import _frames


class frame:
    """A snapshot of one running (or, in a traceback, once running) Python frame."""

    __slots__ = ("f_code", "_lineno", "f_globals", "f_locals", "f_back", "_pos")
    __module__ = "builtins"

    @property
    def f_lineno(self):
        if self._lineno is None:
            # The frame that called sys._getframe() directly: its position is not recorded.
            raise NotImplementedError("f_lineno of the frame calling sys._getframe()")
        return self._lineno

    def __repr__(self):
        c = self.f_code
        return "<frame, file %r, line %s, code %s>" % (c.co_filename, self._lineno, c.co_name)

    def clear(self):
        pass


class traceback:
    __slots__ = ("tb_frame", "tb_lineno", "tb_next")
    __module__ = "builtins"

    def __init__(self, tb_next, tb_frame, tb_lasti, tb_lineno):
        if tb_next is not None and type(tb_next) is not traceback:
            raise TypeError("expected traceback object or None, got '%s'" % type(tb_next).__name__)
        if type(tb_frame) is not frame:
            raise TypeError("TracebackType() argument 'tb_frame' must be frame, not %s"
                            % type(tb_frame).__name__)
        self.tb_next = tb_next
        self.tb_frame = tb_frame
        self.tb_lineno = tb_lineno

    def __repr__(self):
        return "<traceback object>"


def _make_frame(code, lineno, globals, locals, back):
    f = frame.__new__(frame)
    f.f_code = code
    f._lineno = lineno
    if globals is not None:
        f.f_globals = globals
    if locals is not None:
        f.f_locals = locals
    f.f_back = back
    return f


def getframe(depth):
    """`sys._getframe(depth)`: this function's own frame is left out."""
    stack = _frames.stack()[:-1]
    if depth < 0:
        depth = 0
    if depth >= len(stack):
        raise ValueError("call stack is not deep enough")
    back = None
    last = len(stack) - 1
    for i, (code, lineno, globals, locals) in enumerate(stack[: len(stack) - depth]):
        back = _make_frame(code, None if i == last else lineno, globals, locals, back)
    return back


def traceback_of(exc):
    """`exc.__traceback__`: a chain of traceback objects, outermost frame first."""
    entries = _frames.tb_entries(exc)
    head = None
    for code, lineno, pos in reversed(entries):
        t = traceback.__new__(traceback)
        t.tb_frame = _make_frame(code, lineno, None, None, None)
        # The failing instruction's span, for the traceback module's caret lines.
        t.tb_frame._pos = pos
        t.tb_lineno = lineno
        t.tb_next = head
        head = t
    return head


def set_traceback(exc, tb):
    """`exc.__traceback__ = tb` and `exc.with_traceback(tb)`."""
    if tb is not None and type(tb) is not traceback:
        raise TypeError("__traceback__ must be a traceback or None")
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code, tb.tb_lineno))
        tb = tb.tb_next
    _frames.set_tb_entries(exc, entries)
