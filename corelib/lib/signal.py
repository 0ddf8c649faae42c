"""Signals: the native `_signal` with its numbers and handlers as IntEnums."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _is_signal_name(name):
    return name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')


# Canonical names come first in `_signal`, so an alias (SIGIOT) names the same member.
Signals = _IntEnum('Signals', [(n, v) for n, v in vars(_signal).items() if _is_signal_name(n)],
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)],
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _as_enum(value, enum):
    """`value` as a member of `enum` when it is one of its values, else unchanged."""
    if type(value) is int:
        try:
            return enum(value)
        except ValueError:
            pass
    return value


def _as_int(value):
    """An int for anything int() takes (an enum member, '2'), as CPython's wrappers do."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _as_enum(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_enum(_signal.getsignal(_as_int(signalnum)), Handlers)


def strsignal(signalnum):
    return _signal.strsignal(_as_int(signalnum))


def raise_signal(signalnum):
    _signal.raise_signal(_as_int(signalnum))


def valid_signals():
    return {_as_enum(n, Signals) for n in _signal.valid_signals()}

