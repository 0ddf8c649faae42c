"""The Python debugger, as far as Kestrel can carry it.

set_trace() (and breakpoint()) stops in the calling frame and reads
commands: p/pp expr, l/list, ll/longlist, w/where/bt, u/up, d/down,
a/args, c/continue, q/quit, h/help, and Python statements (!stmt).
post_mortem(tb)/pm() inspect the frames of a traceback the same way.

Kestrel has no line tracing (sys.settrace raises NotImplementedError), so
the stepping and breakpoint commands (n, s, r, unt, j, b, tbreak, cl)
answer with an error instead of moving; set_trace stops at the line that
called it (CPython stops at the line after).  Function frames do not
expose their local variables to the debugger: an expression naming one is
refused with an error rather than answered from another scope.
"""

import builtins
import linecache
import pprint
import sys
from cmd import Cmd

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


class BdbQuit(Exception):
    """The debugged program was told to quit."""


BdbQuit.__module__ = 'bdb'


line_prefix = '\n-> '

_NO_STEP = ("*** Kestrel cannot %s: it has no line tracing (sys.settrace); "
            "use 'c' to continue")


class _HiddenLocals(dict):
    """The locals of a frame that Kestrel does not expose (a function's, or
    any frame of a traceback): a name such a frame could see, other than a
    builtin, is refused instead of being looked up elsewhere."""

    def __init__(self, code, everything):
        super().__init__()
        self._names = set(code.co_varnames) | set(getattr(code, 'co_cellvars', ())) \
            | set(getattr(code, 'co_freevars', ()))
        self._everything = everything

    def __missing__(self, name):
        if name in self._names:
            raise NameError("Kestrel cannot read local variable %r of a "
                            "function frame" % name)
        if self._everything and not hasattr(builtins, name):
            raise NameError("Kestrel keeps no variables for the frames of a "
                            "traceback (%r)" % name)
        raise KeyError(name)


def _frame_scopes(frame):
    g = getattr(frame, 'f_globals', None)
    loc = getattr(frame, 'f_locals', None)
    if g is None:
        return {'__builtins__': builtins}, _HiddenLocals(frame.f_code, True)
    if loc is None:
        loc = _HiddenLocals(frame.f_code, False)
    return g, loc


def _lineno(frame, fallback=None):
    try:
        return frame.f_lineno
    except NotImplementedError:
        return fallback


class Pdb(Cmd):
    """A debugger over a stack of frames: commands inspect the current one."""

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        Cmd.__init__(self, completekey, stdin, stdout)
        if stdin is not None:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.lineno = None
        self._quit = False
        self.aliases = {}
        self.skip = set(skip) if skip else None

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    # -- entering the debugger

    def _set_stack(self, entries):
        """entries: (frame, lineno), oldest first; the last is current."""
        self.stack = entries
        self.curindex = len(entries) - 1
        self._select()

    def _select(self):
        self.curframe, line = self.stack[self.curindex]
        self.lineno = None

    def set_trace(self, frame=None, _line_known=True):
        if frame is None:
            frame = sys._getframe().f_back
        entries = []
        while frame is not None:
            entries.append((frame, _lineno(frame) if _line_known else None))
            frame = frame.f_back
            _line_known = True
        entries.reverse()
        self._interact(entries)
        if self._quit:
            # q in a running program ends it, as CPython's tracer does
            raise BdbQuit

    def interaction(self, frame, traceback):
        entries = []
        tb = traceback
        while tb is not None:
            entries.append((tb.tb_frame, tb.tb_lineno))
            tb = tb.tb_next
        self._interact(entries)

    def _interact(self, entries):
        self._set_stack(entries)
        self.print_stack_entry(self.stack[self.curindex])
        self._quit = False
        self.cmdloop()

    # -- display

    def format_stack_entry(self, entry, lprefix=line_prefix):
        frame, lineno = entry
        code = frame.f_code
        filename = code.co_filename
        s = '%s(%s)%s()' % (filename, lineno if lineno is not None else '?',
                             code.co_name or '<lambda>')
        line = linecache.getline(filename, lineno or 0, frame.f_globals
                                 if hasattr(frame, 'f_globals') else None)
        if line:
            s += lprefix + line.strip()
        return s

    def print_stack_entry(self, entry, prompt_prefix=line_prefix):
        prefix = '> ' if entry is self.stack[self.curindex] else '  '
        self.message(prefix + self.format_stack_entry(entry, prompt_prefix))

    def print_stack_trace(self):
        for entry in self.stack:
            self.print_stack_entry(entry)

    # -- the command loop

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        try:
            g, loc = _frame_scopes(self.curframe)
            code = compile(line + '\n', '<stdin>', 'single')
            save = sys.stdout
            sys.stdout = self.stdout
            try:
                exec(code, g, loc)
            finally:
                sys.stdout = save
        except Exception as e:
            self._error_exc(e)

    def _error_exc(self, e):
        import traceback
        self.error(traceback.format_exception_only(type(e), e)[-1].strip())

    def _eval(self, arg):
        g, loc = _frame_scopes(self.curframe)
        return eval(arg, g, loc)

    def _show(self, arg, shower):
        try:
            value = self._eval(arg)
        except Exception as e:
            self._error_exc(e)
            return
        shower(value)

    def do_p(self, arg):
        """p expression: print the value of the expression."""
        self._show(arg, lambda v: self.message(repr(v)))

    def do_pp(self, arg):
        """pp expression: pretty-print the value of the expression."""
        self._show(arg, lambda v: self.message(pprint.pformat(v)))

    def do_whatis(self, arg):
        self._show(arg, lambda v: self.message(str(type(v))))

    def do_where(self, arg):
        """w(here): print the stack, most recent frame last."""
        self.print_stack_trace()

    do_w = do_bt = do_where

    def _move(self, index):
        self.curindex = index
        self._select()
        self.print_stack_entry(self.stack[self.curindex])

    def do_up(self, arg):
        """u(p) [count]: move to an older frame."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        self._move(max(0, self.curindex - count) if count > 0 else 0)

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]: move to a newer frame."""
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        last = len(self.stack) - 1
        self._move(min(last, self.curindex + count) if count > 0 else last)

    do_d = do_down

    def _lines_of(self):
        filename = self.curframe.f_code.co_filename
        return filename, linecache.getlines(filename)

    def _print_lines(self, lines, start, current):
        for lineno, line in enumerate(lines, start):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += ' '
            if lineno == current:
                s += '->'
            self.message(s + '\t' + line.rstrip())

    def do_list(self, arg):
        """l(ist) [first[, last] | .]: list source lines around the
        current line (or the next ones on a repeated l)."""
        filename, lines = self._lines_of()
        current = self.stack[self.curindex][1]
        if current is None and not arg:
            self.error("the current line is not known (Kestrel does not record "
                       "it across breakpoint()); give l a line number")
            return
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = (int(x) for x in arg.split(','))
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg) - 5)
                    last = first + 10
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, current - 5)
            last = first + 10
        else:
            first = self.lineno + 1
            last = first + 10
        chunk = lines[first - 1:last]
        if not chunk:
            self.message('[EOF]')
            return
        self._print_lines(chunk, first, current)
        self.lineno = first + len(chunk) - 1

    do_l = do_list

    def do_longlist(self, arg):
        """ll | longlist: list the whole current function."""
        filename, lines = self._lines_of()
        code = self.curframe.f_code
        current = self.stack[self.curindex][1]
        if code.co_name == '<module>':
            first, chunk = 1, lines
        else:
            import inspect
            try:
                chunk, first = inspect.getsourcelines(code)
            except (OSError, TypeError) as e:
                self.error(str(e))
                return
        self._print_lines(chunk, first, current)

    do_ll = do_longlist

    def do_args(self, arg):
        """a(rgs): the arguments of the current function."""
        code = self.curframe.f_code
        flags = getattr(code, 'co_flags', 0)
        n = code.co_argcount + getattr(code, 'co_kwonlyargcount', 0)
        if flags & 4:
            n += 1
        if flags & 8:
            n += 1
        for name in code.co_varnames[:n]:
            try:
                value = repr(self._eval(name))
            except NameError as e:
                # Kestrel's function frames do not expose their variables
                self._error_exc(e)
                return
            except Exception:
                value = '*** undefined'
            self.message('%s = %s' % (name, value))

    do_a = do_args

    def do_continue(self, arg):
        """c(ont(inue)): leave the debugger and go on."""
        return 1

    do_c = do_cont = do_continue

    def do_quit(self, arg):
        """q(uit): quit the debugged program (BdbQuit)."""
        self._quit = True
        return 1

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        self.message('')
        self._quit = True
        return 1

    def _no_step(what):
        def command(self, arg):
            self.message(_NO_STEP % what)
        command.__doc__ = "Not available in Kestrel (%s needs line tracing)." % what
        return command

    do_next = do_n = _no_step('step over lines')
    do_step = do_s = _no_step('step into calls')
    do_return = do_r = _no_step('run to the return')
    do_until = do_unt = _no_step('run until a line')
    do_jump = do_j = _no_step('jump')
    do_break = do_b = _no_step('set breakpoints')
    do_tbreak = _no_step('set breakpoints')
    do_clear = do_cl = _no_step('clear breakpoints')
    del _no_step

    def do_help(self, arg):
        """h(elp) [command]: list the commands, or describe one."""
        if arg:
            f = getattr(self, 'do_' + arg, None)
            if f is None:
                self.error('No help for %r' % arg)
            else:
                self.message((f.__doc__ or '').strip() or 'No help for %r' % arg)
            return
        names = sorted(n[3:] for n in dir(self) if n.startswith('do_') and n != 'do_EOF')
        self.message('\nDocumented commands (type help <topic>):')
        self.message('=' * 40)
        self.columnize(names, 79)
        self.message('')

    do_h = do_help

    # -- running code under the debugger

    def run(self, cmd, globals=None, locals=None):
        raise NotImplementedError(
            "pdb.run: Kestrel has no line tracing to stop in the statement; "
            "call pdb.set_trace() or breakpoint() inside it instead")

    runeval = runctx = runcall = run


def set_trace(*, header=None):
    """Stop in the caller's frame and read debugger commands."""
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    frame = sys._getframe().f_back
    known = True
    # breakpoint() reaches here through sys.breakpointhook, a Python function
    # in Kestrel: stop in breakpoint()'s caller, whose line Kestrel does not
    # record across the call of the native breakpoint() (shown as '?')
    if frame is not None and frame.f_code.co_name == 'breakpointhook' \
            and frame.f_back is not None:
        frame = frame.f_back
        known = False
    pdb.set_trace(frame, known)


def post_mortem(t=None):
    """Inspect the frames of traceback t (default: the exception being
    handled)."""
    if t is None:
        exc = sys.exc_info()[1]
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")
    p = Pdb()
    p.interaction(None, t)


def pm():
    """Inspect the traceback of the last uncaught exception."""
    if hasattr(sys, 'last_exc'):
        tb = sys.last_exc.__traceback__
    else:
        tb = getattr(sys, 'last_traceback', None)
    if tb is None:
        raise RuntimeError("No exception to debug")
    post_mortem(tb)


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def help():
    print(__doc__)


def main():
    print("usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...",
          file=sys.stderr)
    print("Kestrel cannot run a program under pdb (no line tracing); "
          "put breakpoint() in it instead", file=sys.stderr)
    sys.exit(2)


if __name__ == '__main__':
    main()
