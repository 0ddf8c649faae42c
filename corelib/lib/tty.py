"""Terminal modes: setraw and setcbreak (over termios)."""

from termios import *  # noqa: F401,F403
from termios import tcgetattr, tcsetattr, TCSAFLUSH

__all__ = ["setraw", "setcbreak"]

# indexes into the list tcgetattr returns
IFLAG = 0
OFLAG = 1
CFLAG = 2
LFLAG = 3
ISPEED = 4
OSPEED = 5
CC = 6


def _single_chars(mode):
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0


def setraw(fd, when=TCSAFLUSH):
    """Raw mode: no input processing, no echo, no signals, 8-bit bytes
    delivered one at a time."""
    mode = tcgetattr(fd)
    mode[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    mode[OFLAG] &= ~OPOST
    mode[CFLAG] = (mode[CFLAG] & ~(CSIZE | PARENB)) | CS8
    mode[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    _single_chars(mode)
    tcsetattr(fd, when, mode)


def setcbreak(fd, when=TCSAFLUSH):
    """Cbreak mode: no echo, no line editing, bytes delivered one at a
    time; signals still work."""
    mode = tcgetattr(fd)
    mode[LFLAG] &= ~(ECHO | ICANON)
    _single_chars(mode)
    tcsetattr(fd, when, mode)
