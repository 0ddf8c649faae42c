"""code: a read-eval-print loop to embed (InteractiveInterpreter, InteractiveConsole,
interact), built on codeop.compile_command."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (`locals`), reporting errors through
    `write`."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compiles and runs `source`; True when it is incomplete (more input is needed),
        else False (it ran, or its error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs a code object; exceptions other than SystemExit are shown."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Shows the syntax error being handled (with `filename` as its file)."""
        type, value, tb = sys.exc_info()
        sys.last_type = type
        sys.last_value = value
        sys.last_traceback = tb
        if filename and type and issubclass(type, SyntaxError):
            try:
                value.filename = filename
            except AttributeError:
                pass
        lines = traceback.format_exception_only(type, value)
        self._report("".join(lines))

    def showtraceback(self):
        """Shows the exception being handled, without this console's own frame."""
        type, value, tb = sys.exc_info()
        sys.last_type = type
        sys.last_value = value
        sys.last_traceback = tb
        try:
            lines = traceback.format_exception(type, value, tb.tb_next if tb else None)
            self._report("".join(lines))
        finally:
            tb = None

    def _report(self, text):
        if sys.excepthook is sys.__excepthook__:
            self.write(text)
        else:
            sys.excepthook(sys.last_type, sys.last_value, sys.last_traceback)

    def write(self, data):
        """Writes error output (to sys.stderr; override to send it elsewhere)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that gathers lines in a buffer until they form a statement."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def push(self, line):
        """Adds a line; runs the buffer when it is complete. True when more is needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        """Reads, runs and shows until end of input, with sys.ps1/sys.ps2 prompts."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n"
                       % (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % self.__class__.__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole over `local` (reading with `readfunc` if given)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
