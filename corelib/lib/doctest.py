"""doctest: runs the interactive examples in docstrings and reports those whose output
differs from what the docstring shows.

testmod(), run_docstring_examples(), testfile() and `python -m doctest FILE` with the
reports CPython prints; the option flags (ELLIPSIS, NORMALIZE_WHITESPACE, ...) as arguments
and as `# doctest: +FLAG` directives. Unittest integration (DocTestSuite, DocFileSuite) and
the debugger entry points raise NotImplementedError."""

import sys
import os
import re
import io
import traceback
import inspect
from collections import namedtuple

__all__ = ["register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
           "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
           "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
           "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
           "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker",
           "DocTestFailure", "UnexpectedException", "DebugRunner", "testmod", "testfile",
           "run_docstring_examples", "DocTestSuite", "DocFileSuite", "set_unittest_reportflags",
           "script_from_examples", "testsource", "debug_src", "debug"]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    """Every non-empty line of `s` indented by `indent` spaces."""
    pad = " " * indent
    return "".join(pad + line if line.strip("\n") else line
                   for line in s.splitlines(keepends=True))


def _exception_traceback(exc_info):
    out = io.StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


class Example:
    """One `>>>` example: its source, the output it should print, and where it is."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options,
                self.exc_msg) == (other.source, other.want, other.lineno, other.indent,
                                  other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        count = "no examples" if n == 0 else ("1 example" if n == 1 else "%d examples" % n)
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                            self.lineno, count)

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno,
                id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))


_TRACEBACK_HEADER = re.compile(r"Traceback \((?:most recent call last|innermost last)\):\s*$")
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)


class DocTestParser:
    """Splits a docstring into text and `Example`s, line by line: a `>>> ` line and its
    `... ` continuations are the source; the lines after, up to a blank line or the next
    `>>>`, are the expected output."""

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        lines = string.split("\n")
        min_indent = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        out = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                text.append(line)
                i += 1
                continue
            out.append("\n".join(text) + ("\n" if text else ""))
            text = []
            indent = len(line) - len(stripped)
            start = i
            source_lines = [line]
            i += 1
            while i < len(lines) and lines[i][indent:].startswith("...") and \
                    not lines[i][:indent].strip():
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines):
                w = lines[i]
                if not w.strip() or w.lstrip(" ").startswith(">>>"):
                    break
                want_lines.append(w)
                i += 1
            self._check_prompt_blank(source_lines, indent, name, start)
            self._check_prefix(source_lines[1:], " " * indent + ".", name, start + 1)
            source = "\n".join(sl[indent + 4:] for sl in source_lines)
            self._check_prefix(want_lines, " " * indent, name, start + len(source_lines))
            want = "\n".join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += "\n"
            exc_msg = self._exception_message(want)
            options = self._find_options(source, name, start)
            if not self._is_blank_or_comment(source):
                out.append(Example(source, want, exc_msg, lineno=start,
                                   indent=min_indent + indent, options=options))
        out.append("\n".join(text))
        return out

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    @staticmethod
    def _exception_message(want):
        lines = want.split("\n")
        if not lines or not _TRACEBACK_HEADER.match(lines[0]):
            return None
        for k in range(1, len(lines)):
            if re.match(r"\w", lines[k]):
                return "\n".join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(",", " ").split():
                if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and self._is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line "
                             "with no example: %r" % (lineno, name, source))
        return options

    @staticmethod
    def _is_blank_or_comment(source):
        return all(not l.strip() or l.strip().startswith("#") for l in source.split("\n"))

    @staticmethod
    def _check_prompt_blank(lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    @staticmethod
    def _check_prefix(lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading "
                                 "whitespace: %r" % (lineno + i + 1, name, line))


class DocTestFinder:
    """The DocTests of an object: its docstring's, and for a module or class those of the
    functions, classes, methods and properties defined in it (and `__test__` entries)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        filename = None
        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            pass
        if filename:
            try:
                with open(filename, encoding="utf-8") as f:
                    source_lines = f.read().splitlines(keepends=True)
            except OSError:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    @staticmethod
    def _from_module(module, obj):
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in obj.__dict__.items():
                valname = "%s.%s" % (name, valname)
                if (inspect.isroutine(inspect.unwrap(val)) or inspect.isclass(val)) and \
                        self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen,
                               filename)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if inspect.isclass(obj):
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (inspect.isroutine(val) or inspect.isclass(val) or
                        isinstance(val, property)) and self._from_module(module, val):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen,
                               filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            doc = getattr(obj, "__doc__", None)
            docstring = doc if isinstance(doc, str) else ""
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        if module is not None and filename is None:
            filename = getattr(module, "__file__", module.__name__)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    @staticmethod
    def _find_lineno(obj, source_lines):
        """The 0-based line where the object's docstring starts, or None."""
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj) and source_lines is not None:
            pat = re.compile(r"^\s*class\s*%s\b" % re.escape(getattr(obj, "__name__", "-")))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, "__doc__", None):
            obj = inspect.unwrap(obj)
            code = getattr(obj, "__code__", None)
            if code is not None:
                lineno = code.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r"(^|.*:)\s*\w*(\"|')")
            for i in range(lineno, len(source_lines)):
                if pat.match(source_lines[i]):
                    return i
        return None


class OutputChecker:
    """Whether printed output matches the expected output under the option flags."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF) and \
                want.count("\n") > 2 and got.count("\n") > 2:
            return self._diff(want, got, optionflags)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"

    @staticmethod
    def _diff(want, got, optionflags):
        import difflib
        want_lines = want.splitlines(keepends=True)
        got_lines = got.splitlines(keepends=True)
        if optionflags & REPORT_UDIFF:
            diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
            kind = "unified diff with -expected +actual"
        elif optionflags & REPORT_CDIFF:
            diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
            kind = "context diff with expected followed by actual"
        else:
            diff = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
                want_lines, got_lines))
            kind = "ndiff with -expected +actual"
        diff = [line.rstrip() + "\n" for line in diff]
        return "Differences (%s):\n" % kind + _indent("".join(diff))


def _ellipsis_match(want, got):
    """Whether `got` matches `want` where each "..." in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start = len(first)
    end = len(got)
    if last:
        if not got.endswith(last) or end - len(last) < start:
            return False
        end -= len(last)
    for piece in pieces[1:-1]:
        k = got.find(piece, start, end)
        if k < 0:
            return False
        start = k + len(piece)
    return True


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error": the class's last dotted part, no detail.
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class DocTestRunner:
    """Runs DocTests, writing a report of each failure (and with verbose, of every example),
    and keeps the counts for `summarize`."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" +
                    _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n" +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, compileflags, out):
        import linecache
        original = self.optionflags
        check = self._checker.check_output
        registered = []
        try:
            return self._run_each(test, compileflags, out, check, original, registered)
        finally:
            # The examples' sources were there for tracebacks that show their lines.
            for filename in registered:
                linecache.cache.pop(filename, None)

    def _run_each(self, test, compileflags, out, check, original, registered):
        import linecache
        failures = tries = 0
        for num, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, num)
            linecache.cache[filename] = (len(example.source), None,
                                         example.source.splitlines(keepends=True), filename)
            registered.append(filename)
            capture = io.StringIO()
            saved = sys.stdout
            sys.stdout = capture
            try:
                exec(compile(example.source, filename, "single", compileflags, True),
                     test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            finally:
                sys.stdout = saved
            got = capture.getvalue()
            success = False
            boom = False
            if exception is None:
                success = check(example.want, got, self.optionflags)
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    boom = True
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    success = True
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    success = check(_strip_exception_details(example.exc_msg),
                                    _strip_exception_details(exc_msg), self.optionflags)
            if success:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                if not quiet:
                    if boom:
                        self.report_unexpected_exception(out, test, example, exception)
                    else:
                        self.report_failure(out, test, example, got)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _record(self, test, failures, tries):
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        if compileflags is None:
            compileflags = 0
        if out is None:
            out = sys.stdout.write
        import builtins
        saved_underscore = getattr(builtins, "_", None)
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            builtins._ = saved_underscore
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                for name in sorted(notests):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, count in sorted(passed):
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f0, t0 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f0 + f, t0 + t)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Raises the first failure (DocTestFailure or UnexpectedException) instead of
    reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def _finish(runner, report):
    """The summary (when asked for), the runner's counts kept in `master`, and the results."""
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module `m` (__main__ by default)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose,
                                                                optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _finish(runner, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        if package is not None:
            base = os.path.dirname(package.__file__ if inspect.ismodule(package)
                                   else sys.modules[package].__file__)
        else:
            main = sys.modules.get("__main__")
            main_file = getattr(main, "__file__", None)
            base = os.path.dirname(os.path.abspath(main_file)) if main_file else os.getcwd()
        path = os.path.join(base, *filename.split("/"))
    else:
        path = filename
    with open(path, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = os.path.basename(path)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose,
                                                                optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, path, 0)
    runner.run(test)
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in `f`'s docstring (not those of objects inside it)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of `s` as a script: the text becomes comments, expected output too."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            want = piece.want
            if want:
                out.append("# Expected:")
                out += ["## " + line for line in want.split("\n")[:-1]]
        else:
            out += [("# " + line if line.strip() else "#") for line in piece.split("\n")[:-1]]
    while out and out[-1] == "#":
        out.pop()
    while out and out[0] == "#":
        out.pop(0)
    return "\n".join(out) + "\n"


def testsource(module, name):
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, "not found in tests")
    return script_from_examples(tests[0].docstring)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    raise NotImplementedError("doctest.DocTestSuite (doctests as unittest cases)")


def DocFileSuite(*paths, **kw):
    raise NotImplementedError("doctest.DocFileSuite (doctests as unittest cases)")


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src: Kestrel has no debugger")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug: Kestrel has no debugger")


def _test():
    """`python -m doctest [-v] [-o OPTION] [-f] FILE...`: a .py file's docstrings (imported
    as a module) or a text file's examples."""
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="print very verbose output for all tests")
    parser.add_argument("-o", "--option", action="append",
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help="specify a doctest option flag to apply to the test run; may be "
                             "specified more than once to apply multiple options")
    parser.add_argument("-f", "--fail-fast", action="store_true",
                        help="stop running tests after first failure (this is a shorthand "
                             "for -o FAIL_FAST, and is in addition to any other -o options)")
    parser.add_argument("file", nargs="+", help="file containing the tests to run")
    args = parser.parse_args()
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            import importlib
            dirname, base = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = importlib.import_module(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
