"""Struct sequences: the named, read-only tuples `os.stat_result`, `sys.flags`,
`os.terminal_size` and the like are (CPython's structseq, written as tuple subclasses)."""


def make(name, shown, fields, module, extra=()):
    """A tuple subclass named `name` whose items are `fields`, shown in reprs as
    `shown(field=value, ...)`; `extra` names attributes beyond the sequence (given after
    the sequence's items, or None)."""
    n_seq = len(fields)
    all_fields = tuple(fields) + tuple(extra)

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < n_seq or n > len(all_fields):
            if n_seq == len(all_fields):
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                                % (shown, n_seq, n))
            if n < n_seq:
                raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                                % (shown, n_seq, n))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)"
                            % (shown, len(all_fields), n))
        self = tuple.__new__(cls, items[:n_seq])
        rest = items[n_seq:] + (None,) * (len(all_fields) - n)
        object.__setattr__(self, "_extra", rest)
        return self

    def __repr__(self):
        parts = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "%s(%s)" % (shown, parts)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __reduce__(self):
        return (type(self), (tuple(self) + tuple(self._extra),))

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__setattr__": __setattr__,
        "__reduce__": __reduce__,
        "n_sequence_fields": n_seq,
        "n_fields": len(all_fields),
        "n_unnamed_fields": 0,
        "_fields": tuple(fields),
    }
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for i, f in enumerate(extra):
        ns[f] = property(lambda self, i=i: self._extra[i])
    cls = type(name, (tuple,), ns)
    cls.__module__ = module
    return cls
