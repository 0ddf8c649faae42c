"""BaseExceptionGroup and ExceptionGroup (PEP 654), and the re-raise rule of `except*`.

The VM makes these classes builtins on first use of either name (and when `except*` needs
them), so programs that never touch exception groups never import this module.
"""


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
        isinstance(c, type) and issubclass(c, BaseException) for c in condition
    ):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _is_sequence(v):
    return isinstance(v, (list, tuple, range)) or (
        hasattr(v, "__getitem__") and hasattr(v, "__len__") and not isinstance(v, (str, dict))
    )


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(cls.__name__ + "() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)" % len(args)
            )
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not "
                + type(message).__name__
            )
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        only_exceptions = True
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(e, Exception):
                only_exceptions = False
        if cls is BaseExceptionGroup:
            if only_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not only_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return "%s (%d sub-exception%s)" % (self._eg_message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def _derive_with_metadata(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            eg.__notes__ = notes
        return eg

    def _split(self, match):
        if match(self):
            return self, None
        matched = []
        rest = []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derive_with_metadata(matched) if matched else None
        r = self._derive_with_metadata(rest) if rest else None
        return m, r

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaves(x, out)
    else:
        out.append(e)


def _prep_reraise_star(orig, rest, kept, new):
    """What an `except*` statement raises at its end: `orig` was caught, `rest` is the part no
    clause matched, `kept` the parts its clauses re-raised, `new` the other exceptions they
    raised. Returns (what to raise or None, the re-raised part of `orig` or None)."""
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was wrapped: at most one clause ran.
        if rest is not None:
            return orig, None
        raised = kept + new
        return (raised[0] if raised else None), None
    if rest is not None:
        kept.append(rest)
    projection = None
    if kept:
        ids = []
        for e in kept:
            _leaves(e, ids)
        projection = orig._split(lambda e: any(e is x for x in ids))[0]
    if not new:
        return projection, projection
    if projection is not None:
        new.append(projection)
    if len(new) == 1:
        return new[0], projection
    return ExceptionGroup("", new), projection
