"""subprocess: running child processes, on the native `_kestrel_subprocess` (which starts
them, waits for them and talks to them through pipes)."""

import os
import sys
import time
import _kestrel_subprocess as _native

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output",
           "getstatusoutput", "getoutput", "run", "CalledProcessError", "CompletedProcess",
           "SubprocessError", "TimeoutExpired", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_name(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


def _signal_name(n):
    try:
        import signal
        return repr(signal.Signals(n))
    except (ImportError, ValueError, AttributeError):
        return "unknown signal %d" % n


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        return cls


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _stream_spec(value, name):
    """What the native spawn takes for a stream: None, PIPE, DEVNULL, STDOUT or a
    descriptor (from a file object's fileno())."""
    if value is None or value in (PIPE, DEVNULL):
        return value
    if value == STDOUT:
        if name != "stderr":
            raise ValueError("STDOUT can only be used for stderr")
        return value
    if isinstance(value, int):
        if value < 0:
            raise ValueError("bad value for %s: %d" % (name, value))
        return value
    return value.fileno()


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self._input_done = 0
        self._out_parts = []
        self._err_parts = []
        self._communicated = False
        if preexec_fn is not None:
            raise NotImplementedError("Popen: preexec_fn is not supported")
        if pass_fds or start_new_session or user is not None or group is not None \
                or extra_groups is not None or umask != -1 or process_group is not None:
            raise NotImplementedError(
                "Popen: pass_fds, start_new_session, user, group, extra_groups, umask and "
                "process_group are not supported")
        if startupinfo is not None or creationflags:
            raise ValueError("startupinfo and creationflags are only supported on Windows "
                             "platforms")
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and "
                                  "universal_newlines are supplied but different. Pass one "
                                  "or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines

        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is not None:
                argv[0] = executable
                executable = None
        argv = [os.fsdecode(a) if isinstance(a, bytes) else
                (os.fspath(a) if hasattr(a, "__fspath__") else a) for a in argv]
        for a in argv:
            if not isinstance(a, str):
                raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                % type(a).__name__)
            if "\0" in a:
                raise ValueError("embedded null byte")
        if executable is not None:
            executable = os.fsdecode(os.fspath(executable))
        if cwd is not None:
            cwd = os.fsdecode(os.fspath(cwd))
            # The child reports a failed chdir as a failed exec; CPython names the directory.
            if not os.path.isdir(cwd):
                err = 20 if os.path.exists(cwd) else 2
                raise OSError(err, os.strerror(err), cwd)
        env_pairs = None
        if env is not None:
            env_pairs = []
            for k, v in env.items():
                k = os.fsdecode(k)
                v = os.fsdecode(v)
                if "=" in k:
                    raise ValueError("illegal environment variable name")
                env_pairs.append((k, v))
        specs = (_stream_spec(stdin, "stdin"), _stream_spec(stdout, "stdout"),
                 _stream_spec(stderr, "stderr"))
        _flush_std_streams()
        self.pid, in_fd, out_fd, err_fd = _native.spawn(argv, executable, cwd, env_pairs,
                                                        *specs)
        if in_fd is not None:
            self.stdin = self._wrap(in_fd, "wb")
        if out_fd is not None:
            self.stdout = self._wrap(out_fd, "rb")
        if err_fd is not None:
            self.stderr = self._wrap(err_fd, "rb")

    def _wrap(self, fd, mode):
        if self.text_mode:
            return open(fd, mode[0], encoding=self.encoding or "utf-8",
                        errors=self.errors or "strict")
        return open(fd, mode)

    def __repr__(self):
        return "<%s: returncode: %s args: %.80r>" % (type(self).__name__, self.returncode,
                                                     self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            self.wait()

    def __class_getitem__(cls, item):
        return cls

    def poll(self):
        if self.returncode is None:
            self.returncode = _native.wait(self.pid, False)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self.returncode = _native.wait(self.pid, True)
            return self.returncode
        end = time.monotonic() + timeout
        delay = 0.0005
        while True:
            rc = _native.wait(self.pid, False)
            if rc is not None:
                self.returncode = rc
                return rc
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            time.sleep(delay)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.stdin is None:
            # CPython ignores input when stdin is not a pipe.
            input = None
        if self.text_mode and input is not None:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        elif input is not None and not isinstance(input, (bytes, bytearray, memoryview)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(input).__name__)
        if not self._communicated:
            self._input = bytes(input) if input is not None else b""
            self._communicated = True
        if self.stdin is not None and not self.stdin.closed:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            in_fd = None
            if self.stdin is not None and not self.stdin.closed:
                if self._input_done >= len(self._input):
                    self._close_stdin()
                else:
                    in_fd = self.stdin.fileno()
            out_fd = _open_fd(self.stdout)
            err_fd = _open_fd(self.stderr)
            left = None if end is None else max(end - time.monotonic(), 0)
            out, err, written, out_eof, err_eof = _native.communicate(
                in_fd, self._input[self._input_done:], out_fd, err_fd, left)
            self._input_done += written
            self._out_parts.append(out)
            self._err_parts.append(err)
            if out_eof and self.stdout is not None:
                self.stdout.close()
            if err_eof and self.stderr is not None:
                self.stderr.close()
            if in_fd is not None and self._input_done >= len(self._input):
                continue
            if out_eof and err_eof:
                break
            if end is not None and time.monotonic() >= end:
                # As CPython: the bytes read so far (not decoded), None when none.
                raise TimeoutExpired(self.args, timeout, b"".join(self._out_parts) or None,
                                     b"".join(self._err_parts) or None)
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        left = None if end is None else max(end - time.monotonic(), 0)
        try:
            self.wait(left)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout) from None
        out = b"".join(self._out_parts) if self.stdout is not None else None
        err = b"".join(self._err_parts) if self.stderr is not None else None
        if self.text_mode:
            out = self._decode(out)
            err = self._decode(err)
        return out, err

    def _close_stdin(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _decode(self, data):
        if data is None:
            return None
        text = data.decode(self.encoding or "utf-8", self.errors or "strict")
        return _translate_newlines(text)


def _open_fd(f):
    return f.fileno() if f is not None and not f.closed else None


def _flush_std_streams():
    # Output the parent buffered must come before the child's on a shared stream.
    for name in ("stdout", "stderr"):
        s = getattr(sys, name, None)
        if s is not None:
            try:
                s.flush()
            except (AttributeError, ValueError, OSError):
                pass


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") \
            or kwargs.get("encoding") or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def list2cmdline(seq):
    """The Windows command line for these arguments (MS C runtime quoting rules)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs_buf.append(c)
            elif c == '"':
                result.append("\\" * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return "".join(result)
