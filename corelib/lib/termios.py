"""POSIX terminal control: tcgetattr/tcsetattr and the tc* calls, over the
native _kestrel_termios.  The constants are Linux's."""

import _kestrel_termios as _native
from _termios_consts import *  # noqa: F401,F403


class error(Exception):
    pass


def _fd(fd):
    if isinstance(fd, int):
        return fd
    fileno = getattr(fd, 'fileno', None)
    if fileno is None:
        raise TypeError("argument must be an int, or have a fileno() method.")
    fd = fileno()
    if not isinstance(fd, int):
        raise TypeError("fileno() returned a non-integer")
    return fd


def _call(f, *args):
    try:
        return f(*args)
    except OSError as e:
        raise error(e.errno, e.strerror) from None


def tcgetattr(fd):
    """[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] of the terminal fd:
    cc holds one-byte bytes, except cc[VMIN] and cc[VTIME], ints, in
    non-canonical mode."""
    iflag, oflag, cflag, lflag, ispeed, ospeed, raw = _call(_native.tcgetattr, _fd(fd))
    cc = [bytes((b,)) for b in raw]
    if not lflag & ICANON:
        cc[VMIN] = raw[VMIN]
        cc[VTIME] = raw[VTIME]
    return [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]


def tcsetattr(fd, when, attributes):
    """Set the terminal attributes (a list as tcgetattr returns), when
    TCSANOW, TCSADRAIN or TCSAFLUSH."""
    fd = _fd(fd)
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError("tcsetattr, arg 3: must be 7 element list")
    iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attributes
    if not isinstance(cc, list) or len(cc) != NCCS:
        raise TypeError("tcsetattr: attributes[6] must be %d element list" % NCCS)
    raw = bytearray()
    for c in cc:
        if isinstance(c, bytes) and len(c) == 1:
            raw.append(c[0])
        elif isinstance(c, int):
            raw.append(c & 0xFF)
        else:
            raise TypeError("tcsetattr: elements of attributes must be "
                            "characters or integers")
    _call(_native.tcsetattr, fd, when, iflag, oflag, cflag, lflag, ispeed,
          ospeed, bytes(raw))


def tcsendbreak(fd, duration):
    _call(_native.tcsendbreak, _fd(fd), duration)


def tcdrain(fd):
    _call(_native.tcdrain, _fd(fd))


def tcflush(fd, queue):
    _call(_native.tcflush, _fd(fd), queue)


def tcflow(fd, action):
    _call(_native.tcflow, _fd(fd), action)


def tcgetwinsize(fd):
    """(rows, columns) of the terminal fd."""
    return _call(_native.tcgetwinsize, _fd(fd))


def tcsetwinsize(fd, winsize):
    fd = _fd(fd)
    try:
        rows, cols = winsize
    except (TypeError, ValueError):
        raise TypeError("tcsetwinsize, arg 2: must be a two-item sequence") from None
    _call(_native.tcsetwinsize, fd, rows, cols)
