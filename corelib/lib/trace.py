"""Line counting and call tracking of Python programs (trace.Trace), and
the reports made from the counts (CoverageResults.write_results).

Counting and tracing need sys.settrace/sys.setprofile, which Kestrel does
not support: Trace.run/runctx/runfunc with count, trace, countfuncs or
countcallers set raise NotImplementedError (from sys.settrace) rather than
report nothing.  Reports from counts given or loaded from a counts file
work, except marking the never-executed lines (show_missing), which needs
the code objects' line tables that Kestrel does not expose."""

import linecache
import os
import pickle
import sys
import tokenize
from time import monotonic as _time

__all__ = ['Trace', 'CoverageResults']

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Which modules and directories to leave out (answers cached)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        found = self._ignore.get(modulename)
        if found is not None:
            return found
        if (modulename in self._mods
                or any(modulename.startswith(m + '.') for m in self._mods)
                or filename is None
                or any(filename.startswith(d + os.sep) for d in self._dirs)):
            self._ignore[modulename] = 1
            return 1
        self._ignore[modulename] = 0
        return 0


def _modname(path):
    """The file name of path without directory and extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """A dotted module name for path, relative to the longest sys.path
    entry holding it."""
    compare = os.path.normcase(path)
    longest = ""
    for d in sys.path:
        d = os.path.normcase(d)
        if compare.startswith(d) and compare[len(d):len(d) + 1] == os.sep:
            if len(d) > len(longest):
                longest = d
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = {} if calledfuncs is None else calledfuncs.copy()
        self.callers = {} if callers is None else callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(type(self)(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err),
                      file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Whether filename is a pseudo-file such as <string>."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Add in the counts, called functions and callers of other."""
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the called functions and calling relationships, and write
        an annotated <module>.cover file for each counted source file."""
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s"
                      % (filename, modulename, funcname))
        if self.callers:
            print()
            print("calling relationships:")
            lastfile = lastcfile = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
                if pfile != lastfile:
                    print()
                    print("***", pfile, "***")
                    lastfile = pfile
                    lastcfile = ""
                if cfile != pfile and lastcfile != cfile:
                    print("  -->", cfile)
                    lastcfile = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))
        per_file = {}
        for (filename, lineno), n in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = n
        sums = {}
        for filename, hits in per_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                directory = coverdir
                if not os.path.exists(directory):
                    os.makedirs(directory)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(directory, modulename + ".cover")
            with open(filename, 'rb') as fp:
                encoding, _ = tokenize.detect_encoding(fp.readline)
            n_hits, n_lines = self.write_results_file(coverpath, source,
                                                      executable, hits, encoding)
            if summary and n_lines:
                sums[modulename] = (n_lines, int(100 * n_hits / n_lines),
                                    modulename, filename)
        if summary and sums:
            print("lines   cov%   module   (path)")
            for m in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[m])
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write lines to path, each prefixed with its count, ">>>>>> " if
        executable (in lnotab) but never run, or blanks; return (lines hit,
        lines counted)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with out:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    out.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    out.write(">>>>>> ")
                    n_lines += 1
                else:
                    out.write("       ")
                out.write(line.expandtabs(8))
        return n_hits, n_lines


def _find_executable_linenos(filename):
    raise NotImplementedError(
        "trace: Kestrel's code objects do not expose their line tables, so the "
        "never-executed lines cannot be marked (use show_missing=False)")


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        self.donothing = 0 if (countcallers or countfuncs or trace or count) else 1
        self.globaltrace = self._tracer

    def _tracer(self, frame, why, arg):
        return None

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        self.runctx(cmd, d, d)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        return filename, modulename, code.co_qualname

    def results(self):
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--version', action='version', version='trace 2.0')
    grp = parser.add_argument_group('Main options',
                                    'One of these (or --report) must be given')
    grp.add_argument('-c', '--count', action='store_true')
    grp.add_argument('-t', '--trace', action='store_true')
    grp.add_argument('-l', '--listfuncs', action='store_true')
    grp.add_argument('-T', '--trackcalls', action='store_true')
    grp = parser.add_argument_group('Modifiers')
    excl = grp.add_mutually_exclusive_group()
    excl.add_argument('-r', '--report', action='store_true')
    excl.add_argument('-R', '--no-report', action='store_true')
    grp.add_argument('-f', '--file')
    grp.add_argument('-C', '--coverdir')
    grp.add_argument('-m', '--missing', action='store_true')
    grp.add_argument('-s', '--summary', action='store_true')
    grp.add_argument('-g', '--timing', action='store_true')
    grp = parser.add_argument_group('Filters', 'Can be specified multiple times')
    grp.add_argument('--ignore-module', action='append', default=[])
    grp.add_argument('--ignore-dir', action='append', default=[])
    parser.add_argument('--module', action='store_true', default=False)
    parser.add_argument('progname', nargs='?')
    parser.add_argument('arguments', nargs=argparse.REMAINDER)
    opts = parser.parse_args()
    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not any([opts.trace, opts.count, opts.listfuncs, opts.trackcalls]):
        parser.error('must specify one of --trace, --count, --report, '
                     '--listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        parser.error('--summary can only be used with --count or --report')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')
    parser.exit(2, "trace: Kestrel cannot trace a program (no sys.settrace)\n")


if __name__ == '__main__':
    main()
