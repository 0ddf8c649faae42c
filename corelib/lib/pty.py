"""Pseudo-terminal utilities: openpty, fork (a child whose controlling
terminal is a new pty) and spawn (run a program on a pty, copying between
it and this process's standard streams)."""

import os
import sys
import tty
from os import close, waitpid
from select import select
from tty import setraw, tcgetattr, tcsetattr

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2

CHILD = 0


def openpty():
    """(master_fd, slave_fd) of a new pseudo-terminal."""
    return os.openpty()


def master_open():
    """(master_fd, slave_name); deprecated, use openpty()."""
    master_fd, slave_fd = os.openpty()
    slave_name = os.ttyname(slave_fd)
    os.close(slave_fd)
    return master_fd, slave_name


def slave_open(tty_name):
    """Open the slave end by name; deprecated, use openpty()."""
    return os.open(tty_name, os.O_RDWR)


def fork():
    """(pid, master_fd): in the child, pid is 0 and the pty is its
    controlling terminal and standard streams."""
    return os.forkpty()


def _read(fd):
    return os.read(fd, 1024)


def _copy(master_fd, master_read=_read, stdin_read=_read):
    """Copy the pty's output to standard output and standard input to the
    pty, until the pty reaches its end."""
    if os.get_blocking(master_fd):
        os.set_blocking(master_fd, False)
        try:
            _copy(master_fd, master_read=master_read, stdin_read=stdin_read)
        finally:
            os.set_blocking(master_fd, True)
        return
    high = 4096
    stdin_avail = master_fd != STDIN_FILENO
    stdout_avail = master_fd != STDOUT_FILENO
    to_child = b''
    to_stdout = b''
    while True:
        rfds = []
        wfds = []
        if stdin_avail and len(to_child) < high:
            rfds.append(STDIN_FILENO)
        if stdout_avail and len(to_stdout) < high:
            rfds.append(master_fd)
        if stdout_avail and to_stdout:
            wfds.append(STDOUT_FILENO)
        if to_child:
            wfds.append(master_fd)
        rfds, wfds, _ = select(rfds, wfds, [])
        if STDOUT_FILENO in wfds:
            try:
                to_stdout = to_stdout[os.write(STDOUT_FILENO, to_stdout):]
            except OSError:
                stdout_avail = False
        if master_fd in rfds:
            try:
                data = master_read(master_fd)
            except OSError:
                data = b""
            if not data:
                return
            to_stdout += data
        if master_fd in wfds:
            to_child = to_child[os.write(master_fd, to_child):]
        if stdin_avail and STDIN_FILENO in rfds:
            data = stdin_read(STDIN_FILENO)
            if not data:
                stdin_avail = False
            else:
                to_child += data


def spawn(argv, master_read=_read, stdin_read=_read):
    """Run argv on a new pty; return its wait status."""
    if isinstance(argv, str):
        argv = (argv,)
    sys.audit('pty.spawn', argv)
    pid, master_fd = fork()
    if pid == CHILD:
        os.execlp(argv[0], *argv)
    try:
        mode = tcgetattr(STDIN_FILENO)
        setraw(STDIN_FILENO)
        restore = True
    except tty.error:
        restore = False
    try:
        _copy(master_fd, master_read, stdin_read)
    finally:
        if restore:
            tcsetattr(STDIN_FILENO, tty.TCSAFLUSH, mode)
    close(master_fd)
    return waitpid(pid, 0)[1]
